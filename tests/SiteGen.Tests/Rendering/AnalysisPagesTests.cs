using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>The analysis pages of the real default site, built once through the build command as a user would.</summary>
[Trait("Kind", "Disk")]
public sealed class AnalysisPagesTests : IClassFixture<AnalysisPagesTests.BuiltSite>
{
    public sealed class BuiltSite : IDisposable
    {
        public TempSite Site { get; } = Repo.CopyDefaultSite();
        public string Output { get; }
        public string Errors { get; }

        public BuiltSite()
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, BuildCommand.Run(new DirectoryInfo(Site.Path), verbose: false, stdout, stderr));
            Output = stdout.ToString();
            Errors = stderr.ToString();
        }

        public string Text(string path) => File.ReadAllText(Site.File("_site/" + path));

        public IDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));

        public void Dispose() => Site.Dispose();
    }

    private readonly BuiltSite _site;

    public AnalysisPagesTests(BuiltSite site) => _site = site;

    public static TheoryData<string> AnalysisPages => new()
    {
        "analysis/index.html", "themes/index.html", "themes/confidentiality.html", "analysis/theme-matrix.html",
        "analysis/expectations.html", "analysis/escalation.html", "compare.html", "gaps/hackney.html", "gaps/surrey.html",
    };

    [Theory]
    [MemberData(nameof(AnalysisPages))]
    public void Pages_have_one_h1_headings_in_order_and_captioned_tables_with_scoped_headers(string path)
    {
        var page = _site.Page(path);
        Assert.Single(page.QuerySelectorAll("h1"));
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToArray();
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
        foreach (var table in page.QuerySelectorAll("table"))
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{path}: a table has no caption");
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        }
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.False(a.GetAttribute("href")!.StartsWith('/'), $"{path}: root-absolute link {a.GetAttribute("href")}"));
    }

    [Fact]
    public void The_theme_page_groups_clauses_by_authority_and_links_each_to_its_anchor()
    {
        var page = _site.Page("themes/bullying-harassment-and-undue-pressure.html");
        var hackney = page.GetElementById("hackney")!.ParentElement!;
        var link = hackney.QuerySelectorAll("a.clause-number").Single(a => a.TextContent == "7.2(g)");
        Assert.Equal("../protocols/hackney.html#7.2(g)", link.GetAttribute("href"));
        Assert.Contains("undue pressure", hackney.TextContent);
        Assert.Contains("Why:", hackney.TextContent);
        // Every authority appears either with clauses or in the list of those with none.
        foreach (var slug in new[] { "hackney", "haringey", "hounslow", "merton", "surrey", "thurrock" })
            Assert.NotNull(page.GetElementById(slug));
    }

    [Fact]
    public void The_theme_matrix_counts_clauses_and_links_to_the_authority_on_the_theme_page()
    {
        var page = _site.Page("analysis/theme-matrix.html");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Complaints and escalation");
        var headers = page.QuerySelectorAll("thead th").Select(th => th.TextContent.Replace("extract", "", StringComparison.Ordinal).Trim()).ToArray();
        var cells = row.QuerySelectorAll("td").ToArray();
        var hounslow = cells[Array.IndexOf(headers, "Hounslow") - 1];
        Assert.Equal("7", hounslow.TextContent.Trim());
        Assert.Equal("../themes/complaints-and-escalation.html#hounslow", hounslow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("not-in-extract", cells[Array.IndexOf(headers, "Merton") - 1].ClassName);
    }

    [Fact]
    public void The_expectations_matrix_tells_stated_silent_and_extract_apart_in_words_and_links_clauses()
    {
        var page = _site.Page("analysis/expectations.html");
        var table = page.GetElementById("direction-members-to-officers-caption")!.ParentElement!;
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Replace("extract", "", StringComparison.Ordinal).Trim()).ToArray();
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.Id == "freedom-from-bullying-and-undue-pressure--members-to-officers");
        IElement Cell(string name) => row.QuerySelectorAll("td").ElementAt(Array.IndexOf(headers, name) - 1);
        Assert.Equal("cell-stated", Cell("Hackney").ClassName);
        Assert.Equal("../protocols/hackney.html#7.2(g)", Cell("Hackney").QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("cell-not-in-extract", Cell("North Yorkshire").ClassName);
        Assert.Contains("Not in extract", Cell("North Yorkshire").TextContent);

        var timely = table.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.Id == "local-knowledge-shared--members-to-officers")!;
        var haringey = timely.QuerySelectorAll("td").ElementAt(Array.IndexOf(headers, "Haringey") - 1);
        Assert.Equal("cell-not-stated", haringey.ClassName);
        Assert.Contains("Not stated", haringey.TextContent);
    }

    [Fact]
    public void Each_authority_has_a_flow_diagram_with_a_text_alternative_listing_its_steps()
    {
        var page = _site.Page("analysis/escalation.html");
        var svg = page.QuerySelector("svg#flow-hounslow")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelled = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["flow-hounslow-title", "flow-hounslow-desc"], labelled);
        var desc = svg.QuerySelector("desc")!.TextContent;
        Assert.Contains("Officer about a member: Monitoring Officer (para 11.3), then Standards Committee (para 11.3).", desc);
        Assert.Contains("Standards Committee", svg.QuerySelectorAll("text").Select(t => t.TextContent));
        // The same routes, in words, beside the picture.
        var figure = svg.Closest("figure")!;
        Assert.Contains("Standards Committee", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("svg.flow"), s => s.Id == "flow-surrey" && s.QuerySelector("desc")!.TextContent.Contains("not available", StringComparison.Ordinal));
        Assert.Equal(10, page.QuerySelectorAll("svg.flow").Length);
    }

    [Fact]
    public void The_gap_page_counts_what_peers_of_the_same_council_type_cover_and_who_is_explicitly_silent()
    {
        var page = _site.Page("gaps/hounslow.html");
        Assert.Contains("compared with the other 3 London boroughs", page.QuerySelector("p.lead")!.TextContent);
        var row = page.QuerySelectorAll("table tbody tr")
            .First(r => r.QuerySelector("th")!.TextContent.Contains("Publicity", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").ToArray();
        Assert.StartsWith("2:", cells[0].TextContent.Trim()); // Hackney and Haringey
        Assert.Equal("../themes/publicity-media-and-pre-election-period.html#hackney", cells[0].QuerySelectorAll("a").Single(a => a.TextContent == "Hackney").GetAttribute("href"));
        Assert.Equal("1", cells[2].TextContent.Trim()); // Merton, an extract: unknown, not silent
        Assert.Equal("../themes/publicity-media-and-pre-election-period.html", row.QuerySelector("th a")!.GetAttribute("href"));
        // Peers are London boroughs only: no county is named.
        Assert.DoesNotContain("Surrey", page.QuerySelector("main")!.TextContent);

        var surrey = _site.Page("gaps/surrey.html").QuerySelector("main")!.TextContent;
        Assert.Contains("paragraphs 49 and 50", surrey);
        Assert.Contains("Extract only", surrey);
        Assert.Contains("compared with the other 3 county councils, as no other county council in South East is in the site", surrey);
        Assert.Contains("all 9 other authorities, as no other unitary authority is in the site", _site.Page("gaps/thurrock.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Authority_pages_show_each_clauses_themes_with_reasons_and_similar_wording_elsewhere()
    {
        var page = _site.Page("protocols/hackney.html");
        var clause = page.GetElementById("7.2(g)")!;
        var themes = clause.QuerySelector("details.clause-themes")!;
        Assert.Contains("Bullying, harassment and undue pressure", themes.QuerySelector("summary")!.TextContent);
        Assert.Contains("“undue pressure”", themes.TextContent);
        var similar = page.GetElementById("7.2(e)")!.QuerySelector("details.clause-similar")!;
        Assert.Contains(similar.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../protocols/haringey.html#3.1(c)");
    }

    [Fact]
    public void A_source_page_holds_each_line_of_its_content_file_as_read_with_the_number_only_in_its_id()
    {
        var lines = File.ReadAllText(_site.Site.File("content/protocols/hackney.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var items = _site.Page("sources/hackney.html").QuerySelectorAll("ol.source-lines > li");

        Assert.Equal(lines.Length, items.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal($"L{i + 1}", items[i].Id);
            Assert.Equal(lines[i], items[i].TextContent);
        }
    }

    [Fact]
    public void Protocol_json_carries_expectations_and_escalation_and_the_schema_describes_them()
    {
        using var data = JsonDocument.Parse(_site.Text("data/protocols/hounslow.json"));
        var root = data.RootElement;
        Assert.Equal("1.4", root.GetProperty("schema_version").GetString());
        // A member that would be null is left out (the schema says an absent member means none).
        Assert.DoesNotContain(":null", _site.Text("data/protocols/hounslow.json"), StringComparison.Ordinal);
        Assert.False(root.GetProperty("metadata").TryGetProperty("source_url", out _));
        var route = root.GetProperty("escalation").GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("scenario").GetString() == "officer-about-member");
        Assert.Equal("stated", route.GetProperty("status").GetString());
        Assert.Equal(["monitoring-officer"], route.GetProperty("steps")[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(root.GetProperty("expectations").EnumerateArray(), e =>
            e.GetProperty("clause_id").GetString() == "hounslow/3.2(e)" && e.GetProperty("direction").GetString() == "members-to-officers");
        Assert.Contains(root.GetProperty("clause_themes").EnumerateArray(), c => c.GetProperty("clause_id").GetString() == "hounslow/11.3");

        using var schema = JsonDocument.Parse(_site.Text("data/clause.schema.json"));
        Assert.Contains("an absent member means none", schema.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var name in new[] { "expectations", "escalation", "clause_themes", "similar_wording", "not_quoted", "reading_methods", "reading_concerns", "clause_readings" })
            Assert.True(properties.TryGetProperty(name, out _), $"the schema has no '{name}'");
        var direction = properties.GetProperty("expectations").GetProperty("items").GetProperty("properties").GetProperty("direction").GetProperty("enum");
        Assert.Equal(["members-to-officers", "officers-to-members", "mutual"], direction.EnumerateArray().Select(e => e.GetString()));

        using var surrey = JsonDocument.Parse(_site.Text("data/protocols/surrey.json"));
        Assert.All(surrey.RootElement.GetProperty("escalation").GetProperty("routes").EnumerateArray(), r => Assert.Equal("not-available", r.GetProperty("status").GetString()));
    }

    [Fact]
    public void Matrices_are_published_as_csv_with_one_column_per_authority()
    {
        var themes = _site.Text("data/theme-matrix.csv").TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("theme_id,theme,epsom-and-ewell,hackney,haringey,hounslow,merton,", themes[0]);
        Assert.Contains(themes, l => l.StartsWith("complaints-and-escalation,Complaints and escalation,0,", StringComparison.Ordinal));
        var expectations = _site.Text("data/expectation-matrix.csv").TrimStart('\uFEFF').Split("\r\n");
        var bullying = expectations.Single(l => l.StartsWith("freedom-from-bullying-and-undue-pressure,", StringComparison.Ordinal) && l.Contains("members → officers", StringComparison.Ordinal));
        Assert.Contains("7.2(g); 8.1(e)", bullying);
        Assert.Contains("not in extract", bullying);
    }

    [Fact]
    public void The_build_reports_no_analysis_warnings_for_the_default_content()
    {
        Assert.DoesNotContain("SG06", _site.Errors);
        Assert.Contains("Built 10 protocols", _site.Output);
    }
}
