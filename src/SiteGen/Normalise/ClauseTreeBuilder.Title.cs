using System.Text;

namespace SiteGen.Normalise;

internal sealed partial class ClauseTreeBuilder
{
    /// <summary>Most lines a printed title block runs to ("Borough of Runnel" / "A Protocol for Member/Officer Relations").</summary>
    private const int MaxTitleLines = 4;

    /// <summary>
    /// A numbered line that only names what follows ("9.1 Introduction": a short title, no sentence) and is followed by
    /// clauses numbered under it (9.1.1, 9.1.2) is a numbered sub-heading, not a clause. Both conditions are needed: a
    /// short first line of a hard-wrapped clause ("4.2 The Chief Executive will") is followed by its own continuation.
    /// "2.0 Roles" followed by "2.1 …" is the heading of section 2 in the same way.
    /// </summary>
    private static List<Block> MarkNumberedSubheadings(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not LineBlock { Shape: { Kind: ShapeKind.Clause } shape }) continue;
            if (!shape.Key.Contains('.', StringComparison.Ordinal) || !LineClassifier.IsShortTitle(shape.Text, LineClassifier.MaxNumberedHeadingWords)
                || shape.Text.Length == 0 || !char.IsUpper(shape.Text[0]))
                continue;
            var next = NextNonBlank(result, i + 1);
            if (next is not LineBlock { Shape: { Kind: ShapeKind.Clause } following }) continue;
            if (following.Key.StartsWith(shape.Key + ".", StringComparison.Ordinal))
                result[i] = new LineBlock(shape with { Kind = ShapeKind.NumberedHeading });
            // "2.0 Roles" then "2.1 …": the heading of section 2, numbered the way some councils number headings.
            else if (shape.Key.EndsWith(".0", StringComparison.Ordinal) && shape.Key.Length > 2
                     && following.Key.StartsWith(shape.Key[..^2] + ".", StringComparison.Ordinal))
                result[i] = new LineBlock(shape with { Kind = ShapeKind.NumberedHeading, Key = shape.Key[..^2] });
        }
        return result;
    }

    private static Block? NextNonBlank(IReadOnlyList<Block> blocks, int from)
    {
        for (var i = from; i < blocks.Count; i++)
            if (blocks[i] is not LineBlock { Shape.Kind: ShapeKind.Blank }) return blocks[i];
        return null;
    }

    /// <summary>
    /// Reads the document's printed title from the top: paragraphs of short title lines (one to four lines, each
    /// capitalised, none ending like a sentence) that are followed by another heading, or that repeat the document's
    /// own title; and a line saying when the document was adopted or reviewed. They become the printed title, never a
    /// clause or a section. Returns the index of the first block after them.
    /// </summary>
    private int ReadPrintedTitle(IReadOnlyList<Block> blocks)
    {
        var i = 0;
        var end = 0;
        while (true)
        {
            var from = SkipBlanks(blocks, i);
            var to = ParagraphEnd(blocks, from);
            if (to == from) break;
            var lines = blocks.Skip(from).Take(to - from).Cast<LineBlock>().Select(b => b.Shape).ToList();

            if (lines.All(l => l.Kind == ShapeKind.Text && LineClassifier.IsStatusLine(l.Text)))
            {
                foreach (var l in lines)
                {
                    _printedTitle.Add((l.Number, l.Text));
                    Note(l.Number, "SG0232", "Read this line as the date the document was adopted or reviewed: it is kept with the printed title, not published as a clause or heading.");
                }
                i = end = to;
                continue;
            }

            if (lines.Count > MaxTitleLines || !lines.All(IsTitleLine)) break;
            var ownTitle = lines.Any(l => RepeatsDocumentTitle(l.Text));
            var nextFrom = SkipBlanks(blocks, to);
            if (!ownTitle && !(lines.Count > 1 && StartsWithHeading(blocks, nextFrom)))
                break;
            _printedTitle.AddRange(lines.Select(l => (l.Number, l.Text)));
            i = end = to;
        }
        return end;
    }

    /// <summary>How many short paragraphs (a web page's "Loading images…", an "Agenda item" label) may stand above the document's own title.</summary>
    private const int MaxParagraphsAboveTitle = 3;

    /// <summary>
    /// After <see cref="ReadPrintedTitle"/>: the document's own title a few short lines further down, below scraps of the
    /// page it was pasted from, is its printed title too, with any adoption line under it. Returns the blocks taken.
    /// </summary>
    private HashSet<int> ReadTitleBelowScraps(IReadOnlyList<Block> blocks, int from)
    {
        var taken = new HashSet<int>();
        var i = from;
        for (var seen = 0; seen <= MaxParagraphsAboveTitle; seen++)
        {
            var start = SkipBlanks(blocks, i);
            var to = ParagraphEnd(blocks, start);
            if (to == start || to - start > 2) break;
            var lines = blocks.Skip(start).Take(to - start).Cast<LineBlock>().Select(b => b.Shape).ToList();
            if (lines.Any(l => l.Kind is not (ShapeKind.Text or ShapeKind.Heading) || l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)) break;
            if (lines.All(IsTitleLine) && lines.Any(l => RepeatsDocumentTitle(l.Text)))
            {
                _printedTitle.AddRange(lines.Select(l => (l.Number, l.Text)));
                for (var k = start; k < to; k++) taken.Add(k);
                // An adoption or review line straight under the title belongs with it.
                var next = SkipBlanks(blocks, to);
                var nextEnd = ParagraphEnd(blocks, next);
                var status = blocks.Skip(next).Take(nextEnd - next).Cast<LineBlock>().Select(b => b.Shape).ToList();
                if (status.Count > 0 && status.All(l => l.Kind == ShapeKind.Text && LineClassifier.IsStatusLine(l.Text)))
                {
                    foreach (var l in status)
                    {
                        _printedTitle.Add((l.Number, l.Text));
                        Note(l.Number, "SG0232", "Read this line as the date the document was adopted or reviewed: it is kept with the printed title, not published as a clause or heading.");
                    }
                    for (var k = next; k < nextEnd; k++) taken.Add(k);
                }
                break;
            }
            i = to;
        }
        return taken;
    }

    /// <summary>A line that could be part of a title: a heading, or short capitalised text that does not end like a sentence.</summary>
    private static bool IsTitleLine(LineShape shape) =>
        shape.Kind == ShapeKind.Heading
        || (shape.Kind == ShapeKind.Text && LineClassifier.IsShortTitle(shape.Text, 12) && shape.Text.Length > 0 && (char.IsUpper(shape.Text[0]) || char.IsDigit(shape.Text[0])));

    /// <summary>The paragraph at <paramref name="from"/> starts with a heading, or is itself a title paragraph with a heading after it.</summary>
    private static bool StartsWithHeading(IReadOnlyList<Block> blocks, int from)
    {
        if (from >= blocks.Count || blocks[from] is not LineBlock { Shape: var first }) return false;
        if (first.Kind is ShapeKind.Heading or ShapeKind.NumberedHeading || (first.Kind == ShapeKind.Text && first.LooksLikeHeading)) return true;
        return false;
    }

    private static int SkipBlanks(IReadOnlyList<Block> blocks, int i)
    {
        while (i < blocks.Count && blocks[i] is LineBlock { Shape.Kind: ShapeKind.Blank }) i++;
        return i;
    }

    private static int ParagraphEnd(IReadOnlyList<Block> blocks, int from)
    {
        var i = from;
        while (i < blocks.Count && blocks[i] is LineBlock { Shape.Kind: not ShapeKind.Blank }) i++;
        return i;
    }

    /// <summary>The line is the document's own title (from its front matter), or holds it, or is a substantial part of it.</summary>
    private bool RepeatsDocumentTitle(string line)
    {
        if (_documentTitle.Length == 0) return false;
        var words = TitleWords(line);
        if (words.Length == 0) return false;
        if (words == _documentTitle) return true;
        var (shorter, longer) = words.Length < _documentTitle.Length ? (words, _documentTitle) : (_documentTitle, words);
        return shorter.Split(' ').Length >= 3 && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);
    }

    /// <summary>Letters and digits only, lower-cased, one space between words: "Part 5(c) – Protocol" is "part 5 c protocol".</summary>
    private static string TitleWords(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
