using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>Slugs name pages and prefix clause ids, so they must be safe in URLs and file names everywhere.</summary>
public static partial class Slugs
{
    /// <summary>Names the site already uses for its own pages (<c>reports/index.html</c>) or that Windows reserves for devices.</summary>
    private static readonly HashSet<string> Reserved = new(
        ["index", "con", "prn", "aux", "nul", .. Enumerable.Range(0, 10).SelectMany(n => new[] { "com" + n, "lpt" + n })],
        StringComparer.Ordinal);

    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug) && !Reserved.Contains(slug) && slug.Length <= 80;

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>Lower-case words joined by hyphens, for suggesting a valid file name or making section ids.</summary>
    public static string Suggest(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (ch is >= 'A' and <= 'Z') sb.Append(char.ToLowerInvariant(ch));
            else if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
