using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Renders report embeds through the template set's shared partials, outside any page: the matrices through
/// <c>partials/table-matrix.html</c> (the partial the analysis pages use) and quotations, comparisons and whole protocols
/// through <c>partials/embed-clauses.html</c> and flow diagrams through <c>partials/flow-figure.html</c> (the partial the escalation pages use). A site's own copies of those partials restyle every embed.
/// </summary>
internal sealed class PartialRenderer
{
    public const string MatrixPartial = "partials/table-matrix.html";
    public const string ClausePartial = "partials/embed-clauses.html";
    public const string FlowPartial = "partials/flow-figure.html";

    private static readonly string[] Partials = [MatrixPartial, ClausePartial, FlowPartial];

    private readonly TemplateSet _templates;
    private readonly HtmlTemplateContext _context;
    private static readonly Template Table = Call(MatrixPartial, "render_matrix");
    private static readonly Template Key = Call(MatrixPartial, "render_matrix_key");
    private static readonly Template Empty = Call(MatrixPartial, "render_matrix_empty");
    private static readonly Template QuoteTemplate = Call(ClausePartial, "render_embed_quote");
    private static readonly Template ComparisonTemplate = Call(ClausePartial, "render_embed_comparison");
    private static readonly Template ProtocolTemplate = Call(ClausePartial, "render_embed_protocol");
    private static readonly Template FlowTemplate = Call(FlowPartial, "render_flow_figure");
    private static readonly Template LinkTemplate = Call(ClausePartial, "render_embed_link");
    private static readonly Template AppendixListTemplate = Call(ClausePartial, "render_appendix_list");
    private static readonly Template AppendixPartTemplate = Call(ClausePartial, "render_appendix_part");

    private static Template Call(string partial, string function) => Template.Parse("{{ include '" + partial + "' }}{{ " + function + " model }}");

    public PartialRenderer(TemplateSet templates)
    {
        _templates = templates;
        _context = new HtmlTemplateContext(templates);
    }

    private static readonly Lazy<PartialRenderer> BuiltInRenderer = new(() =>
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partial in Partials)
        {
            using var stream = typeof(PartialRenderer).Assembly.GetManifestResourceStream("SiteGen.templates." + partial.Replace('/', '.'))
                ?? throw new InvalidOperationException($"The built-in {partial} is missing from the SiteGen assembly.");
            using var reader = new StreamReader(stream);
            sources[partial] = reader.ReadToEnd();
        }
        var (set, errors) = TemplateSet.Parse(sources, Partials.ToDictionary(p => p, p => "(built-in templates)/" + p, StringComparer.Ordinal), []);
        return new PartialRenderer(set ?? throw new InvalidOperationException(string.Join("\n", errors)));
    });

    /// <summary>SiteGen's own partials, embedded in the program, for callers without a site's templates (tests of the Reports stage).</summary>
    public static PartialRenderer BuiltIn => BuiltInRenderer.Value;

    /// <summary>The partials' text, which whatever they render depends on (a cache key).</summary>
    public string Source => string.Concat(Partials.Select(p => _templates.Sources.FirstOrDefault(kv => kv.Key == p).Value ?? ""));

    public string Render(MatrixView table) => Run(Table, table, MatrixPartial);

    public string RenderKey(IReadOnlyList<string> lines) => Run(Key, lines, MatrixPartial);

    public string RenderEmpty(string text) => Run(Empty, text, MatrixPartial);

    public string Render(QuoteEmbedView quote) => Run(QuoteTemplate, quote, ClausePartial);

    public string Render(ComparisonEmbedView comparison) => Run(ComparisonTemplate, comparison, ClausePartial);

    public string Render(ProtocolEmbedView protocol) => Run(ProtocolTemplate, protocol, ClausePartial);

    public string Render(FlowFigureView figure) => Run(FlowTemplate, figure, FlowPartial);

    /// <summary>An inline citation or link in a report's running text, as the embeds write theirs.</summary>
    public string Render(EmbedLink link) => Run(LinkTemplate, link, ClausePartial);

    /// <summary>A printed report's list of its appendices, each a separate document.</summary>
    public string Render(IReadOnlyList<AppendixListItem> appendices) => Run(AppendixListTemplate, appendices, ClausePartial);

    /// <summary>One part of a printed appendix: its heading and the embed it includes.</summary>
    public string Render(AppendixPartView part) => Run(AppendixPartTemplate, part, ClausePartial);

    // One context is reused (the partials are parsed once), so one rendering at a time.
    private readonly Lock _lock = new();

    private string Run(Template template, object model, string partial)
    {
        lock (_lock)
        {
            var globals = new ScriptObject();
            globals.Import(new { model }, renamer: _context.MemberRenamer);
            _context.PushGlobal(globals);
            try
            {
                return template.Render(_context);
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                throw new TemplateRenderException(_templates.OriginOf(partial), e.Span.Start.Line + 1, e.OriginalMessage);
            }
            finally
            {
                _context.PopGlobal();
            }
        }
    }
}
