namespace SiteGen.Checks.Links;

/// <summary>Every file and folder in a built site, by '/'-separated relative path, read once.</summary>
internal sealed class SiteInventory
{
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal) { "" };
    private readonly Dictionary<string, string> _filesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lists <paramref name="siteFolder"/> recursively.</summary>
    public SiteInventory(string siteFolder)
    {
        Root = Path.GetFullPath(siteFolder);
        foreach (var folder in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories))
            _folders.Add(ToRelative(folder));
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var relative = ToRelative(file);
            _files.Add(relative);
            _filesIgnoringCase.TryAdd(relative, relative);
        }
    }

    /// <summary>The site folder, absolute.</summary>
    public string Root { get; }

    /// <summary>All file paths.</summary>
    public IEnumerable<string> Files => _files;

    /// <summary>True when exactly this file exists (case-sensitive, like GitHub Pages).</summary>
    public bool HasFile(string relativePath) => _files.Contains(relativePath);

    /// <summary>True when this is a folder of the site ("" is the root).</summary>
    public bool HasFolder(string relativePath) => _folders.Contains(relativePath);

    /// <summary>The file's real spelling when it exists only with different letter case, else null.</summary>
    public string? CaseInsensitiveMatch(string relativePath) =>
        _filesIgnoringCase.TryGetValue(relativePath, out var actual) && actual != relativePath ? actual : null;

    /// <summary>True for the pages the checks read: .html and .htm.</summary>
    public static bool IsPage(string relativePath) =>
        relativePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || relativePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private string ToRelative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');
}
