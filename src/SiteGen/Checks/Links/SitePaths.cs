namespace SiteGen.Checks.Links;

/// <summary>Pure path arithmetic on site-relative paths with '/' separators.</summary>
internal static class SitePaths
{
    /// <summary>The folder part of a page path ("a/b.html" → "a"; "index.html" → "").</summary>
    public static string FolderOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..slash];
    }

    /// <summary>Resolves <paramref name="link"/> against <paramref name="folder"/>; null when ".." climbs above the site root.</summary>
    public static string? Combine(string folder, string link)
    {
        var segments = new List<string>();
        if (folder.Length > 0) segments.AddRange(folder.Split('/'));
        foreach (var segment in link.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    /// <summary>How to write a link from a page in <paramref name="fromFolder"/> to <paramref name="target"/> relatively.</summary>
    public static string Relative(string fromFolder, string target)
    {
        var from = fromFolder.Length == 0 ? [] : fromFolder.Split('/');
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = Enumerable.Repeat("..", from.Length - common);
        return string.Join('/', ups.Concat(to.Skip(common)));
    }
}
