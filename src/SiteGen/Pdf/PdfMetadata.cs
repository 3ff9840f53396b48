using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Pdf;

/// <summary>
/// Makes a PDF Chromium printed reproducible: its document information dictionary carries the time of printing
/// (<c>/CreationDate</c>, <c>/ModDate</c>) and the browser's build (<c>/Creator</c> is Chromium's user agent,
/// <c>/Producer</c> its Skia milestone), so the same page printed twice differed and every PDF named the
/// build machine's browser. The dates are removed and both names become "SiteGen". Every change is made in place
/// with the same number of bytes (padding with spaces, which PDF ignores between tokens), so the cross-reference
/// table's byte offsets stay right and nothing else in the file moves.
/// </summary>
internal static partial class PdfMetadata
{
    /// <summary>What <c>/Creator</c> and <c>/Producer</c> say after <see cref="Normalise"/>.</summary>
    public const string Name = "SiteGen";

    private static readonly string[] RemovedKeys = ["CreationDate", "ModDate"];
    private static readonly string[] RenamedKeys = ["Creator", "Producer"];

    /// <summary>
    /// Returns the PDF with its information dictionary's dates removed and names replaced; a PDF whose trailer names
    /// no information dictionary (or one in a compressed object stream, which Chromium does not write) is returned unchanged.
    /// </summary>
    public static byte[] Normalise(byte[] pdf)
    {
        // Latin-1 maps each byte to one char and back, so offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var info = InfoReference().Matches(text);
        if (info.Count == 0)
        {
            return pdf;
        }

        var reference = info[^1];
        var objectHeader = new Regex(
            string.Create(CultureInfo.InvariantCulture, $@"(?<![0-9]){reference.Groups[1].Value}\s+{reference.Groups[2].Value}\s+obj\b"),
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        var header = objectHeader.Match(text);
        if (!header.Success)
        {
            return pdf;
        }

        var end = text.IndexOf("endobj", header.Index, StringComparison.Ordinal);
        if (end < 0)
        {
            return pdf;
        }

        var result = (byte[])pdf.Clone();
        foreach (var key in RemovedKeys)
        {
            if (FindEntry(text, header.Index, end, key) is var (start, length))
            {
                Fill(result, start, length, "");
            }
        }

        foreach (var key in RenamedKeys)
        {
            if (FindEntry(text, header.Index, end, key) is var (start, length))
            {
                var replacement = "/" + key + " (" + Name + ")";
                Fill(result, start, length, replacement.Length <= length ? replacement : "");
            }
        }

        return result;
    }

    /// <summary>Start and length of <c>/Key value</c> inside the dictionary text between <paramref name="from"/> and <paramref name="to"/>, when its value is a string.</summary>
    private static (int Start, int Length)? FindEntry(string text, int from, int to, string key)
    {
        var name = "/" + key;
        var at = from;
        while ((at = text.IndexOf(name, at, to - at, StringComparison.Ordinal)) >= 0)
        {
            var afterName = at + name.Length;
            // "/Creator" must not match "/CreatorTool": the name ends at whitespace or a delimiter.
            if (afterName < to && !IsWhitespace(text[afterName]) && text[afterName] is not ('(' or '<'))
            {
                at = afterName;
                continue;
            }

            var value = afterName;
            while (value < to && IsWhitespace(text[value]))
            {
                value++;
            }

            var valueEnd = value < to ? text[value] switch
            {
                '(' => LiteralStringEnd(text, value, to),
                '<' => text.IndexOf('>', value, to - value) is var close and >= 0 ? close + 1 : -1,
                _ => -1,
            } : -1;
            return valueEnd < 0 ? null : (at, valueEnd - at);
        }

        return null;
    }

    /// <summary>The offset just after the literal string that opens at <paramref name="open"/>: balanced parentheses, backslash escapes.</summary>
    private static int LiteralStringEnd(string text, int open, int to)
    {
        var depth = 0;
        for (var i = open; i < to; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static void Fill(byte[] pdf, int start, int length, string replacement)
    {
        for (var i = 0; i < length; i++)
        {
            pdf[start + i] = i < replacement.Length ? (byte)replacement[i] : (byte)' ';
        }
    }

    [GeneratedRegex(@"/Info\s+(\d+)\s+(\d+)\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex InfoReference();
}
