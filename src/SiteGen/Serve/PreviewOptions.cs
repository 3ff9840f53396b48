namespace SiteGen.Serve;

/// <summary>How <c>sitegen serve</c> runs.</summary>
/// <param name="WatchPaths">Inputs to watch: folders (recursively) and single files, e.g. content/, templates/, site.json.</param>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="BasePath">URL prefix, e.g. "/my-repo/" to preview a GitHub Pages project site; "/" for none.</param>
internal sealed record PreviewOptions(IReadOnlyList<string> WatchPaths, int Port = 0, string BasePath = "/")
{
    /// <summary>How long inputs must be still before a rebuild starts; long enough to swallow an editor's multi-step save.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest wait after the first change even if changes keep coming.</summary>
    public TimeSpan MaximumDelay { get; init; } = TimeSpan.FromSeconds(2);
}
