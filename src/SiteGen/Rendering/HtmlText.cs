using System.Text;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// The last step before a page is written, for characters HTML escaping leaves alone. Escaping makes content's
/// markup inert, but a right-to-left override (U+202E) in a protocol still reverses the words after it on screen
/// ("Trojan Source"), so a reader sees something other than what the clause says, and C1 control characters
/// (U+0080–U+009F) are errors in HTML that browsers show differently. Every such character in a page becomes U+FFFD,
/// visibly "something was here". Templates are trusted and contain none, so doing it to whole pages changes only
/// what came from content, wherever it entered the page (templates, Markdown, embeds).
/// </summary>
internal static class HtmlText
{
    public const char Replacement = '\uFFFD';

    /// <summary>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and C1 controls.</summary>
    public static bool IsNeutralised(char ch) => ch is >= '\u0080' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static string Neutralise(string html)
    {
        var first = html.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        var bidi = IndexOfBidi(html);
        if (first < 0 && bidi < 0) return html;
        var sb = new StringBuilder(html);
        for (var i = 0; i < sb.Length; i++)
            if (IsNeutralised(sb[i])) sb[i] = Replacement;
        return sb.ToString();
    }

    /// <summary>Every HTML page of a built site, neutralised; other files (data, scripts, assets) are returned as they were.</summary>
    public static IEnumerable<OutputFile> NeutralisePages(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            // Most pages hold none of these characters: looking for them in the UTF-8 bytes spares decoding every page to a string.
            if (!file.Path.EndsWith(".html", StringComparison.Ordinal) || !MayNeedNeutralising(file.Content)) { yield return file; continue; }
            var text = file.AsText();
            var neutral = Neutralise(text);
            yield return ReferenceEquals(neutral, text) ? file : OutputFile.Text(file.Path, neutral);
        }
    }

    /// <summary>Whether UTF-8 text may hold a character <see cref="IsNeutralised"/> replaces (U+0080–U+009F are C2 80–9F; U+202A–U+202E are E2 80 AA–AE; U+2066–U+2069 are E2 81 A6–A9).</summary>
    internal static bool MayNeedNeutralising(ReadOnlySpan<byte> utf8)
    {
        for (var i = utf8.IndexOfAny((byte)0xC2, (byte)0xE2); i >= 0 && i < utf8.Length - 1;)
        {
            var next = utf8[i + 1];
            if (utf8[i] == 0xC2 ? next is >= 0x80 and <= 0x9F
                : i < utf8.Length - 2 && (next == 0x80 && utf8[i + 2] is >= 0xAA and <= 0xAE || next == 0x81 && utf8[i + 2] is >= 0xA6 and <= 0xA9))
                return true;
            var rest = utf8[(i + 1)..].IndexOfAny((byte)0xC2, (byte)0xE2);
            i = rest < 0 ? -1 : i + 1 + rest;
        }
        return false;
    }

    private static int IndexOfBidi(string text)
    {
        var a = text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E');
        return a >= 0 ? a : text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069');
    }
}
