using System.Collections.Immutable;

namespace SiteGen.Register;

/// <summary>Peers found, and how many candidates were looked at to find them (the work, counted so tests can bound it).</summary>
internal sealed record PeerChoice(ImmutableArray<AuthorityFacet> Peers, int Examined);

/// <summary>Which authorities <see cref="PeerIndex.Nearest"/> chooses among.</summary>
internal enum PeerScope
{
    /// <summary>The same council type anywhere.</summary>
    SameType,

    /// <summary>The same council type in the same region.</summary>
    SameTypeAndRegion,

    /// <summary>The same council type in other regions (to fill up when a region has too few).</summary>
    SameTypeElsewhere,
}

/// <summary>
/// The authorities of a site grouped by council type and region, each group sorted once by population. Finding the
/// nearest in population then walks outwards from the authority's own place in its sorted group, looking at about as
/// many candidates as it returns: choosing peers for every authority stays close to linear even when one type holds
/// most of the site (300 districts of 400), where sorting each district's 299 others by distance would be quadratic.
/// Authorities count as the same council when they share a register code (two files for one council are never peers).
/// Ties in population distance go to the name first in ordinal order; authorities without a population come last, by name.
/// </summary>
internal sealed class PeerIndex
{
    private sealed class Group
    {
        public required ImmutableArray<AuthorityFacet> ByPopulation { get; init; }
        public required ImmutableArray<AuthorityFacet> WithoutPopulation { get; init; }
        public required ImmutableArray<AuthorityFacet> ByName { get; init; }
        public required Dictionary<string, int> Position { get; init; }
        public required Dictionary<string, int> Identities { get; init; }
    }

    private readonly Dictionary<string, AuthorityFacet> _bySlug;
    private readonly Dictionary<string, Group> _byType;
    private readonly Dictionary<(string Type, string Region), Group> _byTypeAndRegion;
    private readonly Dictionary<string, Group> _byRegion;

    private PeerIndex(IReadOnlyList<AuthorityFacet> authorities)
    {
        _bySlug = authorities.GroupBy(a => a.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var distinct = _bySlug.Values.ToList();
        _byType = distinct.GroupBy(a => a.TypeKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Sorted(g), StringComparer.Ordinal);
        _byTypeAndRegion = distinct.GroupBy(a => (a.TypeKey, a.Region)).ToDictionary(g => g.Key, g => Sorted(g));
        _byRegion = distinct.Where(a => a.Region.Length > 0).GroupBy(a => a.Region, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Sorted(g), StringComparer.Ordinal);
    }

    /// <summary>Groups and sorts the authorities once.</summary>
    public static PeerIndex Build(IEnumerable<AuthorityFacet> authorities) => new([.. authorities]);

    public AuthorityFacet? Of(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The other authorities of the same council type, by name.</summary>
    public ImmutableArray<AuthorityFacet> SameType(string slug) =>
        _bySlug.TryGetValue(slug, out var self) ? Others(self, _byType[self.TypeKey]) : [];

    /// <summary>The other authorities in the same region, of any type, by name; none when its region is not known.</summary>
    public ImmutableArray<AuthorityFacet> SameRegion(string slug) =>
        _bySlug.TryGetValue(slug, out var self) && _byRegion.TryGetValue(self.Region, out var g) ? Others(self, g) : [];

    /// <summary>How many other authorities share its type (and, with <paramref name="sameRegion"/>, its region too).</summary>
    public int CountOthers(string slug, bool sameRegion = false)
    {
        if (!_bySlug.TryGetValue(slug, out var self)) return 0;
        var group = sameRegion ? _byTypeAndRegion[(self.TypeKey, self.Region)] : _byType[self.TypeKey];
        return group.ByName.Length - group.Identities[Identity(self)];
    }

    /// <summary>At most <paramref name="count"/> authorities nearest in population to <paramref name="slug"/>'s, nearest first.</summary>
    public PeerChoice Nearest(string slug, int count, PeerScope scope = PeerScope.SameType)
    {
        if (count <= 0 || !_bySlug.TryGetValue(slug, out var self)) return new PeerChoice([], 0);
        var group = scope == PeerScope.SameTypeAndRegion ? _byTypeAndRegion[(self.TypeKey, self.Region)] : _byType[self.TypeKey];
        var identity = Identity(self);
        bool Excluded(AuthorityFacet a) => Identity(a) == identity || (scope == PeerScope.SameTypeElsewhere && a.Region == self.Region);
        var examined = 0;
        var chosen = new List<AuthorityFacet>(count);

        if (self.Population is not (> 0 and { } population))
        {
            foreach (var a in group.ByName)
            {
                if (chosen.Count == count) break;
                examined++;
                if (!Excluded(a)) chosen.Add(a);
            }
            return new PeerChoice([.. chosen], examined);
        }

        var log = Math.Log(population);
        double Distance(AuthorityFacet a) => Math.Abs(Math.Log(a.Population!.Value) - log);
        var list = group.ByPopulation;
        var at = group.Position[self.Slug];
        int left = at - 1, right = at + 1;
        var found = new List<(AuthorityFacet Facet, double Distance)>();
        // Walk outwards, always to the nearer side; past the count, only ties with the last one taken are still read.
        while (left >= 0 || right < list.Length)
        {
            var takeLeft = right >= list.Length
                || (left >= 0 && Compare(list[left], Distance(list[left]), list[right], Distance(list[right])) <= 0);
            var next = takeLeft ? list[left--] : list[right++];
            var distance = Distance(next);
            if (found.Count >= count && distance > found[^1].Distance) break;
            examined++;
            if (!Excluded(next)) found.Add((next, distance));
        }
        chosen.AddRange(found.OrderBy(f => f.Distance).ThenBy(f => f.Facet.Name, StringComparer.Ordinal).Take(count).Select(f => f.Facet));
        foreach (var a in group.WithoutPopulation)
        {
            if (chosen.Count == count) break;
            examined++;
            if (!Excluded(a)) chosen.Add(a);
        }
        return new PeerChoice([.. chosen], examined);
    }

    private static int Compare(AuthorityFacet a, double da, AuthorityFacet b, double db) =>
        da != db ? da.CompareTo(db) : string.CompareOrdinal(a.Name, b.Name);

    private static string Identity(AuthorityFacet a) => a.RegisterCode ?? "slug:" + a.Slug;

    private static ImmutableArray<AuthorityFacet> Others(AuthorityFacet self, Group group)
    {
        var identity = Identity(self);
        return [.. group.ByName.Where(a => Identity(a) != identity)];
    }

    private static Group Sorted(IEnumerable<AuthorityFacet> members)
    {
        var all = members.ToList();
        var byPopulation = all.Where(a => a.Population is > 0)
            .OrderBy(a => Math.Log(a.Population!.Value)).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal).ToImmutableArray();
        return new Group
        {
            ByPopulation = byPopulation,
            WithoutPopulation = [.. all.Where(a => a.Population is not > 0).OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            ByName = [.. all.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            Position = byPopulation.Select((a, i) => (a.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal),
            Identities = all.GroupBy(Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        };
    }
}
