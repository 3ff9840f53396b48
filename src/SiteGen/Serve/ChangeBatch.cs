namespace SiteGen.Serve;

/// <summary>Input changes coalesced into one rebuild.</summary>
/// <param name="Paths">Distinct changed paths, sorted, as the watcher reported them.</param>
/// <param name="FirstChangeTimestamp"><see cref="System.Diagnostics.Stopwatch"/> timestamp of the first change, for save-to-reload timing.</param>
public sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstChangeTimestamp);
