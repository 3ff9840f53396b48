namespace SiteGen.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The content, templates or settings have errors; they are listed on standard error.</summary>
    public const int BuildFailed = 1;
}
