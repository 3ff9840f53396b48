using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Checks.Html;
using SiteGen.Search;
using SiteGen.Serve;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The built default site's search used as a person uses it, in Debian's Chromium: from a folder opened by
/// file:// and from a web server under a subpath (as on GitHub Pages). <see cref="SearchPageJourney"/>
/// drives the browser and reports what it saw; the assertions are here.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class SearchPageBrowserTests(BuiltDefaultSite site, ITestOutputHelper output) : IClassFixture<BuiltDefaultSite>
{
    private const string Clicked = "protocols/hackney.html#7.2(g)";

    [Fact]
    public async Task Search_works_from_the_site_folder_opened_by_file_url()
    {
        var root = site.FileUrl;
        var report = await DriveAsync(Plan(root));
        AssertJourney(report, root, allowedRequestPrefixes: [root]);
    }

    [Fact]
    public async Task Search_works_from_a_web_server_under_a_subpath()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(site.Output), BasePath.Parse("/member-officer-protocols/"));
        var root = server.SiteUrl.AbsoluteUri;
        Assert.EndsWith("/member-officer-protocols/", root, StringComparison.Ordinal);
        var report = await DriveAsync(Plan(root));
        // The preview server adds its live-reload client under /__sitegen/, whose event stream is cut when a page is
        // left; and Chromium asks the host root for /favicon.ico, which a subpath site cannot answer. Neither is search.
        var internalPrefix = new Uri(server.RootUrl, RequestPathResolver.InternalPrefix).AbsoluteUri;
        var favicon = new Uri(server.RootUrl, "/favicon.ico").AbsoluteUri;
        AssertJourney(report, root, allowedRequestPrefixes: [root, internalPrefix, favicon],
            ignoredProblems: p => p.Contains(internalPrefix, StringComparison.Ordinal) || p.Contains(favicon, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clause_id_all_words_and_clauses_before_reports_from_file_url()
    {
        var report = await DriveAsync(new
        {
            root = site.FileUrl,
            queries = new object[]
            {
                new { q = "7.2(g)", any = false },
                new { q = "hackney 7.2(g)", any = false },
                new { q = "Haringey 3.4", any = false },
                new { q = "monitoring officer complaint", any = false },
                new { q = "monitoring officer complaint", any = true },
                new { q = "bullying", any = false },
            },
            toggleAny = "monitoring officer complaint",
        });
        Assert.Empty(Strings(report, "problems"));
        var byQuery = report.GetProperty("queries").EnumerateArray().ToList();
        JsonElement Query(string q, bool any) => byQuery.Single(r => r.GetProperty("q").GetString() == q && r.GetProperty("any").GetBoolean() == any);
        List<JsonElement> Results(string q, bool any = false) => Query(q, any).GetProperty("results").EnumerateArray().ToList();

        // A clause id, with or without its authority, puts that clause first; lunr alone would split "7.2(g)".
        foreach (var q in new[] { "7.2(g)", "hackney 7.2(g)" })
        {
            var first = Results(q)[0];
            Assert.Equal(Clicked, first.GetProperty("href").GetString());
            Assert.Equal("Hackney, para 7.2(g)", first.GetProperty("title").GetString());
            Assert.Contains("first", Query(q, false).GetProperty("status").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal("Haringey, para 3.4", Results("Haringey 3.4")[0].GetProperty("title").GetString());

        // Several words find only what has all of them, unless "Match any word" is ticked.
        using var documents = SiteSearchFiles.Documents(site.Output);
        var byUrl = documents.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("url").GetString()!, d => (d.GetProperty("title").GetString() + " " + d.GetProperty("section").GetString() + " " + d.GetProperty("text").GetString()).ToLowerInvariant(), StringComparer.Ordinal);
        var all = Results("monitoring officer complaint");
        var any = Results("monitoring officer complaint", any: true);
        output.WriteLine($"monitoring officer complaint: {all.Count} results with all words, {any.Count} with any word");
        Assert.NotEmpty(all);
        Assert.True(all.Count < 60, $"{all.Count} results");
        // "complaint" is satisfied by the word or by every word of one of its theme's phrases ("grievance", "concern … officer").
        var complaint = ThemePhraseTerms("complaint");
        Assert.All(all, r =>
        {
            var text = byUrl[r.GetProperty("href").GetString()!];
            var terms = LunrPipeline.IndexTerms(SiteSearchText.Normalise(text)).ToHashSet(StringComparer.Ordinal);
            Assert.All(new[] { "monitoring", "officer" }, w => Assert.Contains(w, text, StringComparison.Ordinal));
            Assert.Contains(complaint, phrase => phrase.All(terms.Contains));
        });
        Assert.True(any.Count > all.Count);
        Assert.False(Query("monitoring officer complaint", false).GetProperty("anyChecked").GetBoolean());
        Assert.True(Query("monitoring officer complaint", true).GetProperty("anyChecked").GetBoolean());
        Assert.Superset(all.Select(r => r.GetProperty("href").GetString()).ToHashSet(StringComparer.Ordinal), any.Select(r => r.GetProperty("href").GetString()).ToHashSet(StringComparer.Ordinal));

        // The box is on the page, and ticking it widens the search and is kept in the address.
        var toggle = report.GetProperty("toggleAny");
        Assert.Equal("Match any word", toggle.GetProperty("label").GetString());
        Assert.Equal(all.Count, toggle.GetProperty("before").GetInt32());
        Assert.Equal(any.Count, toggle.GetProperty("after").GetInt32());
        Assert.EndsWith("search.html?q=monitoring%20officer%20complaint&any=1", toggle.GetProperty("url").GetString(), StringComparison.Ordinal);

        // Protocol clauses come before report paragraphs and pages that quote them.
        var bullying = Results("bullying");
        Assert.StartsWith("protocols/", bullying[0].GetProperty("href").GetString(), StringComparison.Ordinal);
        var firstOther = bullying.FindIndex(r => !r.GetProperty("href").GetString()!.StartsWith("protocols/", StringComparison.Ordinal));
        var lastClause = bullying.FindLastIndex(r => r.GetProperty("href").GetString()!.StartsWith("protocols/", StringComparison.Ordinal) && r.GetProperty("href").GetString()!.Contains('#', StringComparison.Ordinal));
        Assert.True(firstOther < 0 || lastClause < firstOther, $"a clause at {lastClause} after a report or page at {firstOther}");
        output.WriteLine($"bullying: {bullying.Count} results; Hackney 7.2(g) at {bullying.FindIndex(r => r.GetProperty("href").GetString() == Clicked) + 1}");
    }

    [Fact]
    public async Task Markup_in_content_is_shown_as_text_in_results_and_never_runs()
    {
        using var hostile = new BuiltDefaultSite(s => File.WriteAllText(s.File("content/protocols/hostile.md"),
            "---\nauthority: \"<img src=x onerror=window.sitegenHostile=true>Hostile\"\nshort_name: \"<b>Hostile</b>\"\ncouncil_type: district\nnation: england\n" +
            "title: Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n" +
            "1.1 Zebracrossing <img src=x onerror=\"window.sitegenHostile=true\"> and </script><script>window.sitegenHostile=true</script> stay text.\n"));
        var report = await DriveAsync(new { root = hostile.FileUrl, hostileQuery = "zebracrossing" });

        Assert.Empty(Strings(report, "problems"));
        Assert.False(report.GetProperty("hostileExecuted").GetBoolean());
        var result = Assert.Single(report.GetProperty("hostile").GetProperty("results").EnumerateArray());
        Assert.Equal("<b>Hostile</b>, para 1.1", result.GetProperty("title").GetString());
        Assert.Contains("<img src=x onerror=\"window.sitegenHostile=true\">", result.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("</script><script>", result.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Zebracrossing"], Strings(result, "marks"));
        // button: the Copy and Add to appendix controls assets/pick.js adds to a clause result.
        Assert.Subset(new HashSet<string>(["a", "button", "h3", "mark", "p", "span"], StringComparer.Ordinal), Strings(result, "elements").ToHashSet(StringComparer.Ordinal));
        // The facet label is escaped in the page as built, and the checkbox's value is the same text.
        Assert.Contains(report.GetProperty("hostile").GetProperty("facets").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "authority" && f.GetProperty("value").GetString() == "<b>Hostile</b>");
    }

    [Fact]
    public async Task The_search_page_a_page_with_the_header_box_and_an_anchored_report_are_valid_html()
    {
        using var folder = new TempSite();
        foreach (var page in new[] { "search.html", "protocols/hounslow.html", "reports/surrey-2010-review-of-member-officer-protocol.html" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder.File(page))!);
            File.Copy(Path.Combine(site.Output, page), folder.File(page));
        }
        var result = await NuHtmlChecker.CheckAsync(folder.Path, await TestTools.RequireAsync());
        Assert.True(result.Ran);
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
    }

    private static object Plan(string root) => new
    {
        root,
        startPage = "protocols/hounslow.html",
        headerQuery = "bullying",
        typedQuery = "close personal",
        facet = new { name = "authority", value = "Hackney" },
        click = Clicked,
        axe = Path.Combine(RepoPaths.TestNodeModules, "axe-core", "axe.min.js"),
    };

    private void AssertJourney(JsonElement report, string root, string[] allowedRequestPrefixes, Func<string, bool>? ignoredProblems = null)
    {
        var problems = Strings(report, "problems").Where(p => ignoredProblems is null || !ignoredProblems(p)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Offline: nothing is fetched from anywhere but the site itself.
        Assert.All(Strings(report, "requests"), url => Assert.Contains(allowedRequestPrefixes, p => url.StartsWith(p, StringComparison.Ordinal)));

        // The header box on a protocol page is a plain GET form to the search page.
        Assert.Equal(root + "search.html?q=bullying", report.GetProperty("afterHeaderSubmit").GetString());
        Assert.Equal("status", report.GetProperty("status").GetProperty("role").GetString());
        Assert.Equal("polite", report.GetProperty("status").GetProperty("live").GetString());

        // The bar: "bullying" finds clauses of Hackney, Haringey, Hounslow, Merton, Somerset and Staffordshire.
        var header = report.GetProperty("header");
        var results = header.GetProperty("results").EnumerateArray().ToList();
        Assert.Matches(@"^\d+ results for “bullying”\.$", header.GetProperty("status").GetString());
        Assert.Equal(results.Count.ToString(CultureInfo.InvariantCulture), header.GetProperty("status").GetString()!.Split(' ')[0]);
        var authorities = results.Where(r => r.GetProperty("href").GetString()!.StartsWith("protocols/", StringComparison.Ordinal))
            .Select(r => r.GetProperty("title").GetString()!.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["Hackney", "Haringey", "Hounslow", "Merton", "Somerset", "Staffordshire"], StringComparer.Ordinal), authorities);

        // A result shows authority and clause number, section, and a snippet with the matched word marked.
        var g = results.Single(r => r.GetProperty("href").GetString() == Clicked);
        Assert.Equal("Hackney, para 7.2(g)", g.GetProperty("title").GetString());
        Assert.Contains("Expectations", g.GetProperty("meta").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Not to be subject to bullying", g.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        // The word typed is marked, and so are the words of its theme's phrases that the clause holds whole.
        var marks = Strings(g, "marks").ToList();
        Assert.Equal("bullying", marks[0]);
        var bullyingTerms = ThemePhraseTerms("bullying").SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        Assert.All(marks, m => Assert.Contains(LunrPipeline.IndexTerms(SiteSearchText.Normalise(m)).Single(), bullyingTerms));
        Assert.Contains("bullied", results.Single(r => r.GetProperty("href").GetString() == "protocols/hounslow.html#3.5(e)").GetProperty("marks").EnumerateArray().Select(m => m.GetString()));
        Assert.All(results, r => Assert.Subset(new HashSet<string>(["a", "button", "h3", "mark", "p", "span"], StringComparer.Ordinal), Strings(r, "elements").ToHashSet(StringComparer.Ordinal)));

        // Typing on the search page: results follow, best first.
        var typed = report.GetProperty("typed");
        Assert.Matches(@"^\d+ results for “close personal”\.$", typed.GetProperty("status").GetString());
        var top = typed.GetProperty("results")[0];
        Assert.Contains("close personal", top.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(typed.GetProperty("results").EnumerateArray(), r => r.GetProperty("href").GetString() == "protocols/hackney.html#4.2");

        // A facet, ticked with Tab and Space, narrows the results and the counts, and the address says so.
        Assert.True(report.GetProperty("facetReachedByTab").GetBoolean());
        Assert.Equal("solid", report.GetProperty("facetFocusOutline").GetProperty("outlineStyle").GetString());
        Assert.Equal("3px", report.GetProperty("facetFocusOutline").GetProperty("outlineWidth").GetString());
        var faceted = report.GetProperty("faceted");
        var facetedResults = faceted.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(facetedResults);
        // Clauses are cited "Hackney, para …"; Hackney's report paragraphs name the authority beside the report.
        Assert.All(facetedResults, r => Assert.True(
            r.GetProperty("title").GetString()!.StartsWith("Hackney, ", StringComparison.Ordinal) || r.GetProperty("meta").GetString()!.Contains("Hackney", StringComparison.Ordinal),
            r.ToString()));
        Assert.True(facetedResults.Count < typed.GetProperty("results").GetArrayLength());
        Assert.EndsWith("search.html?q=close%20personal&authority=Hackney", faceted.GetProperty("url").GetString(), StringComparison.Ordinal);
        var hackney = faceted.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "Hackney");
        Assert.True(hackney.GetProperty("checked").GetBoolean());
        Assert.Equal($"({facetedResults.Count})", hackney.GetProperty("count").GetString());
        Assert.Equal((JsonValueKind.Array, 0), (report.GetProperty("axe").ValueKind, report.GetProperty("axe").GetArrayLength()));

        // The address can be shared: opened afresh it gives the same results.
        Assert.Equal(facetedResults.Select(r => r.GetProperty("href").GetString()), Strings(report.GetProperty("sharedLink"), "results"));

        // Following a result lands on the clause's anchor, which the browser targets and scrolls to.
        Assert.True(report.GetProperty("clickFound").GetBoolean());
        var landing = report.GetProperty("landing");
        Assert.Equal(root + Clicked, landing.GetProperty("url").GetString());
        Assert.Equal("7.2(g)", landing.GetProperty("targetId").GetString());
        Assert.True(landing.GetProperty("targetInView").GetBoolean());
        Assert.Contains("bullying", landing.GetProperty("targetText").GetString(), StringComparison.Ordinal);

        // Nothing moved on its own while the results loaded (layout shifts not caused by input).
        var shifts = report.GetProperty("shiftsOnLoad");
        var unprompted = shifts.ValueKind == JsonValueKind.Array ? shifts.EnumerateArray().Where(s => !s.GetProperty("hadRecentInput").GetBoolean()).Sum(s => s.GetProperty("value").GetDouble()) : double.NaN;
        Assert.True(unprompted < 0.01, $"layout shift {unprompted}: {shifts}");

        // Without JavaScript the header box still works (a GET form) and the page says what to do instead.
        var withoutJs = report.GetProperty("withoutJavaScript");
        Assert.Equal(root + "search.html?q=bullying", withoutJs.GetProperty("url").GetString());
        Assert.Contains("Search needs JavaScript", withoutJs.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("browse the protocols by authority", withoutJs.GetProperty("text").GetString(), StringComparison.Ordinal);

        var timing = report.GetProperty("timing");
        output.WriteLine($"{report.GetProperty("browser").GetString()} at {root}");
        output.WriteLine($"page load to index ready: {timing.GetProperty("indexReadyMs").GetDouble():F0} ms; to first results: {timing.GetProperty("firstResultsMs").GetDouble():F0} ms (DOMContentLoaded {timing.GetProperty("domContentLoadedMs").GetDouble():F0} ms)");
        output.WriteLine($"last keystroke to results: {report.GetProperty("typedMs").GetDouble():F0} ms (of which {150} ms debounce)");
    }

    /// <summary>A word's own term and the terms of each of its theme's phrases in the default taxonomy.</summary>
    private static List<IReadOnlyList<string>> ThemePhraseTerms(string word)
    {
        var taxonomy = SiteGen.Content.TaxonomyFileParser.Parse(Repo.ContentFile("content/taxonomy.yml")).Taxonomy!;
        var term = LunrStemmer.Stem(word);
        return [[term], .. SearchThemePhrases.Build(taxonomy).ExpansionOf(term).Select(p => (IReadOnlyList<string>)p.Terms)];
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);

    private static Task<JsonElement> DriveAsync(object plan) =>
        SearchPageJourney.RunAsync(JsonSerializer.SerializeToElement(plan));
}
