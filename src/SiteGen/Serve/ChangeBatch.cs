namespace SiteGen.Serve;

/// <summary>Input changes coalesced into one rebuild.</summary>
/// <param name="Paths">Distinct changed paths, sorted, as the watcher reported them.</param>
/// <param name="FirstChangeTimestamp">The scheduler's <see cref="TimeProvider"/> timestamp of the first change (0 for none), for save-to-reload timing.</param>
internal sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstChangeTimestamp);
