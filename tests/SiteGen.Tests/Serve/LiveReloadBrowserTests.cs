using System.Diagnostics;
using System.Net;
using SiteGen.Model;
using SiteGen.Serve;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
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
        await TestTools.RequireAsync();
        await using var chromium = await TestBrowser.StartAsync();
        var tab = await chromium.NewPageAsync();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        tab.Console += (_, e) => log.Enqueue("console: " + e.Message.Text);
        tab.RequestFailed += (_, e) => log.Enqueue("failed: " + e.Request.Url + " " + e.Request.FailureText);
        await tab.GoToAsync(session.Url.AbsoluteUri);
        long savedAt = 0;
        foreach (var (expectation, next) in edits)
        {
            await PageText.WaitForAsync(tab, expectation, TimeSpan.FromSeconds(15), () => string.Join("\n", log));
            if (savedAt != 0) output.WriteLine($"{expectation}: {Stopwatch.GetElapsedTime(savedAt).TotalMilliseconds:F0} ms from save to the new content on screen");
            if (next is null) break;
            savedAt = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(input, next);
        }
    }
}
