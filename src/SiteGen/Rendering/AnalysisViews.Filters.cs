using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Presentation;
using SiteGen.Register;

namespace SiteGen.Rendering;

/// <summary>One value of a filter: what the page matches on, its readable label and how many authorities (or rows) have it.</summary>
internal sealed record FilterOptionView(string Value, string Label, int Count);

/// <param name="Id">authority, type, nation, region or theme: the name of the select and of the page's query parameter.</param>
/// <param name="AllLabel">The first option, which filters nothing ("All council types").</param>
internal sealed record FilterFacetView(string Id, string Label, string AllLabel, ImmutableArray<FilterOptionView> Options);

/// <summary>
/// The filter above a matrix or the escalation table. The page renders it hidden and filter.js shows it, so without
/// JavaScript no control shows and every row does. Facet values come from the register of UK councils.
/// </summary>
/// <param name="RowNoun">What a row of the table is, singular and plural ("theme", "themes"); empty when rows are authorities.</param>
/// <param name="AuthoritiesJson">Each authority's type, nation and region by slug, for filter.js.</param>
internal sealed record TableFilterView(string Id, string What, string RowNoun, string RowNounPlural, ImmutableArray<FilterFacetView> Facets, TrustedHtml AuthoritiesJson, int AuthorityCount);

/// <summary>An authority's facets as filter.js reads them.</summary>
internal sealed record FilterAuthorityData(string Type, string Nation, string Region);

internal sealed partial class AnalysisViews
{
    private ImmutableArray<AuthorityFacet>? _facets;
    private PeerIndex? _peerIndex;

    /// <summary>Every authority's council type, nation, region and population, each matched to the register once.</summary>
    public ImmutableArray<AuthorityFacet> Facets => _facets ??= AuthorityFacets.Of(_protocols.Select(p => p.Metadata), _model.Register ?? CouncilRegister.Shipped);

    /// <summary>The authorities grouped by type and region and sorted by population once, for the compare page's peers.</summary>
    public PeerIndex PeerIndex => _peerIndex ??= PeerIndex.Build(Facets);

    /// <summary>
    /// The filter for a table showing <paramref name="authorities"/>, with a theme filter when <paramref name="themes"/>
    /// are given (theme id, title, and a count to show beside it, or 0). A facet is offered only when it has at least two values on the page.
    /// </summary>
    public TableFilterView Filter(string what, ImmutableArray<Protocol> authorities, IEnumerable<(string Id, string Title, int Rows)>? themes, string rowNoun = "", string rowNounPlural = "")
    {
        var slugs = authorities.Select(p => p.Metadata.Slug).ToHashSet(StringComparer.Ordinal);
        var facets = Facets.Where(f => slugs.Contains(f.Slug)).ToImmutableArray();
        static ImmutableArray<FilterOptionView> Options(IEnumerable<FacetValue> values) => [.. values.Select(v => new FilterOptionView(v.Value, v.Label, v.Count))];
        var all = ImmutableArray.Create(
            new FilterFacetView("authority", "Authority", "All authorities", [.. facets.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new FilterOptionView(f.Slug, f.Name, 0))]),
            new FilterFacetView("type", "Council type", "All council types", Options(AuthorityFacets.Types(facets))),
            new FilterFacetView("nation", "Nation", "All nations", Options(AuthorityFacets.Nations(facets))),
            new FilterFacetView("region", "Region", "All regions", Options(AuthorityFacets.Regions(facets))),
            new FilterFacetView("theme", "Theme", "All themes", [.. (themes ?? []).Select(t => new FilterOptionView(t.Id, t.Title, t.Rows))]));
        var json = DataJson.SerializeCompact(facets.ToImmutableSortedDictionary(f => f.Slug, f => new FilterAuthorityData(f.TypeKey, f.Nation, f.Region), StringComparer.Ordinal));
        return new TableFilterView("table-filter", what, rowNoun, rowNounPlural, [.. all.Where(f => f.Options.Length >= 2)], new TrustedHtml(json), facets.Length);
    }
}
