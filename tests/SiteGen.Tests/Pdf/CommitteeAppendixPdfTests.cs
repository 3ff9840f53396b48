using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Pdf;
using SiteGen.Rendering;

namespace SiteGen.Tests.Pdf;

/// <summary>Prints the committee appendix fixture once with real Chromium; the tests read it back with poppler.</summary>
public sealed class PrintedCommitteeAppendix : IAsyncLifetime
{
    private readonly TempSite _site = new();

    public string HtmlPath { get; private set; } = "";
    public string PdfPath { get; private set; } = "";
    public PrintedPdf Result { get; private set; } = null!;
    public TimeSpan BrowserStartup { get; private set; }
    public AngleSharp.Html.Dom.IHtmlDocument Source { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        HtmlPath = _site.AddFixture("committee-appendix.html");
        PdfPath = _site.Path("committee-appendix.pdf");
        Source = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(HtmlPath));
        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        BrowserStartup = browser.StartupTime;
        Result = await browser.PrintAsync(HtmlPath, PdfPath);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public sealed class CommitteeAppendixPdfTests(PrintedCommitteeAppendix printed) : IClassFixture<PrintedCommitteeAppendix>
{
    private string Pdf => printed.PdfPath;

    private string DocTitle => printed.Source.DocumentElement.GetAttribute("data-doc-title")!;

    private string DocRef => printed.Source.DocumentElement.GetAttribute("data-doc-ref")!;

    [Fact]
    public void Document_title_metadata_is_the_html_title()
    {
        Assert.Equal(printed.Source.Title, Poppler.Info(Pdf)["Title"]);
    }

    [Fact]
    public void Pdf_is_tagged_and_a4()
    {
        var info = Poppler.Info(Pdf);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_page_count_matches_pdfinfo()
    {
        Assert.Equal(Poppler.PageCount(Pdf), printed.Result.PageCount);
        Assert.True(printed.Result.PageCount >= 6, $"The fixture should run to several pages, got {printed.Result.PageCount}.");
    }

    [Fact]
    public void Every_page_after_the_cover_says_page_x_of_n_and_the_cover_has_no_footer()
    {
        var pages = Poppler.PageTexts(Pdf);
        var n = Poppler.PageCount(Pdf);
        Assert.Equal(n, pages.Count);
        Assert.DoesNotContain("Page 1 of", pages[0], StringComparison.Ordinal);
        for (var page = 2; page <= n; page++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {n}"), pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Running_header_shows_title_and_reference_except_on_the_cover()
    {
        var pages = Poppler.PageTexts(Pdf);
        var coverFirstLine = FirstLine(pages[0]);
        Assert.DoesNotContain(DocRef, coverFirstLine, StringComparison.Ordinal);
        foreach (var page in pages.Skip(1))
        {
            var header = FirstLine(page);
            Assert.Contains(DocTitle, header, StringComparison.Ordinal);
            Assert.Contains(DocRef, header, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Contents_numbers_are_the_pages_where_the_headings_appear()
    {
        var entries = printed.Source.QuerySelectorAll("nav.toc a[href^='#']")
            .Select(a => new ContentsEntry(Poppler.Collapse(a.TextContent), a.GetAttribute("href")![1..]))
            .ToList();
        Assert.True(entries.Count >= 5);

        PrintedContents.AssertNumbersMatchHeadings(Poppler.PageTexts(Pdf), entries, printed.Result);
    }

    [Fact]
    public void Table_header_repeats_on_every_page_the_long_table_reaches()
    {
        var table = printed.Source.QuerySelector("#delegations ~ table")!;
        var headerRow = string.Join(' ', table.QuerySelectorAll("thead th").Select(th => Poppler.Collapse(th.TextContent)));
        var rowKeys = table.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        var pagesWithRows = Poppler.DrawnPageTexts(Pdf)
            .Select((text, index) => (Text: text, Page: index + 1))
            .Where(page => rowKeys.Any(key => page.Text.Contains(key, StringComparison.Ordinal)))
            .ToList();

        Assert.True(pagesWithRows.Count >= 2, "The fixture's long table should span pages.");
        foreach (var page in pagesWithRows)
        {
            Assert.True(page.Text.Contains(headerRow, StringComparison.Ordinal), $"Page {page.Page} has rows of the table but not its header \"{headerRow}\".");
        }
    }

    [Fact]
    public void Outline_lists_every_section_heading_on_its_page()
    {
        var outline = Poppler.Outline(Pdf);
        Assert.NotEmpty(outline);
        var pages = Poppler.PageTexts(Pdf);
        foreach (var heading in printed.Source.QuerySelectorAll("main h2"))
        {
            var title = Poppler.Collapse(heading.TextContent);
            var item = outline.FirstOrDefault(i => i.Title == title);
            Assert.True(item.Title is not null, $"The outline has no item \"{title}\"; it has: {string.Join(" | ", outline.Select(i => i.Title))}");
            Assert.Contains(title, PrintedContents.HeadingLines(pages[item.Page - 1]));
        }
    }

    [Fact]
    public void Text_is_selectable_and_screen_only_parts_are_left_out()
    {
        var text = Poppler.FlowText(Pdf);
        var firstParagraph = Poppler.Collapse(printed.Source.QuerySelector("#purpose ~ p")!.TextContent);
        Assert.Contains(firstParagraph, text, StringComparison.Ordinal);

        var screenOnly = Poppler.Collapse(printed.Source.QuerySelector(".no-print")!.TextContent);
        Assert.DoesNotContain(screenOnly, text, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_print_their_address()
    {
        var href = printed.Source.QuerySelector("a[href^='https://']")!.GetAttribute("href")!;
        var textWithoutSpaces = Regex.Replace(Poppler.FlowText(Pdf), @"\s", "");
        Assert.Contains(href, textWithoutSpaces, StringComparison.Ordinal);
    }

    private static string FirstLine(string pageText) =>
        pageText.Split('\n').First(line => line.Trim().Length > 0).Trim();
}
