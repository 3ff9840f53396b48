using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>The normalised protocol and what the normaliser noticed on the way.</summary>
internal sealed record NormaliseResult(Protocol Protocol, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Text → clause schema. Pure: a protocol document in, a <see cref="Protocol"/> and diagnostics out.</summary>
internal static class ProtocolNormaliser
{
    public static NormaliseResult Normalise(ProtocolDocument document)
    {
        var file = document.Metadata.ContentFile;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var lines = document.Body.Split('\n')
            .Select((text, i) => new SourceLine(document.BodyFirstLine + i, text.TrimEnd('\r')))
            .ToList();

        var removed = new bool[lines.Count];
        foreach (var (first, last) in TableOfContentsDetector.Find(lines))
        {
            for (var i = first; i <= last; i++) removed[i] = true;
            diagnostics.Add(Diagnostic.Info(file, lines[first].Number, "SG0301",
                $"Skipped the table of contents (lines {lines[first].Number}-{lines[last].Number})."));
        }
        var ownNames = new[] { document.Metadata.Title, document.Metadata.Authority, document.Metadata.ShortName };
        foreach (var i in PageFurnitureDetector.Find(lines, document.Metadata.PageFurniture, ownNames))
            removed[i] = true;

        var footnotes = new List<FootnoteText>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (removed[i] || FootnoteExtractor.TryRead(lines[i]) is not { } footnote) continue;
            footnotes.Add(footnote);
            removed[i] = true;
        }

        var kept = lines.Where((_, i) => !removed[i]).ToList();
        var blocks = ToBlocks(kept);
        var hasPrintedNumbers = blocks.OfType<LineBlock>().Any(b => b.Shape.Kind is ShapeKind.Clause or ShapeKind.QuotedParagraph);

        var builder = new ClauseTreeBuilder(file, hasPrintedNumbers, document.Metadata.Title);
        builder.Build(blocks);
        diagnostics.AddRange(builder.Diagnostics);

        AttachFootnotes(builder.Sections, footnotes, file, diagnostics);
        var sections = Freeze(document.Metadata.Slug, builder.Sections, file, diagnostics);
        return new NormaliseResult(new Protocol(document.Metadata, [.. builder.PrintedTitle], sections), Capped(diagnostics, file));
    }

    /// <summary>More findings of one kind than anyone will read in a file: the rest are counted, not listed.</summary>
    public const int MaxDiagnosticsPerCode = 20;

    /// <summary>
    /// Keeps the first <see cref="MaxDiagnosticsPerCode"/> findings of each code (by line) and one line saying how many more
    /// there are, so a mangled paste shows its first problems rather than ten thousand lines of the same warning.
    /// </summary>
    private static ImmutableArray<Diagnostic> Capped(IEnumerable<Diagnostic> diagnostics, string file)
    {
        var kept = ImmutableArray.CreateBuilder<Diagnostic>();
        var dropped = new Dictionary<(string Code, Severity Severity), (int Count, int First, int Last)>();
        var seen = new Dictionary<(string, Severity), int>();
        foreach (var d in diagnostics)
        {
            var key = (d.Code, d.Severity);
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (count <= MaxDiagnosticsPerCode) { kept.Add(d); continue; }
            dropped[key] = dropped.TryGetValue(key, out var r) ? (r.Count + 1, Math.Min(r.First, d.Line), Math.Max(r.Last, d.Line)) : (1, d.Line, d.Line);
        }
        foreach (var ((code, severity), (count, first, last)) in dropped.OrderBy(kv => kv.Key.Code, StringComparer.Ordinal).ThenBy(kv => kv.Key.Severity))
        {
            kept.Add(new Diagnostic(file, first, 0, severity, code, string.Create(CultureInfo.InvariantCulture,
                $"…and {count} more like this between lines {first} and {last}, not listed. Fix the ones above and build again.")));
        }
        return kept.ToImmutable();
    }

    /// <summary>Classifies lines, grouping runs of two or more tab-separated lines into tables.</summary>
    private static List<Block> ToBlocks(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<Block>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var j = i;
            while (j < lines.Count && TabTable.IsTableLine(lines[j].Text)) j++;
            if (j - i >= 2)
            {
                blocks.Add(new TableBlock(TabTable.Parse([.. lines.Skip(i).Take(j - i)])));
                i = j;
                continue;
            }
            var blankBefore = i == 0 || lines[i - 1].Text.Trim().Length == 0;
            var blankAfter = i == lines.Count - 1 || lines[i + 1].Text.Trim().Length == 0;
            blocks.Add(new LineBlock(LineClassifier.Classify(lines[i], blankBefore, blankAfter)));
            i++;
        }
        return blocks;
    }

    /// <summary>A footnote belongs to the nearest clause above it whose text carries its marker.</summary>
    private static void AttachFootnotes(IReadOnlyList<SectionNode> sections, IReadOnlyList<FootnoteText> footnotes, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (footnotes.Count == 0) return;
        // A footnote sits at the foot of the page its marker is on, so only the clauses shortly above it are candidates.
        const int MaxClausesAbove = 200;
        var nodes = sections.SelectMany(s => s.Clauses).SelectMany(Flatten).OrderBy(n => n.Lines.First).ToList();
        var firstLines = nodes.Select(n => n.Lines.First).ToList();
        // Each clause's markers are read once: searching its whole text again for every footnote would be quadratic.
        var markers = new HashSet<string>?[nodes.Count];
        foreach (var footnote in footnotes)
        {
            var index = firstLines.BinarySearch(footnote.Line);
            var end = index >= 0 ? index : ~index;
            var from = Math.Max(0, end - MaxClausesAbove);
            ClauseNode? owner = null;
            for (var k = end - 1; k >= from && owner is null; k--)
                if ((markers[k] ??= MarkersIn(nodes[k])).Contains(footnote.Marker)) owner = nodes[k];
            var above = end > from ? nodes[end - 1] : null;
            if (owner is null)
            {
                owner = above ?? nodes.FirstOrDefault();
                diagnostics.Add(Diagnostic.Warning(file, footnote.Line, "SG0302", owner is null
                    ? $"Footnote {footnote.Marker} has no clause to belong to and is not published."
                    : $"No clause above footnote {footnote.Marker} carries its marker; it is attached to clause {owner.Number}."));
            }
            owner?.Notes.Add(new Note(NoteKind.Footnote, footnote.Marker, footnote.Text, footnote.Line));
        }
    }

    /// <summary>Every run of superscript digits in a clause's text, and each footnote marker (up to three digits) within it.</summary>
    private static HashSet<string> MarkersIn(ClauseNode node)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in node.Paragraphs)
        {
            var text = paragraph.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                if (!FootnoteExtractor.SuperscriptDigits.Contains(text[i])) continue;
                var run = i;
                while (run < text.Length && FootnoteExtractor.SuperscriptDigits.Contains(text[run])) run++;
                // "Contains(marker)" on the text matched any substring of a run: keep that meaning for markers of 1-3 digits.
                for (var a = i; a < run; a++)
                    for (var b = a + 1; b <= Math.Min(run, a + 3); b++)
                        found.Add(text[a..b]);
                i = run - 1;
            }
        }
        return found;
    }

    private static IEnumerable<ClauseNode> Flatten(ClauseNode node) => node.Children.SelectMany(Flatten).Prepend(node);

    private static ImmutableArray<Section> Freeze(string slug, IReadOnlyList<SectionNode> sections, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var usedNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. sections
            .Where(s => s.Clauses.Count > 0 || s.Title.Length > 0)
            .Select(s => new Section(s.Id, s.Number, s.Title, [.. s.HeadingPath], s.Level, s.Lines,
                [.. s.Clauses.Select(c => FreezeClause(slug, c, ClauseContext.None, isListItem: false, usedNumbers, file, diagnostics))]))];
    }

    private static Clause FreezeClause(string slug, ClauseNode node, ClauseContext leadIn, bool isListItem, Dictionary<string, int> usedNumbers, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var number = node.Number;
        if (usedNumbers.TryGetValue(number, out var seen))
        {
            usedNumbers[number] = seen + 1;
            var unique = number + "-" + (seen + 1).ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(Diagnostic.Warning(file, node.Lines.First, "SG0208",
                $"Clause number {number} is used more than once; this one is published as {unique}. Correct the numbering in the source."));
            number = unique;
        }
        else
        {
            usedNumbers[number] = 1;
        }

        var text = node.Text;
        // A table column with no text of its own is read from its header cell ("Councillors will"), as a lead-in is.
        var read = text.Length == 0 && node.SideHeader is { Length: > 0 } header ? header : text;
        var context = ClauseClassifier.Classify(read, leadIn, isListItem);
        var childContext = node.Children.Count == 0 ? context : ClauseClassifier.LeadInFor(read, context);
        var children = node.Children.Select(c => FreezeClause(slug, c, childContext, isListItem: true, usedNumbers, file, diagnostics));
        return new Clause(
            Id: slug + "/" + number,
            Number: number,
            PrintedLabel: node.PrintedLabel,
            HeadingPath: [.. node.Section.HeadingPath],
            Text: text,
            Actor: context.Actor,
            Modality: context.Modality,
            Lines: node.Lines,
            Notes: [.. node.Notes],
            Children: [.. children]);
    }
}
