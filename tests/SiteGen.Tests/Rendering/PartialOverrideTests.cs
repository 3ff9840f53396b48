using AngleSharp.Html.Parser;
using SiteGen.Cli;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The analysis pages and the report embeds draw their tables and clauses through shared partials:
/// templates/partials/table-matrix.html (the matrices, on the analysis pages and in reports) and
/// templates/partials/embed-clauses.html (quotations, comparisons and whole protocols in reports and printed appendices) and
/// templates/partials/flow-figure.html (the flow diagrams with their routes in words, on the escalation pages and in reports).
/// A site that overrides one in its own templates/ folder sees everything it draws change, and a mistake in it is named
/// with its file and line, not reported as a crash.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class PartialOverrideTests
{
    private const string HackneyReport = "content/reports/hackney-2013-member-officer-relations-overview.md";
    private const string TablePartial = "partials/table-matrix.html";
    private const string ClausePartial = "partials/embed-clauses.html";
    private const string FlowPartial = "partials/flow-figure.html";

    /// <summary>A flow diagram in a report's own text (Hackney's appendix 2 already prints one).</summary>
    private const string FlowEmbeds = "\n\nThe routes drawn:\n\n[[escalation-diagram haringey]]\n";

    /// <summary>A theme matrix and an escalation table in a report's own text.</summary>
    private const string TableEmbeds = "\n\nThe routes compared:\n\n[[escalation authorities=hackney,surrey]]\n\n[[themes authorities=hackney themes=confidentiality]]\n";

    /// <summary>A quotation and a comparison in a report's own text (the appendices already embed whole protocols).</summary>
    private const string ClauseEmbeds = "\n\nTwo clauses quoted and compared:\n\n[[quote hackney/7.2(g)]]\n\n[[compare \"Bullying\" hackney/7.2(g) ; \"Respect\" haringey/3.4]]\n";

    private static string BuiltInPartial(string partial) => File.ReadAllText(Path.Combine(Repo.Root, "templates", partial));

    /// <summary>The default site, with <paramref name="embeds"/> added to a report and its own copy of <paramref name="partial"/>.</summary>
    private static TempSite SiteWithPartial(string partial, string embeds, string text)
    {
        var site = Repo.CopyDefaultSite();
        File.AppendAllText(site.File(HackneyReport), embeds);
        Directory.CreateDirectory(site.File("templates/partials"));
        File.WriteAllText(site.File("templates/" + partial), text);
        return site;
    }

    private static (int Exit, string Errors) Build(TempSite site)
    {
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(site.Path), verbose: false, new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void A_sites_own_table_partial_restyles_the_matrix_pages_and_the_report_embeds_alike()
    {
        var partial = BuiltInPartial(TablePartial);
        const string original = "<table class=\"{{ t.table_class }}\"";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(TablePartial, TableEmbeds, partial.Replace(original, "<table data-house-style=\"council\" class=\"{{ t.table_class }}\"", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.True(exit == 0, errors);

        var parser = new HtmlParser();
        int Restyled(string path, string selector)
        {
            var tables = parser.ParseDocument(File.ReadAllText(site.File("_site/" + path))).QuerySelectorAll(selector);
            Assert.True(tables.Length > 0, $"{path} has no {selector}");
            Assert.All(tables, t => Assert.Equal("council", t.GetAttribute("data-house-style")));
            return tables.Length;
        }
        // The analysis pages: every matrix they show, with its content still there.
        Assert.Equal(1, Restyled("analysis/theme-matrix.html", "table.matrix"));
        Assert.Equal(1, Restyled("analysis/escalation.html", "table.routes"));
        Assert.True(Restyled("analysis/expectations.html", "table.expectations") >= 2);
        var routes = parser.ParseDocument(File.ReadAllText(site.File("_site/analysis/escalation.html")));
        Assert.Contains("Hackney", routes.QuerySelectorAll("table.routes tbody th[scope=row]").Select(th => th.TextContent));
        // The same partial in a report page's embeds and in the printed appendices.
        Assert.Equal(2, Restyled("reports/hackney-2013-member-officer-relations-overview.html", "table.embed-matrix"));
        Assert.Equal(1, Restyled("print/hackney-2013-member-officer-relations-overview-appendix-2.html", "table.embed-matrix"));
        Assert.Equal(2, Restyled("print/surrey-2010-review-of-member-officer-protocol-appendix-b.html", "table.embed-matrix"));
    }

    [Fact]
    public void A_site_table_partial_that_fails_is_named_with_its_line_not_reported_as_a_crash()
    {
        var partial = BuiltInPartial(TablePartial);
        const string original = "<caption id=\"{{ t.id }}-caption\">{{ t.caption }}</caption>";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(TablePartial, TableEmbeds, partial.Replace(original, "<caption id=\"{{ t.id }}-caption\">{{ caption_text }}</caption>", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.NotEqual(0, exit);
        var line = partial[..partial.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"templates/partials/table-matrix.html:{line}:", errors, StringComparison.Ordinal);
        Assert.Contains("SG0403", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0900", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sites_own_embed_partial_restyles_quotations_comparisons_and_whole_protocols()
    {
        var partial = BuiltInPartial(ClausePartial);
        string[] originals = ["<figure class=\"clause-quote\">", "<table class=\"comparison\">", "<div class=\"embedded-protocol\">"];
        foreach (var original in originals) Assert.Contains(original, partial, StringComparison.Ordinal);
        var restyled = originals.Aggregate(partial, (p, o) => p.Replace(o, o.Insert(o.Length - 1, " data-house-style=\"council\""), StringComparison.Ordinal));
        using var site = SiteWithPartial(ClausePartial, ClauseEmbeds, restyled);
        var (exit, errors) = Build(site);
        Assert.True(exit == 0, errors);

        var parser = new HtmlParser();
        void Restyled(string path, string selector, string text)
        {
            var found = parser.ParseDocument(File.ReadAllText(site.File("_site/" + path))).QuerySelectorAll(selector);
            Assert.True(found.Length > 0, $"{path} has no {selector}");
            Assert.All(found, e => Assert.Equal("council", e.GetAttribute("data-house-style")));
            Assert.Contains(found, e => e.TextContent.Contains(text, StringComparison.Ordinal));
        }
        const string report = "reports/hackney-2013-member-officer-relations-overview.html";
        Restyled(report, "figure.clause-quote", "Hackney, para 7.2(g)");
        Restyled(report, "table.comparison", "Haringey");
        Restyled("print/surrey-2010-review-of-member-officer-protocol-appendix-a.html", "div.embedded-protocol", "Source:");
    }

    [Fact]
    public void A_sites_own_flow_partial_restyles_the_escalation_page_and_the_report_diagrams_alike()
    {
        var partial = BuiltInPartial(FlowPartial);
        const string original = "<ul class=\"route-list\">";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(FlowPartial, FlowEmbeds, partial.Replace(original, "<ul data-house-style=\"council\" class=\"route-list\">", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.True(exit == 0, errors);

        var parser = new HtmlParser();
        void Restyled(string path, string selector, string text)
        {
            var lists = parser.ParseDocument(File.ReadAllText(site.File("_site/" + path))).QuerySelectorAll(selector + " ul.route-list");
            Assert.True(lists.Length > 0, $"{path} has no {selector} with its routes in words");
            Assert.All(lists, l => Assert.Equal("council", l.GetAttribute("data-house-style")));
            Assert.Contains(lists, l => l.TextContent.Contains(text, StringComparison.Ordinal));
        }
        // The escalation page's figures, the report page's embed and the printed appendix's: one partial draws them all.
        Restyled("analysis/escalation.html", "figure.flow-figure", "Hackney, para 16.2");
        Restyled("reports/hackney-2013-member-officer-relations-overview.html", "figure.embed-flow", "Haringey");
        Restyled("print/hackney-2013-member-officer-relations-overview-appendix-2.html", "figure.embed-flow", "Hackney, para 16.2");
    }

    [Fact]
    public void A_site_embed_partial_that_fails_is_named_with_its_line_not_reported_as_a_crash()
    {
        var partial = BuiltInPartial(ClausePartial);
        const string original = "<figcaption>{{ render_embed_link q.cite }}</figcaption>";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(ClausePartial, ClauseEmbeds, partial.Replace(original, "<figcaption>{{ render_embed_link q.cite.missing.deeper }}</figcaption>", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.NotEqual(0, exit);
        var line = partial[..partial.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"templates/partials/embed-clauses.html:{line}:", errors, StringComparison.Ordinal);
        Assert.Contains("SG0403", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0900", errors, StringComparison.Ordinal);
    }
}
