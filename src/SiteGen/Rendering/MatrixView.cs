using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

// One comparison table as templates/partials/table-matrix.html renders it, for the analysis pages and the report
// embeds alike: every string is plain text (the partial escapes it) and every link is already relative to where it is written.

/// <param name="Id">Prefix of the caption's id, unique within the page.</param>
/// <param name="Filter">The page's table filter acts on this table.</param>
/// <param name="TagOnNewLine">The "extract" tag goes under the authority's name (pages) rather than beside it (embeds).</param>
internal sealed record MatrixView(
    string Id,
    string WrapClass,
    string TableClass,
    string Caption,
    ImmutableArray<MatrixColumn> Columns,
    ImmutableArray<MatrixRow> Rows,
    bool Filter = false,
    bool TagOnNewLine = false);

/// <param name="Slug">The authority the column is, for the page's filter; empty for other columns.</param>
internal sealed record MatrixColumn(string Text, string? Href = null, string Tag = "", string Slug = "", string Class = "");

/// <param name="Theme">The row's theme id, for the page's filter, or empty.</param>
/// <param name="Authority">The row's authority slug, for the page's filter, or empty.</param>
internal sealed record MatrixRow(MatrixHeader Header, ImmutableArray<MatrixCell> Cells, string Id = "", string Theme = "", string Authority = "");

/// <param name="Detail">A second line under the header (the expectation's theme), or empty.</param>
internal sealed record MatrixHeader(string Text, string? Href = null, string Tag = "", string Detail = "", string? DetailHref = null);

/// <summary>A cell: its status in words, then its entries (steps in order when <paramref name="Numbered"/>), then a note.</summary>
/// <param name="Class">The td's classes ("cell-stated", "num cell-not-stated").</param>
/// <param name="Label">The status words ("Stated", "Needs review", "3 clauses"), or empty.</param>
/// <param name="Visual">When set, shown instead of <paramref name="Label"/>, which is then read out only ("–" for "none").</param>
internal sealed record MatrixCell(string Class, string Label, ImmutableArray<MatrixEntry> Entries, bool Numbered = false, string Separator = ", ", string Note = "", string Visual = "")
{
    public bool HiddenLabel => Visual != "";
}

/// <summary>One thing a cell lists: "line manager (Hackney, para 16.4)", a linked number, a count.</summary>
/// <param name="Joiner">Between <paramref name="Label"/> and the linked <paramref name="Text"/>.</param>
/// <param name="Parens">The linked text is written in brackets.</param>
internal sealed record MatrixEntry(string Label, string Text, string? Href, string Class = "", string Title = "", string Joiner = " ", bool Parens = false)
{
    public ImmutableArray<MatrixQualifier> Qualifiers { get; init; } = [];
}

internal sealed record MatrixQualifier(string Text, string Class);

/// <summary>Renders <see cref="MatrixView"/>s through the template set's <c>partials/table-matrix.html</c>, outside any page (report embeds).</summary>
internal sealed class MatrixRenderer
{
    public const string Partial = "partials/table-matrix.html";

    private readonly TemplateSet _templates;
    private readonly HtmlTemplateContext _context;
    private static readonly Template Table = Template.Parse("{{ include '" + Partial + "' }}{{ render_matrix model }}");
    private static readonly Template Key = Template.Parse("{{ include '" + Partial + "' }}{{ render_matrix_key model }}");
    private static readonly Template Empty = Template.Parse("{{ include '" + Partial + "' }}{{ render_matrix_empty model }}");

    public MatrixRenderer(TemplateSet templates)
    {
        _templates = templates;
        _context = new HtmlTemplateContext(templates);
    }

    private static readonly Lazy<MatrixRenderer> BuiltInRenderer = new(() =>
    {
        var name = Path.Combine(AppContext.BaseDirectory, "templates", "partials", "table-matrix.html");
        var (set, errors) = TemplateSet.Parse(new Dictionary<string, string>(StringComparer.Ordinal) { [Partial] = File.ReadAllText(name) },
            new Dictionary<string, string>(StringComparer.Ordinal) { [Partial] = "(built-in templates)/" + Partial }, []);
        return new MatrixRenderer(set ?? throw new InvalidOperationException(string.Join("\n", errors)));
    });

    /// <summary>SiteGen's own partial, for callers without a site's templates (tests of the Reports stage).</summary>
    public static MatrixRenderer BuiltIn => BuiltInRenderer.Value;

    /// <summary>The partial's text, which whatever it renders depends on (a cache key).</summary>
    public string Source => _templates.Sources.FirstOrDefault(kv => kv.Key == Partial).Value ?? "";

    public string Render(MatrixView table) => Run(Table, table);

    public string RenderKey(IReadOnlyList<string> lines) => Run(Key, lines);

    public string RenderEmpty(string text) => Run(Empty, text);

    private string Run(Template template, object model)
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
            throw new TemplateRenderException(_templates.OriginOf(Partial), e.Span.Start.Line + 1, e.OriginalMessage);
        }
        finally
        {
            _context.PopGlobal();
        }
    }
}
