using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Register;
using SiteGen.Rendering;

namespace SiteGen.Tests.Register;

/// <summary>Peers found from authorities sorted once by population: the same answer as sorting every candidate, with little work.</summary>
[Trait("Kind", "Pure")]
public sealed class PeerIndexTests
{
    private static AuthorityFacet F(string slug, string type, string region, double? population, string? code = null) =>
        new(slug, slug, type, type, "England", region, population, code ?? slug.ToUpperInvariant());

    /// <summary>The definition: every other authority of the scope, by distance in log population then name; unknown populations last.</summary>
    private static IEnumerable<string> BruteForce(IReadOnlyList<AuthorityFacet> all, AuthorityFacet self, int count, PeerScope scope) =>
        all.Where(a => a.RegisterCode != self.RegisterCode && a.TypeKey == self.TypeKey
                && (scope != PeerScope.SameTypeAndRegion || a.Region == self.Region)
                && (scope != PeerScope.SameTypeElsewhere || a.Region != self.Region))
            .OrderBy(a => a.Population is { } p && self.Population is { } q ? Math.Abs(Math.Log(p) - Math.Log(q)) : double.MaxValue)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(a => a.Slug);

    private static List<AuthorityFacet> RandomSite(int seed, int n)
    {
        var random = new Random(seed);
        string[] types = ["NMD", "NMD", "NMD", "UA", "CTY"];
        string[] regions = ["East Midlands", "South East", "North West"];
        // Few distinct populations and some missing, so ties and unknowns are common.
        return [.. Enumerable.Range(0, n).Select(i => F($"a{i:D3}", types[random.Next(types.Length)], regions[random.Next(regions.Length)],
            random.Next(8) == 0 ? null : 1000 * random.Next(1, 40)))];
    }

    [Theory]
    [InlineData(1, 30, 5)]
    [InlineData(2, 120, 3)]
    [InlineData(3, 400, 5)]
    [InlineData(4, 15, 40)]
    public void Nearest_in_population_is_what_sorting_every_candidate_by_distance_gives(int seed, int n, int count)
    {
        var site = RandomSite(seed, n);
        var index = PeerIndex.Build(site);
        foreach (var self in site)
            foreach (var scope in Enum.GetValues<PeerScope>())
                Assert.Equal(BruteForce(site, self, count, scope), index.Nearest(self.Slug, count, scope).Peers.Select(p => p.Slug));
    }

    [Fact]
    public void With_300_districts_of_400_each_authority_looks_at_a_few_candidates_not_all_its_type()
    {
        var random = new Random(7);
        var site = Enumerable.Range(0, 400).Select(i => F($"c{i:D3}", i < 300 ? "NMD" : "UA", i % 2 == 0 ? "South East" : "East Midlands",
            random.Next(50_000, 400_000))).ToList();
        var index = PeerIndex.Build(site);
        var examined = site.Select(a => index.Nearest(a.Slug, 5).Examined).ToList();
        // Walking out from its own place in the sorted list reads about as many as it returns (no ties here).
        Assert.All(examined, e => Assert.InRange(e, 5, 6));
        Assert.Equal(299, index.CountOthers("c000"));
        Assert.Equal(149, index.CountOthers("c000", sameRegion: true));
        Assert.Equal(199, index.SameRegion("c000").Length);
        Assert.Equal(299, index.SameType("c000").Length);
    }

    [Fact]
    public void Two_files_for_one_council_are_never_peers_of_each_other_and_unknown_populations_come_last()
    {
        var site = new[]
        {
            F("self", "NMD", "R", 100), F("copy", "NMD", "R", 100, code: "SELF"), F("near", "NMD", "R", 120),
            F("far", "NMD", "R", 10_000), F("unknown", "NMD", "R", null),
        };
        var index = PeerIndex.Build(site);
        Assert.Equal(["near", "far", "unknown"], index.Nearest("self", 5).Peers.Select(p => p.Slug));
        Assert.Equal(3, index.CountOthers("self"));
        // Without its own population, its peers are in name order.
        Assert.Equal(["copy", "far", "near", "self"], index.Nearest("unknown", 5).Peers.Select(p => p.Slug));
        Assert.Empty(index.Nearest("nobody", 5).Peers);
    }

    [Fact]
    public void Gap_page_peers_from_the_index_match_the_definition_on_a_site_where_one_type_dominates()
    {
        var random = new Random(11);
        var councils = Enumerable.Range(0, 400).Select(i => new Council($"K{i:D3}", $"K{i:D3} Council", $"K{i:D3}", "E0", "England",
            (i % 7) switch { 0 => "London", 1 or 2 => "South East", _ => "North West" }, i < 300 ? "NMD" : "UA", "x", [], true,
            random.Next(6) == 0 ? null : random.Next(20, 60) * 1000.0, null, null)).ToList();
        var protocols = councils.Select(c => new Protocol(new ProtocolMetadata(c.Code.ToLowerInvariant(), c.OfficialName, c.Code, CouncilType.District, Nation.England,
            "Protocol", DocumentStatus.Adopted, null, null, "x", null, SiteGen.Model.Coverage.Full, null, [], "x.md"), [], [])).ToImmutableArray();
        var byslug = councils.ToDictionary(c => c.Code.ToLowerInvariant(), c => (Council?)c);
        var select = RegisterPeerGroups.Selector(new CouncilRegister([.. councils]));
        var facets = protocols.Select(p => AuthorityFacets.Of(p.Metadata, byslug[p.Metadata.Slug])).ToList();
        foreach (var p in protocols.Take(60))
        {
            var self = facets.Single(f => f.Slug == p.Metadata.Slug);
            var inRegion = BruteForce(facets, self, 5, PeerScope.SameTypeAndRegion).ToList();
            var expected = inRegion.Concat(BruteForce(facets, self, 5 - inRegion.Count, PeerScope.SameTypeElsewhere));
            Assert.Equal(expected, select(p, protocols).Peers.Select(q => q.Metadata.Slug));
        }
    }
}
