using SiteGen.Model;

namespace SiteGen.Serve;

/// <summary>What one rebuild produced: a complete site folder to publish, or the errors that stopped it.</summary>
/// <param name="SiteFolder">Folder holding the new build; null when the build failed.</param>
/// <param name="Errors">Why the build failed (file:line: message); empty on success.</param>
internal sealed record RebuildOutcome(string? SiteFolder, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The new build held in memory (what <c>sitegen serve</c> publishes); null when it is a folder or the build failed.</summary>
    public MemorySite? Files { get; init; }

    /// <summary>True when the build produced a site that can be served.</summary>
    public bool Succeeded => (SiteFolder is not null || Files is not null) && Errors.Count == 0;

    /// <summary>A build held in memory, served without writing it anywhere.</summary>
    public static RebuildOutcome Success(MemorySite files) => new(null, []) { Files = files };

    /// <summary>A build that wrote a complete site into <paramref name="siteFolder"/>.</summary>
    public static RebuildOutcome Success(string siteFolder) => new(siteFolder, []);

    /// <summary>A build that failed; the preview keeps serving the last good build and shows these errors.</summary>
    public static RebuildOutcome Failure(IReadOnlyList<Diagnostic> errors) =>
        new(null, errors.Count > 0 ? errors : [Diagnostic.Error("", 0, ServeCodes.BuildFailed, "The build failed without saying why.")]);
}
