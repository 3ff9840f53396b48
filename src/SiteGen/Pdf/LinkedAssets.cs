using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SiteGen.Pdf;

/// <summary>
/// Finds the local files an HTML page pulls in when Chromium prints it (stylesheets and what they import,
/// images, fonts, scripts), so the cache notices when any of them changes. Pure apart from the injected reader.
/// </summary>
internal static partial class LinkedAssets
{
    /// <summary>Full paths of the local files <paramref name="htmlPath"/> references, directly or through its CSS, in first-seen order without repeats.</summary>
    /// <param name="htmlPath">Full path of the page.</param>
    /// <param name="readFile">Returns a file's bytes, or null when it does not exist.</param>
    public static IReadOnlyList<string> Find(string htmlPath, Func<string, byte[]?> readFile)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { htmlPath };
        var html = readFile(htmlPath);
        if (html is null)
        {
            return found;
        }

        foreach (var (reference, isStylesheet) in ReferencesInHtml(Encoding.UTF8.GetString(html)))
        {
            Visit(htmlPath, reference, isStylesheet);
        }

        return found;

        void Visit(string referringFile, string reference, bool isStylesheet)
        {
            if (LocalPath(referringFile, reference) is not { } path || !seen.Add(path))
            {
                return;
            }

            found.Add(path);
            if (isStylesheet && readFile(path) is { } css)
            {
                foreach (var (nested, nestedIsStylesheet) in ReferencesInCss(Encoding.UTF8.GetString(css)))
                {
                    Visit(path, nested, nestedIsStylesheet);
                }
            }
        }
    }

    /// <summary>
    /// Every reference <paramref name="htmlPath"/> makes that a browser would load, as written, with the file it is
    /// written in (the page, or a local stylesheet it pulls in): remote addresses and <c>data:</c> URLs included.
    /// Used to say which reference in the source a refused request came from.
    /// </summary>
    public static IReadOnlyList<(string ReferringFile, string Reference)> References(string htmlPath, Func<string, byte[]?> readFile)
    {
        var all = new List<(string, string)>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { htmlPath };
        if (readFile(htmlPath) is not { } html)
        {
            return all;
        }

        foreach (var (reference, isStylesheet) in ReferencesInHtml(Encoding.UTF8.GetString(html)))
        {
            Visit(htmlPath, reference, isStylesheet);
        }

        return all;

        void Visit(string referringFile, string reference, bool isStylesheet)
        {
            all.Add((referringFile, reference));
            if (isStylesheet && LocalPath(referringFile, reference) is { } path && visited.Add(path) && readFile(path) is { } css)
            {
                foreach (var (nested, nestedIsStylesheet) in ReferencesInCss(Encoding.UTF8.GetString(css)))
                {
                    Visit(path, nested, nestedIsStylesheet);
                }
            }
        }
    }

    /// <summary>The absolute URL a browser requests for <paramref name="reference"/> written in <paramref name="referringFile"/>, or null when it is not a valid URL.</summary>
    public static string? BrowserUrl(string referringFile, string reference)
    {
        var trimmed = reference.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        // .NET would escape a file URL's "?" into its path; the browser keeps the query (and fragment) apart.
        var end = trimmed.IndexOfAny(['?', '#']);
        var (path, rest) = end < 0 ? (trimmed, "") : (trimmed[..end], trimmed[end..]);
        return Uri.TryCreate(new Uri(Path.GetFullPath(referringFile)), path, out var resolved) ? resolved.AbsoluteUri + rest : null;
    }

    /// <summary>
    /// Resolves a reference the way the browser will from a file:// page (query and fragment dropped,
    /// percent-escapes decoded, '/' meaning the file system root) and returns the local path, or null for
    /// fragments, data URIs and remote URLs, which no local change can affect.
    /// </summary>
    /// <param name="referringFile">Full path of the HTML or CSS file the reference appears in.</param>
    /// <param name="reference">The reference as written (href, src, url()).</param>
    public static string? LocalPath(string referringFile, string reference)
    {
        var trimmed = reference.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        if (UrlScheme().Match(trimmed) is { Success: true } scheme)
        {
            if (!string.Equals(scheme.Groups[1].Value, "file", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return Uri.TryCreate(WithoutQueryOrFragment(trimmed), UriKind.Absolute, out var fileUri) ? fileUri.LocalPath : null;
        }

        var relative = Uri.UnescapeDataString(WithoutQueryOrFragment(trimmed));
        var directory = Path.GetDirectoryName(referringFile)!;
        var basePath = relative.StartsWith('/') ? Path.GetPathRoot(directory)! : directory;
        return Path.GetFullPath(Path.Combine(basePath, relative.TrimStart('/')));
    }

    private static string WithoutQueryOrFragment(string reference)
    {
        var end = reference.IndexOfAny(['?', '#']);
        return end < 0 ? reference : reference[..end];
    }

    private static IEnumerable<(string Reference, bool IsStylesheet)> ReferencesInHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("stylesheet", StringComparer.OrdinalIgnoreCase))
            {
                yield return (link.GetAttribute("href")!, true);
            }
        }

        foreach (var (selector, attribute) in UrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                yield return (element.GetAttribute(attribute)!, false);
            }
        }

        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (candidate.Split(' ', 2)[0], false);
            }
        }

        foreach (var element in document.QuerySelectorAll("[href]"))
        {
            // SVG <image>/<use> load their href; HTML <a>/<link> hrefs are navigation or handled above.
            if (element.LocalName is "image" or "use")
            {
                yield return (element.GetAttribute("href")!, false);
            }
        }

        foreach (var style in document.QuerySelectorAll("style"))
        {
            foreach (var reference in ReferencesInCss(style.TextContent))
            {
                yield return reference;
            }
        }

        foreach (var element in document.QuerySelectorAll("[style]"))
        {
            foreach (var reference in ReferencesInCss(element.GetAttribute("style")!))
            {
                yield return reference;
            }
        }
    }

    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("img[src]", "src"),
        ("source[src]", "src"),
        ("script[src]", "src"), // scripts can change the printed DOM
        ("iframe[src]", "src"),
        ("embed[src]", "src"),
        ("object[data]", "data"),
        ("video[poster]", "poster"),
        ("input[type=image][src]", "src"),
    ];

    private static IEnumerable<(string Reference, bool IsStylesheet)> ReferencesInCss(string css)
    {
        var withoutComments = CssComment().Replace(css, " ");
        foreach (Match import in CssImport().Matches(withoutComments))
        {
            yield return (FirstGroup(import), true);
        }

        foreach (Match url in CssUrl().Matches(withoutComments))
        {
            // @import url(x) is matched by both patterns; the import match already made it a stylesheet.
            yield return (FirstGroup(url), false);
        }
    }

    private static string FirstGroup(Match match)
    {
        for (var i = 1; i < match.Groups.Count; i++)
        {
            if (match.Groups[i].Success)
            {
                return match.Groups[i].Value;
            }
        }

        return "";
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?(?:""([^""]*)""|'([^']*)'|([^\s'""();]+))", RegexOptions.IgnoreCase)]
    private static partial Regex CssImport();

    [GeneratedRegex(@"url\(\s*(?:""([^""]*)""|'([^']*)'|([^)\s'""]*))\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
