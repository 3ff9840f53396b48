using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PuppeteerSharp;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Rendering.Basket;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// "Download this comparison" on the compare page, used as an officer would in Debian's Chromium with the site opened
/// from disk: the authorities chosen in the address are downloaded as Word and Excel, and the files are read back with
/// independent readers (python-docx and openpyxl, through the same script as the compare-all tests) and held against
/// the data the page draws from (compare.html's index and data/compare/&lt;slug&gt;.js, written by the build).
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class CompareDownloadBrowserTests(PublishedDefaultSite published, BuiltDefaultSite unpublished) : IClassFixture<PublishedDefaultSite>, IClassFixture<BuiltDefaultSite>
{
    private const string BaseUrl = PublishedDefaultSite.BaseUrl;

    private sealed record Authority(string Slug, string Name, bool IsExtract, string Href);

    private sealed record Theme(string Id, string Title, string Href);

    /// <param name="Review">Whether the reading that puts the clause on the theme needs review.</param>
    private sealed record Clause(string Href, string Citation, string Text, bool Review);

    private sealed record PageData(List<Authority> Authorities, List<Theme> Themes, Dictionary<string, Dictionary<string, List<Clause>>> Clauses);

    [Fact]
    public async Task Three_chosen_authorities_download_as_a_landscape_word_table_and_a_frozen_filtered_sheet_with_linked_citations()
    {
        var data = Data(published.Built);
        string[] chosen = ["hackney", "haringey", "surrey"];
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(published.Built.FileUrl + "compare.html?a=" + string.Join(",", chosen));
        var docx = await DownloadAsync(session, page, ".compare-docx", "comparison-hackney-haringey-surrey.docx");
        Assert.Contains("Downloaded comparison-hackney-haringey-surrey.docx: 3 authorities", await StatusAsync(page), StringComparison.Ordinal);
        var xlsx = await DownloadAsync(session, page, ".compare-xlsx", "comparison-hackney-haringey-surrey.xlsx");
        Assert.Contains("Downloaded comparison-hackney-haringey-surrey.xlsx", await StatusAsync(page), StringComparison.Ordinal);
        Assert.False(await page.EvaluateExpressionAsync<bool>("!!document.querySelector('.compare-export-note')"), "a published site needs no note about links");

        var authorities = chosen.Select(s => data.Authorities.Single(a => a.Slug == s)).ToList();
        var themes = ThemesOf(data, authorities);
        var office = ReadOffice(docx, xlsx);

        // Word: one table, the theme column and three authorities, so landscape; its header row repeats on every page.
        var table = Assert.Single(office.GetProperty("docx").EnumerateArray().ToList());
        Assert.True(table.GetProperty("header_repeats").GetBoolean(), "the header row repeats on every page");
        Assert.True(table.GetProperty("landscape").GetBoolean(), "four columns of whole clauses go in a landscape section");
        var rows = Rows(table);
        Assert.Equal(["Theme", "Hackney", "Haringey", "Surrey (extract)"], rows[0].Select(Text));
        Assert.Equal(authorities.Select(a => BaseUrl + a.Href), rows[0].Skip(1).Select(c => Assert.Single(Links(c))));
        Assert.Equal(themes.Select(t => t.Title), rows.Skip(1).Select(r => Text(r[0])));
        var cited = 0;
        for (var r = 1; r < rows.Count; r++)
        {
            for (var c = 0; c < authorities.Count; c++)
            {
                var expected = data.Clauses[authorities[c].Slug].GetValueOrDefault(themes[r - 1].Id, []);
                var text = Flat(Text(rows[r][c + 1]));
                Assert.Equal(expected.Select(x => BaseUrl + x.Href), Links(rows[r][c + 1]));
                AssertQuoted(expected, text);
                if (expected.Count == 0) Assert.Equal(authorities[c].IsExtract ? "Not in extract" : "Nothing on this theme", text);
                cited += expected.Count;
            }
        }
        Assert.True(cited > 30, $"only {cited} clauses cited");
        // A reading SiteGen is not sure of is never shown as stated: the page marks each one, as the files do.
        var toReview = themes.Sum(t => authorities.Sum(a => data.Clauses[a.Slug].GetValueOrDefault(t.Id, []).Count(x => x.Review)));
        Assert.True(toReview > 0, "these three authorities have readings to review");
        Assert.Equal(toReview, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#compare-result .tag-needs-review').length"));

        // The source list: every clause cited, once each, with its published address.
        var body = ReadBody(docx);
        var sourceLines = body.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).SkipWhile(t => t != "Sources").Skip(1).ToList();
        var distinct = themes.SelectMany(t => authorities.SelectMany(a => data.Clauses[a.Slug].GetValueOrDefault(t.Id, []))).DistinctBy(x => x.Href).ToList();
        Assert.Equal(distinct.Select((x, i) => $"{i + 1}. {x.Citation}: {BaseUrl}{x.Href}"), sourceLines);

        // Excel: a sheet for the table, then the citations; caption in row 1, header in row 2, frozen at B3, filtered.
        var sheets = office.GetProperty("xlsx").EnumerateArray().ToList();
        Assert.Equal(["Authorities 1–3", "Citations"], sheets.Select(s => s.GetProperty("name").GetString()));
        var sheet = Rows(sheets[0]);
        Assert.Equal("B3", sheets[0].GetProperty("freeze").GetString());
        Assert.Equal($"A2:D{sheet.Count}", sheets[0].GetProperty("filter").GetString());
        Assert.Equal("Clauses by theme, side by side", Text(sheet[0][0]));
        Assert.Equal(["Theme", "Hackney", "Haringey", "Surrey (extract)"], sheet[1].Select(Text));
        Assert.Equal(themes.Select(t => t.Title), sheet.Skip(2).Select(r => Text(r[0])));
        for (var r = 2; r < sheet.Count; r++)
        {
            for (var c = 0; c < authorities.Count; c++)
            {
                var expected = data.Clauses[authorities[c].Slug].GetValueOrDefault(themes[r - 2].Id, []);
                Assert.Equal(expected.Count == 0 ? null : BaseUrl + expected[0].Href, Link(sheet[r][c + 1]));
                AssertQuoted(expected, Flat(Text(sheet[r][c + 1])));
            }
        }
        var citations = Rows(sheets[1]);
        Assert.Equal("B3", sheets[1].GetProperty("freeze").GetString());
        Assert.Equal(["Sheet", "Theme", "Authority", "Citation", "Reading"], citations[1].Select(Text));
        Assert.Equal(cited, citations.Count - 2);
        Assert.Equal(toReview, citations.Count(row => Text(row[4]) == "Needs review"));
        Assert.All(citations.Skip(2), row => Assert.StartsWith(BaseUrl + "protocols/", Link(row[3]), StringComparison.Ordinal));

        AssertValid(docx, xlsx);
        // The filter Excel keeps for each sheet, under the name Excel itself writes.
        var workbook = ReadPart(xlsx, "xl/workbook.xml");
        Assert.Contains($"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Authorities 1–3'!$A$2:$D${sheet.Count}</definedName>", workbook, StringComparison.Ordinal);

        // The same choice gives the same bytes.
        var again = await DownloadAsync(session, page, ".compare-docx", "comparison-hackney-haringey-surrey.docx", fresh: true);
        Assert.Equal(File.ReadAllBytes(docx), File.ReadAllBytes(again));
    }

    [Fact]
    public async Task Eight_authorities_are_split_into_tables_of_six_each_in_the_orientation_its_columns_need()
    {
        var data = Data(published.Built);
        var chosen = data.Authorities.Take(8).ToList();
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(published.Built.FileUrl + "compare.html?" + string.Join("&", chosen.Select(a => "a=" + a.Slug)));
        var name = $"comparison-{string.Join("-", chosen.Take(3).Select(a => a.Slug))}-and-5-more";
        var docx = await DownloadAsync(session, page, ".compare-docx", name + ".docx");
        var xlsx = await DownloadAsync(session, page, ".compare-xlsx", name + ".xlsx");
        var office = ReadOffice(docx, xlsx);

        var tables = office.GetProperty("docx").EnumerateArray().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal($"Clauses by theme, side by side: authorities 1–6 of 8 ({chosen[0].Name} to {chosen[5].Name})", tables[0].GetProperty("caption").GetString());
        Assert.Equal($"Clauses by theme, side by side: authorities 7–8 of 8 ({chosen[6].Name} to {chosen[7].Name})", tables[1].GetProperty("caption").GetString());
        // Seven columns need a landscape page; three fit a portrait one: a section break between them.
        Assert.Equal([true, false], tables.Select(t => t.GetProperty("landscape").GetBoolean()));
        Assert.Equal([true, true], tables.Select(t => t.GetProperty("header_repeats").GetBoolean()));
        foreach (var (table, group) in tables.Zip(new[] { chosen[..6], chosen[6..] }))
        {
            var rows = Rows(table);
            Assert.Equal(group.Select(a => a.Name + (a.IsExtract ? " (extract)" : "")), rows[0].Skip(1).Select(Text));
            Assert.Equal(ThemesOf(data, group).Select(t => t.Title), rows.Skip(1).Select(r => Text(r[0])));
        }

        var sheets = office.GetProperty("xlsx").EnumerateArray().ToList();
        Assert.Equal(["Authorities 1–6", "Authorities 7–8", "Citations"], sheets.Select(s => s.GetProperty("name").GetString()));
        Assert.All(sheets, s => Assert.Equal("B3", s.GetProperty("freeze").GetString()));
        Assert.Equal("A2:G", sheets[0].GetProperty("filter").GetString()![..4]);
        AssertValid(docx, xlsx);
    }

    [Fact]
    public async Task Without_a_published_address_the_page_says_links_are_left_out_and_the_files_hold_no_link()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(unpublished.FileUrl + "compare.html?of=hackney&peers=region");
        var note = await page.WaitForSelectorAsync(".compare-export-note");
        Assert.Contains("no published address", await note!.EvaluateFunctionAsync<string>("e => e.textContent"), StringComparison.Ordinal);
        var slugs = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#compare-result thead th a')].map(a => a.getAttribute('href'))");
        Assert.True(slugs.Length >= 2, "the peers choice compares Hackney with at least one other London authority");
        var docx = await DownloadAsync(session, page, ".compare-docx", null);
        var xlsx = await DownloadAsync(session, page, ".compare-xlsx", null);
        Assert.Contains("citations without links", await StatusAsync(page), StringComparison.Ordinal);

        var office = ReadOffice(docx, xlsx);
        var tables = office.GetProperty("docx").EnumerateArray().ToList();
        Assert.All(tables.SelectMany(Rows).SelectMany(r => r), cell => Assert.Empty(Links(cell)));
        Assert.All(office.GetProperty("xlsx").EnumerateArray().SelectMany(Rows).SelectMany(r => r), cell => Assert.Null(Link(cell)));
        var paragraphs = ReadBody(docx).GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
        Assert.Contains(paragraphs, p => p.Contains("Hackney compared with the other", StringComparison.Ordinal));
        Assert.Contains("The clauses are taken from this site as opened on your computer; it has no published address to link to.", paragraphs);
        foreach (var file in new[] { docx, xlsx })
            Assert.DoesNotContain("file:", string.Concat(Parts(file).Select(p => p.Text)), StringComparison.OrdinalIgnoreCase);
        AssertValid(docx, xlsx);
    }

    [Fact]
    public async Task Clause_text_with_markup_quotes_and_control_characters_is_written_as_text()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GoToAsync(published.Built.FileUrl + "compare.html?a=hackney");
        await page.WaitForSelectorAsync(".compare-docx");
        // Clause text is untrusted: markup, ampersands, quotes and characters XML cannot hold, in every place text goes.
        const string hostile = "Members <b>must</b> & \"shall\" \u0001respect\u000b officers ]]> <![CDATA[ '=1+1'\uFFFE";
        var files = await page.EvaluateFunctionAsync<JsonElement>(
            """
            (hostile) => {
              const comparison = {
                authorities: [{ slug: "x", name: "Council " + hostile, is_extract: false, href: "protocols/x.html?a=1&b=\"2\"" },
                              { slug: "y", name: "Other", is_extract: true, href: "protocols/y.html" },
                              { slug: "z", name: "Long", is_extract: false, href: "protocols/z.html" }],
                themes: [{ id: "t", title: "Theme " + hostile, href: "themes/t.html" }],
                theme: "",
                data: { x: { clauses: [{ number: "1", citation: "Council, para 1 " + hostile, href: "protocols/x.html#1<&>", text: hostile + "\nsecond line" }], themes: { t: [0] } },
                        y: { clauses: [], themes: {} },
                        z: { clauses: [{ number: "2", citation: "Long, para 2", href: "protocols/z.html#2", text: "word ".repeat(8000) }], themes: { t: [0] } } },
                description: hostile,
                site: "Site " + hostile,
                query: "?a=x"
              };
              const out = {};
              for (const kind of ["docx", "xlsx"]) {
                const bytes = window.SiteGenOoxml.zip(window.SiteGenCompareExport.documentParts(comparison, kind));
                out[kind] = btoa(Array.from(bytes, b => String.fromCharCode(b)).join(""));
              }
              return out;
            }
            """, hostile);
        var folder = Directory.CreateTempSubdirectory("sitegen-compare-hostile-").FullName;
        try
        {
            var docx = Path.Combine(folder, "hostile.docx");
            var xlsx = Path.Combine(folder, "hostile.xlsx");
            File.WriteAllBytes(docx, Convert.FromBase64String(files.GetProperty("docx").GetString()!));
            File.WriteAllBytes(xlsx, Convert.FromBase64String(files.GetProperty("xlsx").GetString()!));
            AssertValid(docx, xlsx);
            var clean = "Members <b>must</b> & \"shall\" respect officers ]]> <![CDATA[ '=1+1'";
            var office = ReadOffice(docx, xlsx);
            var rows = Rows(office.GetProperty("docx")[0]);
            Assert.Equal("Council " + clean, Text(rows[0][1]));
            Assert.Equal("Theme " + clean, Text(rows[1][0]));
            Assert.Equal(clean + "\nsecond line (Council, para 1 " + clean + ")", Text(rows[1][1]));
            Assert.Equal([BaseUrl + "protocols/x.html#1<&>"], Links(rows[1][1]));
            var sheet = Rows(office.GetProperty("xlsx")[0]);
            Assert.Equal("Council " + clean, Text(sheet[1][1]));
            Assert.Equal(clean + "\nsecond line (Council, para 1 " + clean + ")", Text(sheet[2][1]));
            Assert.Equal("Not in extract", Text(sheet[2][2]));
            // Word holds a clause of any length; an Excel cell at most 32,767 characters, so a longer one is cut and says so.
            Assert.Contains(string.Concat(Enumerable.Repeat("word ", 8000)) + " (Long, para 2)", Text(rows[1][3]), StringComparison.Ordinal);
            Assert.Equal(32767, Text(sheet[2][3]).Length);
            Assert.EndsWith("(shortened: an Excel cell holds at most 32,767 characters)", Text(sheet[2][3]), StringComparison.Ordinal);
            var paragraphs = ReadBody(docx).GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
            Assert.Contains(clean, paragraphs);
            Assert.Contains("From Site " + clean + ".", paragraphs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_javascript_no_download_button_shows_and_the_compare_all_files_remain()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SetJavaScriptEnabledAsync(false);
        await page.GoToAsync(published.Built.FileUrl + "compare.html?a=hackney,haringey");
        var dom = new HtmlParser().ParseDocument(await page.GetContentAsync());
        Assert.Empty(dom.QuerySelectorAll(".compare-docx, .compare-xlsx, .compare-export"));
        var hrefs = dom.QuerySelectorAll(".compare-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["data/compare-all.docx", "data/compare-all.xlsx"], hrefs);
    }

    [Fact]
    public async Task A_comparison_with_its_download_buttons_note_and_status_passes_axe_in_light_and_dark()
    {
        var tools = await TestTools.RequireAsync();
        var axe = await File.ReadAllTextAsync(tools.AxeScript!);
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var violations = new List<string>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
            await page.GoToAsync(unpublished.FileUrl + "compare.html?a=hackney,haringey,surrey");
            // The status line shows after a download; audit it too. (A fresh folder: Chromium names a second file of the same name "… (1)".)
            await DownloadAsync(session, page, ".compare-xlsx", null, fresh: true);
            Assert.True(await page.EvaluateExpressionAsync<bool>("!!document.querySelector('.compare-export-note')"));
            await page.AddScriptTagAsync(new AddTagOptions { Content = axe });
            var found = await page.EvaluateFunctionAsync<string[]>(
                "async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).slice(0, 3).join(' | '))",
                (object)SiteGen.Checks.Accessibility.AxeChecker.WcagTags.ToArray());
            violations.AddRange(found.Select(v => $"compare.html ({scheme}): {v}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Clicks <paramref name="button"/> with downloads sent to the session's folder; returns the file it saved (named <paramref name="name"/> when given).</summary>
    private static async Task<string> DownloadAsync(BrowserSession session, IPage page, string button, string? name, bool fresh = false)
    {
        var folder = Path.Combine(session.Profile, "downloads");
        if (fresh && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var before = Directory.GetFiles(folder).ToHashSet(StringComparer.Ordinal);
        await page.Client.SendAsync("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = folder });
        await page.WaitForSelectorAsync(button, new WaitForSelectorOptions { Timeout = 20_000 });
        await page.ClickAsync(button);
        var clock = Stopwatch.StartNew();
        string? file = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            file = Directory.GetFiles(folder).FirstOrDefault(f => !before.Contains(f) && !f.EndsWith(".crdownload", StringComparison.Ordinal) && new FileInfo(f).Length > 0);
            if (file is not null) break;
            await Task.Delay(100);
        }
        Assert.True(file is not null, $"Chromium saved nothing after {button} was clicked");
        if (name is not null) Assert.Equal(name, Path.GetFileName(file));
        return file!;
    }

    private static Task<string> StatusAsync(IPage page) => page.EvaluateExpressionAsync<string>("document.querySelector('.compare-export-status').textContent");

    /// <summary>What compare.js draws from: the index in compare.html and each authority's data script.</summary>
    private static PageData Data(BuiltDefaultSite built)
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(built.File("compare.html")));
        var index = JsonDocument.Parse(doc.GetElementById("compare-index")!.TextContent).RootElement;
        var authorities = index.GetProperty("authorities").EnumerateArray()
            .Select(a => new Authority(a.GetProperty("slug").GetString()!, a.GetProperty("name").GetString()!, a.GetProperty("is_extract").GetBoolean(), a.GetProperty("href").GetString()!)).ToList();
        var themes = index.GetProperty("themes").EnumerateArray().Select(t => new Theme(t.GetProperty("id").GetString()!, t.GetProperty("title").GetString()!, t.GetProperty("href").GetString()!)).ToList();
        var clauses = new Dictionary<string, Dictionary<string, List<Clause>>>(StringComparer.Ordinal);
        foreach (var a in authorities)
        {
            var script = File.ReadAllText(built.File($"data/compare/{a.Slug}.js"));
            var json = script[(script.IndexOf(".add(", StringComparison.Ordinal) + 5)..script.LastIndexOf(");", StringComparison.Ordinal)];
            var data = JsonDocument.Parse(json).RootElement;
            var list = data.GetProperty("clauses").EnumerateArray().Select(c => new Clause(c.GetProperty("href").GetString()!, c.GetProperty("citation").GetString()!, c.GetProperty("text").GetString()!, false)).ToList();
            var review = data.GetProperty("review").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.EnumerateArray().Select(i => i.GetInt32()).ToHashSet(), StringComparer.Ordinal);
            clauses[a.Slug] = data.GetProperty("themes").EnumerateObject()
                .ToDictionary(t => t.Name, t => t.Value.EnumerateArray().Select(i => list[i.GetInt32()] with { Review = review.GetValueOrDefault(t.Name, []).Contains(i.GetInt32()) }).ToList(), StringComparer.Ordinal);
        }
        return new PageData(authorities, themes, clauses);
    }

    /// <summary>The themes, in taxonomy order, on which at least one of <paramref name="authorities"/> has a clause.</summary>
    private static List<Theme> ThemesOf(PageData data, IReadOnlyList<Authority> authorities) =>
        [.. data.Themes.Where(t => authorities.Any(a => data.Clauses[a.Slug].GetValueOrDefault(t.Id, []).Count > 0))];

    private static List<List<JsonElement>> Rows(JsonElement table) =>
        [.. table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList())];

    private static string Text(JsonElement cell) => cell.GetProperty("text").GetString()!;

    private static List<string> Links(JsonElement cell) => [.. cell.GetProperty("links").EnumerateArray().Select(l => l.GetString()!)];

    private static string? Link(JsonElement cell) => cell.GetProperty("link").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("link").GetString();

    /// <summary>Each clause's text, then its citation, then "(Needs review)" exactly when its reading needs review.</summary>
    private static void AssertQuoted(IEnumerable<Clause> expected, string text)
    {
        foreach (var clause in expected)
        {
            var quoted = Flat(clause.Text) + " (" + clause.Citation + ")";
            Assert.Contains(quoted, text, StringComparison.Ordinal);
            Assert.Equal(clause.Review, text.Contains(quoted + " (Needs review)", StringComparison.Ordinal));
        }
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static JsonElement ReadOffice(string docx, string xlsx) => RunReader(Path.Combine("Export", "read_office.py"), docx, xlsx);

    /// <summary>The body's paragraphs outside tables, as the basket tests read them.</summary>
    private static JsonElement ReadBody(string docx) => RunReader(Path.Combine("Rendering", "Basket", "read_basket_docx.py"), docx);

    private static JsonElement RunReader(string script, params string[] files) => Export.OfficeReader.Run(script, files);

    /// <summary>Word and Excel open the files without "repairing" them: both are valid Office Open XML.</summary>
    private static void AssertValid(string docx, string xlsx)
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        var problems = new List<string>();
        using (var word = WordprocessingDocument.Open(docx, false))
            problems.AddRange(validator.Validate(word).Select(e => $"docx {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        using (var excel = SpreadsheetDocument.Open(xlsx, false))
            problems.AddRange(validator.Validate(excel).Select(e => $"xlsx {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    private static IEnumerable<(string Name, string Text)> Parts(string file)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        return [.. zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (e.FullName, reader.ReadToEnd());
        })];
    }

    private static string ReadPart(string file, string name) => Parts(file).Single(p => p.Name == name).Text;
}
