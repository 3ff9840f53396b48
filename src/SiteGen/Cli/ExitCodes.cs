namespace SiteGen.Cli;

/// <summary>Process exit codes, documented in the README ("Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (for <c>check</c>: no problems found).</summary>
    public const int Success = 0;

    /// <summary>The content, templates or settings have errors, or <c>check</c> found problems; they are listed on standard error.</summary>
    public const int BuildFailed = 1;

    /// <summary><c>check</c> found problems in the site (the same code as a failed build: do not publish).</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command line was wrong (unknown command or option, bad value); the message and help say what was expected.</summary>
    public const int UsageError = 2;

    /// <summary><c>check</c> found no problems but could not run every check, because a tool it needs (Java, Node.js, a browser) is missing.</summary>
    public const int ChecksIncomplete = 3;

    /// <summary><c>serve</c> could not start, e.g. the port is taken.</summary>
    public const int CannotServe = 4;

    /// <summary>The command was stopped by Ctrl+C (SIGINT) or SIGTERM before it finished; nothing was published (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
