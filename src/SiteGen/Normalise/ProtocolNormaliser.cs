using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>The normalised protocol and what the normaliser noticed on the way.</summary>
public sealed record NormaliseResult(Protocol Protocol, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Text → clause schema. Pure: a protocol document in, a <see cref="Protocol"/> and diagnostics out.</summary>
public static class ProtocolNormaliser
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
        foreach (var i in PageFurnitureDetector.Find(lines, document.Metadata.PageFurniture))
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

        var builder = new ClauseTreeBuilder(file, hasPrintedNumbers);
        builder.Build(blocks);
        diagnostics.AddRange(builder.Diagnostics);

        AttachFootnotes(builder.Sections, footnotes, file, diagnostics);
        var sections = Freeze(document.Metadata.Slug, builder.Sections, file, diagnostics);
        return new NormaliseResult(new Protocol(document.Metadata, [.. builder.PrintedTitle], sections), diagnostics.ToImmutable());
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
        foreach (var footnote in footnotes)
        {
            var index = firstLines.BinarySearch(footnote.Line);
            var end = index >= 0 ? index : ~index;
            var above = nodes.GetRange(Math.Max(0, end - MaxClausesAbove), Math.Min(end, MaxClausesAbove));
            var owner = above.LastOrDefault(n => n.Paragraphs.Any(p => p.ToString().Contains(footnote.Marker, StringComparison.Ordinal)));
            if (owner is null)
            {
                owner = above.LastOrDefault() ?? nodes.FirstOrDefault();
                diagnostics.Add(Diagnostic.Warning(file, footnote.Line, "SG0302", owner is null
                    ? $"Footnote {footnote.Marker} has no clause to belong to and is not published."
                    : $"No clause above footnote {footnote.Marker} carries its marker; it is attached to clause {owner.Number}."));
            }
            owner?.Notes.Add(new Note(NoteKind.Footnote, footnote.Marker, footnote.Text, footnote.Line));
        }
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
        var context = ClauseClassifier.Classify(text, leadIn, isListItem);
        var childContext = node.Children.Count == 0 ? context : ClauseClassifier.LeadInFor(text, context);
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
