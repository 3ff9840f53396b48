using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// The site's Scriban templates, each parsed once. A site's own <c>templates/</c> folder overrides SiteGen's
/// built-in templates file by file, so a user can change the layout without copying every partial.
/// </summary>
internal sealed class TemplateSet : ITemplateLoader
{
    private readonly ImmutableDictionary<string, string> _sources;
    private readonly ImmutableDictionary<string, string> _origins;
    private readonly ImmutableDictionary<string, Template> _parsed;

    private TemplateSet(ImmutableDictionary<string, string> sources, ImmutableDictionary<string, string> origins, ImmutableDictionary<string, Template> parsed)
    {
        _sources = sources;
        _origins = origins;
        _parsed = parsed;
    }

    /// <summary>Static files (CSS, JavaScript, images) shipped under <c>assets/</c>, by site-relative path.</summary>
    public ImmutableArray<(string Path, byte[] Content)> Assets { get; private init; } = [];

    /// <summary>Builds a template set from named sources; pure, so tests can pass templates inline.</summary>
    /// <param name="origins">For each template, the file it came from, for error messages.</param>
    public static (TemplateSet? Set, ImmutableArray<Diagnostic> Errors) Parse(
        IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string> origins, ImmutableArray<(string Path, byte[] Content)> assets)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var parsed = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in sources.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var origin = origins.GetValueOrDefault(name, name);
            var template = Template.Parse(text, origin);
            foreach (var message in template.Messages)
            {
                errors.Add(new Diagnostic(origin, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, "SG0401",
                    $"Template problem: {message.Message}"));
            }
            parsed[name] = template;
        }
        if (errors.Any(e => e.Severity == Severity.Error)) return (null, errors.ToImmutable());
        var set = new TemplateSet(sources.ToImmutableDictionary(StringComparer.Ordinal), origins.ToImmutableDictionary(StringComparer.Ordinal), parsed.ToImmutable())
        {
            Assets = assets,
        };
        return (set, errors.ToImmutable());
    }

    /// <summary>
    /// Lays template folders over each other, lowest first (SiteGen's built-in templates, then the site's own): a
    /// template in a later layer replaces the one of the same name below it, and errors name the file that won.
    /// </summary>
    public static (Dictionary<string, string> Sources, Dictionary<string, string> Origins) Overlay(
        IEnumerable<(string Folder, IReadOnlyDictionary<string, string> Templates)> layers)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, templates) in layers)
        {
            foreach (var (name, text) in templates)
            {
                sources[name] = text;
                origins[name] = folder + name;
            }
        }
        return (sources, origins);
    }

    public bool Has(string name) => _parsed.ContainsKey(name);

    /// <summary>Every template's text by name, in name order: what a rendered page depends on besides its view.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Sources => _sources.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    internal Template Get(string name) =>
        _parsed.TryGetValue(name, out var t) ? t : throw new InvalidOperationException($"The template '{name}' is missing from the templates folder.");

    internal string OriginOf(string name) => _origins.GetValueOrDefault(name, name);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _sources.TryGetValue(templatePath, out var text) ? text : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"No template named '{templatePath}'.");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
