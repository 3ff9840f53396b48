using System.Text;

namespace SiteGen.Import;

/// <summary>Bytes of a text file → text: UTF-8 with or without BOM, UTF-16 (BOM or zero-byte pattern), else Windows-1252.</summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text with CRLF and CR turned into LF, and the name of the encoding it was read as.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        string name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { text = Strict(Encoding.UTF8, bytes[3..]) ?? Encoding.UTF8.GetString(bytes[3..]); name = "UTF-8 with BOM"; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { text = Encoding.Unicode.GetString(bytes[2..]); name = "UTF-16"; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { text = Encoding.BigEndianUnicode.GetString(bytes[2..]); name = "UTF-16 big-endian"; }
        else if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
            name = "UTF-16 without BOM";
        }
        else if (Strict(new UTF8Encoding(false, true), bytes) is { } utf8) { text = utf8; name = "UTF-8"; }
        else { text = Encoding.GetEncoding(1252).GetString(bytes); name = "Windows-1252"; }
        return (text.Replace("\r\n", "\n").Replace('\r', '\n'), name);
    }

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    // Text in a Latin script saved as UTF-16 without a BOM has a zero in every other byte.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int evenZeros = 0, oddZeros = 0, pairs = Math.Min(bytes.Length / 2, 2000);
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }
}
