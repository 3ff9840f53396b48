using SiteGen.Model;

namespace SiteGen.Serve;

/// <summary>What one rebuild produced: a complete site folder to publish, or the errors that stopped it.</summary>
/// <param name="SiteFolder">Folder holding the new build; null when the build failed.</param>
/// <param name="Errors">Why the build failed (file:line: message); empty on success.</param>
internal sealed record RebuildOutcome(string? SiteFolder, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the build produced a site that can be served.</summary>
    public bool Succeeded => SiteFolder is not null && Errors.Count == 0;

    /// <summary>A build that wrote a complete site into <paramref name="siteFolder"/>.</summary>
    public static RebuildOutcome Success(string siteFolder) => new(siteFolder, []);

    /// <summary>A build that failed; the preview keeps serving the last good build and shows these errors.</summary>
    public static RebuildOutcome Failure(IReadOnlyList<Diagnostic> errors) =>
        new(null, errors.Count > 0 ? errors : [Diagnostic.Error("", 0, ServeCodes.BuildFailed, "The build failed without saying why.")]);
}
