using System.Diagnostics;
using SiteGen.Checks.Tools;

namespace SiteGen.Checks.Html;

/// <summary>Runs the real Nu Html Checker (vnu.jar, the W3C validator's engine) over every page of a built site.</summary>
internal static class NuHtmlChecker
{
    /// <summary>Name used in reports.</summary>
    public const string Name = "html";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Checks every .html/.htm file under <paramref name="siteFolder"/>.</summary>
    public static async Task<CheckResult> CheckAsync(string siteFolder, CheckTools tools, CancellationToken cancellationToken = default)
    {
        if (!tools.CanCheckHtml)
            return CheckResult.NotRun(Name, ToolChecks.Html, tools.Missing);

        var started = Stopwatch.GetTimestamp();
        var root = Path.GetFullPath(siteFolder);
        // One JVM for the whole folder: starting Java costs more than checking a page.
        ToolProcessResult result;
        try
        {
            result = await ToolProcess.RunAsync(tools.Java!,
                ["-jar", tools.VnuJar!, "--format", "json", "--stdout", "--exit-zero-always", "--skip-non-html", root],
                root, Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            return CheckResult.Failed(Name, $"The Nu Html Checker could not run: {ex.Message}", Stopwatch.GetElapsedTime(started));
        }

        var json = result.StandardOutput.Trim();
        if (result.ExitCode != 0 || !json.StartsWith('{'))
        {
            var why = (result.StandardError + result.StandardOutput).Trim();
            return CheckResult.Failed(Name, $"The Nu Html Checker failed (exit code {result.ExitCode}): {(why.Length > 1000 ? why[..1000] + "…" : why)}",
                Stopwatch.GetElapsedTime(started));
        }
        try
        {
            return new CheckResult(Name, true, NuMessageParser.Parse(json, root), Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return CheckResult.Failed(Name, $"The Nu Html Checker's report could not be read ({ex.Message}); is vnu-jar the pinned version?", Stopwatch.GetElapsedTime(started));
        }
    }
}
