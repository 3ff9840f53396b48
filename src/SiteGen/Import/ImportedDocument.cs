using System.Collections.Immutable;

namespace SiteGen.Import;

/// <summary>One block of an imported document, in reading order. Readers produce blocks; one writer turns them into Markdown.</summary>
internal abstract record ImportBlock;

/// <summary>A heading by style or tag; <paramref name="Level"/> 1 is the document's top heading.</summary>
internal sealed record HeadingBlock(int Level, string Text) : ImportBlock;

/// <summary>A paragraph or list item; <paramref name="Label"/> is its number as printed ("3.2", "(a)", "(iv)"), if any.</summary>
/// <param name="Bold">The whole paragraph is bold: a run-in heading in many protocols.</param>
internal sealed record ParagraphBlock(string? Label, string Text, int Depth = 0, bool Bold = false) : ImportBlock;

/// <summary>An unnumbered list item.</summary>
internal sealed record BulletBlock(string Text, int Depth = 0) : ImportBlock;

/// <summary>A table, row by row, cells as plain text.</summary>
internal sealed record TableBlock(ImmutableArray<ImmutableArray<string>> Rows) : ImportBlock
{
    /// <summary>
    /// The blocks a table read from a document stands for: none when every cell is empty; one paragraph per row when it
    /// has a single column (a box drawn around paragraphs, not a table of values); otherwise the table of its non-empty rows.
    /// </summary>
    public static IEnumerable<ImportBlock> From(IEnumerable<ImmutableArray<string>> rows)
    {
        var kept = rows.Where(r => r.Any(c => c.Length > 0)).ToImmutableArray();
        if (kept.Length == 0) return [];
        if (kept.Max(r => r.Length) == 1) return kept.Select(r => new ParagraphBlock(null, r[0]));
        return [new TableBlock(kept)];
    }
}

/// <summary>A footnote's text with the marker its reference prints (¹, ², …).</summary>
internal sealed record FootnoteBlock(string Marker, string Text) : ImportBlock;

/// <summary>Something the reader noticed that the user should check; <paramref name="Page"/> where it stands, if paged.</summary>
internal sealed record ImportWarning(string Code, string Message, int? Page = null);

/// <summary>What a reader made of a file: its blocks in reading order and what it noticed.</summary>
/// <param name="Pages">Pages read (PDF), or null for unpaged formats.</param>
/// <param name="Publisher">Text that names who published the document (a web page's title and site name), for finding the council.</param>
/// <param name="SourceUrl">Where the document says it is published (an HTML page's canonical address), if it says.</param>
internal sealed record ImportedDocument(
    ImmutableArray<ImportBlock> Blocks,
    ImmutableArray<ImportWarning> Warnings,
    int? Pages = null,
    string? SourceUrl = null,
    string? Title = null,
    string? Publisher = null);

/// <summary>A file that cannot be imported: nothing is written, and the message says what to do.</summary>
internal sealed class ImportException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Text that is already in the form the normaliser reads (a .txt or .md file), written as it is.</summary>
internal sealed record RawTextBlock(string Text) : ImportBlock;
