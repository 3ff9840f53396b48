using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>A line of text on a PDF page, from glyph positions. Y grows upwards, as in PDF.</summary>
/// <param name="Cells">The line's text split where the gap between words is wider than a few spaces (table cells, hanging labels).</param>
public sealed record PdfLine(double Left, double Right, double Baseline, double FontSize, bool Bold, ImmutableArray<string> Cells)
{
    public string Text => string.Join(" ", Cells);
}

/// <summary>One page's lines, top to bottom.</summary>
public sealed record PdfPageText(int Number, double Width, double Height, ImmutableArray<PdfLine> Lines);

/// <summary>
/// Lines of PDF pages → blocks. Pure, so it is tested on lines built in code. Running headers and footers are the lines
/// in a page's top or bottom band whose text (digits aside) repeats on many pages; page numbers are dropped wherever they
/// stand in those bands; paragraphs break at wider gaps, at numbering and at changes of size or weight; hard wraps and
/// end-of-line hyphenation inside a paragraph are joined.
/// </summary>
public static partial class PdfLayout
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
        var spacing = TypicalSpacing(body);
        var rightMargin = allLines.Select(l => l.Right).OrderBy(r => r).ElementAt((int)(allLines.Count * 0.9));
        var words = WordSet(allLines);

        var blocks = ImmutableArray.CreateBuilder<ImportBlock>();
        var paragraph = new List<PdfLine>();
        var tableRows = new List<ImmutableArray<string>>();
        PdfLine? previous = null;
        var previousPage = 0;

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            blocks.Add(Paragraph(paragraph, bodySize, headingSizes, words));
            paragraph.Clear();
        }
        void FlushTable()
        {
            if (tableRows.Count == 0) return;
            if (tableRows.Count == 1 && tableRows[0].Length <= 1) blocks.Add(new ParagraphBlock(null, tableRows[0][0]));
            else blocks.Add(new TableBlock([.. tableRows]));
            tableRows.Clear();
        }

        foreach (var page in body)
        {
            foreach (var line in page.Lines)
            {
                var isTableRow = line.Cells.Length >= 2 && !(line.Cells.Length == 2 && LabelAtStart().IsMatch(line.Cells[0] + " ") && LabelOnly().IsMatch(line.Cells[0]));
                if (isTableRow)
                {
                    FlushParagraph();
                    tableRows.Add(line.Cells);
                    previous = line;
                    previousPage = page.Number;
                    continue;
                }
                FlushTable();
                if (paragraph.Count > 0 && StartsNewParagraph(previous!, line, previousPage != page.Number, spacing, bodySize, rightMargin))
                    FlushParagraph();
                paragraph.Add(line);
                previous = line;
                previousPage = page.Number;
            }
        }
        FlushParagraph();
        FlushTable();
        return (blocks.ToImmutable(), warnings.ToImmutable());
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

    /// <summary>The gap between baselines of lines of one paragraph: the commonest positive gap.</summary>
    private static double TypicalSpacing(IEnumerable<PdfPageText> pages)
    {
        var gaps = new List<double>();
        foreach (var page in pages)
            for (var i = 1; i < page.Lines.Length; i++)
            {
                var gap = page.Lines[i - 1].Baseline - page.Lines[i].Baseline;
                if (gap > 0) gaps.Add(Math.Round(gap, 1));
            }
        if (gaps.Count == 0) return 14;
        return gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>Removes running headers, footers and page numbers; says how many it removed.</summary>
    public static ImmutableArray<PdfPageText> DropFurniture(IReadOnlyList<PdfPageText> pages, ImmutableArray<ImportWarning>.Builder warnings)
    {
        bool InBand(PdfPageText page, PdfLine line) =>
            line.Baseline > page.Height * (1 - FurnitureBand) || line.Baseline < page.Height * FurnitureBand;

        var pagesWith = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var line in page.Lines.Where(l => InBand(page, l)))
            {
                var key = FurnitureKey(line.Text);
                if (key.Length == 0) continue;
                if (!pagesWith.TryGetValue(key, out var set)) pagesWith[key] = set = [];
                set.Add(page.Number);
            }
        // Repeated on at least half the pages (and on two at least): a running header or footer, not a heading that
        // happens to stand at the top of one page.
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        var running = pagesWith.Where(kv => kv.Value.Count >= threshold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

        var droppedRunning = 0;
        var droppedNumbers = 0;
        var result = ImmutableArray.CreateBuilder<PdfPageText>();
        foreach (var page in pages)
        {
            var kept = ImmutableArray.CreateBuilder<PdfLine>();
            foreach (var line in page.Lines)
            {
                if (InBand(page, line))
                {
                    if (PageNumber().IsMatch(line.Text.Trim())) { droppedNumbers++; continue; }
                    if (running.Contains(FurnitureKey(line.Text))) { droppedRunning++; continue; }
                }
                kept.Add(line);
            }
            result.Add(page with { Lines = kept.ToImmutable() });
        }
        if (droppedRunning + droppedNumbers > 0)
            warnings.Add(new ImportWarning(ImportCodes.FurnitureDropped, string.Create(CultureInfo.InvariantCulture,
                $"Dropped {droppedRunning} running header and footer line(s) ({running.Count} distinct) and {droppedNumbers} page number(s).")));
        return result.ToImmutable();
    }

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
