using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Reports;
using SiteGen.Tests.Analysis;

namespace SiteGen.Tests.Reports;

/// <summary>The analysis embeds compiled against the default content's analysis, without a disk: names checked, filters applied, HTML written.</summary>
[Trait("Kind", "Pure")]
public class AnalysisEmbedTests
{
    private const string File = "content/reports/test.md";
    private const int BodyStart = 10;

    private static Report Report(string body, params ReportAppendix[] appendices) =>
        new("test", "Test report", "Standards Committee", "2026-07-14", "Test Council", null, "test", body, BodyStart, File, [.. appendices]);

    private static (ReportDocument? Document, ImmutableArray<Diagnostic> Diagnostics) Compile(string body, SiteAnalysis? analysis = null, params ReportAppendix[] appendices) =>
        new ReportCompiler(new ClauseIndex(SeedAnalysis.Protocols), null, analysis ?? SeedAnalysis.Analysis).Compile(Report(body, appendices), []);

    private static IDocument Html(string body)
    {
        var (document, diagnostics) = Compile(body);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return new HtmlParser().ParseDocument(document!.SiteBody.Value);
    }

    private static ImmutableArray<Diagnostic> Errors(string body, params ReportAppendix[] appendices)
    {
        var (document, diagnostics) = Compile(body, null, appendices);
        Assert.Null(document);
        return [.. diagnostics.Where(d => d.Severity == Severity.Error)];
    }

    /// <summary>The 1-based column of <paramref name="word"/> on the line of <paramref name="body"/> that holds it.</summary>
    private static int ColumnOf(string body, string word) =>
        body.Split('\n').Select(line => line.IndexOf(word, StringComparison.Ordinal)).First(i => i >= 0) + 1;

    private static string[] Texts(IEnumerable<IElement> elements) => [.. elements.Select(e => e.TextContent.Trim())];

    [Fact]
    public void An_unknown_authority_in_a_filter_fails_at_its_line_and_column_with_the_nearest_slugs()
    {
        const string body = "Intro.\n\n[[themes authorities=hackney,hackny themes=confidentiality]]\n";
        var error = Assert.Single(Errors(body));
        Assert.Equal(("SG0641", File, BodyStart + 2, ColumnOf(body, "hackny ")), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("names the authority 'hackny'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean: hackney", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:{BodyStart + 2}:{ColumnOf(body, "hackny ")}: error SG0641:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_theme_fails_with_the_theme_ids_that_share_its_words()
    {
        const string body = "[[themes themes=confidentiality,bullying]]";
        var error = Assert.Single(Errors(body));
        Assert.Equal(("SG0630", BodyStart, ColumnOf(body, "bullying")), (error.Code, error.Line, error.Column));
        Assert.Contains("'bullying' is not a theme id in content/taxonomy.yml. Nearest ids: bullying-harassment-and-undue-pressure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_name_of_an_embed_is_reported_not_just_the_first()
    {
        const string body = "[[expectations\n  authorities=haringey,merten\n  themes=confidentality expectations=timely-respons]]";
        var errors = Errors(body);
        Assert.Equal(["SG0630", "SG0631", "SG0641"], errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Equal([BodyStart + 2, BodyStart + 2, BodyStart + 1], errors.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => e.Line));
        Assert.Contains(errors, e => e.Code == "SG0631" && e.Message.Contains("Nearest ids: timely-response", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "SG0630" && e.Message.Contains("Nearest ids: confidentiality", StringComparison.Ordinal));
    }

    [Fact]
    public void An_escalation_diagram_of_an_unknown_authority_fails_with_the_nearest_slugs()
    {
        var error = Assert.Single(Errors("Text.\n\n[[escalation-diagram haringay]]"));
        Assert.Equal(("SG0641", BodyStart + 2, 22), (error.Code, error.Line, error.Column));
        Assert.Contains("Did you mean: haringey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_name_in_an_appendix_include_is_located_at_its_column_in_the_front_matter()
    {
        var include = new AppendixInclude("[[escalation authorities=hackney,hounslo]]", 9, 9);
        var error = Assert.Single(Errors("Text.", new ReportAppendix("B", "Routes", true, [include], 6)));
        Assert.Equal(("SG0641", 9, 9 + "[[escalation authorities=hackney,".Length), (error.Code, error.Line, error.Column));
        Assert.Contains("Did you mean: hounslow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_taxonomy_an_analysis_embed_says_there_is_no_analysis()
    {
        var (document, diagnostics) = Compile("[[themes]]", SiteAnalysis.Empty);
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SG0633", error.Code);
        Assert.Contains("no content/taxonomy.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_matrix_shows_exactly_the_authorities_and_themes_named_in_the_order_written()
    {
        var table = Html("[[themes authorities=merton,hackney,surrey themes=complaints-and-escalation,bullying-harassment-and-undue-pressure caption=\"Bullying and complaints\"]]")
            .QuerySelector("table.theme-matrix")!;
        Assert.Equal("Bullying and complaints", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Theme", "Merton (extract)", "Hackney", "Surrey (extract)"], Texts(table.QuerySelectorAll("thead th")));
        Assert.Equal(["Complaints and escalation", "Bullying, harassment and undue pressure"], Texts(table.QuerySelectorAll("tbody th")));

        var bullying = table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td");
        var hackneyClauses = SeedAnalysis.Of("hackney").ClauseThemes.Count(c => c.Tags.Any(t => t.Theme == "bullying-harassment-and-undue-pressure"));
        Assert.Equal($"{hackneyClauses} clauses", bullying[1].QuerySelector(".cell-label")!.TextContent);
        Assert.Contains("../protocols/hackney.html#7.2(g)", bullying[1].QuerySelectorAll("a.cite").Select(a => a.GetAttribute("href")));

        // Surrey's report says its complaint paragraphs are ones it does not quote; Merton's extract is silent.
        var complaints = table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td");
        Assert.Equal("Not in extract", complaints[0].TextContent);
        Assert.Equal("Not available (paras 49 and 50, not quoted)", complaints[2].TextContent);
    }

    [Fact]
    public void Every_matrix_cell_and_header_is_accessible_a_caption_names_the_table_and_every_th_has_a_scope()
    {
        var page = Html("[[themes]]\n\n[[expectations]]\n\n[[escalation]]");
        var tables = page.QuerySelectorAll("table");
        Assert.Equal(2 + 3, tables.Length); // themes, three directions of expectations, escalation
        foreach (var table in tables)
        {
            var caption = table.QuerySelector("caption")!;
            Assert.False(string.IsNullOrWhiteSpace(caption.TextContent));
            var wrap = table.ParentElement!;
            Assert.True(wrap.ClassList.Contains("table-wrap"));
            Assert.Equal(("region", "0", caption.Id), (wrap.GetAttribute("role"), wrap.GetAttribute("tabindex"), wrap.GetAttribute("aria-labelledby")));
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
            Assert.NotNull(table.QuerySelector("thead th[scope=col]"));
        }
        Assert.Equal(tables.Length, page.QuerySelectorAll("caption[id]").Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void The_expectations_matrix_tells_stated_mutual_not_stated_and_not_in_extract_apart_in_words()
    {
        var page = Html("[[expectations authorities=hackney,haringey,hounslow,merton direction=members-to-officers expectations=mutual-support]]");
        var table = Assert.Single(page.QuerySelectorAll("table.expectation-matrix"));
        Assert.Equal("Expectations by authority: what officers can expect from members (members → officers)", table.QuerySelector("caption")!.TextContent);
        var row = Assert.Single(table.QuerySelectorAll("tbody tr"));
        Assert.StartsWith("Mutual support", row.QuerySelector("th[scope=row]")!.TextContent, StringComparison.Ordinal);
        var cells = row.QuerySelectorAll("td");
        Assert.Equal(["Stated", "Stated as mutual", "Not stated", "Not in extract"], cells.Select(c => c.QuerySelector(".cell-label")!.TextContent));
        Assert.Equal("Hackney, para 7.2(f)", cells[0].QuerySelector("a.cite")!.TextContent);
        Assert.Equal("Haringey, para 3.1(d)", cells[1].QuerySelector("a.cite")!.TextContent);
        Assert.Equal("../protocols/haringey.html#3.1(d)", cells[1].QuerySelector("a.cite")!.GetAttribute("href"));
        Assert.Empty(cells[2].QuerySelectorAll("a"));
        var key = page.QuerySelector(".embed-key")!.TextContent;
        Assert.Contains("“Stated as mutual”", key, StringComparison.Ordinal);
        Assert.Contains("“Not in extract”", key, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectations_theme_filter_keeps_only_that_themes_expectations_stated_by_a_chosen_authority()
    {
        const string theme = "bullying-harassment-and-undue-pressure";
        var page = Html($"[[expectations authorities=hackney,merton themes={theme}]]");
        var expected = SeedAnalysis.Content.Taxonomy.Expectations.Where(x => x.Theme == theme).ToDictionary(x => x.Title, x => x.Id, StringComparer.Ordinal);
        var rows = page.QuerySelectorAll("table.expectation-matrix tbody th[scope=row]").Select(th => th.ChildNodes[0].TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, title => Assert.True(expected.ContainsKey(title), $"'{title}' is not an expectation of the theme"));
        var stated = SeedAnalysis.Analysis.Protocols.Where(p => p.Slug is "hackney" or "merton").SelectMany(p => p.Expectations)
            .Where(s => expected.ContainsValue(s.Expectation)).Select(s => (s.Expectation, s.Direction)).Distinct().Count();
        Assert.Equal(stated, rows.Count);
        Assert.All(page.QuerySelectorAll("table.expectation-matrix"), t => Assert.Equal(["Expectation", "Hackney", "Merton (extract)"], Texts(t.QuerySelectorAll("thead th"))));
    }

    [Fact]
    public void The_escalation_matrix_has_one_row_per_authority_and_one_column_per_situation_asked_for()
    {
        var table = Html("[[escalation authorities=hackney,surrey,merton scenarios=officer-about-member,member-about-officer]]").QuerySelector("table.routes")!;
        Assert.Equal(["Authority", "Informal first", "Officer about a member", "Member about an officer", "Other routes"], Texts(table.QuerySelectorAll("thead th")));
        Assert.Equal(["Hackney", "Surrey (extract)", "Merton (extract)"], Texts(table.QuerySelectorAll("tbody th[scope=row]")));
        var hackney = table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td");
        // Each role as the protocol prints it, with the vocabulary's title beside it where they differ.
        Assert.Equal(["line manager or Group Director (Director) or Monitoring Officer (Hackney, para 16.4)", "Group Leader or Whip (Group whip) or Monitoring Officer (Hackney, para 16.5)"],
            Texts(hackney[1].QuerySelectorAll("ol.steps > li")));
        Assert.Equal("Group Director (Director) (Hackney, para 16.2)", hackney[2].TextContent);
        Assert.All(table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td"), td => Assert.Equal("Not available (paras 49 and 50, not quoted)", td.TextContent));
        // Merton's extract states one route (officers report a member's pressure to their Service Heads); the rest it does not hold.
        var merton = table.QuerySelectorAll("tbody tr")[2].QuerySelectorAll("td");
        Assert.StartsWith("Service Heads (Head of service)", merton[1].TextContent);
        Assert.All(merton.Where((_, i) => i != 1), td => Assert.Equal("Not in extract", td.TextContent));
    }

    [Fact]
    public void An_escalation_diagram_is_a_titled_picture_with_the_same_steps_as_a_list_of_citations()
    {
        var page = Html("[[escalation-diagram hackney]]\n\n[[escalation-diagram hackney caption=\"Again\"]]");
        var figures = page.QuerySelectorAll("figure.embed-flow");
        Assert.Equal(2, figures.Length);
        var figure = figures[0];
        Assert.Equal("Complaint routes in Hackney's protocol", figure.QuerySelector("figcaption")!.TextContent);
        var svg = figure.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id)?.TextContent), $"#{id} should name or describe the diagram");
        var steps = Texts(figure.QuerySelectorAll(".route-list li"));
        Assert.Contains("First, resolve informally (Hackney, para 16.1).", steps);
        Assert.Contains("Elected Mayor (Hackney, para 16.2)", steps);
        Assert.Equal("Again", figures[1].QuerySelector("figcaption")!.TextContent);
        // Two diagrams in one page must not share ids, or the second's arrows and title would point at the first's.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void An_appendix_prints_each_analysis_embed_as_a_part_with_its_caption_as_the_contents_entry()
    {
        var appendix = new ReportAppendix("B", "Analysis", false,
            [new AppendixInclude("[[themes authorities=hackney themes=confidentiality caption=\"Confidentiality\"]]", 9), new AppendixInclude("[[escalation-diagram haringey]]", 10)], 6);
        var (document, diagnostics) = Compile("Text.", null, appendix);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var printed = Assert.Single(document!.Appendices);
        Assert.Equal([("part-1", "Confidentiality"), ("part-2", "Complaint routes in Haringey's protocol")], printed.Contents.Select(c => (c.Id, c.Title)));
        var page = new HtmlParser().ParseDocument(printed.Body.Value);
        Assert.Equal("Confidentiality", page.QuerySelector("#part-1 ~ div table caption")!.TextContent);
        Assert.NotNull(page.QuerySelector("#part-2 ~ figure svg#part-2-flow"));
        // No baseUrl and the appendix prints no clause text: citations are plain words, never links into the printing machine's disk.
        Assert.Empty(page.QuerySelectorAll("a[href]"));
        Assert.Contains("Haringey, para 5.3", page.QuerySelector(".route-list")!.TextContent, StringComparison.Ordinal);
    }
}
