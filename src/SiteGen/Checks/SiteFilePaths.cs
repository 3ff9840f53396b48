namespace SiteGen.Checks;

/// <summary>Converts between the file URLs and paths tools report and site-relative paths with '/' separators.</summary>
internal static class SiteFilePaths
{
    /// <summary>The site-relative path of <paramref name="fullPath"/>, or the full path when it is outside the site.</summary>
    public static string Relative(string siteRoot, string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(siteRoot), Path.GetFullPath(fullPath));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }

    /// <summary>The site-relative path for a file: URL as vnu ("file:/x/y.html") or a browser ("file:///x/y.html") writes it.</summary>
    public static string RelativeFromFileUrl(string siteRoot, string fileUrl)
    {
        // Java writes "file:/x/y.html" (one slash), which System.Uri does not read as a file URL; give it the empty authority.
        var normalised = fileUrl.StartsWith("file:/", StringComparison.OrdinalIgnoreCase) && !fileUrl.StartsWith("file://", StringComparison.OrdinalIgnoreCase)
            ? "file://" + fileUrl[5..]
            : fileUrl;
        return Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && uri.IsFile ? Relative(siteRoot, uri.LocalPath) : fileUrl;
    }

    /// <summary>Every .html/.htm page in the site, as full paths in a stable order.</summary>
    public static IReadOnlyList<string> Pages(string siteRoot) =>
        [.. Directory.EnumerateFiles(Path.GetFullPath(siteRoot), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
