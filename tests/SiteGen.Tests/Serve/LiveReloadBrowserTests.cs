using System.Diagnostics;
using System.Net;
using SiteGen.Model;
using SiteGen.Serve;
using SiteGen.Tests.Checks;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>The injected client in a real Chromium: it reloads on save, shows the error overlay, and clears it once fixed.</summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class LiveReloadBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_browser_tab_follows_saves_shows_build_errors_and_recovers()
    {
        using var temp = new TempFolder();
        var input = temp.Write("content/page.txt", "First version");
        var folders = new PreviewOutputFolders(Path.Combine(temp.Path, "_site.preview"));
        Func<CancellationToken, Task<RebuildOutcome>> build = async ct =>
        {
            var text = await File.ReadAllTextAsync(input, ct);
            if (text.StartsWith("BROKEN", StringComparison.Ordinal))
                return RebuildOutcome.Failure([Diagnostic.Error("content/page.txt", 1, "SG0102", "Front matter is not valid YAML.")]);
            var folder = folders.Next();
            await File.WriteAllTextAsync(Path.Combine(folder, "index.html"),
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>", ct);
            folders.MarkGood(folder);
            return RebuildOutcome.Success(folder);
        };
        await using var session = await PreviewSession.StartAsync(new PreviewOptions([Path.GetDirectoryName(input)!], BasePath: "/repo/"), build);

        var edits = new (string Expectation, string? NextContent)[]
        {
            ("First version", "Second version"),
            ("Second version&&!could not be rebuilt", "BROKEN: still Second on screen"),
            ("Second version&&The site could not be rebuilt&&content/page.txt:1: error SG0102", "Fixed version"),
            ("Fixed version&&!could not be rebuilt", null),
        };
        var tools = await TestTools.RequireAsync();
        var start = new ProcessStartInfo(tools.Node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SITEGEN_BROWSER"] = tools.Browser;
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "js", "checks", "live-reload-browser.js"));
        start.ArgumentList.Add(session.Url.AbsoluteUri);
        foreach (var (expectation, _) in edits) start.ArgumentList.Add(expectation);
        using var browser = Process.Start(start)!;
        var errors = browser.StandardError.ReadToEndAsync();
        try
        {
            long savedAt = 0;
            foreach (var (_, next) in edits)
            {
                var line = await browser.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null) Assert.Fail("the browser script stopped: " + await errors); // await only then: stderr ends when node exits
                if (savedAt != 0) output.WriteLine($"{line}: {Stopwatch.GetElapsedTime(savedAt).TotalMilliseconds:F0} ms from save to the new content on screen");
                if (next is null) break;
                savedAt = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(input, next);
            }
            Assert.True(browser.WaitForExit(30_000));
            Assert.True(browser.ExitCode == 0, await errors);
        }
        finally
        {
            if (!browser.HasExited) browser.Kill(entireProcessTree: true);
        }
    }
}
