using System.Collections.Immutable;

namespace SiteGen.Register;

/// <summary>
/// "Peers" of a council: councils an officer would compare it with. Same register type and same region, nearest by
/// population. Pure: the register and the candidate set are inputs.
/// </summary>
internal static class Peers
{
    /// <summary>
    /// The councils among <paramref name="candidates"/> (by register code) that share <paramref name="council"/>'s type
    /// and region, nearest first by population (councils without a population last), at most <paramref name="count"/>.
    /// The council itself is never its own peer.
    /// </summary>
    public static ImmutableArray<Council> Of(Council council, IEnumerable<Council> candidates, int count = 5) =>
    [.. candidates
        .Where(c => c.Code != council.Code && c.Current && c.TypeCode == council.TypeCode && c.Region == council.Region)
        .OrderBy(c => c.Population is { } p && council.Population is { } q ? Math.Abs(Math.Log(p) - Math.Log(q)) : double.MaxValue)
        .ThenBy(c => c.OfficialName, StringComparer.Ordinal)
        .Take(count)];

    /// <summary>
    /// The slugs of the held protocols that are peers of the protocol <paramref name="slug"/>, for the gap and compare
    /// pages: <paramref name="held"/> maps each protocol slug to its register code (protocols the register does not
    /// know are left out).
    /// </summary>
    public static ImmutableArray<string> OfProtocol(string slug, IReadOnlyDictionary<string, string> held, CouncilRegister register, int count = 5)
    {
        if (!held.TryGetValue(slug, out var code) || register.ByCode(code) is not { } council) return [];
        var bySlug = held.Where(kv => kv.Key != slug)
            .Select(kv => (Slug: kv.Key, Council: register.ByCode(kv.Value)))
            .Where(x => x.Council is not null)
            .ToList();
        var peers = Of(council, bySlug.Select(x => x.Council!), count);
        return [.. peers.SelectMany(p => bySlug.Where(x => x.Council!.Code == p.Code).Select(x => x.Slug)).Distinct()];
    }
}
