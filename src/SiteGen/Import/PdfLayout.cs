using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>A line of text on a PDF page, from glyph positions. Y grows upwards, as in PDF.</summary>
/// <param name="Cells">The line's text split where the gap between words is wider than a few spaces (table cells, hanging labels).</param>
/// <param name="CellLefts">The left edge of each cell.</param>
internal sealed record PdfLine(double Left, double Right, double Baseline, double FontSize, bool Bold, ImmutableArray<string> Cells, ImmutableArray<double> CellLefts)
{
    public string Text => string.Join(" ", Cells);
}

/// <summary>One page's lines, top to bottom.</summary>
internal sealed record PdfPageText(int Number, double Width, double Height, ImmutableArray<PdfLine> Lines);

/// <summary>
/// Lines of PDF pages → blocks. Pure, so it is tested on lines built in code. Running headers and footers are the lines
/// in a page's top or bottom band whose text (digits aside) repeats on many pages; page numbers are dropped wherever they
/// stand in those bands; paragraphs break at wider gaps, at numbering and at changes of size or weight; hard wraps and
/// end-of-line hyphenation inside a paragraph are joined.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>The share of the page height at the top and the bottom where running headers and footers stand.</summary>
    public const double FurnitureBand = 0.12;

    public static (ImmutableArray<ImportBlock> Blocks, ImmutableArray<ImportWarning> Warnings) ToBlocks(IReadOnlyList<PdfPageText> pages)
    {
        var warnings = ImmutableArray.CreateBuilder<ImportWarning>();
        var body = DropFurniture(pages, warnings);
        var allLines = body.SelectMany(p => p.Lines).ToList();
        if (allLines.Count == 0) return ([], warnings.ToImmutable());

        var bodySize = allLines.GroupBy(l => Math.Round(l.FontSize * 2) / 2).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var headingSizes = allLines.Where(l => l.FontSize > bodySize * 1.15 && l.Text.Length < 120)
            .Select(l => Math.Round(l.FontSize * 2) / 2).Distinct().OrderByDescending(s => s).ToList();
        var spacing = TypicalSpacing(body, bodySize);
        var rightMargin = allLines.Select(l => l.Right).OrderBy(r => r).ElementAt((int)(allLines.Count * 0.9));
        var words = WordSet(allLines);

        // Paragraphs stay as lines until the end, so text carried past a footnote to the next page can rejoin its paragraph.
        var items = new List<object>();
        List<PdfLine>? paragraph = null;
        TableRegion? table = null;
        PdfLine? previous = null;
        var previousPage = 0;

        foreach (var page in body)
        {
            foreach (var line in page.Lines)
            {
                var newPage = previous is not null && previousPage != page.Number;
                var gap = previous is null || newPage ? double.MaxValue : previous.Baseline - line.Baseline;
                var lineSpacing = spacing * Math.Max(1, line.FontSize / bodySize);
                var isTableRow = line.Cells.Length >= 2 && !(line.Cells.Length == 2 && LabelOnly().IsMatch(line.Cells[0]));
                if (table is not null && (isTableRow || (gap <= lineSpacing * 1.15 && table.Fits(line))))
                {
                    table.Add(line, newRow: gap > lineSpacing * 1.15);
                }
                else if (isTableRow)
                {
                    paragraph = null;
                    table = new TableRegion(line);
                    items.Add(table);
                }
                else
                {
                    table = null;
                    if (paragraph is not null && newPage && StartsWithFootnoteMark(paragraph[0].Text) && char.IsLower(line.Text[0])
                        && items.LastOrDefault(i => i is List<PdfLine> p && !StartsWithFootnoteMark(p[0].Text)) is List<PdfLine> interrupted
                        && !EndsSentence(interrupted[^1].Text))
                    {
                        // A footnote stood at the foot of the page between a paragraph and its continuation.
                        interrupted.Add(line);
                        paragraph = interrupted;
                        items.Remove(interrupted);
                        items.Add(interrupted);
                    }
                    else if (paragraph is null || StartsNewParagraph(previous!, line, newPage, lineSpacing, bodySize, rightMargin))
                    {
                        paragraph = [line];
                        items.Add(paragraph);
                    }
                    else paragraph.Add(line);
                }
                previous = line;
                previousPage = page.Number;
            }
        }

        var blocks = ImmutableArray.CreateBuilder<ImportBlock>();
        foreach (var item in items)
        {
            if (item is List<PdfLine> lines) blocks.Add(Paragraph(lines, bodySize, headingSizes, words));
            else if (item is TableRegion region) blocks.Add(region.ToBlock());
        }
        return (blocks.ToImmutable(), warnings.ToImmutable());
    }

    private static bool StartsWithFootnoteMark(string text) => text.Length > 0 && FootnoteMarks.Contains(text[0]);

    /// <summary>Lines laid out in columns: cells are placed in columns by their left edge; a wider gap starts a new row.</summary>
    private sealed class TableRegion
    {
        private readonly List<double> columns = [];
        private readonly List<List<System.Text.StringBuilder>> rows = [];

        public TableRegion(PdfLine first)
        {
            columns.AddRange(first.CellLefts);
            Add(first, newRow: true);
        }

        /// <summary>A line of one cell continues the table only where it starts at one of its columns.</summary>
        public bool Fits(PdfLine line) => line.CellLefts.All(x => columns.Any(c => Math.Abs(c - x) < 3));

        public void Add(PdfLine line, bool newRow)
        {
            foreach (var x in line.CellLefts)
                if (!columns.Any(c => Math.Abs(c - x) < 3)) columns.Add(x);
            columns.Sort();
            if (newRow || rows.Count == 0) rows.Add([]);
            var row = rows[^1];
            for (var i = 0; i < line.Cells.Length; i++)
            {
                var column = columns.FindLastIndex(c => c <= line.CellLefts[i] + 3);
                if (column < 0) column = 0;
                while (row.Count <= column) row.Add(new System.Text.StringBuilder());
                if (row[column].Length > 0) row[column].Append(' ');
                row[column].Append(line.Cells[i]);
            }
        }

        public ImportBlock ToBlock()
        {
            var width = columns.Count;
            return new TableBlock([.. rows.Select(r => Enumerable.Range(0, width).Select(i => i < r.Count ? Whitespace.Collapse(r[i].ToString()) : "").ToImmutableArray())]);
        }
    }

    private static bool StartsNewParagraph(PdfLine previous, PdfLine line, bool newPage, double spacing, double bodySize, double rightMargin)
    {
        var text = line.Text;
        if (LabelAtStart().Match(text) is { Success: true } label)
        {
            // "12 of the Act" wrapped onto a new line is not paragraph 12: a bare number starts a paragraph only after one ended.
            var bare = !label.Groups["label"].Value.Contains('.') && !label.Groups["label"].Value.Contains(')');
            if (!bare || EndsSentence(previous.Text) || previous.Right < rightMargin - bodySize * 6 || newPage) return true;
        }
        if (text.StartsWith("• ", StringComparison.Ordinal) || text.StartsWith("· ", StringComparison.Ordinal)) return true;
        if (Math.Abs(line.FontSize - previous.FontSize) > bodySize * 0.1 || line.Bold != previous.Bold) return true;
        if (newPage)
        {
            // A paragraph carries over a page break when the last line ran to the margin and did not end a sentence.
            var full = previous.Right >= rightMargin - bodySize * 2;
            return !(full && !EndsSentence(previous.Text)) && !(char.IsLower(text[0]) && !EndsSentence(previous.Text));
        }
        var gap = previous.Baseline - line.Baseline;
        if (gap <= 0 || gap > spacing * 1.45) return true;
        // A short line that ends a sentence ends its paragraph even without extra space after it.
        return previous.Right < rightMargin - bodySize * 6 && EndsSentence(previous.Text) && char.IsUpper(text[0]);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".:;!?”\"".Contains(text[^1]);

    private static ImportBlock Paragraph(List<PdfLine> lines, double bodySize, List<double> headingSizes, HashSet<string> words)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var next = line.Text.Trim();
            if (text.Length == 0) { text.Append(next); continue; }
            if (text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && next.Length > 0 && !char.IsLower(next[0]))
            {
                // "Sub-" + "Committee": a compound broken at its hyphen.
                text.Append(next);
                continue;
            }
            if (text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]))
            {
                // Keep a compound's hyphen; drop a word-break hyphen only where the document spells the word whole elsewhere.
                var before = LastWord(text.ToString(0, text.Length - 1));
                var after = FirstWord(next);
                if (words.Contains((before + after).ToLowerInvariant()) && !words.Contains((before + "-" + after).ToLowerInvariant()))
                    text.Length--;
                text.Append(next);
                continue;
            }
            text.Append(' ').Append(next);
        }
        var joined = Whitespace.Collapse(text.ToString());
        var first = lines[0];
        var size = Math.Round(first.FontSize * 2) / 2;
        var level = headingSizes.IndexOf(size);
        if (level >= 0 && lines.Count <= 3 && !LabelAtStart().IsMatch(joined) && !EndsSentence(joined.TrimEnd(':')))
            return new HeadingBlock(Math.Min(level + 1, 5), joined);
        if (joined.StartsWith("• ", StringComparison.Ordinal) || joined.StartsWith("· ", StringComparison.Ordinal))
            return new BulletBlock(joined[2..].Trim());
        var label = LabelAtStart().Match(joined);
        if (label.Success)
            return new ParagraphBlock(label.Groups["label"].Value, joined[label.Length..].Trim());
        return new ParagraphBlock(null, joined, Bold: lines.All(l => l.Bold) && Math.Abs(first.FontSize - bodySize) < bodySize * 0.1);
    }

    private static string LastWord(string s) { var i = s.Length; while (i > 0 && char.IsLetter(s[i - 1])) i--; return s[i..]; }
    private static string FirstWord(string s) { var i = 0; while (i < s.Length && char.IsLetter(s[i])) i++; return s[..i]; }

    private static HashSet<string> WordSet(IEnumerable<PdfLine> lines)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (Match m in WordPattern().Matches(line.Text))
                set.Add(m.Value.ToLowerInvariant());
        return set;
    }

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)*")]
    private static partial Regex WordPattern();

    /// <summary>
    /// The gap between baselines of lines of one paragraph: the commonest gap between one and 1.6 times the body size
    /// (wider gaps are between paragraphs, and in a list of one-line items they can be the commonest of all).
    /// </summary>
    private static double TypicalSpacing(IEnumerable<PdfPageText> pages, double bodySize)
    {
        var gaps = new List<double>();
        foreach (var page in pages)
            for (var i = 1; i < page.Lines.Length; i++)
            {
                var gap = page.Lines[i - 1].Baseline - page.Lines[i].Baseline;
                if (gap >= bodySize * 0.9 && gap <= bodySize * 1.6) gaps.Add(Math.Round(gap, 1));
            }
        if (gaps.Count == 0) return bodySize * 1.25;
        return gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>
    /// Removes running headers, footers and page numbers; says how many it removed. A line in the top or bottom band is
    /// furniture when, page numbers aside, its text (digits blanked) repeats in the bands of at least half the pages; in
    /// a document too short for repetition to tell, when it is set smaller than the body and stands apart from it.
    /// </summary>
    public static ImmutableArray<PdfPageText> DropFurniture(IReadOnlyList<PdfPageText> pages, ImmutableArray<ImportWarning>.Builder warnings)
    {
        bool InBand(PdfPageText page, PdfLine line) =>
            line.Baseline > page.Height * (1 - FurnitureBand) || line.Baseline < page.Height * FurnitureBand;
        string KeyOf(PdfLine line) => FurnitureKey(string.Join(" ", line.Cells.Where(c => !PageNumber().IsMatch(c.Trim()))));

        var pagesWith = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var line in page.Lines.Where(l => InBand(page, l)))
            {
                var key = KeyOf(line);
                if (key.Length == 0) continue;
                if (!pagesWith.TryGetValue(key, out var set)) pagesWith[key] = set = [];
                set.Add(page.Number);
            }
        // Repeated on at least half the pages (and on two at least): a running header or footer, not a heading that
        // happens to stand at the top of one page.
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        var running = pagesWith.Where(kv => kv.Value.Count >= threshold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var shortDocument = pages.Count < 3;
        var all = pages.SelectMany(p => p.Lines).ToList();
        var bodySize = all.Count == 0 ? 0 : all.GroupBy(l => Math.Round(l.FontSize * 2) / 2).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

        var droppedRunning = 0;
        var droppedNumbers = 0;
        var result = ImmutableArray.CreateBuilder<PdfPageText>();
        foreach (var page in pages)
        {
            var kept = ImmutableArray.CreateBuilder<PdfLine>();
            for (var i = 0; i < page.Lines.Length; i++)
            {
                var line = page.Lines[i];
                if (InBand(page, line))
                {
                    var key = KeyOf(line);
                    if (key.Length == 0) { droppedNumbers++; continue; }
                    if (running.Contains(key) || (shortDocument && StandsApart(page, i, bodySize))) { droppedRunning++; continue; }
                }
                kept.Add(line);
            }
            result.Add(page with { Lines = kept.ToImmutable() });
        }
        if (droppedRunning + droppedNumbers > 0)
            warnings.Add(new ImportWarning(ImportCodes.FurnitureDropped, string.Create(CultureInfo.InvariantCulture,
                $"Dropped {droppedRunning} running header and footer line(s) and {droppedNumbers} page number line(s).")));
        return result.ToImmutable();
    }

    /// <summary>
    /// The first or last line of a page, set smaller than the body, with a gap of more than three body lines between it
    /// and the text: how a running header or footer sits when there is no other page to compare with. A footnote
    /// (which starts with its marker) is kept.
    /// </summary>
    private static bool StandsApart(PdfPageText page, int index, double bodySize)
    {
        var line = page.Lines[index];
        if (line.FontSize > bodySize * 0.92 || line.Text.Length == 0 || char.IsDigit(line.Text[0]) || FootnoteMarks.Contains(line.Text[0])) return false;
        var top = index == 0 || page.Lines.Take(index).All(l => l.Baseline > page.Height * (1 - FurnitureBand) && l.FontSize <= bodySize * 0.92);
        var bottom = index == page.Lines.Length - 1 || page.Lines.Skip(index + 1).All(l => l.Baseline < page.Height * FurnitureBand && l.FontSize <= bodySize * 0.92);
        if (top)
        {
            var next = page.Lines.Skip(index + 1).FirstOrDefault(l => l.FontSize > bodySize * 0.92);
            return next is null || line.Baseline - next.Baseline > bodySize * 3;
        }
        if (bottom)
        {
            var previous = page.Lines.Take(index).LastOrDefault(l => l.FontSize > bodySize * 0.92);
            return previous is null || previous.Baseline - line.Baseline > bodySize * 3;
        }
        return false;
    }

    private const string FootnoteMarks = "⁰¹²³⁴⁵⁶⁷⁸⁹*†‡";

    /// <summary>A header's text with its numbers blanked, so "Page 3 of 9" on one page matches "Page 4 of 9" on the next.</summary>
    internal static string FurnitureKey(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsDigit(ch)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
            else if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(page\s*)?[0-9]{1,4}(\s*(of|/)\s*[0-9]{1,4})?$|^[-–—]\s*[0-9]{1,4}\s*[-–—]$|^[ivxlc]{1,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    // Numbering at the start of a line: "3.2", "3.2.", "16", "(a)", "(iv)", "a)", "iv)".
    [GeneratedRegex(@"^(?<label>[0-9]{1,3}(\.[0-9]{1,3}){0,5}\.?|\([a-zA-Z]{1,6}\)|\([0-9]{1,2}\)|[a-z]\)|[ivx]{1,5}\))\s+(?=\S)", RegexOptions.CultureInvariant)]
    internal static partial Regex LabelAtStart();

    [GeneratedRegex(@"^([0-9]{1,3}(\.[0-9]{1,3}){0,5}\.?|\([a-zA-Z]{1,6}\)|\([0-9]{1,2}\)|[a-z]\)|[ivx]{1,5}\))$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelOnly();
}
