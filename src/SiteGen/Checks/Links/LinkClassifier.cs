namespace SiteGen.Checks.Links;

/// <summary>Sorts a URL into a <see cref="LinkKind"/> without looking at the disk.</summary>
internal static class LinkClassifier
{
    private static readonly HashSet<string> IgnoredSchemes = new(StringComparer.OrdinalIgnoreCase) { "data", "javascript", "blob", "about" };

    /// <summary>Classifies <paramref name="url"/> as written in an attribute.</summary>
    public static LinkKind Classify(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal)) return new LinkKind.ProtocolRelative();
        if (Scheme(url) is { } scheme)
        {
            if (scheme.Length == 1 || scheme.Equals("file", StringComparison.OrdinalIgnoreCase)) return new LinkKind.LocalFile(); // "C:\..." is a drive, not a scheme
            return IgnoredSchemes.Contains(scheme) ? new LinkKind.Ignored() : new LinkKind.External();
        }
        var hashAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hashAt < 0 ? null : url[(hashAt + 1)..];
        var beforeFragment = hashAt < 0 ? url : url[..hashAt];
        var queryAt = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? beforeFragment : beforeFragment[..queryAt];
        if (path.Contains('\\', StringComparison.Ordinal)) return new LinkKind.Backslash();
        var decoded = Uri.UnescapeDataString(path);
        return path.StartsWith('/') ? new LinkKind.RootAbsolute(decoded, fragment) : new LinkKind.Relative(decoded, fragment);
    }

    /// <summary>The URL's scheme per RFC 3986 (letter, then letters, digits, '+', '-', '.', up to ':'), or null.</summary>
    public static string? Scheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return null;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return url[..i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }
}
