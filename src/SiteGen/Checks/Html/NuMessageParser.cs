using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Checks.Html;

/// <summary>Turns the Nu Html Checker's <c>--format json</c> output into findings.</summary>
internal static class NuMessageParser
{
    /// <summary>Parses <paramref name="json"/>; file URLs become paths relative to <paramref name="siteRoot"/>.</summary>
    public static IReadOnlyList<Diagnostic> Parse(string json, string siteRoot)
    {
        using var document = JsonDocument.Parse(json);
        var findings = new List<Diagnostic>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = Text(message, "type");
            var subType = Text(message, "subType");
            var (severity, code) = (type, subType) switch
            {
                ("error", _) => (Severity.Error, CheckCodes.HtmlError),
                ("non-document-error", _) => (Severity.Error, CheckCodes.HtmlNotChecked),
                ("info", "warning") => (Severity.Warning, CheckCodes.HtmlWarning),
                _ => (Severity.Info, CheckCodes.HtmlWarning),
            };
            var url = Text(message, "url");
            var file = url is null ? "" : SiteFilePaths.RelativeFromFileUrl(siteRoot, url);
            // vnu gives the start line only when it differs from the end line.
            var line = Number(message, "firstLine") ?? Number(message, "lastLine") ?? 0;
            var column = Number(message, "firstColumn") ?? 0;
            var text = Text(message, "message") ?? "(no message)";
            var extract = Text(message, "extract");
            if (!string.IsNullOrWhiteSpace(extract)) text += $" [near: {OneLine(extract)}]";
            findings.Add(new Diagnostic(file, line, column, severity, code, text));
        }
        return findings;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
