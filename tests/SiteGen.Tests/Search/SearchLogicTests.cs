using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The search page's functions (assets/search.js) run under Node with the lunr.js, index and documents the
/// default site ships: typed queries become lunr queries that find what they should, the text rule matches
/// the C# one the index was built with, and highlighting marks the words lunr matched.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public sealed class SearchLogicTests(BuiltDefaultSite site) : IClassFixture<BuiltDefaultSite>
{
    private JsonElement Run(object requests)
    {
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var file = Path.Combine(directory.FullName, "requests.json");
            File.WriteAllText(file, JsonSerializer.Serialize(requests));
            var run = NodeHarness.Run(Path.Combine("..", "search", "search-logic.js"), "--site", site.Output, "--requests", file).EnsureSuccess();
            return JsonDocument.Parse(run.StandardOutput).RootElement.Clone();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_page_normalises_text_exactly_as_the_index_builder_did()
    {
        string[] samples =
        [
            "member/officer (harassment) [bullied] {relationships} 7.2(g) e.g. £1,000.00 50% co-operate",
            "The officer's duty; Councillors’ café; Members' rooms; it's; the Mayor’s",
            "‘single’ “double” «guillemets» — en–dash … ellipsis • bullet",
            "naïve résumé Zoë İSTANBUL straße ΟΔΟΣ e\u0301 combining x² ½ Ⅻ",
            "tab\tnbsp\u00A0em\u2003zero\u200Bwidth\uFEFFbom\u2028line\u2029para",
            "emoji 👍🏽 and math 𝐁old, and a lone \uD800 surrogate",
            "<script>alert('x')</script> & \"quotes\" + - : * ~ ^",
        ];
        var result = Run(new { normalise = samples });
        var fromJs = result.GetProperty("normalise").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(samples.Select(SiteSearchText.Normalise), fromJs);
    }

    [Fact]
    public void Typed_queries_keep_lunr_syntax_and_lose_punctuation()
    {
        (string Typed, string Lunr)[] cases =
        [
            ("bullying", "bullying"),
            ("Member/Officer relations", "member officer relations"),
            ("conduct? “courtesy”", "conduct courtesy"),
            ("officer's Councillors’", "officer councillors"),
            ("+officer -mayor", "+officer -mayor"),
            ("+member/officer", "+member +officer"),
            ("heading:confidential", "heading:confidential"),
            ("Heading:Confidential", "heading:confidential"),
            ("authority:Hackney text:bull*", "authority:hackney text:bull*"),
            ("subject:bullying", "subject bullying"), // not a field: the colon is punctuation
            ("bull*", "bull*"),
            ("courtesy~1 pressure^10", "courtesy~1 pressure^10"),
            ("co-operate", "co operate"),
            ("café", "caf"), // lunr's ASCII trimmer cut the index's "café" to "caf" too
            ("+ - * heading: ~1 ^2 ...", ""),
            ("", ""),
        ];
        var result = Run(new { prepare = cases.Select(c => c.Typed) });
        Assert.Equal(cases.Select(c => c.Lunr), result.GetProperty("prepare").EnumerateArray().Select(e => e.GetProperty("query").GetString()));
    }

    [Fact]
    public void The_search_tips_do_what_the_page_says()
    {
        string[] tips = ["bullying harassment", "+officer +pressure", "respect -mayor", "bull*", "courtesy~1", "heading:confidential", "pressure^10 officer"];
        var searches = Run(new { search = tips }).GetProperty("search").EnumerateArray().ToList();
        Assert.All(searches, s => Assert.False(s.GetProperty("fellBack").GetBoolean()));
        Assert.All(searches, s => Assert.True(s.GetProperty("results").GetArrayLength() > 0, s.GetProperty("prepared").GetString()));

        IEnumerable<Dictionary<string, string[]>> Matches(int i) => searches[i].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("matches").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.EnumerateArray().Select(f => f.GetString()!).ToArray()));

        // Either word, both first: the top result has both.
        Assert.Equal(["bulli", "harass"], Matches(0).First().Keys.Order(StringComparer.Ordinal));
        Assert.All(Matches(1), m => Assert.True(m.ContainsKey("offic") && m.ContainsKey("pressur")));
        Assert.All(Matches(2), m => Assert.False(m.ContainsKey("mayor")));
        Assert.All(Matches(3), m => Assert.All(m.Keys, k => Assert.StartsWith("bull", k)));
        Assert.Contains(Matches(4), m => m.ContainsKey("courtesi"));
        Assert.All(Matches(5), m => Assert.Equal(["heading"], m["confidenti"]));
        Assert.True(Matches(6).First().ContainsKey("pressur"));
    }

    [Fact]
    public void Punctuated_words_are_found_where_raw_lunr_finds_nothing()
    {
        var result = Run(new { search = new[] { "member/officer", "officer's" }, lunrQueries = new[] { "member/officer", "officer's" } });
        var raw = result.GetProperty("lunrQueries").EnumerateArray().ToList();
        // As typed, lunr looks for the terms "member/offic" and "officer'", which nothing has.
        Assert.All(raw, r => Assert.Equal(0, r.GetProperty("results").GetArrayLength()));
        var searches = result.GetProperty("search").EnumerateArray().ToList();
        Assert.Contains(searches[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("matches").TryGetProperty("member", out _) && r.GetProperty("matches").TryGetProperty("offic", out _));
        Assert.True(searches[1].GetProperty("results").GetArrayLength() > 100);
    }

    [Fact]
    public void Only_common_words_are_recognised_as_such()
    {
        var searches = Run(new { search = new[] { "the of", "The", "the bullying", "zzqx" } }).GetProperty("search").EnumerateArray().ToList();
        Assert.Equal([true, true, false, false], searches.Select(s => s.GetProperty("onlyCommonWords").GetBoolean()));
        Assert.Equal(0, searches[0].GetProperty("results").GetArrayLength());
        Assert.True(searches[2].GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public void Bullying_finds_clauses_of_the_six_authorities_that_have_them()
    {
        var results = Run(new { search = new[] { "bullying" } }).GetProperty("search")[0].GetProperty("results").EnumerateArray().ToList();
        var authorities = results.Where(r => r.GetProperty("kind").GetString() == "clause")
            .Select(r => r.GetProperty("title").GetString()!.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["Hackney", "Haringey", "Hounslow", "Merton", "Somerset", "Staffordshire"], StringComparer.Ordinal), authorities);
        // "bullied" is the same word to search.
        Assert.Contains(results, r => r.GetProperty("url").GetString() == "protocols/hounslow.html#3.5(e)");
    }

    [Fact]
    public void Highlighting_marks_every_form_of_the_matched_words_and_nothing_else()
    {
        var result = Run(new { highlight = new[] { new { text = "Not to be ‘bullied’ or BULLYING; the member/officer bull-ring bulletin, a bully.", query = "bullying member" } } });
        Assert.Equal(["bullied", "BULLYING", "member/officer", "bully"], result.GetProperty("highlight")[0].EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Monitoring_officer_finds_complaint_and_escalation_clauses_in_its_top_ten()
    {
        var search = Run(new { search = new[] { "monitoring officer" } }).GetProperty("search")[0];
        var top = search.GetProperty("results").EnumerateArray().Take(10).Select(r => r.GetProperty("url").GetString()!).ToList();
        Assert.Equal(10, top.Count);

        var complaints = top.Where(url => ThemesOf(url).Contains("complaints-and-escalation")).ToList();
        Assert.True(complaints.Count >= 2, $"Only {complaints.Count} of the top 10 are complaints and escalation clauses: {string.Join(", ", top)}");
    }

    [Fact]
    public void Clauses_can_be_narrowed_by_theme_and_expectation_direction()
    {
        using var parsed = SiteSearchFiles.Documents(site.Output);
        var documents = parsed.RootElement;
        var facets = documents.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("theme", facets);
        Assert.Contains("direction", facets);
        var theme = documents.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "theme");
        Assert.Contains("Complaints and escalation", theme.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
    }

    /// <summary>A clause's themes as the site's own data files publish them, from a search result's URL.</summary>
    private HashSet<string> ThemesOf(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (!url.StartsWith("protocols/", StringComparison.Ordinal) || hash < 0) return [];
        var slug = url["protocols/".Length..url.IndexOf(".html", StringComparison.Ordinal)];
        var id = slug + "/" + Uri.UnescapeDataString(url[(hash + 1)..]);
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "protocols", slug + ".json")));
        return data.RootElement.GetProperty("clause_themes").EnumerateArray()
            .Where(c => c.GetProperty("clause_id").GetString() == id)
            .SelectMany(c => c.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("theme").GetString()!))
            .ToHashSet(StringComparer.Ordinal);
    }
}
