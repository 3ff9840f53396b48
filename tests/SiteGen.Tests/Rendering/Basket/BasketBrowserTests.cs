using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using PuppeteerSharp.Input;
using SiteGen.Pdf;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Basket;

/// <summary>The default site built with a published address (site.json baseUrl), so citations link there.</summary>
public sealed class PublishedDefaultSite : IDisposable
{
    public const string BaseUrl = "https://councils.example.org/protocols/";

    public BuiltDefaultSite Built { get; } = new(site =>
    {
        var path = site.File("site.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"baseUrl\": null", $"\"baseUrl\": \"{BaseUrl}\"", StringComparison.Ordinal));
    });

    public void Dispose() => Built.Dispose();
}

/// <summary>
/// Pick and cite used as a monitoring officer would, in Debian's Chromium (started through <see cref="ChromiumLaunch"/>)
/// with the site opened from disk by file://: three clauses picked on three kinds of page, reordered from the keyboard
/// on the basket page, downloaded as Word and read back with python-docx; Copy gives the text with a linked citation.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class BasketBrowserTests(PublishedDefaultSite published, BuiltDefaultSite unpublished) : IClassFixture<PublishedDefaultSite>, IClassFixture<BuiltDefaultSite>
{
    private const string Theme = "bullying-harassment-and-undue-pressure";
    private string Root => published.Built.FileUrl;

    [Fact]
    public async Task Three_clauses_picked_on_three_pages_download_as_a_word_table_in_the_chosen_order()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        // An authority's page, a theme page and the compare page (whose clauses compare.js adds after loading).
        await page.GoToAsync(Root + "protocols/hackney.html");
        var first = await PickAsync(page, "li[data-pick-href='#7.2(g)']");
        await page.GoToAsync(Root + $"themes/{Theme}.html");
        var second = await PickAsync(page, "li[data-pick-cite^='Haringey, para']");
        await page.GoToAsync(Root + $"compare.html?a=merton&t={Theme}");
        var third = await PickAsync(page, ".compare-table li[data-pick-cite^='Merton']");
        Assert.Equal("Hackney, para 7.2(g)", first.Cite);
        Assert.Equal(3, new[] { first.Cite, second.Cite, third.Cite }.Distinct().Count());

        await page.GoToAsync(Root + "basket.html");
        Assert.Equal([first.Cite, second.Cite, third.Cite], await BasketOrderAsync(page));
        // Without a mouse: focus "Move down" on the first pick and press Enter; focus stays on the moved clause.
        await page.FocusAsync(".basket-item:first-child .basket-down");
        await page.Keyboard.PressAsync(Key.Enter);
        Assert.Equal([second.Cite, first.Cite, third.Cite], await BasketOrderAsync(page));
        Assert.Equal(first.Cite, await page.EvaluateExpressionAsync<string>("document.activeElement.closest('.basket-item').querySelector('.basket-cite').textContent"));

        // The order survives leaving the page: the basket is kept by the browser, not the page.
        await page.GoToAsync(Root + "index.html");
        await page.GoToAsync(Root + "basket.html");
        Assert.Equal([second.Cite, first.Cite, third.Cite], await BasketOrderAsync(page));
        Assert.Contains("kept by this browser", await page.EvaluateExpressionAsync<string>("document.querySelector('.basket-store').textContent"), StringComparison.Ordinal);

        var docx = await DownloadAsync(session, page);
        var read = ReadDocx(docx);
        var table = read.GetProperty("tables")[0].EnumerateArray().ToList();
        var header = table[0].EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Haringey", "Hackney", "Merton"], header);
        var cells = table[1].EnumerateArray().ToList();
        foreach (var (cell, pick) in cells.Zip(new[] { second, first, third }))
        {
            var text = Flat(cell.GetProperty("text").GetString()!);
            Assert.Contains(Flat(pick.Text)[..Math.Min(60, Flat(pick.Text).Length)], text, StringComparison.Ordinal);
            Assert.EndsWith("(" + pick.Cite + ")", text, StringComparison.Ordinal);
            Assert.Equal([PublishedDefaultSite.BaseUrl + pick.Href], cell.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        }
        // The source list names each clause in the chosen order, with its published address.
        var sources = read.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).SkipWhile(t => t != "Sources").Skip(1).Take(3).ToList();
        Assert.Equal([$"1. {second.Cite}: {PublishedDefaultSite.BaseUrl}{second.Href}", $"2. {first.Cite}: {PublishedDefaultSite.BaseUrl}{first.Href}", $"3. {third.Cite}: {PublishedDefaultSite.BaseUrl}{third.Href}"], sources);
        Assert.DoesNotContain("file:", File.ReadAllText(docx), StringComparison.OrdinalIgnoreCase);

        // Word opens it without "repairing" it: the zip and its parts are valid Office Open XML.
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false))
        {
            var problems = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(word)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(10).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public async Task Copied_report_lines_build_into_a_report_that_quotes_and_compares_the_picks()
    {
        string lines;
        List<string> cites;
        await using (var session = await BrowserSession.StartAsync())
        {
            var page = session.Page;
            await page.GoToAsync(Root + "protocols/hackney.html");
            var a = await PickAsync(page, "li[data-pick-href='#7.2(g)']");
            await page.GoToAsync(Root + $"themes/{Theme}.html");
            var b = await PickAsync(page, "li[data-pick-cite^='Haringey, para']");
            var c = await PickAsync(page, "li[data-pick-cite^='Merton']");
            cites = [a.Cite, b.Cite, c.Cite];
            await page.GoToAsync(Root + "basket.html");
            await page.SelectAsync("#basket-group", "authority");
            await page.WaitForSelectorAsync("#basket-group:focus");
            (lines, _) = await CopiedByAsync(page, ".basket-lines");
        }
        Assert.Contains("[[quote hackney/7.2(g)]]", lines, StringComparison.Ordinal);
        Assert.Contains("[[compare \"Hackney\" hackney/7.2(g) ; \"Haringey\" haringey/", lines, StringComparison.Ordinal);

        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/reports/picked.md"),
            "---\ntitle: Picked clauses\ncommittee: Standards Committee\ndate: 2026-12-07\nauthority: Surrey County Council\nsource: \"Written for this test\"\n---\n\n# Picked clauses\n\n" + lines);
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);
        Assert.DoesNotContain("picked.md", errors, StringComparison.Ordinal);
        var html = File.ReadAllText(site.File("_site/reports/picked.html"));
        Assert.True(Regex.Matches(html, "class=\"clause-quote").Count >= 3, "the report quotes fewer than three clauses");
        Assert.Contains("comparison", html, StringComparison.Ordinal);
        foreach (var cite in cites) Assert.Contains(System.Net.WebUtility.HtmlEncode(cite), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_gives_the_clause_text_with_its_citation_linked_to_the_published_site()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(Root + "protocols/hackney.html");
        await page.WaitForSelectorAsync("li[data-pick-href='#7.2(g)'] .pick-copy");
        var copied = await CopiedByAsync(page, "li[data-pick-href='#7.2(g)'] .pick-copy");
        var text = await page.EvaluateExpressionAsync<string>("document.getElementById('7.2(g)').querySelector(':scope > .clause-body > .pick-text').textContent");
        var url = PublishedDefaultSite.BaseUrl + "protocols/hackney.html#7.2(g)";
        Assert.Equal(Flat(text) + " (Hackney, para 7.2(g), " + url + ")", copied.Plain);
        Assert.Contains($"<a href=\"{url}\">Hackney, para 7.2(g)</a>)", copied.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", copied.Html + copied.Plain, StringComparison.Ordinal);

        // Search results, drawn by search.js, get the same two buttons.
        await page.GoToAsync(Root + "search.html?q=" + Uri.EscapeDataString("hackney 7.2(g)"));
        await page.WaitForSelectorAsync(".search-result[data-pick-cite='Hackney, para 7.2(g)'] .pick-add", new WaitForSelectorOptions { Timeout = 30_000 });
    }

    [Fact]
    public async Task Without_a_published_address_copy_and_the_word_document_cite_without_links_and_never_a_file_address()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(unpublished.FileUrl + "protocols/hackney.html");
        var pick = await PickAsync(page, "li[data-pick-href='#7.2(g)']");
        var copied = await CopiedByAsync(page, "li[data-pick-href='#7.2(g)'] .pick-copy");
        Assert.Equal(Flat(pick.Text) + " (Hackney, para 7.2(g))", copied.Plain);
        Assert.DoesNotContain("<a ", copied.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", copied.Html + copied.Plain, StringComparison.Ordinal);

        await page.GoToAsync(unpublished.FileUrl + "basket.html");
        var read = ReadDocx(await DownloadAsync(session, page));
        var cell = read.GetProperty("tables")[0][1][0];
        Assert.EndsWith("(Hackney, para 7.2(g))", Flat(cell.GetProperty("text").GetString()!), StringComparison.Ordinal);
        Assert.Empty(cell.GetProperty("links").EnumerateArray());
        Assert.DoesNotContain(read.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("file:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_the_browser_refuses_local_storage_the_basket_lasts_for_the_tab_and_says_so()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.EvaluateExpressionOnNewDocumentAsync(
            "Object.defineProperty(window, 'localStorage', { get: function () { throw new DOMException('blocked', 'SecurityError'); } });");
        await page.GoToAsync(Root + "protocols/hackney.html");
        var pick = await PickAsync(page, "li[data-pick-href='#7.2(g)']");
        Assert.Contains("only while this tab stays open", await page.EvaluateExpressionAsync<string>("document.querySelector('.pick-status').textContent"), StringComparison.Ordinal);
        await page.GoToAsync(Root + "basket.html");
        Assert.Equal([pick.Cite], await BasketOrderAsync(page));
        Assert.Contains("only while this tab stays open", await page.EvaluateExpressionAsync<string>("document.querySelector('.basket-store').textContent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_basket_page_and_a_page_with_the_pick_status_pass_axe_in_light_and_dark()
    {
        var tools = await TestTools.RequireAsync();
        var axe = await File.ReadAllTextAsync(tools.AxeScript!);
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(Root + $"themes/{Theme}.html");
        await PickAsync(page, "li[data-pick-cite^='Haringey, para']");
        await PickAsync(page, "li[data-pick-cite^='Merton']");
        var violations = new List<string>();
        foreach (var url in new[] { Root + $"themes/{Theme}.html", Root + "basket.html" })
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
                await page.GoToAsync(url);
                if (url.EndsWith("basket.html", StringComparison.Ordinal))
                {
                    Assert.Equal(2, (await BasketOrderAsync(page)).Count);
                    await page.SelectAsync("#basket-group", "theme");
                }
                else
                {
                    // The status line shows after a click; audit it too.
                    await page.ClickAsync("li[data-pick-cite^='Merton'] .pick-copy");
                    await page.WaitForSelectorAsync(".pick-status:not(:empty)");
                }
                await page.AddScriptTagAsync(new AddTagOptions { Content = axe });
                var found = await page.EvaluateFunctionAsync<string[]>(
                    "async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).slice(0, 3).join(' | '))",
                    (object)SiteGen.Checks.Accessibility.AxeChecker.WcagTags.ToArray());
                violations.AddRange(found.Select(v => $"{url} ({scheme}): {v}"));
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    internal sealed record Picked(string Cite, string Href, string Text);

    /// <summary>Clicks "Add to appendix" on the first clause matching <paramref name="clause"/>; returns what the page shows of it.</summary>
    internal static async Task<Picked> PickAsync(IPage page, string clause)
    {
        var button = await page.WaitForSelectorAsync(clause + " .pick-add", new WaitForSelectorOptions { Timeout = 20_000 });
        var info = await page.EvaluateFunctionAsync<JsonElement>(
            """
            (b) => {
              const li = b.closest('[data-pick-href]');
              const parts = [...li.querySelectorAll('.pick-text')].filter(p => p.parentElement.closest('[data-pick-href]') === li);
              const href = new URL(li.getAttribute('data-pick-href'), location.href).href;
              const root = new URL('../', document.querySelector('script[src$="assets/pick.js"]').src).href;
              return { cite: li.getAttribute('data-pick-cite'), href: href.slice(root.length), text: parts.map(p => p.textContent).join(' ') };
            }
            """, button);
        await button!.ClickAsync();
        await page.WaitForFunctionAsync("b => b.getAttribute('data-in-basket') === 'true'", button);
        return new Picked(info.GetProperty("cite").GetString()!, info.GetProperty("href").GetString()!, info.GetProperty("text").GetString()!);
    }

    internal static async Task<List<string>> BasketOrderAsync(IPage page)
    {
        await page.WaitForSelectorAsync("#basket .basket-store");
        return [.. await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.basket-item .basket-cite')].map(e => e.textContent)")];
    }

    /// <summary>Clicks <paramref name="selector"/> and returns what it put on the clipboard, read from the copy event.</summary>
    internal static async Task<(string Plain, string Html)> CopiedByAsync(IPage page, string selector)
    {
        await page.EvaluateExpressionAsync(
            "window.__copied = null; window.addEventListener('copy', e => { window.__copied = { plain: e.clipboardData.getData('text/plain'), html: e.clipboardData.getData('text/html') }; }, { once: true });");
        await page.ClickAsync(selector);
        await page.WaitForFunctionAsync("() => window.__copied !== null");
        var copied = await page.EvaluateExpressionAsync<JsonElement>("window.__copied");
        return (copied.GetProperty("plain").GetString()!, copied.GetProperty("html").GetString()!);
    }

    /// <summary>Clicks "Download Word (.docx)" with downloads sent to a folder of the test's own, and waits for the file.</summary>
    internal static async Task<string> DownloadAsync(BrowserSession session, IPage page)
    {
        var folder = Path.Combine(session.Profile, "downloads");
        Directory.CreateDirectory(folder);
        await page.Client.SendAsync("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = folder });
        await page.ClickAsync(".basket-docx");
        var file = Path.Combine(folder, "appendix.docx");
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(file) && new FileInfo(file).Length > 0) && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(100);
        Assert.True(File.Exists(file), "Chromium saved no appendix.docx");
        return file;
    }

    internal static JsonElement ReadDocx(string path)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Rendering", "Basket", "read_basket_docx.py");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "python-docx did not finish");
        Assert.True(process.ExitCode == 0, $"python-docx could not read the download (install it with scripts/install-test-tools.sh):\n{stderr}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}

/// <summary>A headless Chromium started the way SiteGen starts it, with one page and a throwaway profile.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(IBrowser browser, IPage page, string profile) => (Browser, Page, Profile) = (browser, page, profile);

    public IBrowser Browser { get; }
    public IPage Page { get; }
    public string Profile { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var found = Assert.IsType<ChromiumLookup.Found>(ChromiumLocator.Locate());
        var profile = Directory.CreateTempSubdirectory("sitegen-basket-").FullName;
        var browser = await ChromiumLaunch.StartAsync(found.ExecutablePath, profile, TimeSpan.FromSeconds(60), CancellationToken.None);
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = 20_000;
        return new BrowserSession(browser, page, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        try { Directory.Delete(Profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
