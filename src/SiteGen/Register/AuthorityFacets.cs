using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Register;

/// <summary>
/// Where one authority of the site sits among UK councils, for the filters on the matrices and the peers of the compare
/// and gap pages: from the register where it knows the council, else from the protocol's front matter.
/// </summary>
/// <param name="TypeKey">The register's type code (<c>LBO</c>, <c>NMD</c> …); front matter types map to the same codes.</param>
/// <param name="TypeLabel">The readable label of the type, as the coverage page shows it.</param>
/// <param name="Region">The register's region (the nation outside England), the front matter's, or empty when neither says.</param>
/// <param name="Population">From the register; null where it does not give one or does not know the council.</param>
/// <param name="RegisterCode">The council's register code; null when the register does not know it.</param>
internal sealed record AuthorityFacet(string Slug, string Name, string TypeKey, string TypeLabel, string Nation, string Region, double? Population, string? RegisterCode)
{
    public bool InRegister => RegisterCode is not null;
}

/// <summary>One value a filter offers: what the page matches on, what it shows, and how many authorities have it.</summary>
internal sealed record FacetValue(string Value, string Label, int Count);

/// <summary>Builds authorities' facets and the values each filter offers. Pure.</summary>
internal static class AuthorityFacets
{
    /// <summary>The label of the region filter for authorities whose region neither the register nor the front matter gives.</summary>
    public const string UnknownRegion = "Region not known";

    private static readonly string[] NationOrder = ["England", "Wales", "Scotland", "Northern Ireland"];

    /// <summary>One authority's facets; <paramref name="council"/> is its council in the register, or null.</summary>
    public static AuthorityFacet Of(ProtocolMetadata meta, Council? council)
    {
        if (council is not null)
            return new AuthorityFacet(meta.Slug, meta.ShortName, council.TypeCode, council.TypeLabel, council.Nation,
                council.Region.Length > 0 ? council.Region : meta.Region ?? "", council.Population is > 0 ? council.Population : null, council.Code);
        var key = CouncilTypes.FromCouncilType(meta.CouncilType);
        return new AuthorityFacet(meta.Slug, meta.ShortName, key, CouncilTypes.Label(key, FrontMatterLabel(meta.CouncilType)),
            meta.Nation == Model.Nation.NorthernIreland ? "Northern Ireland" : meta.Nation.ToString(), meta.Region ?? "", null, null);
    }

    /// <summary>Every authority's facets, each matched to the register once.</summary>
    public static ImmutableArray<AuthorityFacet> Of(IEnumerable<ProtocolMetadata> protocols, CouncilRegister register) =>
        [.. protocols.Select(p => Of(p, CoverageBuilder.Match(p, register)))];

    /// <summary>Council types present, in the order the coverage page lists them.</summary>
    public static ImmutableArray<FacetValue> Types(IEnumerable<AuthorityFacet> authorities) =>
        [.. authorities.GroupBy(a => a.TypeKey, StringComparer.Ordinal)
            .OrderBy(g => CouncilTypes.DisplayOrder.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.First().TypeLabel, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.First().TypeLabel, g.Count()))];

    /// <summary>Nations present: England, Wales, Scotland, Northern Ireland.</summary>
    public static ImmutableArray<FacetValue> Nations(IEnumerable<AuthorityFacet> authorities) =>
        [.. authorities.GroupBy(a => a.Nation, StringComparer.Ordinal)
            .OrderBy(g => Array.IndexOf(NationOrder, g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Key, g.Count()))];

    /// <summary>Regions present, alphabetically, with "Region not known" last.</summary>
    public static ImmutableArray<FacetValue> Regions(IEnumerable<AuthorityFacet> authorities) =>
        [.. authorities.GroupBy(a => a.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Key.Length == 0 ? UnknownRegion : g.Key, g.Count()))];

    private static string FrontMatterLabel(CouncilType type) => type switch
    {
        CouncilType.TownOrParish => "Town or parish council",
        _ => "Other",
    };
}
