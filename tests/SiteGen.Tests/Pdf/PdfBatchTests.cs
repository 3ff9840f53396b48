using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public sealed class PdfBatchTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Prints_once_skips_when_unchanged_and_prints_again_when_the_stylesheet_changes()
    {
        var appendix = _site.AddFixture("committee-appendix.html");
        var summary = _site.AddFixture("summary.html");
        var output = _site.Path("pdf");
        PdfJob[] jobs = [new(appendix, "appendix-a.pdf"), new(summary, "appendix-b.pdf")];

        var first = await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);
        Assert.All(first.Jobs, r => Assert.Equal(PdfJobOutcome.Printed, r.Outcome));
        Assert.NotNull(first.BrowserStartup);
        Assert.True(File.Exists(Path.Combine(output, PdfManifest.FileName)));
        var printedA = await File.ReadAllBytesAsync(Path.Combine(output, "appendix-a.pdf"));
        var printedB = await File.ReadAllBytesAsync(Path.Combine(output, "appendix-b.pdf"));

        var second = await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);
        Assert.All(second.Jobs, r => Assert.Equal(PdfJobOutcome.UpToDate, r.Outcome));
        Assert.Null(second.BrowserStartup); // nothing to print, so Chromium was not even started
        Assert.Equal(printedA, await File.ReadAllBytesAsync(Path.Combine(output, "appendix-a.pdf")));

        await File.AppendAllTextAsync(_site.Path("print.css"), "\nh2 { color: #000; }\n");
        var third = await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);
        Assert.All(third.Jobs, r => Assert.Equal(PdfJobOutcome.Printed, r.Outcome)); // both link print.css
        Assert.NotEqual(printedA, await File.ReadAllBytesAsync(Path.Combine(output, "appendix-a.pdf")));
        Assert.NotEqual(printedB, await File.ReadAllBytesAsync(Path.Combine(output, "appendix-b.pdf")));
    }

    [Fact]
    public async Task Only_the_page_whose_html_changed_is_printed_again_and_a_deleted_pdf_comes_back()
    {
        var appendix = _site.AddFixture("committee-appendix.html");
        var summary = _site.AddFixture("summary.html");
        var output = _site.Path("pdf");
        PdfJob[] jobs = [new(appendix, "appendix-a.pdf"), new(summary, "appendix-b.pdf")];
        await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);

        var html = await File.ReadAllTextAsync(summary);
        await File.WriteAllTextAsync(summary, html.Replace("Twenty-nine", "Thirty", StringComparison.Ordinal));
        var afterEdit = await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);
        Assert.Equal([PdfJobOutcome.UpToDate, PdfJobOutcome.Printed], afterEdit.Jobs.Select(r => r.Outcome));
        Assert.Contains("Thirty of the thirty-eight", Poppler.FlowText(Path.Combine(output, "appendix-b.pdf")), StringComparison.Ordinal);

        File.Delete(Path.Combine(output, "appendix-a.pdf"));
        var afterDelete = await PdfBatch.PrintChangedAsync(output, jobs, RealChromium.Path);
        Assert.Equal([PdfJobOutcome.Printed, PdfJobOutcome.UpToDate], afterDelete.Jobs.Select(r => r.Outcome));
        Assert.True(File.Exists(Path.Combine(output, "appendix-a.pdf")));
    }
}
