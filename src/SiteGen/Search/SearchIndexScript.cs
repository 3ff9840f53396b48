using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// The index as a classic script that puts it in a global variable. A site opened from <c>file://</c>
/// cannot fetch a JSON file, but it can load <c>&lt;script src="search/index.js"&gt;</c>, after
/// which the page calls <c>lunr.Index.load(SITEGEN_SEARCH_INDEX)</c>.
/// </summary>
internal static partial class SearchIndexScript
{
    /// <summary>The global variable the script sets unless told otherwise.</summary>
    public const string DefaultGlobalName = "SITEGEN_SEARCH_INDEX";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <c>var NAME = {index JSON};</c> as UTF-8 to <paramref name="output"/>, leaving it open.</summary>
    public static void Write(LunrIndex index, Stream output, string globalName = DefaultGlobalName)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Identifier().IsMatch(globalName)) throw new ArgumentException($"'{globalName}' is not a plain JavaScript identifier.", nameof(globalName));
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        // `var` at the top of a classic script makes a global in pages and in workers alike.
        writer.Write("var ");
        writer.Write(globalName);
        writer.Write(" = ");
        LunrIndexJson.Write(index, new LineSeparatorEscapingWriter(writer));
        writer.Write(";\n");
    }

    /// <summary>The script as UTF-8 bytes.</summary>
    public static byte[] ToBytes(LunrIndex index, string globalName = DefaultGlobalName)
    {
        using var buffer = new MemoryStream();
        Write(index, buffer, globalName);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    // JSON allows raw U+2028/U+2029 in strings, but JavaScript only does since ES2019; escaping them
    // keeps the same string value and lets older engines parse the script too.
    private sealed class LineSeparatorEscapingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\u2028') inner.Write("\\u2028");
            else if (value == '\u2029') inner.Write("\\u2029");
            else inner.Write(value);
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            if (value.AsSpan().IndexOfAny('\u2028', '\u2029') < 0) inner.Write(value);
            else foreach (var c in value) Write(c);
        }
    }
}
