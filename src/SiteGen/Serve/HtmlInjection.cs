using System.Text;

namespace SiteGen.Serve;

/// <summary>Inserts preview-only markup into an HTML response just before <c>&lt;/body&gt;</c>, never into the file on disk.</summary>
public static class HtmlInjection
{
    private static readonly byte[] BodyClose = "</body"u8.ToArray();

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
