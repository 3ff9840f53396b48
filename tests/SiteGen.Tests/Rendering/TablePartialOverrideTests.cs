using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The analysis pages and the report embeds write their matrices through one partial, templates/partials/table-matrix.html:
/// a site that overrides it in its own templates/ folder sees every matrix change, on the pages and in its reports alike.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class TablePartialOverrideTests
{
    private const string HackneyReport = "content/reports/hackney-2013-member-officer-relations-overview.md";

    private static string BuiltInPartial() => File.ReadAllText(Path.Combine(Repo.Root, "templates", "partials", "table-matrix.html"));

    /// <summary>The default site, with a theme matrix and an escalation table in a report's own text, and the partial given.</summary>
    private static TempSite SiteWithPartial(string partial)
    {
        var site = Repo.CopyDefaultSite();
        File.AppendAllText(site.File(HackneyReport), "\n\nThe routes compared:\n\n[[escalation authorities=hackney,surrey]]\n\n[[themes authorities=hackney themes=confidentiality]]\n");
        Directory.CreateDirectory(site.File("templates/partials"));
        File.WriteAllText(site.File("templates/partials/table-matrix.html"), partial);
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
        var partial = BuiltInPartial();
        const string original = "<table class=\"{{ t.table_class }}\"";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(partial.Replace(original, "<table data-house-style=\"council\" class=\"{{ t.table_class }}\"", StringComparison.Ordinal));
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
        var partial = BuiltInPartial();
        const string original = "<caption id=\"{{ t.id }}-caption\">{{ t.caption }}</caption>";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(partial.Replace(original, "<caption id=\"{{ t.id }}-caption\">{{ caption_text }}</caption>", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.NotEqual(0, exit);
        var line = partial[..partial.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"templates/partials/table-matrix.html:{line}:", errors, StringComparison.Ordinal);
        Assert.Contains("SG0403", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0900", errors, StringComparison.Ordinal);
    }
}
