using AngleSharp.Html.Parser;
using SiteGen.Cli;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A report's quotations, comparisons and whole-protocol embeds are written by one partial,
/// templates/partials/embed-clauses.html: a site that overrides it in its own templates/ folder sees every such embed
/// change, on report pages and in the printed appendices alike, and a mistake in it is named with its line.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class EmbedPartialOverrideTests
{
    private const string HackneyReport = "content/reports/hackney-2013-member-officer-relations-overview.md";

    private static string BuiltInPartial() => File.ReadAllText(Path.Combine(Repo.Root, "templates", "partials", "embed-clauses.html"));

    /// <summary>The default site, with a quotation and a comparison in a report's own text, and the partial given.</summary>
    private static TempSite SiteWithPartial(string partial)
    {
        var site = Repo.CopyDefaultSite();
        File.AppendAllText(site.File(HackneyReport), "\n\nTwo clauses quoted and compared:\n\n[[quote hackney/7.2(g)]]\n\n[[compare \"Bullying\" hackney/7.2(g) ; \"Respect\" haringey/3.4]]\n");
        Directory.CreateDirectory(site.File("templates/partials"));
        File.WriteAllText(site.File("templates/partials/embed-clauses.html"), partial);
        return site;
    }

    private static (int Exit, string Errors) Build(TempSite site)
    {
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(site.Path), verbose: false, new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void A_sites_own_embed_partial_restyles_quotations_comparisons_and_whole_protocols()
    {
        var partial = BuiltInPartial();
        string[] originals = ["<figure class=\"clause-quote\">", "<table class=\"comparison\">", "<div class=\"embedded-protocol\">"];
        foreach (var original in originals) Assert.Contains(original, partial, StringComparison.Ordinal);
        var restyled = originals.Aggregate(partial, (p, o) => p.Replace(o, o.Insert(o.Length - 1, " data-house-style=\"council\""), StringComparison.Ordinal));
        using var site = SiteWithPartial(restyled);
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
    public void A_site_embed_partial_that_fails_is_named_with_its_line_not_reported_as_a_crash()
    {
        var partial = BuiltInPartial();
        const string original = "<figcaption>{{ render_embed_link q.cite }}</figcaption>";
        Assert.Contains(original, partial, StringComparison.Ordinal);
        using var site = SiteWithPartial(partial.Replace(original, "<figcaption>{{ render_embed_link q.cite.missing.deeper }}</figcaption>", StringComparison.Ordinal));
        var (exit, errors) = Build(site);
        Assert.NotEqual(0, exit);
        var line = partial[..partial.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"templates/partials/embed-clauses.html:{line}:", errors, StringComparison.Ordinal);
        Assert.Contains("SG0403", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0900", errors, StringComparison.Ordinal);
    }
}
