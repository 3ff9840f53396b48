using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Register;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

[Trait("Kind", "Pure")]
public class RegisterFacetsTests
{
    private static Protocol P(string slug, string authority, string shortName, string? code = null) =>
        new(new ProtocolMetadata(slug, authority, shortName, CouncilType.Other, Nation.England, "Protocol", DocumentStatus.Adopted, null, null, "x", null,
            SiteGen.Model.Coverage.Full, null, [], "x.md")
        { Code = code }, [], []);

    private static SiteSearchEntry E(string? authority) => new(SiteSearchKind.Clause, "u", "t", authority ?? "", null, "", "", ImmutableDictionary<string, string>.Empty,
        authority is null ? ImmutableDictionary<string, ImmutableArray<string>>.Empty
            : ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(SiteSearchCorpus.AuthorityFacet, [authority]));

    [Fact]
    public void Entries_of_a_known_authority_get_its_register_type_label_nation_and_region_and_others_get_none()
    {
        var register = CouncilRegister.Shipped;
        List<SiteSearchEntry> entries = [E("Wyre Forest"), E("Hackney"), E("Nowhere"), E(null)];
        var result = SiteSearchCorpus.WithRegisterFacets(entries,
            [P("wyre-forest", "Wyre Forest District Council", "Wyre Forest"), P("hackney", "x", "Hackney", "HCK"), P("nowhere", "Nowhere Parish Meeting", "Nowhere")], register);

        Assert.Equal("District council", Assert.Single(result[0].Facets[SiteSearchCorpus.CouncilTypeFacet]));
        Assert.Equal("England", Assert.Single(result[0].Facets[SiteSearchCorpus.NationFacet]));
        Assert.Equal("West Midlands", Assert.Single(result[0].Facets[SiteSearchCorpus.RegionFacet]));
        Assert.Equal("London borough", Assert.Single(result[1].Facets[SiteSearchCorpus.CouncilTypeFacet]));
        Assert.Equal("London", Assert.Single(result[1].Facets[SiteSearchCorpus.RegionFacet]));
        Assert.False(result[2].Facets.ContainsKey(SiteSearchCorpus.CouncilTypeFacet));
        Assert.False(result[3].Facets.ContainsKey(SiteSearchCorpus.RegionFacet));
    }
}
