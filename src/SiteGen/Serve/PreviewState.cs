using SiteGen.Model;

namespace SiteGen.Serve;

/// <summary>What the preview shows right now: the last good build plus the errors of a later failed one.</summary>
/// <param name="SessionId">Random per serve run, so a tab left open across restarts still reloads.</param>
/// <param name="Version">Goes up on every published rebuild, good or bad; pages reload when it changes.</param>
/// <param name="SiteFolder">Last good build, or null when no build has succeeded yet.</param>
/// <param name="Errors">Errors of the latest build when it failed; empty when the latest build succeeded.</param>
internal sealed record PreviewState(string SessionId, int Version, string? SiteFolder, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>Token a page carries and the event stream sends; a page whose token differs is stale.</summary>
    public string Token => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{SessionId}.{Version}");

    /// <summary>Last good build when it is held in memory (then <see cref="SiteFolder"/> is null).</summary>
    public MemorySite? Files { get; init; }

    /// <summary>True when some build has succeeded, in a folder or in memory.</summary>
    public bool HasSite => SiteFolder is not null || Files is not null;

    /// <summary>True when the latest build failed and its errors should be shown over the pages.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The state after <paramref name="outcome"/>: a failure keeps the previous site folder.</summary>
    public PreviewState After(RebuildOutcome outcome) => outcome.Succeeded
        ? this with { Version = Version + 1, SiteFolder = outcome.SiteFolder, Files = outcome.Files, Errors = [] }
        : this with { Version = Version + 1, Errors = outcome.Errors };
}
