namespace SiteGen.Serve;

/// <summary>Diagnostic codes the preview itself reports (the build reports its own).</summary>
internal static class ServeCodes
{
    /// <summary>A build failed but gave no diagnostics.</summary>
    public const string BuildFailed = "SG0701";

    /// <summary>The rebuild delegate threw instead of returning a failure.</summary>
    public const string BuildCrashed = "SG0702";
}
