using System.Globalization;
using System.Text;
using SiteGen.Pdf;
using SiteGen.Rendering;

namespace SiteGen.Tests.Pdf;

[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public sealed class ContentsSettlingTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// A deliberately fragile contents list (no print.css): each entry is one monospace line only when its
    /// page number has a single digit, so the two-digit placeholder of the first print makes every entry wrap.
    /// Filling in the real numbers shortens the contents by one line per entry, which moves the sections up
    /// and makes the numbers of the second print wrong. Only a third print is right, and SiteGen must notice.
    /// </summary>
    [Fact]
    public async Task Prints_again_when_filling_in_the_numbers_moves_the_headings()
    {
        const int sections = 24;
        var html = new StringBuilder("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Settling</title><style>
            @page { size: A4; margin: 20mm; }
            body { margin: 0; font: 12pt/16pt "DejaVu Sans Mono", "Liberation Mono", monospace; }
            .toc ol { list-style: none; margin: 0; padding: 0; }
            .toc li { width: 19.5ch; }
            .toc a { color: inherit; text-decoration: none; }
            h2 { font-size: 12pt; margin: 0; }
            .body { height: 70mm; }
            </style></head><body><nav class="toc"><ol>
            """);
        for (var i = 1; i <= sections; i++)
        {
            // "Heading number 01 3" is 19 characters and fits the 19.5ch line; "Heading number 01 00" does not.
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#s{i}\">Heading number {i:00} <span class=\"toc-page\" data-for=\"s{i}\"></span></a></li>\n");
        }

        html.Append("</ol></nav>\n");
        for (var i = 1; i <= sections; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"s{i}\">Heading number {i:00}</h2><div class=\"body\"></div>\n");
        }

        html.Append("</body></html>\n");
        var htmlPath = _site.Path("settling.html");
        await File.WriteAllTextAsync(htmlPath, html.ToString());

        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        var result = await browser.PrintAsync(htmlPath, _site.Path("settling.pdf"));

        Assert.True(result.PageCount < 10, "The test relies on single-digit page numbers.");
        Assert.Equal(3, result.Passes);
        var entries = Enumerable.Range(1, sections)
            .Select(i => new ContentsEntry(string.Create(CultureInfo.InvariantCulture, $"Heading number {i:00}"), string.Create(CultureInfo.InvariantCulture, $"s{i}")))
            .ToList();
        PrintedContents.AssertNumbersMatchHeadings(Poppler.PageTexts(result.PdfPath), entries, result);
    }

    [Fact]
    public async Task A_layout_that_never_settles_within_the_allowed_passes_is_an_error()
    {
        var htmlPath = _site.AddFixture("committee-appendix.html");
        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);

        // The fixture settles in two prints; allowing only one means its first (placeholder) print cannot be final.
        var error = await Assert.ThrowsAsync<PdfPrintException>(() =>
            browser.PrintAsync(htmlPath, _site.Path("unsettled.pdf"), PdfPrintOptions.Default with { MaxContentsPasses = 1 }));

        Assert.Contains("committee-appendix.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("still moved after 1 prints", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_site.Path("unsettled.pdf")));
    }

    [Fact]
    public async Task Contents_numbering_can_be_switched_off()
    {
        var htmlPath = _site.AddFixture("committee-appendix.html");
        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);

        var result = await browser.PrintAsync(htmlPath, _site.Path("plain.pdf"), PdfPrintOptions.Default with { FillContentsPageNumbers = false });

        Assert.Equal(1, result.Passes);
        Assert.Empty(result.ContentsPages);
    }
}
