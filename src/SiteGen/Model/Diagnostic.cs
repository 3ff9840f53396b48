using System.Globalization;

namespace SiteGen.Model;

/// <summary>How serious a diagnostic is: errors fail the build, warnings and notes do not.</summary>
public enum Severity { Info, Warning, Error }

/// <summary>One finding about the input, located by file and line so a user can go and fix it.</summary>
/// <param name="File">Path as the user would type it, relative to the site root where possible.</param>
/// <param name="Line">1-based line, or 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">Stable short code (e.g. <c>SG0101</c>) so users can search the README for it.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
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
        var location = Line <= 0 ? File
            : Column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        return $"{location}: {severity} {Code}: {Message}";
    }
}
