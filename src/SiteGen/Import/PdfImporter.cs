using System.Collections.Immutable;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace SiteGen.Import;

/// <summary>An inclusive range of 1-based page numbers, as given to --pages ("210-224" or "7").</summary>
internal readonly record struct PageRange(int First, int Last)
{
    public static PageRange? Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first < 1) return null;
        var last = first;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < first)) return null;
        return new PageRange(first, last);
    }

    public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}-{Last}";
}

/// <summary>Reads a PDF's text layer with PdfPig into lines with positions, then hands them to <see cref="PdfLayout"/>.</summary>
internal static class PdfImporter
{
    /// <summary>Fewer letters than this on every page: the PDF has no text layer (a scan).</summary>
    public const int MinLettersForText = 20;

    /// <summary>A document longer than this, imported without --pages, is searched for the protocol by its title.</summary>
    public const int LongDocumentPages = 30;

    public static ImportedDocument Read(byte[] bytes, PageRange? range)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException(ImportCodes.Encrypted,
                "The PDF is encrypted with a password. Open it with the password and save or print an unprotected copy, then import that.");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException or FormatException or OverflowException or EndOfStreamException)
        {
            throw new ImportException(ImportCodes.CorruptPdf,
                $"This is not a PDF SiteGen can read ({e.Message.Split('\n')[0].TrimEnd('.')}). Open it in a PDF reader and save or print a new copy, then import that.");
        }
        using (document)
        {
            var count = document.NumberOfPages;
            if (range is { } r && r.Last > count)
                throw new ImportException(ImportCodes.BadPages,
                    $"--pages {r} asks for pages the document does not have: it has {count} page(s). Give a range within 1-{count}.");
            var first = range?.First ?? 1;
            var last = range?.Last ?? count;
            var pages = new List<PdfPageText>();
            for (var n = first; n <= last; n++)
            {
                try
                {
                    pages.Add(ReadPage(document.GetPage(n)));
                }
                catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException or FormatException)
                {
                    throw new ImportException(ImportCodes.CorruptPdf,
                        $"Page {n} of the PDF is damaged ({e.Message.Split('\n')[0].TrimEnd('.')}). Open it in a PDF reader and save or print a new copy, then import that.");
                }
            }
            return FromPages(pages, range is null, count);
        }
    }

    /// <summary>Pages' lines → the imported document: text-layer check, finding the protocol in a long document, layout.</summary>
    public static ImportedDocument FromPages(IReadOnlyList<PdfPageText> pages, bool searchByTitle, int totalPages)
    {
        var warnings = ImmutableArray.CreateBuilder<ImportWarning>();
        var letters = pages.Sum(p => p.Lines.Sum(l => l.Text.Length));
        if (pages.Count == 0 || pages.All(p => p.Lines.Sum(l => l.Text.Length) < MinLettersForText))
            throw new ImportException(ImportCodes.NoTextLayer,
                "The PDF has no text layer: it is a scan (pictures of pages). Run again with --ocr to read it with OCRmyPDF, or ask the council for a PDF saved from the original document.");
        var empty = pages.Where(p => p.Lines.Sum(l => l.Text.Length) < MinLettersForText).Select(p => p.Number).ToList();
        if (empty.Count > 0)
            warnings.Add(new ImportWarning(ImportCodes.LowConfidenceLayout,
                $"Page(s) {string.Join(", ", empty)} have no text layer and were read as blank. If they hold protocol text, run again with --ocr."));

        var chosen = pages;
        // Running headers would stand above every part heading: find the parts in the pages without them.
        if (searchByTitle && pages.Count > LongDocumentPages && ProtocolPages(PdfLayout.DropFurniture(pages, ImmutableArray.CreateBuilder<ImportWarning>())) is { } found)
        {
            chosen = [.. pages.Where(p => p.Number >= found.First && p.Number <= found.Last)];
            warnings.Add(new ImportWarning(ImportCodes.TitleFound,
                $"The document has {totalPages} pages; SiteGen found the protocol by its title on pages {found}. If that is wrong, give --pages."));
        }

        var (blocks, layoutWarnings) = PdfLayout.ToBlocks(chosen);
        warnings.AddRange(layoutWarnings);
        _ = letters;
        return new ImportedDocument(blocks, warnings.ToImmutable(), Pages: chosen.Count);
    }

    /// <summary>
    /// In a long constitution, the pages from the first heading that names a member/officer protocol (not a contents
    /// line) to the page before the next heading at least as large; null when no such heading is found.
    /// </summary>
    internal static PageRange? ProtocolPages(IReadOnlyList<PdfPageText> pages)
    {
        var all = pages.SelectMany(p => p.Lines.Select(l => (Page: p.Number, Line: l))).ToList();
        if (all.Count == 0) return null;
        var bodySize = all.GroupBy(x => Math.Round(x.Line.FontSize)).OrderByDescending(g => g.Sum(x => x.Line.Text.Length)).First().Key;
        bool IsHeading(PdfLine l) => (l.FontSize > bodySize * 1.1 || l.Bold) && l.Text.Length < 120 && !ContentsLine(l.Text);
        var start = all.FindIndex(x => IsHeading(x.Line) && IsProtocolTitle(x.Line.Text));
        if (start < 0) return null;
        var title = all[start].Line;
        for (var i = start + 1; i < all.Count; i++)
        {
            var l = all[i].Line;
            if (all[i].Page == all[start].Page) continue;
            if (l.FontSize >= title.FontSize - 0.5 && (l.Bold || !title.Bold) && IsHeading(l) && !IsProtocolTitle(l.Text) && !ContinuationOf(title.Text, l.Text))
            {
                // The next part usually starts a page; if it starts part way down, that page is shared and kept.
                var startsPage = pages.First(p => p.Number == all[i].Page).Lines.FirstOrDefault() == l;
                return new PageRange(all[start].Page, Math.Max(all[start].Page, all[i].Page - (startsPage ? 1 : 0)));
            }
        }
        return new PageRange(all[start].Page, pages[^1].Number);
    }

    private static bool ContinuationOf(string title, string text) => string.Equals(PdfLayout.FurnitureKey(title), PdfLayout.FurnitureKey(text), StringComparison.Ordinal);

    private static bool IsProtocolTitle(string text)
    {
        var t = text.ToLowerInvariant();
        return t.Contains("protocol", StringComparison.Ordinal) && (t.Contains("officer", StringComparison.Ordinal) || t.Contains("member", StringComparison.Ordinal) || t.Contains("councillor", StringComparison.Ordinal));
    }

    private static bool ContentsLine(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"(\.{3,}|…|\s)\s*[0-9]{1,4}$");

    private static PdfPageText ReadPage(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0 && w.TextOrientation == TextOrientation.Horizontal).ToList();
        // Group words whose baselines agree to within a third of their size into lines, top to bottom.
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var size = Math.Max(1, word.Letters[0].PointSize);
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].Letters[0].StartBaseLine.Y - baseline) < size * 0.35);
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        var result = lines.Select(ToLine).OrderByDescending(l => l.Baseline).ToImmutableArray();
        return new PdfPageText(page.Number, page.Width, page.Height, result);
    }

    private static PdfLine ToLine(List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var letters = words.SelectMany(w => w.Letters).ToList();
        var size = letters.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;
        var bold = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).All(l => IsBold(l));
        var cells = ImmutableArray.CreateBuilder<string>();
        var lefts = ImmutableArray.CreateBuilder<double>();
        lefts.Add(words[0].BoundingBox.Left);
        var cell = new System.Text.StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                if (gap > size * 1.6) { cells.Add(cell.ToString()); cell.Clear(); lefts.Add(word.BoundingBox.Left); }
                else cell.Append(' ');
            }
            cell.Append(word.Text);
            previous = word;
        }
        cells.Add(cell.ToString());
        var baseline = words.Select(w => w.Letters[0].StartBaseLine.Y).Average();
        return new PdfLine(words[0].BoundingBox.Left, words[^1].BoundingBox.Right, baseline, size, bold, cells.ToImmutable(), lefts.ToImmutable());
    }

    private static bool IsBold(Letter l) =>
        (l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false)
        || (l.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) ?? false)
        || (l.FontDetails?.IsBold ?? false);
}
