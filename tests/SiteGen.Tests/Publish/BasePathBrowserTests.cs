using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using SiteGen.Cli;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Publish;

/// <summary>
/// One built seed site, opened in a real Chromium from file:// (a shared drive), at a web server's root and under
/// /repo/ (a GitHub Pages project site): home → an authority → a clause anchor, with the stylesheet applied and every
/// link resolving in all three. The site is built with a baseUrl naming the /repo/ server, so the file:// and root
/// runs also prove that navigation never depends on it (anything fetched from elsewhere fails the run).
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class BasePathBrowserTests(ITestOutputHelper output)
{
    /// <summary>The stylesheet applied: the skip link is moved off screen and the header has the site's dark background.</summary>
    private const string Styled = """
        () => {
          const skip = document.querySelector('.skip-link');
          const header = document.querySelector('.site-header');
          return Boolean(skip && header) && getComputedStyle(skip).position === 'absolute' && getComputedStyle(header).backgroundColor !== 'rgba(0, 0, 0, 0)';
        }
        """;

    private static readonly HttpClient Http = new();

    private readonly List<string> failures = [];

    [Fact]
    public async Task The_built_site_works_from_file_urls_at_a_server_root_and_under_a_github_pages_subpath()
    {
        await TestTools.RequireAsync();
        using var site = Repo.CopyDefaultSite();
        var siteFolder = site.File("_site");
        await using var root = PagesLikeServer.Start(siteFolder, "/");
        await using var sub = PagesLikeServer.Start(siteFolder, "/repo/");
        var errors = new StringWriter();
        Assert.True(BuildCommand.Run(new DirectoryInfo(site.Path), false, CommandOutput.Plain(new StringWriter(), errors), sub.Root) == 0, errors.ToString());

        await using var chromium = await TestBrowser.StartAsync();
        var walked = new List<string>();
        foreach (var start in new[] { new Uri(Path.Combine(siteFolder, "index.html")).AbsoluteUri, root.Root, sub.Root })
        {
            var before = failures.Count;
            var line = await WalkAsync(chromium, start);
            if (failures.Count == before) walked.Add(line);
        }
        var beforeNotFound = failures.Count;
        var notFound = await NotFoundAsync(chromium, sub.Root);
        if (failures.Count == beforeNotFound) walked.Add(notFound);
        foreach (var line in walked) output.WriteLine(line);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(4, walked.Count);
        Assert.StartsWith("ok file://", walked[0], StringComparison.Ordinal);
        Assert.StartsWith($"ok {root.Root} ", walked[1], StringComparison.Ordinal);
        Assert.StartsWith($"ok {sub.Root} ", walked[2], StringComparison.Ordinal);
        Assert.StartsWith($"ok {sub.Root}protocols/no-such-authority/clause.html: 404", walked[3], StringComparison.Ordinal);
    }

    private void Expect(bool condition, string message)
    {
        if (!condition) failures.Add(message);
    }

    private static async Task<bool> ExistsAsync(string url)
    {
        if (url.StartsWith("file:", StringComparison.Ordinal)) return File.Exists(new Uri(url).LocalPath);
        try
        {
            using var response = await Http.GetAsync(url);
            return (int)response.StatusCode == 200;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Every link, stylesheet and script on the page that stays on this site resolves to an existing file under base.</summary>
    private async Task<int> LinksResolveAsync(IPage page, string @base, string where)
    {
        var urls = await page.EvaluateFunctionAsync<string[]>("""
            () => [
              ...Array.from(document.querySelectorAll('a[href]'), (a) => a.href),
              ...Array.from(document.querySelectorAll('link[href]'), (l) => l.href),
              ...Array.from(document.querySelectorAll('script[src]'), (s) => s.src),
            ]
            """);
        var origin = new Uri(@base).GetLeftPart(UriPartial.Authority);
        var isFile = @base.StartsWith("file:", StringComparison.Ordinal);
        var checkedCount = 0;
        foreach (var url in urls.Select(u => u.Split('#')[0]).Distinct(StringComparer.Ordinal))
        {
            var sameSite = isFile ? url.StartsWith("file:", StringComparison.Ordinal) : url.StartsWith(origin + "/", StringComparison.Ordinal);
            if (!sameSite) continue; // another website: the original protocol documents, never fetched here
            if (!url.StartsWith(@base, StringComparison.Ordinal))
            {
                failures.Add($"{where}: {url} leaves the site ({@base})");
                continue;
            }
            if (url.EndsWith(".sitegen-output", StringComparison.Ordinal)) continue;
            Expect(await ExistsAsync(url), $"{where}: {url} does not resolve");
            checkedCount++;
        }
        return checkedCount;
    }

    /// <summary>Home → the first authority → one clause's own link, preferring a lettered item such as 7.2(g).</summary>
    private async Task<string> WalkAsync(TestBrowser chromium, string start)
    {
        var @base = Regex.Replace(start, @"index\.html$", "");
        var page = await chromium.NewPageAsync();
        var requests = new ConcurrentQueue<string>();
        var answers = new ConcurrentQueue<(string Url, int Status)>();
        page.Request += (_, e) => requests.Enqueue(e.Request.Url);
        page.Response += (_, e) => answers.Enqueue((e.Response.Url, (int)e.Response.Status));
        try
        {
            await page.GoToAsync(start);
            Expect(await page.EvaluateFunctionAsync<bool>(Styled), $"{start}: the home page is unstyled");
            var links = await LinksResolveAsync(page, @base, "home");

            var authorityName = (await page.EvaluateExpressionAsync<string>("document.querySelector('table a').textContent")).Trim();
            await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("table a"));
            Expect(Regex.IsMatch(page.Url, @"protocols/[^/]+\.html$") && page.Url.StartsWith(@base + "protocols/", StringComparison.Ordinal), $"{start}: the authority link went to {page.Url}");
            Expect(await page.EvaluateFunctionAsync<bool>(Styled), $"{start}: the authority page {page.Url} is unstyled");
            links += await LinksResolveAsync(page, @base, page.Url);
            var home = await page.EvaluateExpressionAsync<string>("document.querySelector('.breadcrumbs a').href");
            Expect(home == @base + "index.html", $"{start}: the breadcrumb home link is {home}");

            var clauses = await page.QuerySelectorAllAsync("a.clause-number");
            var numbers = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('a.clause-number'), (a) => a.getAttribute('href'))");
            var pick = Math.Max(0, Array.FindIndex(numbers, h => h.Contains('(', StringComparison.Ordinal)));
            var href = numbers[pick];
            var id = Uri.UnescapeDataString(href)[1..];
            await clauses[pick].ClickAsync();
            await page.WaitForFunctionAsync("(h) => location.hash === h", href);
            var target = await page.EvaluateFunctionAsync<TargetSeen?>("""
                () => {
                  const t = document.querySelector(':target');
                  const box = t && t.getBoundingClientRect();
                  return t && { id: t.id, cls: t.className, visible: box.top >= -1 && box.top < window.innerHeight };
                }
                """);
            Expect(target is not null && target.Cls.Contains("clause", StringComparison.Ordinal) && target.Id == id && target.Visible,
                $"{start}: the clause link {href} did not bring its clause into view ({target})");

            // The clause's "Copy" button (assets/pick.js) works here too: its status line reports the copy.
            await page.ClickAsync($"li.clause[id=\"{id}\"] > .clause-body > .clause-meta button.pick-copy");
            try
            {
                await page.WaitForFunctionAsync("""
                    () => { const status = document.querySelector('.pick-status'); return status !== null && status.textContent.startsWith('Copied'); }
                    """, new WaitForFunctionOptions { Timeout = 5000 });
            }
            catch (WaitTaskTimeoutException)
            {
                failures.Add($"{start}: \"Copy\" for {href} did not report success");
            }

            foreach (var (url, status) in answers)
                Expect(status < 400 || url.EndsWith("favicon.ico", StringComparison.Ordinal), $"{start}: {url} answered {status}");
            // Nothing came from anywhere but this copy of the site (the browser's own favicon request is not the site's doing).
            foreach (var url in requests.Where(u => !u.EndsWith("/favicon.ico", StringComparison.Ordinal)))
                Expect(url.StartsWith(@base, StringComparison.Ordinal), $"{start}: the page fetched {url}, outside the site");
            return $"ok {start} -> {authorityName} -> {href}: styled, {links} links resolve, citation copied, {requests.Count} requests all inside the site";
        }
        finally
        {
            await page.BrowserContext.CloseAsync();
        }
    }

    /// <summary>A missing page under the sub-path, as GitHub Pages answers it: 404 with the site's own page, styled, linking home.</summary>
    private async Task<string> NotFoundAsync(TestBrowser chromium, string @base)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var missing = @base + "protocols/no-such-authority/clause.html";
            var response = await page.GoToAsync(missing);
            Expect((int)response.Status == 404, $"{missing} answered {(int)response.Status}, not 404");
            Expect(await page.EvaluateFunctionAsync<bool>(Styled), $"{missing}: the not-found page is unstyled");
            var home = await page.EvaluateExpressionAsync<string>("document.querySelector('main a').href");
            Expect(home == @base + "index.html", $"{missing}: the not-found page links home to {home}");
            await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("main a"));
            Expect(page.Url == @base + "index.html", $"{missing}: the home link went to {page.Url}");
            Expect(await page.EvaluateFunctionAsync<bool>(Styled), $"{missing}: home, reached from the not-found page, is unstyled");
            return $"ok {missing}: 404 with the site's own page, styled, links home";
        }
        finally
        {
            await page.BrowserContext.CloseAsync();
        }
    }

    private sealed record TargetSeen(string Id, string Cls, bool Visible);
}
