namespace SiteGen.Serve;

/// <summary>Where a request path lands on disk.</summary>
internal abstract record SiteFileLocation
{
    private SiteFileLocation() { }

    /// <summary>A file to send (for a folder URL ending in '/', its index.html).</summary>
    public sealed record Found(string FullPath) : SiteFileLocation;

    /// <summary>A folder asked for without the trailing slash.</summary>
    public sealed record IsFolder : SiteFileLocation;

    /// <summary>Nothing there, or a path that would leave the site folder.</summary>
    public sealed record Missing : SiteFileLocation;
}

/// <summary>Maps a resolved request path onto the site folder, refusing anything that ends up outside it.</summary>
internal static class SiteFileLocator
{
    /// <summary>Finds the file for <paramref name="target"/> inside <paramref name="siteFolder"/>.</summary>
    public static SiteFileLocation Locate(string siteFolder, RequestTarget.SiteFile target)
    {
        var root = Path.GetFullPath(siteFolder);
        var full = Path.GetFullPath(Path.Combine(root, target.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
        // Defence in depth behind RequestPathResolver: whatever got through must still be inside the root.
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!string.Equals(full, root, comparison) && !full.StartsWith(rootWithSeparator, comparison))
            return new SiteFileLocation.Missing();

        if (Directory.Exists(full))
        {
            if (!target.EndsWithSlash) return new SiteFileLocation.IsFolder();
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new SiteFileLocation.Found(index) : new SiteFileLocation.Missing();
        }
        if (target.EndsWithSlash || !File.Exists(full)) return new SiteFileLocation.Missing();
        return new SiteFileLocation.Found(full);
    }
}
