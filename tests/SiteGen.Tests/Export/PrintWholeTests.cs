using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PuppeteerSharp;
using SiteGen.Tests.TestSupport;
using UglyToad.PdfPig;

namespace SiteGen.Tests.Export;

/// <summary>
/// Every matrix page and the escalation page, printed from real Chromium as a reader's browser would print them, keep
/// every authority and every column heading, in text no smaller than 8 pt; and at 320 px wide their captions are whole.
/// </summary>
[Trait("Category", "Browser")]
[Trait("Kind", "RealTool")]
public class PrintWholeTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    /// <summary>
    /// Run in a page opened at a phone's width: for every table caption, whether its text is cut off by the screen or
    /// its scrolling box, and the blank height between the caption and the text of the table's first header cell.
    /// </summary>
    private const string MeasureCaptions = """
        () => {
          const out = [];
          const width = document.documentElement.clientWidth;
          for (const caption of document.querySelectorAll('table caption')) {
            const range = document.createRange();
            range.selectNodeContents(caption);
            const rects = [...range.getClientRects()].filter(r => r.width > 0);
            const text = rects.reduce((m, r) => Math.max(m, r.right), 0);
            const wrap = caption.closest('.table-wrap');
            const visible = Math.min(width, wrap ? wrap.getBoundingClientRect().right : width);
            const table = caption.closest('table');
            const first = table.querySelector('thead th, tr th');
            const r = document.createRange(); r.selectNodeContents(first);
            const firstText = [...r.getClientRects()].filter(x => x.width > 0);
            const captionBottom = caption.getBoundingClientRect().bottom;
            out.push({ caption: caption.textContent.trim(), textRight: Math.round(text), visibleRight: Math.round(visible),
                       gapAboveFirstHeader: firstText.length ? Math.round(firstText[0].top - captionBottom) : -1 });
          }
          return JSON.stringify(out);
        }
        """;

    public static TheoryData<string> Pages => new() { "analysis/expectations.html", "analysis/theme-matrix.html", "analysis/escalation.html" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Printed_page_keeps_every_authority_and_column_heading(string page)
    {
        var pdf = Print(page);
        var text = Flat(Run("pdftotext", [pdf, "-"]));
        var expected = Headings(page);
        Assert.True(expected.Count >= 10, $"only {expected.Count} headings found on {page}");
        var missing = expected.Where(h => !text.Contains(h, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{page} printed without: {string.Join(" | ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Printed_page_has_no_text_below_8_points(string page)
    {
        using var document = PdfDocument.Open(Print(page));
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);
        var smallest = letters.MinBy(l => l.PointSize)!;
        Assert.True(smallest.PointSize >= 7.95, $"{page}: “{smallest.Value}” printed at {smallest.PointSize:0.00} pt");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void At_320_pixels_captions_are_whole_and_no_blank_sits_above_the_table(string page)
    {
        var json = TestBrowser.Open(new Uri(built.File(page)).AbsoluteUri, p => p.EvaluateFunctionAsync<string>(MeasureCaptions), width: 320, height: 4000);
        var tables = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(tables);
        foreach (var t in tables)
        {
            var caption = t.GetProperty("caption").GetString();
            Assert.True(t.GetProperty("textRight").GetInt32() <= t.GetProperty("visibleRight").GetInt32() + 1, $"caption “{caption}” runs past the visible box: {t}");
            Assert.InRange(t.GetProperty("gapAboveFirstHeader").GetInt32(), 0, 24);
        }
    }

    /// <summary>Every column heading of every matrix on the page, and every authority named in a row header, as text.</summary>
    private List<string> Headings(string page)
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(built.File(page)));
        var tables = doc.QuerySelectorAll("table.matrix").ToList();
        var heads = tables.SelectMany(t => t.QuerySelectorAll("thead th")).Select(th => th.QuerySelector("a") ?? th);
        var rows = tables.SelectMany(t => t.QuerySelectorAll("tbody th a[href*='protocols/'], tbody th a[href^='#route-']"));
        return [.. heads.Concat(rows).Select(e => Flat(e.TextContent)).Where(s => s.Length > 0).Distinct()];
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private string Print(string page)
    {
        var pdf = Path.Combine(built.Site.Path, Path.GetFileNameWithoutExtension(page) + ".pdf");
        if (!File.Exists(pdf)) TestBrowser.Open(new Uri(built.File(page)).AbsoluteUri, async p => { await p.PdfAsync(pdf, new PdfOptions { PreferCSSPageSize = true }); return pdf; });
        Assert.True(File.Exists(pdf), $"chromium printed no PDF of {page}");
        return pdf;
    }

    private static string Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start (run scripts/install-test-tools.sh)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 120 s");
        }
        Assert.True(process.ExitCode == 0, $"{file} failed: {stderr.Result}");
        return stdout.Result;
    }
}
