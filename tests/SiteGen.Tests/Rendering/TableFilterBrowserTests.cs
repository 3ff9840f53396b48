using PuppeteerSharp;
using PuppeteerSharp.Media;
using SiteGen.Pdf;
using SiteGen.Serve;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Poppler = SiteGen.Tests.Pdf.Poppler;
using RealChromium = SiteGen.Tests.Pdf.RealChromium;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The default site with a Welsh council added (so it has two nations), built once, and one headless Chromium started
/// the way SiteGen starts it (<see cref="ChromiumLaunch"/>, the one place that holds the flags), with page scripts on.
/// </summary>
public sealed class FilteredSite : IAsyncLifetime
{
    public TempSite Site { get; } = Repo.CopyDefaultSite();
    public string Output => Site.File("_site");
    public IBrowser Browser { get; private set; } = null!;
    private string _profile = "";

    public async Task InitializeAsync()
    {
        var hounslow = File.ReadAllText(Site.File("content/protocols/hounslow.md"));
        File.WriteAllText(Site.File("content/protocols/cardiff.md"), hounslow
            .Replace("authority: London Borough of Hounslow", "authority: City of Cardiff Council", StringComparison.Ordinal)
            .Replace("short_name: Hounslow", "short_name: Cardiff", StringComparison.Ordinal)
            .Replace("council_type: london-borough", "council_type: welsh-county", StringComparison.Ordinal)
            .Replace("nation: england", "nation: wales", StringComparison.Ordinal));
        var (exit, _, errors) = SiteBuilds.Build(Site.Path);
        Assert.True(exit == 0, errors);
        _profile = Directory.CreateTempSubdirectory("sitegen-filter-chromium-").FullName;
        Browser = await ChromiumLaunch.StartAsync(RealChromium.Path, _profile, TimeSpan.FromSeconds(60), CancellationToken.None);
    }

    public string Url(string relative)
    {
        var parts = relative.Split('?', 2);
        return new Uri(Path.Combine(Output, parts[0])).AbsoluteUri + (parts.Length > 1 ? "?" + parts[1] : "");
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
        Site.Dispose();
    }
}

/// <summary>
/// The filters on the matrices and the escalation table, and the compare page's peers choice, used in real Chromium
/// from file:// and from a web server: what shows, what is announced, what prints, and what shows without JavaScript.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class TableFilterBrowserTests(FilteredSite site) : IClassFixture<FilteredSite>
{
    private const string London = "hackney haringey hounslow merton";

    private const string ShownColumns =
        "Array.from(document.querySelector('table[data-filter-table]').tHead.rows[0].cells).filter(c => c.hasAttribute('data-authority') && getComputedStyle(c).display !== 'none').map(c => c.getAttribute('data-authority')).join(' ')";

    private static string ShownBodyCells(string tableSelector) =>
        $"Array.from(document.querySelectorAll('{tableSelector} tbody tr')).filter(r => getComputedStyle(r).display !== 'none').map(r => Array.from(r.cells).filter(c => getComputedStyle(c).display !== 'none').length).join(' ')";

    private async Task<IPage> OpenAsync(string url, bool javascript = true)
    {
        var page = await site.Browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(javascript);
        await page.GoToAsync(url, WaitUntilNavigation.Load);
        if (javascript) await page.WaitForSelectorAsync("html[data-table-filter=ready]", new WaitForSelectorOptions { Timeout = 10_000 });
        return page;
    }

    private static Task<string> TextAsync(IPage page, string expression) => page.EvaluateExpressionAsync<string>(expression);

    [Fact]
    public async Task Choosing_a_council_type_shows_only_those_authorities_in_every_row_and_announces_how_many()
    {
        await using var page = await OpenAsync(site.Url("analysis/theme-matrix.html"));
        var status = await page.QuerySelectorAsync("#table-filter-status");
        Assert.Equal("polite", await status.EvaluateFunctionAsync<string>("e => e.getAttribute('aria-live')"));
        Assert.Equal("Showing all 11 authorities and all 22 themes.", await TextAsync(page, "document.getElementById('table-filter-status').textContent"));
        // Readable labels from the register, with how many authorities have each value.
        Assert.Equal("London borough (4)|Welsh principal area (1)", await TextAsync(page,
            "Array.from(document.querySelectorAll('#table-filter-type option')).filter(o => o.value === 'LBO' || o.value === 'WPA').map(o => o.textContent.trim()).join('|')"));

        await page.SelectAsync("#table-filter-type", "LBO");
        Assert.Equal(London, await TextAsync(page, ShownColumns));
        // Each row keeps its header and loses the other authorities' cells, so the table stays aligned.
        Assert.All((await TextAsync(page, ShownBodyCells("table[data-filter-table]"))).Split(' '), n => Assert.Equal("5", n));
        Assert.Equal("Filtered by Council type: London borough. Showing 4 of 11 authorities and all 22 themes.",
            await TextAsync(page, "document.getElementById('table-filter-status').textContent"));

        await page.SelectAsync("#table-filter-theme", "confidentiality");
        Assert.Equal("confidentiality", await TextAsync(page,
            "Array.from(document.querySelectorAll('tbody tr')).filter(r => !r.hidden).map(r => r.getAttribute('data-theme')).join(' ')"));
        Assert.EndsWith("Showing 4 of 11 authorities and 1 of 22 themes.", await TextAsync(page, "document.getElementById('table-filter-status').textContent"), StringComparison.Ordinal);

        await page.ClickAsync(".table-filter-clear");
        Assert.Equal(11, (await TextAsync(page, ShownColumns)).Split(' ').Length);
        Assert.Equal("Showing all 11 authorities and all 22 themes.", await TextAsync(page, "document.getElementById('table-filter-status').textContent"));
    }

    [Fact]
    public async Task A_filter_in_the_address_applies_on_opening_from_file_url_and_nation_comes_from_the_register()
    {
        await using var page = await OpenAsync(site.Url("analysis/expectations.html?nation=Wales"));
        Assert.Equal("cardiff", await TextAsync(page, ShownColumns));
        Assert.Equal("Wales", await TextAsync(page, "document.getElementById('table-filter-nation').value"));
        // Every direction's table is filtered, not only the first.
        var tables = (await TextAsync(page,
            "Array.from(document.querySelectorAll('table[data-filter-table]')).map(t => Array.from(t.tHead.rows[0].cells).filter(c => !c.hidden && c.dataset.authority).map(c => c.dataset.authority).join(' ')).join('|')")).Split('|');
        Assert.True(tables.Length >= 2);
        Assert.All(tables, t => Assert.Equal("cardiff", t));

        await page.SelectAsync("#table-filter-nation", "");
        await page.SelectAsync("#table-filter-region", "South East");
        Assert.Equal("epsom-and-ewell surrey", await TextAsync(page, ShownColumns));
        Assert.Contains("region=South+East", await TextAsync(page, "location.search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_escalation_table_filters_rows_and_flow_diagrams_from_a_web_server()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(site.Output), BasePath.Parse("/protocols/"));
        await using var page = await site.Browser.NewPageAsync();
        // SiteGen's Chromium resolves no host, not even 127.0.0.1 (ChromiumLaunch): each request the page makes is
        // passed to the server here, so the page runs from an http:// origin served by SiteGen's own server.
        using var http = new HttpClient();
        await page.SetRequestInterceptionAsync(true);
        // The preview server's live-reload stream (under its internal prefix) never ends, and is not the site: refused.
        var internalPrefix = new Uri(server.RootUrl, RequestPathResolver.InternalPrefix).AbsoluteUri;
        page.Request += async (_, e) =>
        {
            try
            {
                if (!e.Request.Url.StartsWith(server.RootUrl.AbsoluteUri, StringComparison.Ordinal) || e.Request.Url.StartsWith(internalPrefix, StringComparison.Ordinal))
                {
                    await e.Request.AbortAsync();
                    return;
                }
                using var response = await http.GetAsync(e.Request.Url);
                await e.Request.RespondAsync(new ResponseData
                {
                    Status = response.StatusCode,
                    ContentType = response.Content.Headers.ContentType?.ToString(),
                    BodyData = await response.Content.ReadAsByteArrayAsync(),
                });
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or PuppeteerException or ObjectDisposedException)
            {
                // The page or the server closed first, at the end of the test.
            }
        };
        await page.GoToAsync(new Uri(server.SiteUrl, "analysis/escalation.html").AbsoluteUri, WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("html[data-table-filter=ready]", new WaitForSelectorOptions { Timeout = 10_000 });
        Assert.StartsWith("http://", await TextAsync(page, "location.href"), StringComparison.Ordinal);
        await page.SelectAsync("#table-filter-region", "London");
        Assert.Equal(London, await TextAsync(page,
            "Array.from(document.querySelectorAll('table[data-filter-table] tbody tr')).filter(r => getComputedStyle(r).display !== 'none').map(r => r.dataset.authority).join(' ')"));
        Assert.Equal(London, await TextAsync(page,
            "Array.from(document.querySelectorAll('section.flow-section')).filter(s => getComputedStyle(s).display !== 'none').map(s => s.dataset.authority).join(' ')"));
        Assert.Equal("Filtered by Region: London. Showing 4 of 11 authorities.", await TextAsync(page, "document.getElementById('table-filter-status').textContent"));
        // The escalation table has no themes, so it offers no theme filter.
        Assert.Null(await page.QuerySelectorAsync("#table-filter-theme"));
    }

    [Fact]
    public async Task The_keyboard_alone_changes_a_filter_through_its_labelled_control()
    {
        await using var page = await OpenAsync(site.Url("analysis/theme-matrix.html"));
        Assert.Equal("Council type", await TextAsync(page, "document.getElementById('table-filter-type').labels[0].textContent"));
        await page.FocusAsync("#table-filter-type");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("LBO", await TextAsync(page, "document.getElementById('table-filter-type').value"));
        Assert.Equal(London, await TextAsync(page, ShownColumns));
    }

    [Theory]
    [InlineData("analysis/theme-matrix.html", "table[data-filter-table]", 22)]
    [InlineData("analysis/expectations.html", "table[data-filter-table]", -1)]
    [InlineData("analysis/escalation.html", "table[data-filter-table]", 11)]
    public async Task Without_javascript_every_row_and_column_shows_and_no_filter_control_does(string path, string table, int rows)
    {
        await using var page = await OpenAsync(site.Url(path + "?type=LBO"), javascript: false);
        Assert.Equal("none", await TextAsync(page, "getComputedStyle(document.querySelector('div.table-filter')).display"));
        Assert.Equal("none", await TextAsync(page, "getComputedStyle(document.getElementById('table-filter-status')).display"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>(
            $"Array.from(document.querySelectorAll('{table} tr, {table} th, {table} td, section.flow-section')).filter(e => getComputedStyle(e).display === 'none').length"));
        var shown = await page.EvaluateExpressionAsync<int>($"Array.from(document.querySelectorAll('{table} tbody tr')).length");
        if (rows > 0) Assert.Equal(rows, shown);
        else Assert.True(shown > 10);
        if (path != "analysis/escalation.html") Assert.Equal(11, (await TextAsync(page, ShownColumns)).Split(' ').Length);
    }

    [Fact]
    public async Task Printing_a_filtered_matrix_prints_only_what_is_shown_and_says_which_filter_is_on()
    {
        await using var page = await OpenAsync(site.Url("analysis/theme-matrix.html"));
        await page.SelectAsync("#table-filter-type", "CTY");
        var pdf = site.Site.File("filtered.pdf");
        await page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true });
        var text = Poppler.FlowText(pdf);
        Assert.Contains("Filtered by Council type: County council. Showing 4 of 11 authorities", text, StringComparison.Ordinal);
        foreach (var shown in new[] { "North Yorkshire", "Somerset", "Staffordshire", "Surrey" }) Assert.Contains(shown, text, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Hackney", "Haringey", "Cardiff", "Thurrock", "Epsom" }) Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        // The controls themselves are not printed.
        Assert.DoesNotContain("All council types", text, StringComparison.Ordinal);

        await page.ClickAsync(".table-filter-clear");
        await page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true });
        var whole = Poppler.FlowText(pdf);
        Assert.DoesNotContain("Filtered by", whole, StringComparison.Ordinal);
        Assert.Contains("Hackney", whole, StringComparison.Ordinal);
    }

    private const string ComparedAuthorities =
        "Array.from(document.querySelectorAll('#compare-result thead th')).slice(1).map(th => th.querySelector('a').textContent).join(', ')";

    [Theory]
    [InlineData("hackney", "type", "Hackney, Haringey, Hounslow, Merton", "Hackney compared with the other 3 London boroughs.")]
    [InlineData("surrey", "region", "Surrey, Epsom and Ewell", "Surrey compared with the other 1 authority in South East.")]
    [InlineData("cardiff", "near", "Cardiff", "No other Welsh principal area is in the site, so Cardiff is shown alone.")]
    [InlineData("thurrock", "all", "Thurrock, Cardiff, Epsom and Ewell, Hackney, Haringey, Hounslow, Merton, North Yorkshire, Somerset, Staffordshire, Surrey", "Thurrock compared with every other authority (10).")]
    public async Task A_peers_choice_in_the_address_sets_which_authorities_are_compared(string of, string peers, string compared, string description)
    {
        await using var page = await site.Browser.NewPageAsync();
        await page.GoToAsync(site.Url($"compare.html?of={of}&peers={peers}"), WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("#compare-result table, #compare-result .notice", new WaitForSelectorOptions { Timeout = 10_000 });
        Assert.Equal(compared, await TextAsync(page, ComparedAuthorities));
        Assert.Equal(description, await TextAsync(page, "document.querySelector('.peer-description').textContent"));
        Assert.Equal(of, await TextAsync(page, "document.getElementById('peers-of').value"));
        Assert.Equal(peers, await TextAsync(page, "document.querySelector('.compare-peers input[name=peers]:checked').value"));
    }

    [Fact]
    public async Task Nearest_in_population_compares_the_same_type_nearest_first_and_the_form_submits_the_choice()
    {
        await using var page = await site.Browser.NewPageAsync();
        await page.GoToAsync(site.Url("compare.html"), WaitUntilNavigation.Load);
        await page.SelectAsync("#peers-of", "surrey");
        await page.ClickAsync(".compare-peers input[value=near]");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(".compare-peers button[type=submit]"));
        await page.WaitForSelectorAsync("#compare-result table", new WaitForSelectorOptions { Timeout = 10_000 });
        var names = (await TextAsync(page, ComparedAuthorities)).Split(", ");
        Assert.Equal("Surrey", names[0]);
        // The other county councils in the site, nearest to Surrey's population first, from the register.
        var register = SiteGen.Register.CouncilRegister.Shipped;
        double Population(string name) => register.Find(name + " County Council").Council!.Population!.Value;
        var surrey = Population("Surrey");
        Assert.Equal(["North Yorkshire", "Somerset", "Staffordshire"], names[1..].Order(StringComparer.Ordinal));
        Assert.Equal(names[1..], names[1..].OrderBy(n => Math.Abs(Math.Log(Population(n)) - Math.Log(surrey))));
        Assert.Contains("of=surrey", await TextAsync(page, "location.search"), StringComparison.Ordinal);
    }
}
