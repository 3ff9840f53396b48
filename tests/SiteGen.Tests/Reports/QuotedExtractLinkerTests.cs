using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Reports;
using SiteGen.Tests.Analysis;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Reports;

/// <summary>The seed Surrey report quotes seven extracts; its page must link each quoted passage to its clause without changing its words.</summary>
[Trait("Kind", "Pure")]
public class QuotedExtractLinkerTests
{
    private const string Slug = "surrey-2010-review-of-member-officer-protocol";
    private static readonly string[] Quoted = ["surrey", "merton", "epsom-and-ewell", "thurrock", "somerset", "north-yorkshire", "staffordshire"];

    private static Report SurreyReport()
    {
        var (report, errors) = ReportFileParser.Parse(Repo.ContentFile($"content/reports/{Slug}.md"));
        Assert.True(report is not null, string.Join("\n", errors));
        return report!;
    }

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(IReadOnlyList<Protocol> protocols)
    {
        // The report's appendix B embeds the analysis, so the compiler needs it as the build gives it.
        var compiler = new ReportCompiler(new ClauseIndex(protocols), null, SeedAnalysis.Analysis);
        var (document, diagnostics) = compiler.Compile(SurreyReport(), protocols.Where(p => p.Metadata.QuotedIn == Slug));
        Assert.NotNull(document);
        return (document!.SiteBody.Value, diagnostics);
    }

    [Fact]
    public void Every_clause_of_every_quoted_extract_is_linked_once_in_document_order()
    {
        var protocols = Quoted.Select(s => Repo.Normalise(s).Protocol).ToList();
        var (html, diagnostics) = Render(protocols);
        Assert.Empty(diagnostics);

        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a.quoted-from").Select(a => a.GetAttribute("href")!).ToList();
        var expected = protocols.SelectMany(p => p.AllClauses().Select(c => $"../protocols/{p.Metadata.Slug}.html#{c.Number}")).ToList();
        Assert.Equal(expected.Count, links.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        // In the report, the extracts follow each other in the order of paragraph 10; each one's links keep their own clause order.
        foreach (var p in protocols)
        {
            var own = links.Where(l => l.StartsWith($"../protocols/{p.Metadata.Slug}.html#", StringComparison.Ordinal)).ToList();
            Assert.Equal(p.AllClauses().Select(c => $"../protocols/{p.Metadata.Slug}.html#{c.Number}"), own);
        }
    }

    [Fact]
    public void Items_that_open_alike_link_to_their_own_clauses()
    {
        var (html, _) = Render(Quoted.Select(s => Repo.Normalise(s).Protocol).ToList());
        var items = new HtmlParser().ParseDocument(html).QuerySelectorAll("li")
            .Where(li => li.TextContent.Contains("Never require an officer to carry out work", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["Epsom and Ewell, ¶1(iv)"], items[0].QuerySelectorAll("a.quoted-from").Select(a => a.TextContent));
        Assert.Equal(["Epsom and Ewell, ¶1(v)"], items[1].QuerySelectorAll("a.quoted-from").Select(a => a.TextContent));
    }

    [Fact]
    public void The_line_introducing_an_extract_links_the_authority_name_and_keeps_the_words()
    {
        var (html, _) = Render(Quoted.Select(s => Repo.Normalise(s).Protocol).ToList());
        var intro = new HtmlParser().ParseDocument(html).QuerySelectorAll("p").First(p => p.TextContent.StartsWith("10.1", StringComparison.Ordinal));
        Assert.Equal("10.1 London Borough of Merton:", intro.TextContent);
        Assert.Equal("../protocols/merton.html", intro.QuerySelector("a.authority-link")!.GetAttribute("href"));
    }

    [Fact]
    public void An_extract_that_differs_from_the_report_is_reported_at_the_clause()
    {
        var source = Repo.ContentFile("content/protocols/merton.md");
        var changed = source with { Text = source.Text.Replace("maintain confidentiality;", "keep secrets;", StringComparison.Ordinal) };
        var (document, errors) = ProtocolFileParser.Parse(changed);
        Assert.True(document is not null, string.Join("\n", errors));
        var merton = SiteGen.Normalise.ProtocolNormaliser.Normalise(document!).Protocol;

        var (_, diagnostics) = Render([.. Quoted.Where(s => s != "merton").Select(s => Repo.Normalise(s).Protocol), merton]);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "SG0645", "content/protocols/merton.md", merton.AllClauses().Single(c => c.Number == "p1.1").Lines.First),
            (warning.Severity, warning.Code, warning.File, warning.Line));
    }
}
