using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>Slugs name pages and prefix clause ids, so they must be safe in URLs and file names everywhere.</summary>
internal static partial class Slugs
{
    /// <summary>Names the site already uses for its own pages (<c>reports/index.html</c>) or that Windows reserves for devices.</summary>
    private static readonly HashSet<string> Reserved = new(
        ["index", "con", "prn", "aux", "nul", .. Enumerable.Range(0, 10).SelectMany(n => new[] { "com" + n, "lpt" + n })],
        StringComparer.Ordinal);

    /// <summary>The longest slug or id: file names stay well inside every file system's and Windows' path limits.</summary>
    public const int MaxLength = 80;

    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug) && !Reserved.Contains(slug) && slug.Length <= MaxLength;

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>
    /// Lower-case words joined by hyphens, for suggesting a valid file name or making section ids. Letters with accents
    /// lose them ("İstanbul" → "istanbul", "Ŵ" → "w") through SiteGen's own table rather than the system's Unicode
    /// normalisation, which is missing where .NET runs without ICU (slim containers), so anchors are the same everywhere.
    /// </summary>
    public static string Suggest(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (ch is >= 'A' and <= 'Z') sb.Append((char)(ch + ('a' - 'A')));
            else if (Unaccented(ch) is { } plain) sb.Append(plain);
            else if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>The lower-case ASCII letter or digit a character is made of plus accents (its canonical decomposition, Unicode 14), or null.</summary>
    internal static char? Unaccented(char ch)
    {
        if (ch < 0x80) return null;
        foreach (var (start, letters) in AccentedRuns)
        {
            if (ch < start) return null;
            if (ch < start + letters.Length) return letters[ch - start];
        }
        return null;
    }

    /// <summary>
    /// Runs of consecutive code points whose canonical decomposition is one ASCII letter or digit followed only by
    /// combining marks, with the letter of each; generated from Python's unicodedata (Unicode 14) and sorted.
    /// </summary>
    private static readonly (int Start, string Letters)[] AccentedRuns =
    [
        (0x00C0, "aaaaaa"),
        (0x00C7, "ceeeeiiii"),
        (0x00D1, "nooooo"),
        (0x00D9, "uuuuy"),
        (0x00E0, "aaaaaa"),
        (0x00E7, "ceeeeiiii"),
        (0x00F1, "nooooo"),
        (0x00F9, "uuuuy"),
        (0x00FF, "yaaaaaaccccccccdd"),
        (0x0112, "eeeeeeeeeegggggggghh"),
        (0x0128, "iiiiiiiii"),
        (0x0134, "jjkk"),
        (0x0139, "llllll"),
        (0x0143, "nnnnnn"),
        (0x014C, "oooooo"),
        (0x0154, "rrrrrrsssssssstttt"),
        (0x0168, "uuuuuuuuuuuuwwyyyzzzzzz"),
        (0x01A0, "oo"),
        (0x01AF, "uu"),
        (0x01CD, "aaiioouuuuuuuuuu"),
        (0x01DE, "aaaa"),
        (0x01E6, "ggkkoooo"),
        (0x01F0, "j"),
        (0x01F4, "gg"),
        (0x01F8, "nnaa"),
        (0x0200, "aaaaeeeeiiiioooorrrruuuusstt"),
        (0x021E, "hh"),
        (0x0226, "aaeeooooooooyy"),
        (0x1E00, "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy"),
        (0x1EA0, "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy"),
        (0x212A, "ka"),
    ];

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
