using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>The index compare.js starts from: themes in taxonomy order and authorities with the script file holding each one's clauses.</summary>
internal sealed record CompareIndex(ImmutableArray<CompareTheme> Themes, ImmutableArray<CompareAuthority> Authorities);

internal sealed record CompareTheme(string Id, string Title, string Href);

/// <param name="Script">Site-relative path of the authority's data script (data/compare/&lt;slug&gt;.js).</param>
internal sealed record CompareAuthority(string Slug, string Name, string Authority, bool IsExtract, string Href, string Script);

/// <summary>One authority's clauses by theme, loaded by compare.js through a script tag (fetch is blocked from file://).</summary>
/// <param name="Themes">Theme id → indexes into <paramref name="Clauses"/>.</param>
internal sealed record CompareData(string Slug, ImmutableArray<CompareClause> Clauses, ImmutableSortedDictionary<string, ImmutableArray<int>> Themes);

/// <param name="Number">The number as displayed; <paramref name="Href"/> is site-relative.</param>
internal sealed record CompareClause(string Number, string Citation, string Href, string Text);

internal sealed partial class AnalysisViews
{
    public const string CompareScriptsDir = "data/compare";

    public CompareIndex CompareIndexData() => new(
        [.. _analysis.Taxonomy.Themes.Select(t => new CompareTheme(t.Id, t.Title, $"themes/{t.Id}.html"))],
        [.. _protocols.Select(p => new CompareAuthority(p.Metadata.Slug, p.Metadata.ShortName, p.Metadata.Authority,
            p.Metadata.Coverage == Coverage.Extract, $"protocols/{p.Metadata.Slug}.html", $"{CompareScriptsDir}/{p.Metadata.Slug}.js"))]);

    public CompareView Compare()
    {
        // JSON written by SiteGen's own serializer, which escapes <, > and &: safe inside a script element.
        var json = DataJson.Serialize(CompareIndexData());
        return new CompareView(
            [.. _protocols.Select(p => Ref(p.Metadata, ""))],
            new TrustedHtml(json),
            string.Join(",", _protocols.Where(p => p.Metadata.Coverage == Coverage.Full).Select(p => p.Metadata.Slug)));
    }

    public CompareData CompareDataFor(Protocol protocol)
    {
        var analysis = _analysis.For(protocol.Metadata.Slug)!;
        var tagged = analysis.ClauseThemes.Select(c => c.ClauseId).ToImmutableArray();
        var index = tagged.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var themes = _analysis.Taxonomy.Themes.ToImmutableSortedDictionary(
            t => t.Id,
            t => analysis.ClauseThemes.Where(c => c.Tags.Any(g => g.Theme == t.Id)).Select(c => index[c.ClauseId]).ToImmutableArray(),
            StringComparer.Ordinal);
        return new CompareData(protocol.Metadata.Slug,
            [.. tagged.Select(id => new CompareClause(DisplayNumber(id), Cite(id), ClauseHref(id, ""), TextOf(id)))],
            themes);
    }

    /// <summary>The data script for one authority: a single call that hands its JSON to compare.js.</summary>
    public OutputFile CompareScript(Protocol protocol) =>
        OutputFile.Text($"{CompareScriptsDir}/{protocol.Metadata.Slug}.js",
            "// SiteGen compare data for " + protocol.Metadata.Slug + ", loaded by assets/compare.js.\n" +
            "window.SiteGenCompare && window.SiteGenCompare.add(" + DataJson.Serialize(CompareDataFor(protocol)).TrimEnd() + ");\n");
}
