using System.Text;

namespace SiteGen.Serve;

/// <summary>Inserts preview-only markup into an HTML response just before <c>&lt;/body&gt;</c>, never into the file on disk.</summary>
internal static class HtmlInjection
{
    private static readonly byte[] BodyClose = "</body"u8.ToArray();
    private static readonly byte[] HeadOpen = "<head"u8.ToArray();
    private static readonly byte[] BaseOpen = "<base"u8.ToArray();

    /// <summary>
    /// Returns <paramref name="html"/> with <c>&lt;base href="<paramref name="href"/>"&gt;</c> right after the opening
    /// <c>&lt;head&gt;</c>, so its relative links resolve from <paramref name="href"/> wherever the page is served;
    /// unchanged if the page has its own base element or no head.
    /// </summary>
    public static byte[] InsertBase(ReadOnlySpan<byte> html, string href)
    {
        if (IndexOfAsciiIgnoreCase(html, BaseOpen) >= 0) return html.ToArray();
        var head = IndexOfAsciiIgnoreCase(html, HeadOpen);
        var close = head < 0 ? -1 : html[head..].IndexOf((byte)'>');
        if (close < 0) return html.ToArray();
        var at = head + close + 1;
        var insert = Encoding.UTF8.GetBytes("<base href=\"" + System.Net.WebUtility.HtmlEncode(href) + "\">");
        var result = new byte[html.Length + insert.Length];
        html[..at].CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    /// <summary>Returns <paramref name="html"/> with <paramref name="snippet"/> before the last <c>&lt;/body</c> (any case), or appended.</summary>
    public static byte[] InsertBeforeBodyEnd(ReadOnlySpan<byte> html, string snippet)
    {
        // Work on bytes: the site is UTF-8 and "</body" is ASCII, so no decode/encode round trip is needed.
        var at = LastIndexOfAsciiIgnoreCase(html, BodyClose);
        if (at < 0) at = html.Length;
        var insert = Encoding.UTF8.GetBytes(snippet);
        var result = new byte[html.Length + insert.Length];
        html[..at].CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static int IndexOfAsciiIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i <= haystack.Length - lowerNeedle.Length; i++)
        {
            if (MatchesAt(haystack, i, lowerNeedle)) return i;
        }
        return -1;
    }

    private static bool MatchesAt(ReadOnlySpan<byte> haystack, int i, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var j = 0; j < lowerNeedle.Length; j++)
        {
            var b = haystack[i + j];
            if (b is >= (byte)'A' and <= (byte)'Z') b = (byte)(b | 0x20);
            if (b != lowerNeedle[j]) return false;
        }
        return true;
    }

    private static int LastIndexOfAsciiIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = haystack.Length - lowerNeedle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < lowerNeedle.Length && match; j++)
            {
                var b = haystack[i + j];
                if (b is >= (byte)'A' and <= (byte)'Z') b = (byte)(b | 0x20);
                match = b == lowerNeedle[j];
            }
            if (match) return i;
        }
        return -1;
    }
}
