using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Checks.Accessibility;

/// <summary>Reads the JSON that axe-pages.js prints.</summary>
internal static class AxeResultParser
{
    /// <summary>
    /// The violations, plus a finding for each page that could not be audited. A page audited in several colour
    /// schemes reports a failure once: a later scheme adds only what the earlier ones did not already find (in
    /// practice, colours that fail only in dark mode).
    /// </summary>
    public static (IReadOnlyList<AxeViolation> Violations, IReadOnlyList<Diagnostic> PageErrors) Parse(string json, string siteRoot)
    {
        using var document = JsonDocument.Parse(json);
        var violations = new List<AxeViolation>();
        var pageErrors = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failedPages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var page = SiteFilePaths.RelativeFromFileUrl(siteRoot, result.GetProperty("url").GetString() ?? "");
            var scheme = Text(result, "scheme") is { Length: > 0 } s ? s : "light";
            if (result.TryGetProperty("error", out var error))
            {
                if (failedPages.Add(page))
                    pageErrors.Add(new Diagnostic(page, 0, 0, Severity.Error, CheckCodes.AccessibilityNotChecked, $"The page could not be audited: {error.GetString()}"));
                continue;
            }
            foreach (var rule in result.GetProperty("violations").EnumerateArray())
            {
                foreach (var node in rule.GetProperty("nodes").EnumerateArray())
                {
                    var violation = new AxeViolation(page,
                        Text(rule, "id"), Text(rule, "impact"), Text(rule, "help"), Text(rule, "helpUrl"),
                        [.. node.GetProperty("target").EnumerateArray().Select(t => t.GetString() ?? "")],
                        Text(node, "html"), Text(node, "failureSummary"), scheme);
                    if (seen.Add(page + "\n" + violation.RuleId + "\n" + string.Join("\n", violation.Target))) violations.Add(violation);
                }
            }
        }
        return (violations, pageErrors);
    }

    /// <summary>The finding for a violation: <c>[rule] help (impact) at selector: what failed. See url</c>.</summary>
    public static Diagnostic ToDiagnostic(AxeViolation v)
    {
        var summary = string.Join(' ', v.FailureSummary.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var scheme = v.ColorScheme == "light" ? "" : $" in the {v.ColorScheme} colour scheme";
        var message = $"[{v.RuleId}] {v.Help} ({v.Impact}) at {string.Join(" >>> ", v.Target)}{scheme}: {summary} See {v.HelpUrl}";
        // Every WCAG A/AA failure blocks publishing; axe's impact is kept in the message for triage.
        return new Diagnostic(v.Page, 0, 0, Severity.Error, CheckCodes.AccessibilityViolation, message);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
