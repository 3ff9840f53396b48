using System.Globalization;

namespace SiteGen.Model;

/// <summary>How serious a diagnostic is: errors fail the build, warnings and notes do not.</summary>
internal enum Severity { Info, Warning, Error }

/// <summary>One finding about the input, located by file and line so a user can go and fix it.</summary>
/// <param name="File">Path as the user would type it, relative to the site root where possible.</param>
/// <param name="Line">1-based line, or 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">Stable short code (e.g. <c>SG0101</c>) so users can search the README for it.</param>
internal sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public static Diagnostic Error(string file, int line, string code, string message) =>
        new(file, line, 0, Severity.Error, code, message);

    public static Diagnostic Warning(string file, int line, string code, string message) =>
        new(file, line, 0, Severity.Warning, code, message);

    public static Diagnostic Info(string file, int line, string code, string message) =>
        new(file, line, 0, Severity.Info, code, message);

    /// <summary>The compiler-style form editors and CI logs turn into links: <c>file:line:col: error SG0101: message</c>.</summary>
    public override string ToString()
    {
        // A finding about a whole file points at its first line, so editors and CI annotations (which need a line) can open it.
        var line = Line <= 0 && NamesAFile(File) ? 1 : Line;
        var location = line <= 0 ? File
            : Column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{Column}");
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        var message = Message.Length <= MaxMessageLength ? Message : Message[..MaxMessageLength] + "…";
        return $"{Printable(location)}: {severity} {Code}: {Printable(message)}";
    }

    /// <summary>Messages quote content; a quoted 200,000-character field is cut here rather than flooding the log.</summary>
    public const int MaxMessageLength = 2_000;

    /// <summary>A path whose last part has an extension (<c>content/protocols/x.md</c>), not a folder (<c>_site</c>, <c>content/protocols</c>).</summary>
    private static bool NamesAFile(string path) =>
        !path.EndsWith('/') && !path.StartsWith('(') && System.IO.Path.GetExtension(path.AsSpan(path.LastIndexOf('/') + 1)).Length > 1;

    /// <summary>
    /// Messages quote content (a field name, a phrase, a file name), and content is untrusted: a line break in it would
    /// start a line of its own, which CI reads as a command (GitHub Actions' <c>::error …::</c>), and ESC or BEL
    /// sequences retitle or clear a terminal. Control characters (C0, DEL, C1) and the invisible bidirectional
    /// overrides are shown as escapes instead (<c>\n</c>, <c>\u001B</c>), so every diagnostic is one line of plain text.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (!NeedsEscape(ch)) sb.Append(ch);
            else sb.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}"),
            });
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char ch) => ch < ' ' || ch is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' || IsBidiControl(ch);

    /// <summary>The characters that reorder text invisibly: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).</summary>
    public static bool IsBidiControl(char ch) => ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
