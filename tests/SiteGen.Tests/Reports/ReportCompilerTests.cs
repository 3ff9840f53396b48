using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Rendering;
using SiteGen.Reports;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Reports;

[Trait("Kind", "Pure")]
public class ReportCompilerTests
{
    private const string File = "content/reports/test.md";
    private const int BodyStart = 10;

    private static readonly ImmutableArray<Protocol> Protocols =
        [.. new[] { "hackney", "haringey", "merton" }.Select(slug => Repo.Normalise(slug).Protocol), Hostile()];

    /// <summary>A protocol whose text tries to inject markup, as a careless or hostile paste could.</summary>
    private static Protocol Hostile()
    {
        var text = "---\nauthority: \"Hostile <b>Council</b>\"\nshort_name: \"Hostile<script>alert('name')</script>\"\ncouncil_type: district\nnation: england\n"
            + "title: Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n1.1 Members <script>alert(1)</script> must <img src=x onerror=alert(2)> be kind.\n";
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile("content/protocols/hostile.md", text));
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    private static Report Report(string body, params ReportAppendix[] appendices) =>
        new("test", "Test report", "Standards Committee", "2026-07-14", "Test Council", "Monitoring Officer", "test", body, BodyStart, File, [.. appendices]);

    private static (ReportDocument? Document, ImmutableArray<Diagnostic> Diagnostics) Compile(string body, string? baseUrl = null, params ReportAppendix[] appendices) =>
        new ReportCompiler(new ClauseIndex(Protocols), baseUrl).Compile(Report(body, appendices), []);

    private static ReportDocument Compiled(string body, string? baseUrl = null, params ReportAppendix[] appendices)
    {
        var (document, diagnostics) = Compile(body, baseUrl, appendices);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.Empty(diagnostics);
        return document!;
    }

    private static Diagnostic SingleError(string body, params ReportAppendix[] appendices)
    {
        var (document, diagnostics) = Compile(body, null, appendices);
        Assert.Null(document);
        return Assert.Single(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_citation_on_the_site_links_to_the_clause_on_its_authority_page()
    {
        var html = Compiled("As [[hackney/7.2(g)]] puts it.").SiteBody.Value;
        Assert.Contains("As <a class=\"cite\" href=\"../protocols/hackney.html#7.2(g)\">Hackney, para 7.2(g)</a> puts it.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_citation_links_within_the_document_if_it_prints_the_clause_else_to_the_published_site_else_nowhere()
    {
        const string body = "See [[hackney/7.2(g)]] and [[haringey/3.1]].\n\n[[quote hackney/7.2(g)]]\n\n[[quote hackney/7.2(g)]]\n";
        var offline = Compiled(body).Print.Body.Value;
        Assert.Contains("<a class=\"cite\" href=\"#hackney/7.2(g)\">Hackney, para 7.2(g)</a>", offline, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cite\">Haringey, para 3.1</span>", offline, StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(offline).QuerySelectorAll("[id]"), e => e.Id == "hackney/7.2(g)");

        var published = Compiled(body, "https://example.org/protocols/").Print.Body.Value;
        Assert.Contains("<a class=\"cite\" href=\"https://example.org/protocols/protocols/haringey.html#3.1\">Haringey, para 3.1</a>", published, StringComparison.Ordinal);
        Assert.Contains("href=\"#hackney/7.2(g)\"", published, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_is_a_block_quote_of_the_clause_and_its_items_with_the_citation_below()
    {
        var html = Compiled("Intro.\n\n[[quote hackney/7.2]]\n\nAfter.").SiteBody.Value;
        var page = new HtmlParser().ParseDocument(html);
        var figure = Assert.Single(page.QuerySelectorAll("figure.clause-quote"));
        Assert.Null(figure.Closest("p"));
        Assert.Contains("Officers can expect from the Elected Mayor and Councillors", figure.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("7.2(g)", figure.QuerySelectorAll(".clause-label").Select(l => l.TextContent));
        Assert.Equal("Hackney, para 7.2", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void A_comparison_has_one_column_per_authority_and_one_row_per_group()
    {
        var html = Compiled("[[compare caption=\"Respect\" \"Mutual respect\" hackney/7.2(a) haringey/3.1 ; \"Bullying\" merton/p2.4 hackney/7.2(g) hackney/7.2(h)]]").SiteBody.Value;
        var table = new HtmlParser().ParseDocument(html).QuerySelector("table.comparison")!;
        Assert.Equal("Respect", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Topic", "Hackney", "Haringey", "Merton"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("Mutual respect", rows[0].QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal(["Hackney, para 7.2(a)", "Haringey, para 3.1", "Not compared"],
            rows[0].QuerySelectorAll("td").Select(td => td.QuerySelector(".compared-cite")?.TextContent ?? td.TextContent));
        var bullying = rows[1].QuerySelectorAll("td");
        Assert.Equal(["Hackney, para 7.2(g)", "Hackney, para 7.2(h)"], bullying[0].QuerySelectorAll(".compared-cite").Select(c => c.TextContent));
        Assert.Equal("Not compared", bullying[1].TextContent);
        Assert.Equal("Merton, ¶2.4 (unnumbered in source)", bullying[2].QuerySelector(".compared-cite")!.TextContent);
    }

    [Fact]
    public void A_whole_protocol_prints_every_section_and_clause()
    {
        var html = Compiled("[[protocol merton]]").SiteBody.Value;
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Merton: Member/Officer Protocol (extract)", page.QuerySelector("h2")!.TextContent);
        Assert.Equal(Protocols.Single(p => p.Metadata.Slug == "merton").AllClauses().Count(), page.QuerySelectorAll("li.embedded-clause").Length);
    }

    [Fact]
    public void An_unknown_clause_fails_at_its_file_line_and_column_with_the_nearest_ids()
    {
        var error = SingleError("# Title\n\nFirst line.\nThen [[hackney/7.2(z)]] here.");
        Assert.Equal(File, error.File);
        Assert.Equal(BodyStart + 3, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Equal("SG0642", error.Code);
        Assert.Contains("Nearest ids: hackney/7.2(a), hackney/7.2(b), hackney/7.2(c)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:{BodyStart + 3}:8: error SG0642:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_authority_fails_with_the_nearest_slugs()
    {
        var error = SingleError("[[quote hackny/7.2(g)]]");
        Assert.Equal("SG0641", error.Code);
        Assert.Equal(BodyStart, error.Line);
        Assert.Contains("Did you mean: hackney", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_id_on_a_later_line_of_a_long_directive_is_reported_on_that_line()
    {
        var error = SingleError("Intro.\n\n[[compare\n  hackney/7.2(a) haringey/3.1 ;\n  hackney/7.2(g) haringey/99\n]]\n");
        Assert.Equal(BodyStart + 4, error.Line);
        Assert.Contains("'99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_embed_inside_a_sentence_is_an_error()
    {
        var error = SingleError("Line one.\nAs quoted: [[quote hackney/7.2(g)]] here.");
        Assert.Equal("SG0643", error.Code);
        Assert.Equal(BodyStart + 1, error.Line);
    }

    [Fact]
    public void A_misspelt_embed_is_an_error_not_literal_text()
    {
        var error = SingleError("[[qoute hackney/7.2(g)]]");
        Assert.Equal("SG0640", error.Code);
        Assert.Contains("Did you mean 'quote'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_and_escaped_brackets_stay_text()
    {
        var html = Compiled("Write `[[hackney/7.2(g)]]` to cite; \\[[literal]] stays.").SiteBody.Value;
        Assert.Contains("<code>[[hackney/7.2(g)]]</code>", html, StringComparison.Ordinal);
        Assert.Contains("[[literal]] stays", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"cite\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_protocol_text_nor_report_markdown_can_inject_markup_or_script()
    {
        var body = "<script>alert('report')</script>\n\n[x](javascript:alert(3)) [[hostile/1.1]]\n\n[[quote hostile/1.1]]\n\n"
            + "[[compare caption=\"<img src=x onerror=alert(4)>\" \"<b>label</b>\" hostile/1.1 hackney/7.2(g)]]\n\n[[protocol hostile]]\n";
        var document = Compiled(body);
        foreach (var html in new[] { document.SiteBody.Value, document.Print.Body.Value })
        {
            var page = new HtmlParser().ParseDocument(html);
            Assert.Empty(page.QuerySelectorAll("script, img, b"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("Members <script>alert(1)</script> must", page.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_become_contents_entries_and_appendices_are_listed_last()
    {
        var appendix = new ReportAppendix("B", "Comparison", true, [new AppendixInclude("[[compare hackney/7.2(g) haringey/3.4]]", 8)], 6);
        var document = Compiled("## Background\n\nText.\n\n### Detail\n\n## Findings\n", null, appendix);
        Assert.Collection(document.Print.Contents,
            e => { Assert.Equal(("background", "Background"), (e.Id, e.Title)); Assert.Equal(["detail"], e.Children.Select(c => c.Id)); },
            e => Assert.Equal(("findings", "Findings"), (e.Id, e.Title)),
            e => Assert.Equal(("appendix-list", "Appendices"), (e.Id, e.Title)));
        Assert.Contains("<h2 id=\"background\">Background</h2>", document.Print.Body.Value, StringComparison.Ordinal);
        Assert.Contains("Appendix B: Comparison", document.Print.Body.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_headings_gets_no_contents()
    {
        Assert.Empty(Compiled("Just text.", null, new ReportAppendix("A", "Merton", true, [new AppendixInclude("[[protocol merton]]", 8)], 6)).Print.Contents);
    }

    [Fact]
    public void Each_appendix_is_a_document_of_parts_with_a_contents_entry_per_part_and_section()
    {
        var appendix = new ReportAppendix("C", "Other protocols", false,
            [new AppendixInclude("[[protocol haringey]]", 8), new AppendixInclude("[[quote hackney/7.2(g)]]", 9)], 6);
        var printed = Assert.Single(Compiled("See [[hackney/7.2(g)]].", null, appendix).Appendices);
        Assert.Equal("print/test-appendix-c.html", printed.HtmlPath);
        Assert.Equal("Appendix C", printed.Reference);
        Assert.False(printed.Cover);
        Assert.Equal(["part-1", "part-2"], printed.Contents.Select(e => e.Id));
        Assert.Equal("Haringey: " + Protocols.Single(p => p.Metadata.Slug == "haringey").Metadata.Title, printed.Contents[0].Title);
        Assert.Contains(printed.Contents[0].Children, c => c.Id == "part-1-s-3-expectations" && c.Title == "3. Expectations");
        Assert.Equal("Hackney, para 7.2(g)", printed.Contents[1].Title);

        var page = new HtmlParser().ParseDocument(printed.Body.Value);
        foreach (var entry in printed.Contents.SelectMany(e => e.Children.Prepend(e)))
            Assert.NotNull(page.GetElementById(entry.Id));
        Assert.NotNull(page.GetElementById("hackney/7.2(g)"));
    }

    [Theory]
    [InlineData("[[hackney/7.2(g)]]", "SG0644", "not a citation")]
    [InlineData("protocol merton", "SG0644", "one embed")]
    [InlineData("[[protocol merton]] and more [[protocol hackney]]", "SG0644", "one embed")]
    [InlineData("[[protocol mertn]]", "SG0641", "Did you mean: merton")]
    [InlineData("[[quote hackney/7.2(zz)]]", "SG0642", "Nearest ids")]
    public void A_wrong_include_fails_at_its_front_matter_line(string include, string code, string message)
    {
        var error = SingleError("Text.", new ReportAppendix("A", "Appendix", true, [new AppendixInclude(include, 7)], 5));
        Assert.Equal((File, 7, code), (error.File, error.Line, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
