using System.Globalization;
using System.Text.Json;
using PuppeteerSharp;
using SiteGen.Content;
using SiteGen.Pdf;
using SiteGen.Search;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Pdf;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// "Find a clause" on the default site as built, opened by file:// in Debian's Chromium through the project's one
/// launch place (<see cref="ChromiumLaunch"/>): clause ids first, all words with theme phrases, and report paragraphs
/// that quote a clause shown under it. What a result holds is checked against the site's own files, independently of
/// the page's script.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class FindAClauseBrowserTests(BuiltDefaultSite site, ITestOutputHelper output) : IClassFixture<BuiltDefaultSite>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const string Hackney72g = "protocols/hackney.html#7.2(g)";

    private string? _profile;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _profile = Directory.CreateTempSubdirectory("sitegen-search-").FullName;
        _browser = await ChromiumLaunch.StartAsync(RealChromium.Path, _profile, Timeout, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        try
        {
            if (_profile is not null) Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file of its profile for a moment; a leftover temp folder is harmless.
        }
    }

    /// <summary>What the page showed: every result (all pages of them), the status line and the "Also searched" note.</summary>
    private sealed record Shown(string Url, string Status, int Count, List<Result> Results, string Expansion, List<string> Phrases, string Toggle);

    private sealed record Result(string Href, string Title, string Kind, List<(string Href, string Title)> QuotedIn);

    private const string ReadPage = """
        () => JSON.stringify({
          url: location.href,
          status: document.getElementById('search-status').textContent,
          results: Array.from(document.querySelectorAll('#search-results > li')).map((li) => ({
            href: li.querySelector('h3 a').getAttribute('href'),
            title: li.querySelector('h3 a').textContent,
            kind: li.getAttribute('data-kind'),
            quoted: Array.from(li.querySelectorAll('.search-result-quoted a')).map((a) => ({ href: a.getAttribute('href'), title: a.textContent })),
          })),
          expansion: document.getElementById('search-expansion').hidden ? '' : document.getElementById('search-expansion').textContent,
          phrases: Array.from(document.querySelectorAll('#search-expansion b')).map((b) => b.textContent),
          toggle: (document.querySelector('#search-expansion button') || { textContent: '' }).textContent,
        })
        """;

    private async Task<(IPage Page, Shown Shown)> OpenAsync(string query, string extra = "")
    {
        var page = await _browser!.NewPageAsync();
        page.DefaultTimeout = (int)Timeout.TotalMilliseconds;
        await SiteRequestGuard.AttachAsync(page, site.Output);
        await page.GoToAsync(site.FileUrl + "search.html?q=" + Uri.EscapeDataString(query) + extra);
        return (page, await ShownAsync(page, query));
    }

    private static async Task<Shown> ShownAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("(q) => document.getElementById('search').getAttribute('data-results-for') === q", query);
        // Every result, not only the first page of them.
        while (await page.EvaluateFunctionAsync<bool>("() => !document.getElementById('search-more').hidden"))
        {
            var before = await page.EvaluateFunctionAsync<int>("() => document.querySelectorAll('#search-results > li').length");
            await page.ClickAsync("#search-more");
            await page.WaitForFunctionAsync("(n) => document.querySelectorAll('#search-results > li').length > n", before);
        }
        using var json = JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(ReadPage));
        var root = json.RootElement;
        var status = root.GetProperty("status").GetString()!;
        var count = status.StartsWith("No results", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(' ')[0], CultureInfo.InvariantCulture);
        return new Shown(
            root.GetProperty("url").GetString()!,
            status,
            count,
            [.. root.GetProperty("results").EnumerateArray().Select(r => new Result(
                r.GetProperty("href").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("kind").GetString()!,
                [.. r.GetProperty("quoted").EnumerateArray().Select(q => (q.GetProperty("href").GetString()!, q.GetProperty("title").GetString()!))]))],
            root.GetProperty("expansion").GetString()!,
            [.. root.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()!)],
            root.GetProperty("toggle").GetString()!);
    }

    private async Task<Shown> SearchAsync(string query, string extra = "")
    {
        var (page, shown) = await OpenAsync(query, extra);
        await page.CloseAsync();
        return shown;
    }

    private static SearchThemePhrases DefaultPhrases()
    {
        var (taxonomy, diagnostics) = TaxonomyFileParser.Parse(TestSupport.Repo.ContentFile("content/taxonomy.yml"));
        Assert.True(taxonomy is not null, string.Join("\n", diagnostics));
        return SearchThemePhrases.Build(taxonomy!);
    }

    /// <summary>Each document's index terms, by its url, from the document chunks the site ships.</summary>
    private Dictionary<string, (HashSet<string> Terms, bool Cut)> DocumentTerms()
    {
        using var documents = SiteSearchFiles.Documents(site.Output);
        return documents.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => d.GetProperty("url").GetString()!,
            d =>
            {
                var text = d.GetProperty("source").GetString() + " " + d.GetProperty("section").GetString() + " " + d.GetProperty("text").GetString();
                return (LunrPipeline.IndexTerms(SiteSearchText.Normalise(text)).ToHashSet(StringComparer.Ordinal), d.GetProperty("text").GetString()!.EndsWith(" …", StringComparison.Ordinal));
            },
            StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_clause_id_with_or_without_its_authority_puts_that_clause_first()
    {
        foreach (var query in new[] { "7.2(g)", "hackney 7.2(g)" })
        {
            var shown = await SearchAsync(query);
            output.WriteLine($"{query}: {shown.Count} results, first {shown.Results[0].Href}");
            Assert.Equal(Hackney72g, shown.Results[0].Href);
            Assert.Equal("Hackney, para 7.2(g)", shown.Results[0].Title);
            Assert.Equal("clause", shown.Results[0].Kind);
        }
    }

    [Fact]
    public async Task Bullying_is_also_searched_under_its_theme_s_phrases_and_a_protocol_clause_comes_first()
    {
        var expected = DefaultPhrases().ExpansionOf(LunrStemmer.Stem("bullying")).Select(p => p.Text.Replace("...", "…", StringComparison.Ordinal)).ToList();
        Assert.Contains("harassment", expected);

        var shown = await SearchAsync("bullying");
        var exact = await SearchAsync("bullying", "&exact=1");
        output.WriteLine($"bullying: {shown.Count} results with its theme's phrases, {exact.Count} with the word only; first {shown.Results[0].Title}; "
            + $"{shown.Results.Sum(r => r.QuotedIn.Count)} quotations shown under their clauses; Hackney 7.2(g) at {shown.Results.FindIndex(r => r.Href == Hackney72g) + 1}");

        // The bar: a protocol clause first.
        Assert.StartsWith("protocols/", shown.Results[0].Href, StringComparison.Ordinal);
        Assert.Contains('#', shown.Results[0].Href);
        Assert.Equal("clause", shown.Results[0].Kind);
        Assert.Equal(shown.Count, shown.Results.Count);

        // The page says which phrases were added, for which word and theme, and offers to leave them out.
        Assert.Equal(expected, shown.Phrases);
        Assert.StartsWith("Also searched: harassment", shown.Expansion, StringComparison.Ordinal);
        Assert.Contains("Bullying, harassment and undue pressure", shown.Expansion, StringComparison.Ordinal);
        Assert.Equal("Search only the words typed", shown.Toggle);
        Assert.True(shown.Count > exact.Count, $"{shown.Count} with phrases, {exact.Count} without");
        Assert.StartsWith("Not searched: harassment", exact.Expansion, StringComparison.Ordinal);

        // Every result holds "bullying" or all the words of one of the phrases; some hold only a phrase.
        var terms = DocumentTerms();
        var alternatives = DefaultPhrases().ExpansionOf(LunrStemmer.Stem("bullying")).Select(p => p.Terms).Prepend([LunrStemmer.Stem("bullying")]).ToList();
        Assert.All(shown.Results.Where(r => !terms[r.Href].Cut), r => Assert.Contains(alternatives, a => a.All(terms[r.Href].Terms.Contains)));
        Assert.Contains(shown.Results, r => !terms[r.Href].Terms.Contains(LunrStemmer.Stem("bullying")));
    }

    [Fact]
    public async Task A_report_paragraph_that_quotes_a_clause_is_shown_under_it_not_ahead_of_it()
    {
        var shown = await SearchAsync("bullying");
        var quoted = shown.Results.Where(r => r.QuotedIn.Count > 0).ToList();
        Assert.NotEmpty(quoted);
        foreach (var clause in quoted)
        {
            Assert.Equal("clause", clause.Kind);
            Assert.All(clause.QuotedIn, q =>
            {
                Assert.StartsWith("reports/", q.Href, StringComparison.Ordinal);
                Assert.Contains("#para-", q.Href, StringComparison.Ordinal);
                Assert.Contains(", ¶", q.Title, StringComparison.Ordinal);
            });
        }
        // Still findable, once: a quotation listed under its clause is not also a result of its own.
        var underClauses = shown.Results.SelectMany(r => r.QuotedIn).Select(q => q.Href).ToList();
        Assert.Equal(underClauses.Count, underClauses.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(underClauses.Intersect(shown.Results.Select(r => r.Href), StringComparer.Ordinal));
        // The report page's paragraph quotes the very clause it is listed under: the clause's text is in it.
        var first = quoted[0];
        var report = await File.ReadAllTextAsync(Path.Combine(site.Output, first.QuotedIn[0].Href.Split('#')[0]));
        Assert.Contains($"id=\"{first.QuotedIn[0].Href.Split('#')[1]}\"", report, StringComparison.Ordinal);

        // Without folding, report paragraphs would come after the clauses anyway; none is listed before a clause.
        var firstOther = shown.Results.FindIndex(r => r.Kind != "clause");
        var lastClause = shown.Results.FindLastIndex(r => r.Kind == "clause");
        Assert.True(firstOther < 0 || lastClause < firstOther, $"a clause at {lastClause} after a report or page at {firstOther}");

        // Filtering to report paragraphs shows them as results again, as nothing they could be folded under is shown.
        var reportsOnly = await SearchAsync("bullying", "&kind=" + Uri.EscapeDataString("Report paragraph"));
        Assert.All(reportsOnly.Results, r => Assert.Equal("report", r.Kind));
        var missing = underClauses.Except(reportsOnly.Results.Select(r => r.Href), StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{reportsOnly.Status} Not listed: {string.Join(", ", missing)}; listed: {string.Join(", ", reportsOnly.Results.Select(r => r.Href))}");
    }

    [Fact]
    public async Task Monitoring_officer_complaint_returns_only_results_with_all_three_words_or_their_theme_phrases()
    {
        var shown = await SearchAsync("monitoring officer complaint");
        var any = await SearchAsync("monitoring officer complaint", "&any=1");
        var exact = await SearchAsync("monitoring officer complaint", "&exact=1");
        output.WriteLine($"monitoring officer complaint: {shown.Count} results (all words, theme phrases), {exact.Count} (all words, typed only), {any.Count} (any word)");
        Assert.InRange(shown.Count, 1, 59);
        Assert.Equal(shown.Count, shown.Results.Count);
        Assert.True(any.Count > shown.Count);

        var complaint = DefaultPhrases().ExpansionOf(LunrStemmer.Stem("complaint"));
        Assert.Equal(complaint.Select(p => p.Text.Replace("...", "…", StringComparison.Ordinal)), shown.Phrases);
        var alternatives = complaint.Select(p => p.Terms).Prepend([LunrStemmer.Stem("complaint")]).ToList();
        var terms = DocumentTerms();
        var checkedResults = 0;
        foreach (var r in shown.Results.Where(r => !terms[r.Href].Cut))
        {
            var held = terms[r.Href].Terms;
            Assert.Contains(LunrStemmer.Stem("monitoring"), held);
            Assert.Contains(LunrStemmer.Stem("officer"), held);
            Assert.True(alternatives.Any(a => a.All(held.Contains)), $"{r.Title} holds neither \"complaint\" nor all the words of one of its theme's phrases");
            checkedResults++;
        }
        Assert.True(checkedResults > 0);

        // Ticking "Only the words typed" by the note's button narrows the search to the word itself, and the address says so.
        var (page, _) = await OpenAsync("monitoring officer complaint");
        await page.EvaluateFunctionAsync("() => document.getElementById('search').removeAttribute('data-results-for')");
        await page.ClickAsync("#search-expansion button");
        await page.WaitForFunctionAsync("() => document.getElementById('search-exact').checked && location.search.indexOf('exact=1') >= 0");
        var after = await ShownAsync(page, "monitoring officer complaint");
        await page.CloseAsync();
        Assert.Equal(exact.Count, after.Count);
        Assert.EndsWith("search.html?q=monitoring%20officer%20complaint&exact=1", after.Url, StringComparison.Ordinal);
    }
}
