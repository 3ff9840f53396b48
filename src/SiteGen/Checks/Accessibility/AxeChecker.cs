using System.Diagnostics;
using System.Text.Json.Nodes;
using SiteGen.Checks.Tools;
using SiteGen.Model;

namespace SiteGen.Checks.Accessibility;

/// <summary>Audits pages with the real axe-core in a real Chromium-based browser, against WCAG 2.2 level A and AA.</summary>
public static class AxeChecker
{
    /// <summary>Name used in reports.</summary>
    public const string Name = "accessibility";

    /// <summary>The axe tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The colour schemes every page is audited in: readers who set their system to dark get the dark-mode colours.</summary>
    public static readonly IReadOnlyList<string> ColorSchemes = ["light", "dark"];

    /// <summary>The narrowest window a page must fit without sideways scrolling (WCAG 1.4.10 Reflow: 320 CSS pixels).</summary>
    public const int ReflowWidth = 320;

    /// <summary>Audits every page of <paramref name="siteFolder"/>, or only <paramref name="pages"/> (full paths) when given.</summary>
    public static async Task<AccessibilityCheckResult> CheckAsync(string siteFolder, CheckTools tools,
        IReadOnlyList<string>? pages = null, CancellationToken cancellationToken = default)
    {
        if (!tools.CanCheckAccessibility)
            return new AccessibilityCheckResult(CheckResult.NotRun(Name, ToolChecks.Accessibility, tools.Missing), []);

        var started = Stopwatch.GetTimestamp();
        var root = Path.GetFullPath(siteFolder);
        pages ??= SiteFilePaths.Pages(root);
        if (pages.Count == 0) return new AccessibilityCheckResult(new CheckResult(Name, true, [], TimeSpan.Zero), []);

        var work = Path.Combine(Path.GetTempPath(), "sitegen-axe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var script = Path.Combine(work, "axe-pages.js");
            var requestFile = Path.Combine(work, "request.json");
            await File.WriteAllTextAsync(script, EmbeddedText.Read("axe-pages.js"), cancellationToken).ConfigureAwait(false);
            // Built as a JSON tree rather than serialised by reflection, so trimming or AOT publishing cannot break it.
            var request = new JsonObject
            {
                ["nodeModules"] = tools.NodeModules,
                ["browser"] = tools.Browser,
                ["pages"] = new JsonArray([.. pages.Select(p => JsonValue.Create(new Uri(Path.GetFullPath(p)).AbsoluteUri))]),
                ["tags"] = new JsonArray([.. WcagTags.Select(t => JsonValue.Create(t))]),
                ["colorSchemes"] = new JsonArray([.. ColorSchemes.Select(s => JsonValue.Create(s))]),
                ["reflowWidth"] = ReflowWidth,
                ["concurrency"] = Math.Clamp(Environment.ProcessorCount, 1, 4),
                ["pageTimeoutMs"] = 30_000,
            };
            await File.WriteAllTextAsync(requestFile, request.ToJsonString(), cancellationToken).ConfigureAwait(false);

            var timeout = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(5 * pages.Count * ColorSchemes.Count);
            ToolProcessResult result;
            try
            {
                result = await ToolProcess.RunAsync(tools.Node!, [script, requestFile], work, timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or IOException or System.ComponentModel.Win32Exception)
            {
                return new AccessibilityCheckResult(CheckResult.Failed(Name, $"The accessibility check could not run: {ex.Message}", Stopwatch.GetElapsedTime(started)), []);
            }
            var json = result.StandardOutput.Trim();
            if (result.ExitCode != 0 || !json.StartsWith('{'))
            {
                var why = (result.StandardError + result.StandardOutput).Trim();
                return new AccessibilityCheckResult(CheckResult.Failed(Name,
                    $"The accessibility check failed to run the browser (exit code {result.ExitCode}): {(why.Length > 1500 ? why[..1500] + "…" : why)}",
                    Stopwatch.GetElapsedTime(started)), []);
            }

            IReadOnlyList<AxeViolation> violations;
            IReadOnlyList<Diagnostic> pageErrors;
            try
            {
                (violations, pageErrors) = AxeResultParser.Parse(json, root);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return new AccessibilityCheckResult(CheckResult.Failed(Name, $"The accessibility report could not be read ({ex.Message}).", Stopwatch.GetElapsedTime(started)), []);
            }
            List<Diagnostic> findings = [.. pageErrors, .. violations.Select(AxeResultParser.ToDiagnostic)];
            return new AccessibilityCheckResult(new CheckResult(Name, true, findings, Stopwatch.GetElapsedTime(started)), violations);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }
}

/// <summary>The accessibility check's findings plus the raw axe violations (rule, impact, selectors) behind them.</summary>
public sealed record AccessibilityCheckResult(CheckResult Result, IReadOnlyList<AxeViolation> Violations);
