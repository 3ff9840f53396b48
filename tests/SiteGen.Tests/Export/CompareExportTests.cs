using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Export;

/// <summary>
/// The compare view as Word and Excel files, read back with independent readers (python-docx and openpyxl) and held
/// against the data the compare page itself draws from (<c>data/compare/&lt;slug&gt;.js</c>, written by another part of
/// SiteGen): every authority side by side, every theme any of them has a clause on, each clause's text and link.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "Disk")]
public class CompareExportTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    private sealed record Authority(string Slug, string Name, bool IsExtract);

    private sealed record Theme(string Id, string Title);

    private sealed record Clause(string Href, string Text);

    [Fact]
    public void Word_document_has_every_authority_side_by_side_in_landscape_tables_with_each_clause_text_and_link()
    {
        var (authorities, themes, clauses) = PageData();
        var tables = ReadOffice().GetProperty("docx").EnumerateArray().ToList();
        Assert.True(tables.Count >= 2, "the default site's ten authorities make more than one table of at most six");
        var seen = new List<string>();
        foreach (var table in tables)
        {
            Assert.True(table.GetProperty("header_repeats").GetBoolean(), "the header row repeats on every page");
            var rows = table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
            var names = rows[0].Skip(1).Select(c => c.GetProperty("text").GetString()!).ToList();
            // Whole clauses side by side need the width: three authorities or more go in a landscape section.
            Assert.Equal(names.Count >= 3, table.GetProperty("landscape").GetBoolean());
            Assert.Equal("Theme", rows[0][0].GetProperty("text").GetString());
            Assert.InRange(names.Count, 1, 6);
            var columns = names.Select(n => authorities.Single(a => n.StartsWith(a.Name, StringComparison.Ordinal))).ToList();
            seen.AddRange(columns.Select(a => a.Slug));

            // A row per theme on which one of these authorities has a clause, in taxonomy order.
            var expectedThemes = themes.Where(t => columns.Any(a => clauses[a.Slug].GetValueOrDefault(t.Id, []).Count > 0)).ToList();
            Assert.Equal(expectedThemes.Select(t => t.Title), rows.Skip(1).Select(r => r[0].GetProperty("text").GetString()!));
            for (var r = 1; r < rows.Count; r++)
            {
                var theme = expectedThemes[r - 1];
                for (var c = 0; c < columns.Count; c++)
                {
                    var cell = rows[r][c + 1];
                    var text = cell.GetProperty("text").GetString()!;
                    var links = cell.GetProperty("links").EnumerateArray().Select(l => FromData(l.GetString()!)).ToList();
                    var expected = clauses[columns[c].Slug].GetValueOrDefault(theme.Id, []);
                    var where = $"{theme.Title} × {columns[c].Name}";
                    Assert.True(expected.Select(x => x.Href).SequenceEqual(links), $"{where}: links {string.Join(", ", links)}");
                    foreach (var clause in expected)
                        Assert.Contains(Flat(clause.Text), Flat(text), StringComparison.Ordinal);
                    if (expected.Count == 0)
                        Assert.Equal(columns[c].IsExtract ? "Not in extract" : "Nothing on this theme", text);
                }
            }
        }
        Assert.Equal(authorities.Select(a => a.Slug), seen);
    }

    [Fact]
    public void Workbook_has_a_sheet_per_table_with_frozen_headers_filters_and_each_cells_first_clause_linked()
    {
        var (authorities, themes, clauses) = PageData();
        var office = ReadOffice();
        var tables = office.GetProperty("docx").GetArrayLength();
        var sheets = office.GetProperty("xlsx").EnumerateArray().ToList();
        Assert.Equal(tables + 1, sheets.Count); // one sheet per table, then every citation
        var linked = 0;
        foreach (var sheet in sheets.Take(tables))
        {
            Assert.Equal("B3", sheet.GetProperty("freeze").GetString());
            var rows = sheet.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
            Assert.StartsWith("A2:", sheet.GetProperty("filter").GetString(), StringComparison.Ordinal);
            Assert.EndsWith((rows.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), sheet.GetProperty("filter").GetString(), StringComparison.Ordinal);
            var columns = rows[1].Skip(1).Select(c => authorities.Single(a => c.GetProperty("text").GetString()!.StartsWith(a.Name, StringComparison.Ordinal))).ToList();
            for (var r = 2; r < rows.Count; r++)
            {
                var theme = themes.Single(t => t.Title == rows[r][0].GetProperty("text").GetString());
                for (var c = 0; c < columns.Count; c++)
                {
                    var expected = clauses[columns[c].Slug].GetValueOrDefault(theme.Id, []);
                    var link = rows[r][c + 1].GetProperty("link");
                    Assert.Equal(expected.FirstOrDefault()?.Href, link.ValueKind == JsonValueKind.Null ? null : FromData(link.GetString()!));
                    if (expected.Count > 0) linked++;
                }
            }
        }
        Assert.True(linked > 20, $"only {linked} cells link a clause");
    }

    [Fact]
    public void The_compare_page_links_both_files_and_they_exist()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(built.File("compare.html")));
        var hrefs = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var ext in new[] { "docx", "xlsx" })
        {
            Assert.Contains($"data/compare-all.{ext}", hrefs);
            Assert.True(File.Exists(built.File($"data/compare-all.{ext}")));
        }
    }

    /// <summary>What compare.js draws from: the index in compare.html (authorities, themes) and each authority's data script.</summary>
    private (List<Authority> Authorities, List<Theme> Themes, Dictionary<string, Dictionary<string, List<Clause>>> Clauses) PageData()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(built.File("compare.html")));
        var index = JsonDocument.Parse(doc.GetElementById("compare-index")!.TextContent).RootElement;
        var authorities = index.GetProperty("authorities").EnumerateArray()
            .Select(a => new Authority(a.GetProperty("slug").GetString()!, a.GetProperty("name").GetString()!, a.GetProperty("is_extract").GetBoolean())).ToList();
        var themes = index.GetProperty("themes").EnumerateArray().Select(t => new Theme(t.GetProperty("id").GetString()!, t.GetProperty("title").GetString()!)).ToList();
        var clauses = new Dictionary<string, Dictionary<string, List<Clause>>>(StringComparer.Ordinal);
        foreach (var a in authorities)
        {
            var script = File.ReadAllText(built.File($"data/compare/{a.Slug}.js"));
            var json = script[(script.IndexOf(".add(", StringComparison.Ordinal) + 5)..script.LastIndexOf(");", StringComparison.Ordinal)];
            var data = JsonDocument.Parse(json).RootElement;
            var list = data.GetProperty("clauses").EnumerateArray().Select(c => new Clause(c.GetProperty("href").GetString()!, c.GetProperty("text").GetString()!)).ToList();
            clauses[a.Slug] = data.GetProperty("themes").EnumerateObject()
                .ToDictionary(t => t.Name, t => t.Value.EnumerateArray().Select(i => list[i.GetInt32()]).ToList(), StringComparer.Ordinal);
        }
        return (authorities, themes, clauses);
    }

    private static string Flat(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FromData(string href) => href.StartsWith("../", StringComparison.Ordinal) ? href[3..] : "data/" + href;

    private JsonElement ReadOffice() => OfficeReader.Read(built.File("data/compare-all.docx"), built.File("data/compare-all.xlsx"));
}
