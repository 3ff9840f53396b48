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
/// number of authorities; each protocol is matched to the register once per site.
/// </summary>
internal static class RegisterPeerGroups
{
    public static PeerSelector Selector(Register.CouncilRegister register, int count = 5)
    {
        var gate = new object();
        (ImmutableArray<Protocol> All, Dictionary<string, Register.Council?> Councils)? cache = null;
        return (self, all) =>
        {
            Dictionary<string, Register.Council?> councils;
            lock (gate)
            {
                if (cache is not { } c || c.All != all)
                    cache = c = (all, all.GroupBy(p => p.Metadata.Slug, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => Register.CoverageBuilder.Match(g.First().Metadata, register), StringComparer.Ordinal));
                councils = c.Councils;
            }
            return Choose(self, all, councils, count);
        };
    }

    /// <summary>Pure: the peers of <paramref name="self"/> given each protocol's council in the register (null where unknown).</summary>
    public static PeerGroup Choose(Protocol self, ImmutableArray<Protocol> all, IReadOnlyDictionary<string, Register.Council?> councils, int count)
    {
        if (councils.GetValueOrDefault(self.Metadata.Slug) is not { } council) return PeerGroups.ByCouncilType(self, all);
        var sameType = all
            .Where(p => p.Metadata.Slug != self.Metadata.Slug && councils.GetValueOrDefault(p.Metadata.Slug) is { } c && c.TypeCode == council.TypeCode && c.Code != council.Code)
            .Select(p => (Protocol: p, Council: councils[p.Metadata.Slug]!))
            .OrderBy(x => Distance(council, x.Council)).ThenBy(x => x.Protocol.Metadata.ShortName, StringComparer.Ordinal)
            .ToList();
        if (sameType.Count == 0) return PeerGroups.ByCouncilType(self, all);

        var sameRegion = sameType.Where(x => x.Council.Region == council.Region).ToList();
        var label = Lower(council.TypeLabel);
        var regionImplied = council.TypeCode is "LBO" or "WPA" or "SCO" or "NID";
        var where = regionImplied ? "" : $" in {council.Region}";
        var byPopulation = council.Population is null
            ? " (its population is not in the register, so in name order)"
            : " nearest in population";

        if (sameRegion.Count >= count)
        {
            var chosen = sameRegion.Take(count).Select(x => x.Protocol).ToImmutableArray();
            var description = sameRegion.Count == count
                ? $"the other {PeerGroups.Count(count, label)}{where}"
                : $"the {PeerGroups.Count(count, label)}{where}{byPopulation}";
            return new PeerGroup(description, chosen);
        }
        var fill = sameType.Where(x => x.Council.Region != council.Region).Take(count - sameRegion.Count).ToList();
        var peers = sameRegion.Concat(fill).Select(x => x.Protocol).ToImmutableArray();
        if (fill.Count == 0)
            return new PeerGroup($"the other {PeerGroups.Count(sameRegion.Count, label)}{where}", peers);
        var elsewhere = sameType.Count - sameRegion.Count == fill.Count ? "" : byPopulation;
        if (sameRegion.Count == 0)
            return new PeerGroup(
                $"{(elsewhere.Length == 0 ? "the other " : "the ")}{PeerGroups.Count(fill.Count, label)}{(elsewhere.Length == 0 ? "" : " elsewhere")}{elsewhere}, as no other {label}{where} is in the site", peers);
        return new PeerGroup(
            $"the other {PeerGroups.Count(sameRegion.Count, label)}{where} and the {PeerGroups.Count(fill.Count, label)} elsewhere{elsewhere}", peers);
    }

    /// <summary>How far apart two councils are in population (log ratio); unknown populations come last.</summary>
    private static double Distance(Register.Council a, Register.Council b) =>
        a.Population is { } p && b.Population is { } q && p > 0 && q > 0 ? Math.Abs(Math.Log(p) - Math.Log(q)) : double.MaxValue;

    /// <summary>"County council" → "county council"; names that begin with a proper noun keep their capital.</summary>
    private static string Lower(string label) =>
        label.Split(' ')[0] is "London" or "Welsh" or "Scottish" or "Northern" ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
