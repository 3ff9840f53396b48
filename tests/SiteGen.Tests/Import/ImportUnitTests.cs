using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Cli;
using SiteGen.Import;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

[Trait("Kind", "Pure")]
public class WordNumberingTests
{
    private static Numbering Numbering(params (int Abstract, (string Format, string Text)[] Levels, (int Level, int Start)[] Overrides)[] nums)
    {
        var numbering = new Numbering();
        foreach (var group in nums.GroupBy(n => n.Abstract))
        {
            var abs = new AbstractNum { AbstractNumberId = group.Key };
            var levels = group.First().Levels;
            for (var i = 0; i < levels.Length; i++)
                abs.Append(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = new NumberFormatValues(levels[i].Format) }, new LevelText { Val = levels[i].Text }) { LevelIndex = i });
            numbering.Append(abs);
        }
        for (var n = 0; n < nums.Length; n++)
        {
            var num = new NumberingInstance(new AbstractNumId { Val = nums[n].Abstract }) { NumberID = n + 1 };
            foreach (var (level, start) in nums[n].Overrides)
                num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
            numbering.Append(num);
        }
        return numbering;
    }

    [Fact]
    public void Multi_level_decimal_numbering_prints_section_and_paragraph_and_restarts_the_lower_level()
    {
        var numbering = new WordNumbering(Numbering((1, [("decimal", "%1."), ("decimal", "%1.%2")], [])));
        Assert.Equal(["1.", "1.1", "1.2", "2.", "2.1"], new[] { (1, 0), (1, 1), (1, 1), (1, 0), (1, 1) }.Select(p => numbering.Next(p.Item1, p.Item2)));
    }

    [Fact]
    public void A_start_override_prints_the_level_above_at_its_start_before_it_has_printed()
    {
        var numbering = new WordNumbering(Numbering((1, [("decimal", "%1"), ("decimal", "%1.%2")], [(0, 3), (1, 7)])));
        Assert.Equal("3.7", numbering.Next(1, 1));
        Assert.Equal("3.8", numbering.Next(1, 1));
    }

    [Fact]
    public void Letters_and_roman_numerals_print_in_brackets_and_bullets_as_bullets()
    {
        var numbering = new WordNumbering(Numbering(
            (1, [("lowerLetter", "(%1)")], []), (2, [("lowerRoman", "(%1)")], [(0, 3)]), (3, [("bullet", "•")], []), (4, [("upperLetter", "%1)")], [(0, 27)])));
        Assert.Equal("(a)", numbering.Next(1, 0));
        Assert.Equal("(b)", numbering.Next(1, 0));
        Assert.Equal("(iii)", numbering.Next(2, 0));
        Assert.Equal("(iv)", numbering.Next(2, 0));
        Assert.Equal("•", numbering.Next(3, 0));
        Assert.Equal("AA)", numbering.Next(4, 0));
        Assert.Null(numbering.Next(99, 0));
    }
}

[Trait("Kind", "Pure")]
public class TextDecoderTests
{
    [Fact]
    public void Reads_utf8_with_and_without_bom_utf16_and_windows_1252_smart_quotes_with_crlf()
    {
        const string text = "1.1 Members’ “rights” — café\n";
        var crlf = text.Replace("\n", "\r\n");
        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(crlf)).Text);
        Assert.Equal(text, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)]).Text);
        Assert.Equal(text, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(crlf)]).Text);
        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetBytes(crlf)).Text);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (decoded, name) = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(crlf));
        Assert.Equal(text, decoded);
        Assert.Equal("Windows-1252", name);
    }
}

[Trait("Kind", "Pure")]
public class PdfLayoutTests
{
    private static PdfLine Line(double baseline, string text, double size = 11, bool bold = false, double left = 72, double right = 520) =>
        new(left, right, baseline, size, bold, [text], [left]);

    private static PdfPageText Page(int number, params PdfLine[] body) =>
        new(number, 600, 842, [Line(810, "Constitution Part 5 - Codes and Protocols", 9), .. body, Line(30, $"Page {number} of 3", 9), Line(18, "Version 2, adopted 4 May 2023", 9)]);

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_dropped_and_a_paragraph_split_by_the_page_break_is_joined()
    {
        var pages = new[]
        {
            Page(1, Line(700, "1.1 Members and officers must treat each other with respect and must not seek to take"), Line(686, "unfair advantage of their position.", right: 300)),
            Page(2, Line(700, "1.2 Officers must give advice that is impartial and must not be drawn into the politics", right: 520),
                Line(686, "of the council.", right: 200)),
            Page(3, Line(700, "1.3 Members must not ask officers to act unlawfully.", right: 400)),
        };
        var (blocks, warnings) = PdfLayout.ToBlocks(pages);
        var paragraphs = blocks.OfType<ParagraphBlock>().ToList();
        Assert.Equal(["1.1", "1.2", "1.3"], paragraphs.Select(p => p.Label));
        Assert.Equal("Members and officers must treat each other with respect and must not seek to take unfair advantage of their position.", paragraphs[0].Text);
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Constitution") || p.Text.Contains("Page ") || p.Text.Contains("Version 2"));
        Assert.Contains(warnings, w => w.Code == ImportCodes.FurnitureDropped);
    }

    [Fact]
    public void A_heading_at_the_top_of_one_page_is_not_mistaken_for_a_running_header()
    {
        var pages = new[]
        {
            Page(1, Line(790, "Introduction", 15, bold: true, right: 180), Line(700, "1.1 Members and officers work together.", right: 300)),
            Page(2, Line(790, "Expectations", 15, bold: true, right: 180), Line(700, "2.1 Officers can expect respect.", right: 300)),
            Page(3, Line(700, "3.1 Members can expect advice.", right: 300)),
        };
        var (blocks, _) = PdfLayout.ToBlocks(pages);
        Assert.True(blocks.OfType<HeadingBlock>().Select(h => h.Text).SequenceEqual(["Introduction", "Expectations"]), string.Join("\n", blocks));
    }

    [Fact]
    public void Hyphen_at_a_line_end_is_dropped_only_where_the_document_spells_the_word_whole()
    {
        var pages = new[]
        {
            new PdfPageText(1, 600, 842, [
                Line(700, "1.1 Officers will give members infor-"), Line(686, "mation and advice; co-"), Line(672, "operation is expected, as is information sharing.", right: 400)]),
        };
        var (blocks, _) = PdfLayout.ToBlocks(pages);
        Assert.Equal("Officers will give members information and advice; co-operation is expected, as is information sharing.", blocks.OfType<ParagraphBlock>().Single().Text);
    }
}

[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class FolderImportTests
{
    [Fact]
    public void A_folder_of_pdfs_prints_progress_and_a_summary_table_and_writes_one_protocol_each()
    {
        using var site = new TempSite();
        var folder = Directory.CreateDirectory(Path.Combine(site.Path, "incoming")).FullName;
        foreach (var slug in new[] { "thurrock", "merton", "staffordshire" })
            File.WriteAllBytes(Path.Combine(folder, slug + ".pdf"), TestPdf.Print(TestHtml.PrintPage(SeedBlocks.Read(slug))));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "");
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ImportCommand.Run(site.Path, folder, new ImportOptions(), null, force: false, output, error);
        var text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("[1/4] merton.pdf", text);
        Assert.Contains("[4/4] thurrock.pdf", text);
        Assert.Matches(@"File\s+Result\s+Protocol\s+Pages\s+Sections\s+Clauses\s+Warnings", text);
        Assert.Matches(@"merton\.pdf\s+imported\s+merton\.md\s+1\s", text);
        Assert.Matches(@"notes\.txt\s+SG1602", text);
        Assert.Contains("Imported 3 of 4 file(s)", text);
        Assert.Contains("pages per second", text);
        Assert.Equal(["merton.md", "staffordshire.md", "thurrock.md"], Directory.GetFiles(Path.Combine(site.Path, "content", "protocols")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}

[Trait("Kind", "Pure")]
public class HostileImportTests
{
    [Fact]
    public void A_page_nested_five_thousand_deep_is_read_without_exhausting_the_stack()
    {
        const int depth = 5_000;
        var html = "<main>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "1.1 Members must be courteous." + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "</main>";
        var document = HtmlImporter.Read(html);
        Assert.Contains(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Members must be courteous.", StringComparison.Ordinal));
    }
}

[Trait("Kind", "Pure")]
public class TableBlockTests
{
    private static ImmutableArray<string> Row(params string[] cells) => [.. cells];

    [Fact]
    public void A_table_of_values_keeps_its_non_empty_rows_in_order()
    {
        var blocks = TableBlock.From([Row("Who", "Goes to"), Row("", ""), Row("An officer", "Their line manager")]).ToList();
        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal(["Who|Goes to", "An officer|Their line manager"], table.Rows.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void A_one_column_table_is_read_as_its_paragraphs_and_an_empty_one_as_nothing()
    {
        var paragraphs = TableBlock.From([Row("1.1 Members are courteous."), Row(""), Row("1.2 Officers are neutral.")]).ToList();
        Assert.Equal(["1.1 Members are courteous.", "1.2 Officers are neutral."], paragraphs.Select(b => Assert.IsType<ParagraphBlock>(b).Text));
        Assert.Empty(TableBlock.From([Row("", ""), Row("")]));
        Assert.Empty(TableBlock.From([]));
    }
}
