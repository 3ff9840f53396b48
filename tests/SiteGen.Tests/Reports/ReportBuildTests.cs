using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

using static SiteGen.Tests.TestSupport.SiteBuilds;

namespace SiteGen.Tests.Reports;

/// <summary>Builds a copy of the default site with the build command, as a user would, and checks the report pages and print-ready pages.</summary>
[Trait("Kind", "Disk")]
public class ReportBuildTests
{


    [Fact]
    public void A_report_citing_a_missing_clause_fails_the_build_naming_file_line_and_near_ids_and_leaves_the_site_alone()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
        var before = HashTree(site.File("_site"));

        File.WriteAllText(site.File("content/reports/new-report.md"),
            "---\ntitle: New\ncommittee: Standards Committee\ndate: 2026-07-14\nauthority: Test Council\nsource: test\n---\n" +
            "# New\n\nHackney expects courtesy ([[hackney/7.2(a)]]).\nBut see [[hackney/7.2(q)]].\n");
        var (exit, output, errors) = SiteBuilds.Build(site.Path);

        Assert.Equal(1, exit);
        Assert.Contains("content/reports/new-report.md:11:11: error SG0642:", errors, StringComparison.Ordinal);
        Assert.Contains("hackney/7.2(a), hackney/7.2(b), hackney/7.2(c)", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", output, StringComparison.Ordinal);
        Assert.Equal(before, HashTree(site.File("_site")));
    }

    [Fact]
    public void Seed_reports_get_a_page_with_provenance_and_print_ready_pages_for_themselves_and_their_appendices()
    {
        using var site = Repo.CopyDefaultSite();
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);
        var parser = new HtmlParser();

        var page = parser.ParseDocument(File.ReadAllText(site.File("_site/reports/hackney-2013-member-officer-relations-overview.html")));
        var summary = page.QuerySelector(".summary-list")!.TextContent;
        Assert.Contains("21 January 2013", summary, StringComparison.Ordinal);
        Assert.Contains("Caroline Anderson", summary, StringComparison.Ordinal);
        Assert.Equal(["../print/hackney-2013-member-officer-relations-overview.html", "../print/hackney-2013-member-officer-relations-overview-appendix-1.html",
                "../print/hackney-2013-member-officer-relations-overview-appendix-2.html"],
            page.QuerySelectorAll("#print-heading + ul a").Select(a => a.GetAttribute("href")));

        var print = parser.ParseDocument(File.ReadAllText(site.File("_site/print/hackney-2013-member-officer-relations-overview-appendix-1.html")));
        Assert.Equal("Protocol for Member/Officer Relations (the 2023 text SiteGen holds)", print.DocumentElement.GetAttribute("data-doc-title"));
        Assert.Equal("Appendix 1", print.DocumentElement.GetAttribute("data-doc-ref"));
        Assert.Equal("Appendix 1: Protocol for Member/Officer Relations (the 2023 text SiteGen holds)", print.Title);
        Assert.Equal("../assets/print.css", print.QuerySelector("link[media=print]")!.GetAttribute("href"));
        Assert.Contains("Standards Committee", print.QuerySelector("section.cover")!.TextContent, StringComparison.Ordinal);
        var spans = print.QuerySelectorAll("nav.toc a[href] > span.toc-page[data-for]");
        Assert.True(spans.Length > 10, "The appendix's contents should list the protocol and its sections.");
        foreach (var span in spans)
        {
            Assert.Equal("#" + span.GetAttribute("data-for"), span.ParentElement!.GetAttribute("href"));
            Assert.NotNull(print.GetElementById(span.GetAttribute("data-for")!));
        }
        Assert.True(File.Exists(site.File("_site/assets/print.css")));
    }

    [Fact]
    public void A_report_page_links_every_citation_and_a_print_page_shows_it_as_authority_para()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/reports/cites.md"),
            "---\ntitle: Cites\ncommittee: Standards Committee\ndate: 2026-07\nauthority: Test Council\nsource: test\n---\n" +
            "Hackney says [[hackney/7.2(g)]]; Merton says [[merton/p2.4]].\n\n[[compare hackney/7.2(g) haringey/3.4 merton/p2.4]]\n");
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);
        var parser = new HtmlParser();

        var page = parser.ParseDocument(File.ReadAllText(site.File("_site/reports/cites.html")));
        var cites = page.QuerySelectorAll(".report-body .cite");
        Assert.Equal(5, cites.Length);
        Assert.All(cites, c => Assert.Equal("A", c.TagName));
        Assert.Equal("../protocols/merton.html#p2.4", page.QuerySelector(".report-body p a.cite:nth-of-type(2)")!.GetAttribute("href"));
        Assert.Contains("July 2026", page.QuerySelector(".summary-list")!.TextContent, StringComparison.Ordinal);

        var print = parser.ParseDocument(File.ReadAllText(site.File("_site/print/cites.html")));
        Assert.Equal("#hackney/7.2(g)", print.QuerySelector("main p a.cite")!.GetAttribute("href"));
        Assert.Contains("Hackney, para 7.2(g)", print.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(LinkAudit.BrokenLinks(site.File("_site")));
    }

    [Fact]
    public void Search_finds_report_paragraphs_at_the_anchors_the_report_page_has_and_reads_citations_as_words()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/reports/cites.md"),
            "---\ntitle: Cites\ncommittee: Standards Committee\ndate: 2026-07\nauthority: Test Council\nsource: test\n---\n" +
            "First paragraph.\n\n[[quote hackney/7.2(g)]]\n\nHackney says [[hackney/7.2(g)]] about bullying.\n");
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);

        using var json = SiteGen.Tests.Search.SiteSearchFiles.Documents(site.File("_site"));
        var entries = json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => (Url: d.GetProperty("url").GetString()!, Text: d.GetProperty("text").GetString()!))
            .ToList();
        Assert.DoesNotContain(entries, e => e.Url.StartsWith("print/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Text.Contains("[[", StringComparison.Ordinal));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File("_site/reports/cites.html")));
        var ours = entries.Where(e => e.Url.StartsWith("reports/cites.html#", StringComparison.Ordinal)).ToList();
        Assert.Equal(["First paragraph.", "Hackney says Hackney, para 7.2(g) about bullying."], ours.Select(e => e.Text));
        foreach (var (url, text) in ours)
            Assert.Equal(text, page.GetElementById(url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..])!.TextContent.Trim());

        var surrey = entries.Where(e => e.Url.StartsWith("reports/surrey-2010-review-of-member-officer-protocol.html#", StringComparison.Ordinal)).Select(e => e.Text);
        Assert.Contains("10.1 London Borough of Merton:", surrey);
    }

    [Fact]
    public void Analysis_embeds_cite_clauses_at_anchors_the_protocol_pages_really_have()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/reports/embeds.md"),
            "---\ntitle: Embeds\ncommittee: Standards Committee\ndate: 2026-07\nauthority: Test Council\nsource: test\n"
            + "appendices:\n  - letter: A\n    title: Routes\n    include:\n      - \"[[escalation authorities=hackney,haringey,hounslow,merton]]\"\n      - \"[[escalation-diagram haringey]]\"\n---\n"
            + "Intro.\n\n[[expectations authorities=hackney,haringey,hounslow,merton,epsom-and-ewell]]\n\n[[themes authorities=haringey,merton,surrey]]\n\n"
            + "[[escalation]]\n\n[[escalation-diagram hounslow]]\n");
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);
        var parser = new HtmlParser();

        var page = parser.ParseDocument(File.ReadAllText(site.File("_site/reports/embeds.html")));
        var cites = page.QuerySelectorAll(".report-body table a.cite, .report-body figure a.cite");
        Assert.True(cites.Length > 100, $"Only {cites.Length} citations were found in the embeds.");
        var protocolPages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>(StringComparer.Ordinal);
        foreach (var href in cites.Select(c => c.GetAttribute("href")!).Distinct(StringComparer.Ordinal))
        {
            Assert.StartsWith("../protocols/", href, StringComparison.Ordinal);
            var (file, fragment) = (href[3..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            if (!protocolPages.TryGetValue(file, out var target))
                protocolPages[file] = target = parser.ParseDocument(File.ReadAllText(site.File("_site/" + file)));
            Assert.True(target.GetElementById(Uri.UnescapeDataString(fragment)) is not null, $"{href}: no such anchor on {file}");
        }
        Assert.Empty(LinkAudit.BrokenLinks(site.File("_site")));

        var print = parser.ParseDocument(File.ReadAllText(site.File("_site/print/embeds-appendix-a.html")));
        Assert.Contains("../assets/analysis.css", print.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        // Two parts: their headings, and no contents list that would only repeat them.
        Assert.Equal(["Complaint and escalation routes, by authority and situation", "Complaint routes in Haringey's protocol"],
            print.QuerySelectorAll("section.appendix-part > h2").Select(a => a.TextContent));
        Assert.Null(print.QuerySelector("nav.toc"));
        Assert.Contains("Haringey, para 5.3", print.QuerySelector("table.routes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_theme_in_an_appendix_include_fails_the_build_at_its_front_matter_line_and_column()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/reports/embeds.md"),
            "---\ntitle: Embeds\ncommittee: Standards Committee\ndate: 2026-07\nauthority: Test Council\nsource: test\n"
            + "appendices:\n  - letter: A\n    title: Themes\n    include:\n      - \"[[themes themes=confidentiality,bullying]]\"\n---\nText.\n");
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.Equal(1, exit);
        var column = "      - \"[[themes themes=confidentiality,".Length + 1;
        Assert.Contains($"content/reports/embeds.md:11:{column}: error SG0630: 'bullying' is not a theme id in content/taxonomy.yml. Nearest ids: bullying-harassment-and-undue-pressure", errors, StringComparison.Ordinal);
    }
}
