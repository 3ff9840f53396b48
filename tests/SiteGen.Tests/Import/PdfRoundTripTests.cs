using SiteGen.Import;
using Xunit.Abstractions;

namespace SiteGen.Tests.Import;

/// <summary>Each seed protocol printed to PDF by Chromium with a running header, footer and page numbers, imported back.</summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class PdfRoundTripTests(ITestOutputHelper log)
{
    public static TheoryData<string> Seeds => [.. SeedBlocks.Slugs];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Printed_pdf_gives_back_at_least_98_percent_of_clauses_and_no_page_furniture(string slug)
    {
        var pdf = TestPdf.Print(TestHtml.PrintPage(SeedBlocks.Read(slug)));
        var result = RoundTrip.Import(slug, ".pdf", pdf);
        var score = RoundTrip.Score(slug, result);
        log.WriteLine($"pdf {slug}: {score.Matched}/{score.SeedClauses} ({result.Summary.Pages} pages)");
        Assert.True(score.Share >= 0.98, score.ToString());
        Assert.All(score.Imported.AllClauses(), c =>
        {
            Assert.DoesNotContain(TestHtml.RunningHeader, c.Text);
            Assert.DoesNotContain(TestHtml.RunningFooter, c.Text);
            Assert.DoesNotMatch(@"Page [0-9]+ of [0-9]+", c.Text);
        });
        Assert.DoesNotContain(TestHtml.RunningHeader, result.Markdown);
        Assert.DoesNotMatch(@"Page [0-9]+ of [0-9]+", result.Markdown);
    }
}
