using SiteGen.Model;
using SiteGen.Register;

namespace SiteGen.Tests.Register;

/// <summary>Council type, nation and region of each authority for the page filters: the register's, with readable labels.</summary>
[Trait("Kind", "Pure")]
public sealed class AuthorityFacetsTests
{
    private static ProtocolMetadata M(string slug, string authority, CouncilType type, Nation nation = Nation.England) =>
        new(slug, authority, slug, type, nation, "Protocol", DocumentStatus.Adopted, null, null, "x", null, SiteGen.Model.Coverage.Full, null, [], $"content/protocols/{slug}.md");

    [Fact]
    public void The_register_supplies_type_nation_region_and_population_with_readable_labels()
    {
        var facets = AuthorityFacets.Of([
            M("hackney", "London Borough of Hackney", CouncilType.LondonBorough),
            // The front matter's type is wrong: the register wins, as on the coverage page.
            M("surrey", "Surrey County Council", CouncilType.District),
            M("cardiff", "Cardiff Council", CouncilType.WelshCounty, Nation.Wales),
        ], CouncilRegister.Shipped).ToDictionary(f => f.Slug);

        Assert.Equal(("LBO", "London borough", "England", "London"), (facets["hackney"].TypeKey, facets["hackney"].TypeLabel, facets["hackney"].Nation, facets["hackney"].Region));
        Assert.Equal(("CTY", "County council", "South East"), (facets["surrey"].TypeKey, facets["surrey"].TypeLabel, facets["surrey"].Region));
        Assert.Equal(("WPA", "Welsh principal area", "Wales"), (facets["cardiff"].TypeKey, facets["cardiff"].TypeLabel, facets["cardiff"].Nation));
        Assert.True(facets["hackney"].Population > 100_000);
        Assert.All(facets.Values, f => Assert.True(f.InRegister));
    }

    [Fact]
    public void An_authority_the_register_does_not_know_keeps_its_front_matter_under_the_same_keys_and_no_population()
    {
        var unknown = AuthorityFacets.Of(M("nowhere", "Nowhere Parish Meeting of Atlantis", CouncilType.District) with { Region = "South East" }, null);
        Assert.Equal(("NMD", "District council", "England", "South East"), (unknown.TypeKey, unknown.TypeLabel, unknown.Nation, unknown.Region));
        Assert.Null(unknown.Population);
        Assert.False(unknown.InRegister);
        var parish = AuthorityFacets.Of(M("parish", "Little Parish", CouncilType.TownOrParish, Nation.NorthernIreland), null);
        Assert.Equal(("TOWN", "Town or parish council", "Northern Ireland", ""), (parish.TypeKey, parish.TypeLabel, parish.Nation, parish.Region));
    }

    [Fact]
    public void Filter_values_are_counted_and_ordered_as_the_coverage_page_orders_them()
    {
        AuthorityFacet F(string slug, string type, string label, string nation, string region) => new(slug, slug, type, label, nation, region, null, null);
        var facets = new[]
        {
            F("a", "NMD", "District council", "England", "South East"), F("b", "LBO", "London borough", "England", "London"),
            F("c", "WPA", "Welsh principal area", "Wales", "Wales"), F("d", "LBO", "London borough", "England", "London"),
            F("e", "OTHER", "Other", "Scotland", ""),
        };
        Assert.Equal([("LBO", "London borough", 2), ("NMD", "District council", 1), ("WPA", "Welsh principal area", 1), ("OTHER", "Other", 1)],
            AuthorityFacets.Types(facets).Select(v => (v.Value, v.Label, v.Count)));
        Assert.Equal(["England", "Wales", "Scotland"], AuthorityFacets.Nations(facets).Select(v => v.Label));
        Assert.Equal(["London", "South East", "Wales", AuthorityFacets.UnknownRegion], AuthorityFacets.Regions(facets).Select(v => v.Label));
        Assert.Equal("", AuthorityFacets.Regions(facets)[^1].Value);
    }
}
