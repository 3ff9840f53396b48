using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Checks.Links;
using SiteGen.Cli;
using SiteGen.Pdf;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace SiteGen.Tests.Pdf;

/// <summary>How a page's PDF marks become links: only to PDFs that are there, with their pages and size.</summary>
[Trait("Kind", "Pure")]
public class PdfLinksFillTests
{
    private const string Page = """
        <p class="notice" data-sitegen-pdf-none>No PDF yet: run <code>sitegen pdf</code>.</p>
        <li>Report, <span data-sitegen-pdf="../pdf/r.pdf" data-label="this report">PDF not printed yet</span></li>
        <li>Appendix A, <span data-sitegen-pdf="../pdf/r-appendix-a.pdf" data-label="Appendix A &amp; B">PDF not printed yet</span></li>
        """;

    [Fact]
    public void Without_any_pdf_every_mark_keeps_its_words_and_the_how_to_stays()
    {
        var filled = PdfLinks.Fill(Page, new Dictionary<string, PdfFileFacts>());
        Assert.DoesNotContain("data-sitegen-pdf=", filled, StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", filled, StringComparison.Ordinal);
        Assert.Equal(2, filled.Split("PDF not printed yet").Length - 1);
        Assert.Contains("No PDF yet: run <code>sitegen pdf</code>.", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_that_exists_is_linked_with_its_pages_and_size_and_one_that_does_not_is_not()
    {
        var filled = PdfLinks.Fill(Page, new Dictionary<string, PdfFileFacts> { ["r-appendix-a.pdf"] = new("r-appendix-a.pdf", 1, 40_000) });
        Assert.Contains("""<a class="pdf-link" href="../pdf/r-appendix-a.pdf">PDF<span class="visually-hidden"> of Appendix A &amp; B</span></a> <span class="meta">(1 page, 40 KB)</span>""", filled, StringComparison.Ordinal);
        Assert.DoesNotContain("../pdf/r.pdf", filled, StringComparison.Ordinal);
        Assert.Contains("Report, PDF not printed yet", filled, StringComparison.Ordinal);
        Assert.DoesNotContain("No PDF yet", filled, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(900, "900 bytes")]
    [InlineData(1025, "2 KB")]
    [InlineData(120 * 1024, "120 KB")]
    [InlineData(5 * 1024 * 1024 / 2, "2.5 MB")]
    public void Sizes_read_as_people_say_them(long bytes, string expected) => Assert.Equal(expected, PdfLinks.Size(bytes));
}

/// <summary>
/// The Documents page and the report pages over the real default site, before and after PDFs exist: never a link to
/// a missing PDF, the link checker, the Nu Html Checker and axe clean in both states. The PDFs are made with PdfPig
/// and recorded as <c>sitegen pdf</c> records them, so no browser prints here.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class DocumentsPageTests(ITestOutputHelper output)
{
    private const string Report = "surrey-2010-review-of-member-officer-protocol";

    private static void Build(TestSupport.TempSite site)
    {
        var errors = new StringWriter();
        Assert.True(BuildCommand.Run(new DirectoryInfo(site.Path), verbose: false, new StringWriter(), errors) == 0, errors.ToString());
    }

    private static byte[] MakePdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
            builder.AddPage(PageSize.A4).AddText($"Page {i}", 12, new PdfPoint(72, 720), font);
        return builder.Build();
    }

    /// <summary>Puts a PDF in the live site as <c>sitegen pdf</c> leaves it: the file and its manifest entry with its page's fingerprint.</summary>
    private static long RecordPdf(TestSupport.TempSite site, string name, int pages)
    {
        var pdfFolder = site.File("_site/pdf");
        Directory.CreateDirectory(pdfFolder);
        var bytes = MakePdf(pages);
        File.WriteAllBytes(Path.Combine(pdfFolder, name + ".pdf"), bytes);
        var fingerprint = PdfFingerprint.ComputeFromDisk(site.File($"_site/print/{name}.html"), site.File("_site"), PdfPrintOptions.Default);
        PdfManifest.Load(pdfFolder).With(name + ".pdf", fingerprint).Save(pdfFolder);
        return bytes.LongLength;
    }

    private async Task AssertPagesAreCleanAsync(TestSupport.TempSite site)
    {
        var links = LinkChecker.Check(site.File("_site"));
        foreach (var finding in links.Findings) output.WriteLine(finding.ToString());
        Assert.Empty(links.Findings);

        var tools = await TestTools.RequireAsync();
        var pages = new[] { site.File("_site/documents.html"), site.File($"_site/reports/{Report}.html") };
        var axe = await AxeChecker.CheckAsync(site.File("_site"), tools, pages);
        foreach (var finding in axe.Result.Findings) output.WriteLine(finding.ToString());
        Assert.True(axe.Result.Ran, string.Join("\n", axe.Result.Findings));
        Assert.Empty(axe.Result.Findings);

        var html = await NuHtmlChecker.CheckAsync(site.File("_site"), tools);
        var ours = html.Findings.Where(f => f.ToString().Contains("documents.html", StringComparison.Ordinal) || f.ToString().Contains("reports/", StringComparison.Ordinal)).ToList();
        foreach (var finding in ours) output.WriteLine(finding.ToString());
        Assert.True(html.Ran);
        Assert.Empty(ours);
    }

    [Fact]
    public async Task Before_any_pdf_the_documents_page_says_how_to_make_them_and_links_to_no_pdf()
    {
        using var site = Repo.CopyDefaultSite();
        Build(site);
        var documents = File.ReadAllText(site.File("_site/documents.html"));
        Assert.Contains("No PDF has been printed", documents, StringComparison.Ordinal);
        Assert.Contains("<code>sitegen pdf</code>", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("pdf/", documents.Replace("sitegen pdf", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // Every report and appendix is listed with its print-ready page; the navigation names the page.
        foreach (var print in Directory.EnumerateFiles(site.File("_site/print"), "*.html"))
            Assert.Contains($"href=\"print/{Path.GetFileName(print)}\"", documents, StringComparison.Ordinal);
        Assert.Contains("href=\"documents.html\" aria-current=\"page\">Documents</a>", documents, StringComparison.Ordinal);
        Assert.Contains("href=\"../documents.html\"", File.ReadAllText(site.File("_site/protocols/hackney.html")), StringComparison.Ordinal);
        Assert.Contains("PDF not printed yet", File.ReadAllText(site.File($"_site/reports/{Report}.html")), StringComparison.Ordinal);
        await AssertPagesAreCleanAsync(site);
    }

    [Fact]
    public async Task Printed_pdfs_are_linked_from_their_report_page_and_the_documents_page_with_pages_and_size()
    {
        using var site = Repo.CopyDefaultSite();
        Build(site);
        var reportBytes = RecordPdf(site, Report, pages: 3);
        RecordPdf(site, Report + "-appendix-b", pages: 1);
        Build(site);

        var documents = File.ReadAllText(site.File("_site/documents.html"));
        Assert.DoesNotContain("No PDF has been printed", documents, StringComparison.Ordinal);
        Assert.Contains($"href=\"pdf/{Report}.pdf\"", documents, StringComparison.Ordinal);
        Assert.Contains($"(3 pages, {PdfLinks.Size(reportBytes)})", documents, StringComparison.Ordinal);
        Assert.Contains($"href=\"pdf/{Report}-appendix-b.pdf\"", documents, StringComparison.Ordinal);
        Assert.Contains("(1 page, ", documents, StringComparison.Ordinal);
        // Appendix A was not printed: its row says so and nothing links to it.
        Assert.DoesNotContain($"{Report}-appendix-a.pdf", documents, StringComparison.Ordinal);
        Assert.Contains("Not printed yet", documents, StringComparison.Ordinal);

        var reportPage = File.ReadAllText(site.File($"_site/reports/{Report}.html"));
        Assert.Contains($"href=\"../pdf/{Report}.pdf\"", reportPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"../pdf/{Report}-appendix-b.pdf\"", reportPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Report}-appendix-a.pdf", reportPage, StringComparison.Ordinal);
        await AssertPagesAreCleanAsync(site);

        // A PDF whose page changed is dropped by the next build, and so is its link.
        var path = site.File($"content/reports/{Report}.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Financial and value for money implications", "Financial implications", StringComparison.Ordinal));
        Build(site);
        Assert.DoesNotContain($"href=\"pdf/{Report}.pdf\"", File.ReadAllText(site.File("_site/documents.html")), StringComparison.Ordinal);
        Assert.Empty(LinkChecker.Check(site.File("_site")).Findings);
    }
}
