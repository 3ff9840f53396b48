using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Register;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

[Trait("Kind", "Pure")]
public class RegisterPeerGroupsTests
{
    private static Council C(string code, string type, string region, double? population) =>
        new(code, code + " Council", code, "E0" + code, "England", region, type, type, [], true, population, null, null);

    private static Protocol P(string slug, CouncilType type = CouncilType.District) =>
        new(new ProtocolMetadata(slug, slug + " Council", slug, type, Nation.England, "Protocol", DocumentStatus.Adopted, null, null, "x", null,
            SiteGen.Model.Coverage.Full, null, [], "x.md"), [], []);

    private static (ImmutableArray<Protocol>, Dictionary<string, Council?>) Site(params (string Slug, Council? Council)[] rows) =>
        ([.. rows.Select(r => P(r.Slug))], rows.ToDictionary(r => r.Slug, r => r.Council));

    [Fact]
    public void Peers_are_the_same_type_and_region_nearest_in_population_and_the_page_says_so()
    {
        var (all, councils) = Site(
            ("self", C("S", "NMD", "East Midlands", 100_000)),
            ("a", C("A", "NMD", "East Midlands", 101_000)), ("b", C("B", "NMD", "East Midlands", 90_000)),
            ("c", C("C", "NMD", "East Midlands", 500_000)), ("d", C("D", "NMD", "East Midlands", 120_000)),
            ("e", C("E", "NMD", "East Midlands", 60_000)), ("f", C("F", "NMD", "East Midlands", 20_000)),
            ("g", C("G", "NMD", "South East", 100_000)), ("h", C("H", "CTY", "East Midlands", 100_000)));
        var group = RegisterPeerGroups.Choose(all[0], all, councils, 5);
        Assert.Equal(["a", "b", "d", "e", "c"], group.Peers.Select(p => p.Metadata.Slug));
        Assert.Equal("the 5 district councils in East Midlands nearest in population", group.Description);
    }

    [Fact]
    public void Too_few_in_the_region_are_filled_with_the_same_type_elsewhere_nearest_in_population()
    {
        var (all, councils) = Site(
            ("self", C("S", "NMD", "East Midlands", 100_000)),
            ("a", C("A", "NMD", "East Midlands", 10_000)),
            ("g", C("G", "NMD", "South East", 99_000)), ("h", C("H", "NMD", "North West", 300_000)),
            ("i", C("I", "NMD", "London", 5_000_000)), ("j", C("J", "UA", "East Midlands", 100_000)));
        var group = RegisterPeerGroups.Choose(all[0], all, councils, 3);
        Assert.Equal(["a", "g", "h"], group.Peers.Select(p => p.Metadata.Slug));
        Assert.Equal("the other 1 district council in East Midlands and the 2 district councils elsewhere nearest in population", group.Description);
    }

    [Fact]
    public void London_boroughs_are_not_said_to_be_in_London_and_all_of_a_small_group_are_the_other_ones()
    {
        var (all, councils) = Site(("self", C("S", "LBO", "London", 1)), ("a", C("A", "LBO", "London", 2)), ("b", C("B", "LBO", "London", 3)));
        var group = RegisterPeerGroups.Choose(all[0], all, councils, 5);
        Assert.Equal("the other 2 London boroughs", group.Description);
        Assert.Equal(2, group.Peers.Length);
    }

    [Fact]
    public void An_authority_the_register_does_not_know_falls_back_to_the_same_council_type()
    {
        var (all, councils) = Site(("self", null), ("a", C("A", "NMD", "East Midlands", 1)), ("b", null));
        var group = RegisterPeerGroups.Choose(all[0], all, councils, 5);
        Assert.Equal(["a", "b"], group.Peers.Select(p => p.Metadata.Slug));
        Assert.Equal("the other 2 district councils", group.Description);
    }

    [Fact]
    public void The_selector_matches_each_protocol_to_the_register_once_and_never_chooses_the_authority_itself()
    {
        var register = new CouncilRegister([C("AAA", "NMD", "East Midlands", 5), C("BBB", "NMD", "East Midlands", 6)]);
        ImmutableArray<Protocol> all = [P("aaa") with { Metadata = P("aaa").Metadata with { Code = "AAA" } }, P("bbb") with { Metadata = P("bbb").Metadata with { Code = "BBB" } }];
        var select = RegisterPeerGroups.Selector(register);
        Assert.Equal(["bbb"], select(all[0], all).Peers.Select(p => p.Metadata.Slug));
        Assert.Equal(["aaa"], select(all[1], all).Peers.Select(p => p.Metadata.Slug));
    }
}
