namespace SiteGen.Checks;

/// <summary>
/// The kinds of page in a built site, read from the output itself rather than from a list kept in step with the
/// templates: each page at the top of the site is a kind of its own (index.html, data.html, 404.html,
/// search.html…), and inside a folder the folder's index.html is one kind and all its other pages another
/// (protocols/*.html, reports/index.html, reports/*.html, themes/*.html…), with deeper folders read as items of
/// the first (themes/*/index.html). A page type added later is therefore covered as soon as it appears in the output.
/// </summary>
internal static class PageKinds
{
    /// <summary>Every page of <paramref name="siteFolder"/> grouped by kind, kinds in ordinal order of their pattern.</summary>
    public static IReadOnlyList<PageKind> Classify(string siteFolder)
    {
        var root = Path.GetFullPath(siteFolder);
        return
        [
            .. SiteFilePaths.Pages(root)
                .GroupBy(page => PatternOf(SiteFilePaths.Relative(root, page)), StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new PageKind(group.Key, [.. group.Order(StringComparer.Ordinal)])),
        ];
    }

    /// <summary>One page of each kind: the largest, which has the most of the kind's markup to audit (ties go to the first by name).</summary>
    public static IReadOnlyList<string> OneOfEach(string siteFolder) => [.. Classify(siteFolder).Select(kind => kind.Representative)];

    /// <summary>
    /// The kind a site-relative page path belongs to: "index.html", "protocols/*.html", "reports/index.html". Below
    /// the first folder, folder names are items rather than kinds ("themes/bullying/index.html" and
    /// "themes/respect/index.html" are both "themes/*/index.html").
    /// </summary>
    public static string PatternOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length == 1) return relativePath;
        var name = parts[^1];
        var file = name.Equals("index.html", StringComparison.OrdinalIgnoreCase) ? name : "*" + Path.GetExtension(name).ToLowerInvariant();
        return string.Join('/', parts[..^1].Select((folder, i) => i == 0 ? folder : "*")) + "/" + file;
    }
}

/// <summary>Pages built from the same template.</summary>
/// <param name="Pattern">Which pages: a path ("data.html") or a folder pattern ("protocols/*.html").</param>
/// <param name="Pages">Full paths of its pages, in ordinal order.</param>
internal sealed record PageKind(string Pattern, IReadOnlyList<string> Pages)
{
    /// <summary>The page audited for the kind: the largest file.</summary>
    public string Representative => Pages.OrderByDescending(p => new FileInfo(p).Length).ThenBy(p => p, StringComparer.Ordinal).First();
}
