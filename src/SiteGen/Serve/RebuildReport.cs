namespace SiteGen.Serve;

/// <summary>One finished rebuild, for the CLI to print ("Rebuilt in 240 ms" or the errors).</summary>
/// <param name="Outcome">What the build returned.</param>
/// <param name="State">What the preview now serves.</param>
/// <param name="ChangedPaths">The inputs whose changes caused it; empty for the first build.</param>
/// <param name="BuildTime">Time spent in the rebuild delegate.</param>
/// <param name="SinceFirstChange">From the first file event to publication (what the user waits after saving); zero for the first build.</param>
internal sealed record RebuildReport(
    RebuildOutcome Outcome,
    PreviewState State,
    IReadOnlyList<string> ChangedPaths,
    TimeSpan BuildTime,
    TimeSpan SinceFirstChange);
