using System.Globalization;
using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Pdf;
using SiteGen.Tests.Checks;

namespace SiteGen.Tests.Pdf;

/// <summary>Prints pages of the built default site the way a browser's "Print" does, with the site's own print stylesheet.</summary>
public sealed class PrintedSitePages : IAsyncLifetime
{
    private readonly TestSupport.TempSite _site = TestSupport.Repo.CopyDefaultSite();

    public string ProtocolPdf => _site.File("hackney.pdf");
    public string ReportPdf => _site.File("report.pdf");
    public string HackneyData => _site.File("_site/data/protocols/hackney.json");

    public async Task InitializeAsync()
    {
        var stderr = new StringWriter();
        Assert.True(BuildCommand.Run(new DirectoryInfo(_site.Path), false, new StringWriter(), stderr) == 0, stderr.ToString());
        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        await browser.PrintAsync(_site.File("_site/protocols/hackney.html"), ProtocolPdf, _site.File("_site"));
        await browser.PrintAsync(_site.File("_site/reports/surrey-2010-review-of-member-officer-protocol.html"), ReportPdf, _site.File("_site"));
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
public sealed class SitePrintTests(PrintedSitePages printed) : IClassFixture<PrintedSitePages>
{
    [Fact]
    public void Navigation_and_screen_furniture_are_left_out()
    {
        foreach (var pdf in new[] { printed.ProtocolPdf, printed.ReportPdf })
        {
            var text = Poppler.FlowText(pdf);
            Assert.DoesNotContain("Skip to main content", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Download the clauses as CSV", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Copy citation", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Authorities Reports Data", text, StringComparison.Ordinal);
        }
        Assert.Contains("London Borough of Hackney", Poppler.FlowText(printed.ProtocolPdf), StringComparison.Ordinal);
        Assert.Contains("[Merton, ¶1.1]", Poppler.FlowText(printed.ReportPdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_is_a4_and_numbered_page_x_of_n_under_a_header_naming_the_page()
    {
        var info = Poppler.Info(printed.ProtocolPdf);
        Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
        var pages = Poppler.PageTexts(printed.ProtocolPdf);
        Assert.True(pages.Count > 3);
        for (var page = 1; page <= pages.Count; page++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages.Count}"), pages[page - 1], StringComparison.Ordinal);
            Assert.StartsWith("Hackney: ", pages[page - 1].Split('\n').First(l => l.Trim().Length > 0).Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_clause_without_sub_items_is_never_split_across_pages()
    {
        using var data = JsonDocument.Parse(File.ReadAllText(printed.HackneyData));
        // Each leaf clause as its text and the start of the meta line printed below it ("Source, line 53" or "Source, lines 53–55").
        var leaves = data.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("clauses").EnumerateArray()).SelectMany(Flatten)
            .Where(c => c.GetProperty("children").GetArrayLength() == 0)
            .Select(c => (
                Text: JoinHyphens(Poppler.Collapse(c.GetProperty("text").GetString()!.Replace("• ", "", StringComparison.Ordinal))),
                Meta: string.Create(CultureInfo.InvariantCulture, $"Source, line{(c.GetProperty("lines").GetProperty("first").GetInt32() == c.GetProperty("lines").GetProperty("last").GetInt32() ? "" : "s")} {c.GetProperty("lines").GetProperty("first").GetInt32()}")))
            .ToList();
        Assert.True(leaves.Count > 100);
        var pages = Poppler.DrawnPageTexts(printed.ProtocolPdf).Select(JoinHyphens).ToList();
        var split = leaves.Where(leaf => !pages.Any(p => p.Contains(leaf.Text, StringComparison.Ordinal) && p.Contains(leaf.Meta, StringComparison.Ordinal))).ToList();
        Assert.True(split.Count == 0, $"{split.Count} clauses are not whole on any one page, e.g. \"{split.FirstOrDefault().Text}\" ({split.FirstOrDefault().Meta})");
    }

    /// <summary>A line that wraps after "party-" reads back as "party- political"; compare both sides without that space.</summary>
    private static string JoinHyphens(string text) => text.Replace("- ", "-", StringComparison.Ordinal);

    private static IEnumerable<JsonElement> Flatten(JsonElement clause) =>
        clause.GetProperty("children").EnumerateArray().SelectMany(Flatten).Prepend(clause);
}
