using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
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
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Export", "measure-narrow.html"), built.File("measure-narrow.html"), overwrite: true);
        var url = new Uri(built.File("measure-narrow.html")).AbsoluteUri + "?page=" + Uri.EscapeDataString(page);
        var dom = Chromium(["--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", url]);
        var json = new HtmlParser().ParseDocument(dom).QuerySelector("#result")!.TextContent;
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
        if (!File.Exists(pdf)) Chromium(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(built.File(page)).AbsoluteUri]);
        Assert.True(File.Exists(pdf), $"chromium printed no PDF of {page}");
        return pdf;
    }

    private static string Chromium(IEnumerable<string> args)
    {
        var profile = Directory.CreateTempSubdirectory("sitegen-chromium-").FullName;
        try
        {
            return Run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, .. args]);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
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
