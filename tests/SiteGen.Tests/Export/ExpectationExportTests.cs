using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Export;

/// <summary>
/// The Word and Excel files of the expectations matrix, read back with independent readers (python-docx and openpyxl),
/// hold the same cells and hyperlinks as the HTML table of the expectations page.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "Disk")]
public class ExpectationExportTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    private sealed record HtmlCell(string Text, IReadOnlyList<string> Links);

    private sealed record HtmlTable(string Caption, IReadOnlyList<IReadOnlyList<HtmlCell>> Rows);

    [Fact]
    public void Word_document_holds_the_same_cells_and_links_as_the_page()
    {
        var html = PageTables();
        var office = ReadOffice("data/expectation-matrix");
        var tables = office.GetProperty("docx").EnumerateArray().ToList();
        Assert.Equal(html.Count, tables.Count);
        Assert.True(html.Count >= 2, "the default site states expectations in at least two directions");
        for (var t = 0; t < html.Count; t++)
        {
            var table = tables[t];
            Assert.Equal(Words(html[t].Caption), Words(table.GetProperty("caption").GetString()!));
            Assert.True(table.GetProperty("header_repeats").GetBoolean(), "the header row repeats on every page");
            Assert.True(table.GetProperty("landscape").GetBoolean(), "a table of every authority is in a landscape section");
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(html[t].Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].EnumerateArray().ToList();
                Assert.Equal(html[t].Rows[r].Count, cells.Count);
                for (var c = 0; c < cells.Count; c++)
                {
                    var where = $"table {t + 1}, row {r + 1}, column {c + 1}";
                    Assert.True(Words(html[t].Rows[r][c].Text).SequenceEqual(Words(cells[c].GetProperty("text").GetString()!)),
                        $"{where}: page says “{string.Join(" ", Words(html[t].Rows[r][c].Text))}”, Word says “{cells[c].GetProperty("text").GetString()}”");
                    Assert.Equal(html[t].Rows[r][c].Links, [.. cells[c].GetProperty("links").EnumerateArray().Select(l => FromData(l.GetString()!))]);
                }
            }
        }
    }

    [Fact]
    public void Workbook_holds_the_same_cells_and_links_as_the_page_with_frozen_headers_and_filters()
    {
        var html = PageTables();
        var office = ReadOffice("data/expectation-matrix");
        var sheets = office.GetProperty("xlsx").EnumerateArray().ToList();
        Assert.Equal(html.Count + 1, sheets.Count); // one sheet per table, then every citation
        var allLinks = new List<string>();
        for (var t = 0; t < html.Count; t++)
        {
            var sheet = sheets[t];
            Assert.Equal("B3", sheet.GetProperty("freeze").GetString());
            var width = html[t].Rows[0].Count;
            Assert.Equal($"A2:{(char)('A' + width - 1)}{html[t].Rows.Count + 1}", sheet.GetProperty("filter").GetString());
            foreach (var w in sheet.GetProperty("widths").EnumerateObject()) Assert.InRange(w.Value.GetDouble(), 10, 60);
            var rows = sheet.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(Words(html[t].Caption), Words(rows[0].EnumerateArray().First().GetProperty("text").GetString()!));
            Assert.Equal(html[t].Rows.Count, rows.Count - 1);
            for (var r = 0; r < html[t].Rows.Count; r++)
            {
                var cells = rows[r + 1].EnumerateArray().ToList();
                Assert.Equal(html[t].Rows[r].Count, cells.Count);
                for (var c = 0; c < cells.Count; c++)
                {
                    var expected = html[t].Rows[r][c];
                    var text = cells[c].GetProperty("text").GetString()!;
                    Assert.True(Words(expected.Text).SequenceEqual(Words(text)), $"sheet {t + 1}, row {r + 2}, column {c + 1}: page says “{string.Join(" ", Words(expected.Text))}”, Excel says “{text}”");
                    if (r == 0 || c == 0) continue; // header links (authorities, themes) are in the Word file; a sheet links its clauses
                    var link = cells[c].GetProperty("link");
                    Assert.Equal(expected.Links.FirstOrDefault(), link.ValueKind == JsonValueKind.Null ? null : FromData(link.GetString()!));
                    allLinks.AddRange(expected.Links);
                }
            }
        }
        var cited = sheets[^1].GetProperty("rows").EnumerateArray().Skip(2).Select(r => r.EnumerateArray().Last().GetProperty("link").GetString()!).Select(FromData);
        Assert.Equal(allLinks, cited);
        Assert.Contains(allLinks, l => l.StartsWith("protocols/", StringComparison.Ordinal) && l.Contains('#'));
    }

    [Fact]
    public void Exports_are_byte_identical_from_one_build_to_the_next()
    {
        var names = new[] { "data/expectation-matrix.docx", "data/expectation-matrix.xlsx", "data/escalation.docx", "data/theme-matrix.xlsx" };
        var first = names.Select(n => System.IO.File.ReadAllBytes(built.File(n))).ToList();
        using var again = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteBuilds.Build(again.Path).Exit);
        for (var i = 0; i < names.Length; i++)
            Assert.True(first[i].SequenceEqual(System.IO.File.ReadAllBytes(again.File("_site/" + names[i]))), $"{names[i]} differs between two builds");
        using var zip = new ZipArchive(new MemoryStream(first[0]));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public void Matrix_and_escalation_pages_link_their_downloads_and_every_linked_file_exists()
    {
        var parser = new HtmlParser();
        foreach (var (page, data) in new[] { ("analysis/expectations.html", "expectation-matrix"), ("analysis/theme-matrix.html", "theme-matrix"), ("analysis/escalation.html", "escalation") })
        {
            var doc = parser.ParseDocument(System.IO.File.ReadAllText(built.File(page)));
            var hrefs = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var ext in new[] { "csv", "docx", "xlsx" })
            {
                Assert.Contains($"../data/{data}.{ext}", hrefs);
                Assert.True(System.IO.File.Exists(built.File($"data/{data}.{ext}")), $"{data}.{ext} is linked but not written");
            }
        }
    }

    /// <summary>The expectations page's tables as a reader sees them: caption, then rows of cells (header row first), links made site-relative.</summary>
    private List<HtmlTable> PageTables()
    {
        var doc = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(built.File("analysis/expectations.html")));
        return [.. doc.QuerySelectorAll("table.expectations").Select(table => new HtmlTable(
            Text(table.QuerySelector("caption")!),
            [.. table.QuerySelectorAll("tr").Select(tr => (IReadOnlyList<HtmlCell>)[.. tr.Children.Select(cell =>
                new HtmlCell(Text(cell), [.. cell.QuerySelectorAll("a[href]").Select(a => FromAnalysis(a.GetAttribute("href")!))]))])]))];
    }

    private static string Text(IElement element) => string.Join(" ", element.Descendants<IText>().Select(t => t.Data));

    private static string FromAnalysis(string href) => href.StartsWith("../", StringComparison.Ordinal) ? href[3..] : "analysis/" + href;

    private static string FromData(string href) => href.StartsWith("../", StringComparison.Ordinal) ? href[3..] : "data/" + href;

    /// <summary>The words of a cell, whatever punctuation joins them: "Stated: 7.2(a) (general)" and "Stated 7.2(a) (general)" agree; "7.2(a)" keeps its brackets.</summary>
    private static List<string> Words(string text) =>
        [.. Regex.Split(text, @"[\s,;:]+").Select(w =>
        {
            if (w.StartsWith('(')) w = w[1..];
            while (w.EndsWith(')') && w.Count(ch => ch == ')') > w.Count(ch => ch == '(')) w = w[..^1];
            return w.TrimEnd('.');
        }).Where(w => w.Length > 0)];

    private JsonElement ReadOffice(string path) => OfficeReader.Read(built.File(path + ".docx"), built.File(path + ".xlsx"));
}
