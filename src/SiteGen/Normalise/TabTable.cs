using System.Collections.Immutable;

namespace SiteGen.Normalise;

/// <summary>A block of tab-separated lines: a table pasted from a Word or PDF layout.</summary>
/// <param name="Rows">Cells per row, cleaned; an empty string where the row has no cell in that column.</param>
internal sealed record TabTable(ImmutableArray<SourceLine> Lines, ImmutableArray<ImmutableArray<string>> Rows)
{
    public int ColumnCount => Rows.Max(r => r.Length);

    public static bool IsTableLine(string line) => line.Contains('\t') && line.Trim().Length > 0;

    public static TabTable Parse(IReadOnlyList<SourceLine> lines) => new(
        [.. lines],
        [.. lines.Select(l => l.Text.Trim('\r', '\n', ' ').Split('\t').Select(c => InlineText.Clean(c)).ToImmutableArray())]);
}
