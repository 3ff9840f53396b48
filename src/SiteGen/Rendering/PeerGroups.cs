using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>The authorities one authority is compared with on its gap page, and how the page names them.</summary>
/// <param name="Description">Completes "compared with …": "the other 3 London boroughs".</param>
public sealed record PeerGroup(string Description, ImmutableArray<Protocol> Peers);

/// <summary>Chooses an authority's peers from all the authorities of the site (never including itself).</summary>
public delegate PeerGroup PeerSelector(Protocol self, ImmutableArray<Protocol> all);

/// <summary>
/// Peer selection. Today authorities are compared with those of the same council type, from front matter; a register
/// of UK authorities (region, population) can supply another <see cref="PeerSelector"/> without touching the pages.
/// Comparing with peers rather than every other authority keeps each gap page's size independent of the site's.
/// </summary>
public static class PeerGroups
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
