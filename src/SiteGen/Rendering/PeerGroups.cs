using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>The authorities one authority is compared with on its gap page, and how the page names them.</summary>
/// <param name="Description">Completes "compared with …": "the other 3 London boroughs".</param>
internal sealed record PeerGroup(string Description, ImmutableArray<Protocol> Peers);

/// <summary>Chooses an authority's peers from all the authorities of the site (never including itself).</summary>
internal delegate PeerGroup PeerSelector(Protocol self, ImmutableArray<Protocol> all);

/// <summary>
/// Peer selection. Today authorities are compared with those of the same council type, from front matter; a register
/// of UK authorities (region, population) can supply another <see cref="PeerSelector"/> without touching the pages.
/// Comparing with peers rather than every other authority keeps each gap page's size independent of the site's.
/// </summary>
internal static class PeerGroups
{
    /// <summary>The other authorities of the same council type; an authority alone of its type is compared with all the others.</summary>
    public static PeerGroup ByCouncilType(Protocol self, ImmutableArray<Protocol> all)
    {
        var type = self.Metadata.CouncilType;
        var same = all.Where(p => p.Metadata.Slug != self.Metadata.Slug && p.Metadata.CouncilType == type).ToImmutableArray();
        if (!same.IsEmpty && type != CouncilType.Other)
            return new PeerGroup($"the other {Count(same.Length, Plural(type))}", same);
        var others = all.Where(p => p.Metadata.Slug != self.Metadata.Slug).ToImmutableArray();
        return new PeerGroup(type == CouncilType.Other
            ? $"all {Count(others.Length, "other authority")}, as its council type is not given"
            : $"all {Count(others.Length, "other authority")}, as no other {Plural(type)} is in the site", others);
    }

    private static string Plural(CouncilType t) => t switch
    {
        CouncilType.LondonBorough => "London borough",
        CouncilType.MetropolitanBorough => "metropolitan borough",
        CouncilType.County => "county council",
        CouncilType.District => "district council",
        CouncilType.Unitary => "unitary authority",
        CouncilType.WelshCounty => "Welsh county or county borough",
        CouncilType.ScottishCouncil => "Scottish council",
        CouncilType.TownOrParish => "town or parish council",
        _ => "authority",
    };

    /// <summary>"1 district council", "3 district councils", "2 unitary authorities".</summary>
    internal static string Count(int n, string singular)
    {
        var plural = n == 1 ? singular
            : singular.EndsWith("authority", StringComparison.Ordinal) ? singular[..^1] + "ies"
            : singular.EndsWith("county or county borough", StringComparison.Ordinal) ? singular.Replace("county or county borough", "counties or county boroughs", StringComparison.Ordinal)
            : singular + "s";
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + plural;
    }
}

/// <summary>
/// Peers chosen with the register of UK councils: the authorities of the same register type and region, nearest in
/// population first, filled up to <c>count</c> with the same type elsewhere nearest in population. An authority the
/// register does not know, or with no other authority of its register type in the site, falls back to
/// <see cref="PeerGroups.ByCouncilType"/>. Each page names at most <c>count</c> peers, so output stays linear in the
/// number of authorities; each protocol is matched to the register once per site, and the site's authorities are
/// sorted by population once (<see cref="Register.PeerIndex"/>), so choosing every authority's peers is not quadratic.
/// </summary>
internal static class RegisterPeerGroups
{
    public static PeerSelector Selector(Register.CouncilRegister register, int count = 5)
    {
        var gate = new object();
        (ImmutableArray<Protocol> All, Dictionary<string, Protocol> BySlug, Register.PeerIndex Index)? cache = null;
        return (self, all) =>
        {
            (ImmutableArray<Protocol> All, Dictionary<string, Protocol> BySlug, Register.PeerIndex Index) site;
            lock (gate)
            {
                if (cache is not { } c || c.All != all)
                    cache = c = Prepare(all, all.GroupBy(p => p.Metadata.Slug, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => Register.CoverageBuilder.Match(g.First().Metadata, register), StringComparer.Ordinal));
                site = c;
            }
            return Choose(self, site.All, site.BySlug, site.Index, count);
        };
    }

    /// <summary>Pure: the peers of <paramref name="self"/> given each protocol's council in the register (null where unknown).</summary>
    public static PeerGroup Choose(Protocol self, ImmutableArray<Protocol> all, IReadOnlyDictionary<string, Register.Council?> councils, int count)
    {
        var (_, bySlug, index) = Prepare(all, councils);
        return Choose(self, all, bySlug, index, count);
    }

    private static (ImmutableArray<Protocol>, Dictionary<string, Protocol>, Register.PeerIndex) Prepare(ImmutableArray<Protocol> all, IReadOnlyDictionary<string, Register.Council?> councils)
    {
        var bySlug = all.GroupBy(p => p.Metadata.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Only authorities the register knows are peers here: their type, region and population are the register's.
        var known = bySlug.Values.Select(p => councils.GetValueOrDefault(p.Metadata.Slug) is { } c ? Register.AuthorityFacets.Of(p.Metadata, c) : null).OfType<Register.AuthorityFacet>();
        return (all, bySlug, Register.PeerIndex.Build(known));
    }

    private static PeerGroup Choose(Protocol self, ImmutableArray<Protocol> all, Dictionary<string, Protocol> bySlug, Register.PeerIndex index, int count)
    {
        if (index.Of(self.Metadata.Slug) is not { } council) return PeerGroups.ByCouncilType(self, all);
        var sameTypeCount = index.CountOthers(council.Slug);
        if (sameTypeCount == 0) return PeerGroups.ByCouncilType(self, all);

        var sameRegionCount = index.CountOthers(council.Slug, sameRegion: true);
        var label = Lower(council.TypeLabel);
        var regionImplied = council.TypeKey is "LBO" or "WPA" or "SCO" or "NID";
        var where = regionImplied ? "" : $" in {council.Region}";
        var byPopulation = council.Population is null
            ? " (its population is not in the register, so in name order)"
            : " nearest in population";
        ImmutableArray<Protocol> Protocols(IEnumerable<Register.AuthorityFacet> facets) => [.. facets.Select(f => bySlug[f.Slug])];

        if (sameRegionCount >= count)
        {
            var chosen = Protocols(index.Nearest(council.Slug, count, Register.PeerScope.SameTypeAndRegion).Peers);
            var description = sameRegionCount == count
                ? $"the other {PeerGroups.Count(count, label)}{where}"
                : $"the {PeerGroups.Count(count, label)}{where}{byPopulation}";
            return new PeerGroup(description, chosen);
        }
        var sameRegion = index.Nearest(council.Slug, sameRegionCount, Register.PeerScope.SameTypeAndRegion).Peers;
        var fill = index.Nearest(council.Slug, count - sameRegion.Length, Register.PeerScope.SameTypeElsewhere).Peers;
        var peers = Protocols(sameRegion.Concat(fill));
        if (fill.Length == 0)
            return new PeerGroup($"the other {PeerGroups.Count(sameRegion.Length, label)}{where}", peers);
        var elsewhere = sameTypeCount - sameRegionCount == fill.Length ? "" : byPopulation;
        if (sameRegion.Length == 0)
            return new PeerGroup(
                $"{(elsewhere.Length == 0 ? "the other " : "the ")}{PeerGroups.Count(fill.Length, label)}{(elsewhere.Length == 0 ? "" : " elsewhere")}{elsewhere}, as no other {label}{where} is in the site", peers);
        return new PeerGroup(
            $"the other {PeerGroups.Count(sameRegion.Length, label)}{where} and the {PeerGroups.Count(fill.Length, label)} elsewhere{elsewhere}", peers);
    }

    /// <summary>"County council" → "county council"; names that begin with a proper noun keep their capital.</summary>
    private static string Lower(string label) =>
        label.Split(' ')[0] is "London" or "Welsh" or "Scottish" or "Northern" ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
