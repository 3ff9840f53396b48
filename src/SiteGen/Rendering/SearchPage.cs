using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Reports;
using SiteGen.Search;

namespace SiteGen.Rendering;

/// <summary>One checkbox of a facet: its value and how many documents have it.</summary>
internal sealed record SearchFacetOptionView(string Id, string Value, int Count);

internal sealed record SearchFacetView(string Name, string Label, ImmutableArray<SearchFacetOptionView> Options);

/// <summary>What <c>search.html</c> shows before any script runs: the facets with their totals, and what can be searched.</summary>
/// <param name="Scripts">Site-relative paths of the scripts the page loads, in order.</param>
internal sealed record SearchPageView(
    ImmutableArray<SearchFacetView> Facets,
    int ClauseCount,
    int ReportParagraphCount,
    int PageCount,
    ImmutableArray<string> Fields,
    ImmutableArray<string> Scripts);

/// <summary>
/// The search page and the search files, rendered last so that every other page's title can be indexed.
/// The facet checkboxes are in the HTML from the start, so nothing moves when the script fills in counts.
/// </summary>
internal static class SearchPage
{
    public const string Template = "search.html";

    /// <summary><c>search.html</c> and the <c>search/</c> files for a site whose other pages are <paramref name="renderedFiles"/>.</summary>
    public static ImmutableArray<OutputFile> Render(PageRenderer pages, PageView page, SiteModel model, IEnumerable<OutputFile> renderedFiles)
    {
        var corpus = SiteSearchCorpus.Build(model, renderedFiles);
        var files = pages.Cache is { } cache ? cache.GetOrIndex(corpus, () => SiteSearch.Files(corpus)) : SiteSearch.Files(corpus);
        return [pages.RenderPage(SitePage.Search.Path, Template, page, View(corpus)), .. files];
    }

    public static SearchPageView View(SiteSearchCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var facets = corpus.Facets.Select(facet => new SearchFacetView(facet.Name, facet.Label, [.. facet.Values.Select((value, i) => new SearchFacetOptionView(
            string.Create(CultureInfo.InvariantCulture, $"facet-{facet.Name}-{i}"),
            value,
            corpus.Entries.Count(e => e.Facets.TryGetValue(facet.Name, out var values) && values.Contains(value, StringComparer.Ordinal))))]));
        return new SearchPageView(
            [.. facets],
            corpus.Entries.Count(e => e.Kind == SiteSearchKind.Clause),
            corpus.Entries.Count(e => e.Kind == SiteSearchKind.ReportParagraph),
            corpus.Entries.Count(e => e.Kind == SiteSearchKind.Page),
            [.. SiteSearchCorpus.IndexFields.Select(f => f.Name)],
            [$"{SiteSearch.Folder}/{LunrScript.FileName}", "assets/search.js", $"{SiteSearch.Folder}/{SearchShards.MetaFile}"]);
    }
}
