using PuppeteerSharp;
using SiteGen.Pdf;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Serve;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// A real Chromium for the tests that use pages as a person does (search, links, live reload, sticky headers),
/// started exactly as SiteGen starts it for printing and accessibility (<see cref="ChromiumLaunch"/>: one list of
/// flags, one driver). Unlike printing, these pages' requests are not intercepted: the tests watch them instead.
/// </summary>
internal sealed class TestBrowser : IAsyncDisposable
{
    private readonly TempFolder profile;

    private TestBrowser(IBrowser browser, TempFolder profile)
    {
        Browser = browser;
        this.profile = profile;
    }

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts the Chromium found by <see cref="TestTools"/> with a throwaway profile.</summary>
    public static async Task<TestBrowser> StartAsync()
    {
        var tools = await TestTools.RequireAsync();
        var profile = new TempFolder();
        try
        {
            var browser = await ChromiumLaunch.StartAsync(tools.Browser!, profile.Path, TimeSpan.FromSeconds(60), CancellationToken.None, reachLoopback: true);
            return new TestBrowser(browser, profile);
        }
        catch
        {
            profile.Dispose();
            throw;
        }
    }

    /// <summary>A new page in its own browser context (own cookies, storage and settings), with the given window size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return page;
    }

    /// <summary>
    /// Opens <paramref name="url"/> in a fresh browser at the given window size, waits until its scripts have settled
    /// (no network for half a second), and returns <paramref name="read"/>'s result. For the synchronous tests.
    /// </summary>
    public static T Open<T>(string url, Func<IPage, Task<T>> read, int width = 800, int height = 600) =>
        Task.Run(async () =>
        {
            await using var chromium = await StartAsync();
            var page = await chromium.NewPageAsync(width, height);
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Networkidle0], Timeout = 90_000 });
            return await read(page);
        }).GetAwaiter().GetResult();

    /// <summary>The page's DOM after its scripts ran.</summary>
    public static string DumpDom(string url) => Open(url, page => page.GetContentAsync());

    public async ValueTask DisposeAsync()
    {
        try { await Browser.CloseAsync(); }
        finally { profile.Dispose(); }
    }
}

/// <summary>What a page shows, read as a person would: its body text.</summary>
internal static class PageText
{
    /// <summary>
    /// Waits until the page's body text satisfies <paramref name="expectation"/>, "text&amp;&amp;text&amp;&amp;!absent-text": every
    /// text present and none of the "!" ones. A page caught mid-reload cannot be read; that read is simply retried.
    /// Fails the test with what the page showed when the time is up.
    /// </summary>
    public static async Task WaitForAsync(IPage page, string expectation, TimeSpan timeout, Func<string>? log = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        var parts = expectation.Split("&&");
        for (; ; )
        {
            string body;
            try { body = await page.EvaluateExpressionAsync<string>("document.body ? document.body.innerText : ''") ?? ""; }
            catch (PuppeteerException) { body = ""; }
            if (parts.All(p => p.StartsWith('!') ? !body.Contains(p[1..], StringComparison.Ordinal) : body.Contains(p, StringComparison.Ordinal))) return;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The page never showed \"{expectation}\"; it shows: {body[..Math.Min(300, body.Length)]}\n{log?.Invoke()}");
            await Task.Delay(25);
        }
    }
}
