namespace SiteGen.Checks.Tools;

/// <summary>Where to look for the checking tools; every property may be left null to search the usual places.</summary>
internal sealed record CheckToolsOptions
{
    /// <summary>A node_modules folder that already holds vnu-jar and axe-core (e.g. from <c>--tools</c> or SITEGEN_CHECK_TOOLS).</summary>
    public string? NodeModulesFolder { get; init; }

    /// <summary>Path of Chromium, Chrome or Edge (else SITEGEN_BROWSER, then the usual install locations).</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Path of the java executable (else JAVA_HOME, then PATH).</summary>
    public string? JavaPath { get; init; }

    /// <summary>Per-user cache for the npm tools; defaults to <see cref="NpmToolCache.DefaultRoot"/>.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Run <c>npm ci</c> into the cache when no install is found; false only reports what is missing.</summary>
    public bool InstallIfMissing { get; init; } = true;
}
