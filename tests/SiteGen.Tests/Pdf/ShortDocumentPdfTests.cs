using System.Globalization;
using SiteGen.Cli;
using SiteGen.Tests.Checks;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// The default site plus a one-page report with a short appendix (three quotations, cover left on) and a long appendix
/// without a cover, printed with the real <c>sitegen pdf</c> path and Chromium, read back with poppler.
/// </summary>
public sealed class PrintedShortDocuments : IAsyncLifetime
{
    public const string Report = "short-note";

    private readonly TestSupport.TempSite _site = TestSupport.Repo.CopyDefaultSite();

    public string Pdf(string name) => _site.File($"_site/pdf/{name}.pdf");
    public string Print(string name) => _site.File($"_site/print/{name}.html");

    public (int Exit, string Out, string Err) Result { get; private set; }

    public Task InitializeAsync()
    {
        File.WriteAllText(_site.File($"content/reports/{Report}.md"), """
            ---
            title: Note on bullying clauses
            committee: Standards Committee
            date: 2026-09-01
            authority: Northbridge Borough Council
            author: Monitoring Officer
            source: written for SiteGen's tests
            appendices:
              - letter: A
                title: Three clauses on bullying
                include:
                  - "[[quote hackney/7.2(g)]]"
                  - "[[quote haringey/3.4]]"
                  - "[[quote hackney/7.2(a)]]"
              - letter: B
                title: Haringey and Hounslow in full
                cover: false
                include:
                  - "[[quote hackney/7.2(g)]]"
                  - "[[protocol haringey]]"
                  - "[[protocol hounslow]]"
            ---
            ## Purpose

            The committee is asked to note how two boroughs word their bullying clauses ([[hackney/7.2(g)]]).

            ## Recommendation

            That the committee notes the report.

            ## Background

            Appendix A quotes the clauses; Appendix B prints two protocols whole.
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(_site.Path), verbose: true, stdout, stderr, pdf: true);
        Result = (exit, stdout.ToString(), stderr.ToString());
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class ShortDocumentPdfTests(PrintedShortDocuments printed) : IClassFixture<PrintedShortDocuments>
{
    private const string Report = PrintedShortDocuments.Report;

    private static void AssertNumbered(IReadOnlyList<string> pages)
    {
        for (var page = 1; page <= pages.Count; page++)
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages.Count}"), pages[page - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_page_report_prints_as_one_page_with_its_title_details_and_text_and_no_cover_or_contents()
    {
        Assert.True(printed.Result.Exit == 0, printed.Result.Err);
        // The print-ready page still has both: it is the PDF that leaves them out, because the text fits.
        var html = File.ReadAllText(printed.Print(Report));
        Assert.Contains("class=\"cover\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"toc\"", html, StringComparison.Ordinal);

        var pages = Poppler.PageTexts(printed.Pdf(Report));
        Assert.Single(pages);
        AssertNumbered(pages);
        Assert.Contains("Note on bullying clauses", pages[0], StringComparison.Ordinal);
        Assert.Contains("1 September 2026", pages[0], StringComparison.Ordinal);
        Assert.Contains("That the committee notes the report.", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_appendix_starts_with_its_title_and_text_on_page_1_even_with_its_cover_on()
    {
        var pages = Poppler.PageTexts(printed.Pdf(Report + "-appendix-a"));
        Assert.InRange(pages.Count, 1, 2);
        AssertNumbered(pages);
        Assert.Contains("Three clauses on bullying", pages[0], StringComparison.Ordinal);
        Assert.Contains("Not to be subject to bullying or harassment", Poppler.Collapse(pages[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", string.Join("\n", pages), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_appendix_without_a_cover_has_its_contents_on_page_1_followed_by_the_text_not_alone()
    {
        var pages = Poppler.PageTexts(printed.Pdf(Report + "-appendix-b"));
        Assert.True(pages.Count > 2, $"The appendix should run to several pages, got {pages.Count}.");
        AssertNumbered(pages);
        Assert.Contains("Haringey and Hounslow in full", pages[0], StringComparison.Ordinal);
        Assert.Contains("Contents", pages[0], StringComparison.Ordinal);
        // The first part's text, the Hackney clause, starts under the contents on the same page.
        Assert.Contains("Not to be subject to bullying or harassment", Poppler.Collapse(pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_page_links_every_pdf_it_printed()
    {
        var page = File.ReadAllText(printed.Pdf(Report).Replace("/pdf/" + Report + ".pdf", "/reports/" + Report + ".html", StringComparison.Ordinal));
        foreach (var name in new[] { Report, Report + "-appendix-a", Report + "-appendix-b" })
            Assert.Contains($"href=\"../pdf/{name}.pdf\"", page, StringComparison.Ordinal);
    }
}
