using System.Net;
using Microsoft.Extensions.Time.Testing;
using SiteGen.Model;
using SiteGen.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>End to end: real watcher, real rebuilds into fresh folders, real HTTP and SSE.</summary>
[Trait("Kind", "Disk")]
public sealed class PreviewSessionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TempFolder _temp = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private int _builds;

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }

    private string Input => Path.Combine(_temp.Path, "content", "page.txt");

    /// <summary>A tiny stand-in for the site build: page.txt becomes index.html, and "BROKEN" in it is a build error.</summary>
    private Func<CancellationToken, Task<RebuildOutcome>> CopyingBuild(PreviewOutputFolders folders) => async ct =>
    {
        Interlocked.Increment(ref _builds);
        var text = await File.ReadAllTextAsync(Input, ct);
        if (text.Contains("BROKEN", StringComparison.Ordinal))
            return RebuildOutcome.Failure([Diagnostic.Error("content/page.txt", 1, "SG0102", "Front matter is not valid YAML.")]);
        var folder = folders.Next();
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"),
            $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>", ct);
        folders.MarkGood(folder);
        return RebuildOutcome.Success(folder);
    };

    private Task<PreviewSession> StartAsync(string initialText, Action<RebuildReport>? onRebuilt = null, TimeProvider? time = null)
    {
        _temp.Write("content/page.txt", initialText);
        var folders = new PreviewOutputFolders(Path.Combine(_temp.Path, "_site.preview"));
        var options = new PreviewOptions([Path.Combine(_temp.Path, "content")], BasePath: "/protocols-site/");
        return PreviewSession.StartAsync(options, CopyingBuild(folders), onRebuilt, time: time);
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri url)
    {
        using var response = await _http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Saving_an_input_rebuilds_serves_the_new_content_and_tells_the_page_to_reload()
    {
        await using var session = await StartAsync("First version");
        Assert.Contains("<p>First version</p>", (await GetAsync(session.Url)).Body, StringComparison.Ordinal);
        await using var events = await SseClient.ConnectAsync(new Uri(session.Url, LiveReloadMarkup.EventsPath));
        var initial = await events.NextAsync(Patience);
        Assert.Equal(session.State.Token, initial.Data);

        await File.WriteAllTextAsync(Input, "Second version");
        var (token, _) = await events.NextStateChangeAsync(initial.Data, Patience);

        var (status, body) = await GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<p>Second version</p>", body, StringComparison.Ordinal);
        Assert.Contains($"data-token=\"{token}\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_site_and_shows_the_error_until_a_save_fixes_it()
    {
        await using var session = await StartAsync("Good version");
        await using var events = await SseClient.ConnectAsync(new Uri(session.Url, LiveReloadMarkup.EventsPath));
        var initial = await events.NextAsync(Patience);

        await File.WriteAllTextAsync(Input, "BROKEN version");
        var (failedToken, _) = await events.NextStateChangeAsync(initial.Data, Patience);
        var (status, body) = await GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<p>Good version</p>", body, StringComparison.Ordinal);
        Assert.Contains($"id=\"{LiveReloadMarkup.OverlayId}\"", body, StringComparison.Ordinal);
        Assert.Contains("content/page.txt:1: error SG0102: Front matter is not valid YAML.", body, StringComparison.Ordinal);

        await File.WriteAllTextAsync(Input, "Fixed version");
        await events.NextStateChangeAsync(failedToken, Patience);
        (_, body) = await GetAsync(session.Url);
        Assert.Contains("<p>Fixed version</p>", body, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReloadMarkup.OverlayId, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_first_build_fails_every_page_explains_and_the_site_appears_once_fixed()
    {
        await using var session = await StartAsync("BROKEN from the start");
        var (status, body) = await GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("content/page.txt:1: error SG0102", body, StringComparison.Ordinal);

        await using var events = await SseClient.ConnectAsync(new Uri(session.Url, LiveReloadMarkup.EventsPath));
        var initial = await events.NextAsync(Patience);
        await File.WriteAllTextAsync(Input, "Now it builds");
        await events.NextStateChangeAsync(initial.Data, Patience);
        (status, body) = await GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<p>Now it builds</p>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_that_throws_is_shown_as_an_error_and_the_preview_keeps_going()
    {
        _temp.Write("content/page.txt", "x");
        var calls = 0;
        var site = Path.Combine(_temp.Path, "site");
        _temp.Write("site/index.html", "<html><body><p>Built once</p></body></html>");
        Func<CancellationToken, Task<RebuildOutcome>> build = _ => Interlocked.Increment(ref calls) == 2
            ? throw new InvalidOperationException("Template 'page' not found")
            : Task.FromResult(RebuildOutcome.Success(site));
        await using var session = await PreviewSession.StartAsync(new PreviewOptions([Path.Combine(_temp.Path, "content")]), build);
        await using var events = await SseClient.ConnectAsync(new Uri(session.Url, LiveReloadMarkup.EventsPath));
        var initial = await events.NextAsync(Patience);

        await File.WriteAllTextAsync(Input, "y");
        var (crashed, _) = await events.NextStateChangeAsync(initial.Data, Patience);
        var body = (await GetAsync(session.Url)).Body;
        Assert.Contains("Built once", body, StringComparison.Ordinal);
        Assert.Contains("The build crashed: InvalidOperationException: Template &#39;page&#39; not found", body, StringComparison.Ordinal);

        await File.WriteAllTextAsync(Input, "z");
        await events.NextStateChangeAsync(crashed, Patience);
        Assert.DoesNotContain(LiveReloadMarkup.OverlayId, (await GetAsync(session.Url)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_save_reloads_the_page_once_the_quiet_period_has_passed_on_the_preview_clock()
    {
        var time = new FakeTimeProvider();
        var reports = new List<RebuildReport>();
        await using var session = await StartAsync("v0", r => { lock (reports) reports.Add(r); }, time);
        await using var events = await SseClient.ConnectAsync(new Uri(session.Url, LiveReloadMarkup.EventsPath));
        var token = (await events.NextAsync(Patience)).Data;
        var quiet = new PreviewOptions([]).QuietPeriod;

        for (var i = 1; i <= 3; i++)
        {
            await File.WriteAllTextAsync(Input, $"v{i}");
            var changed = events.NextStateChangeAsync(token, Patience);
            // The preview's waits are on the fake clock: step it (letting the watcher and the loop run) until it reloads.
            for (var steps = 0; !changed.IsCompleted && steps < 3000; steps++)
            {
                time.Advance(TimeSpan.FromMilliseconds(10));
                await Task.Delay(2);
            }
            (token, _) = await changed;
            Assert.Contains($"<p>v{i}</p>", (await GetAsync(session.Url)).Body, StringComparison.Ordinal);
            RebuildReport report;
            lock (reports) report = reports[^1];
            // Debounced: the rebuild waited for the input to be quiet, on the clock the preview was given.
            Assert.True(report.SinceFirstChange >= quiet, $"save {i}: published {report.SinceFirstChange.TotalMilliseconds} ms of preview time after the change");
            Assert.Contains(report.ChangedPaths, p => p.EndsWith("page.txt", StringComparison.Ordinal));
            // Let the watcher's tail events for this save arrive and be built before the next save.
            for (var steps = 0; steps < 100; steps++)
            {
                time.Advance(TimeSpan.FromMilliseconds(10));
                await Task.Delay(1);
            }
            token = session.State.Token;
        }
        output.WriteLine($"builds run: {_builds}");
    }
}
