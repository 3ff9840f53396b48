using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Normalise;

internal sealed partial class ClauseTreeBuilder
{
    /// <summary>
    /// A two-sided table ("Councillors will: … | value | Officers will: …") becomes a section with one clause per
    /// side (t1, t2), each listing its rows as items; a middle column is kept as each row's value note.
    /// Any other table keeps its rows as paragraphs, so no cell is lost.
    /// </summary>
    private void AddTable(TabTable table)
    {
        var columns = table.ColumnCount;
        var isItemRow = table.Rows.Select(r => r.Length >= 2 && r[0].Length > 0 && r[^1].Length > 0 && (columns < 3 || r[1].Length > 0)).ToArray();
        // A header row whose outer cells name the two sides ("Councillors will | Officers will") heads the columns even
        // though, like the rows under it, both its cells are filled.
        var sidesHeader = table.Rows.Length >= 2 && columns is 2 or 3 && SidesHeader(table.Rows[0]);
        var firstItem = sidesHeader ? Array.IndexOf(isItemRow, true, 1) : Array.IndexOf(isItemRow, true);
        var twoSided = columns is 2 or 3 && firstItem > 0 && isItemRow.Skip(firstItem).All(x => x);

        if (!twoSided && StartsWithLabel(table))
        {
            AddTableAsLines(table);
            return;
        }
        if (!twoSided)
        {
            AddTableAsParagraphs(table);
            return;
        }

        var header = table.Rows[0];
        var title = string.Join(" / ", header.Where(c => c.Length > 0));
        AddHeading(new LineShape(ShapeKind.Heading, table.Lines[0], "", "", title), null, null, ShapeKind.Clause);
        foreach (var side in new[] { 0, columns - 1 })
        {
            _tableCount++;
            var sideNode = NewClause("t" + _tableCount.ToString(CultureInfo.InvariantCulture), null, null, table.Lines[0].Number, ClauseKind.TableColumn);
            sideNode.SideHeader = Cell(header, side);
            for (var r = 1; r < firstItem; r++)
                if (Cell(table.Rows[r], side) is { Length: > 0 } intro) sideNode.AddParagraph(intro, table.Lines[r].Number);
            for (var r = firstItem; r < table.Rows.Length; r++)
            {
                var row = table.Rows[r];
                var item = NewClause(sideNode.Number + "." + (r - firstItem + 1).ToString(CultureInfo.InvariantCulture), null, sideNode, table.Lines[r].Number, ClauseKind.TableRow);
                item.AddParagraph(Cell(row, side), table.Lines[r].Number);
                if (columns == 3 && row[1].Length > 0)
                    item.Notes.Add(new Note(NoteKind.Value, "", row[1], table.Lines[r].Number));
            }
            sideNode.Touch(table.Lines[^1].Number);
        }
        _open.Clear();
        _lastWritten = null;
    }

    /// <summary>"Members will | Officers will", "Officers can expect | Councillors can expect": short cells, each naming a different side.</summary>
    private static bool SidesHeader(ImmutableArray<string> header)
    {
        if (header.Length < 2 || header[0].Length is 0 or > 60 || header[^1].Length is 0 or > 60) return false;
        var left = SideWord().Match(header[0]);
        var right = SideWord().Match(header[^1]);
        return left.Success && right.Success && left.Groups["m"].Success != right.Groups["m"].Success
            && !header[0].TrimEnd().EndsWith('.') && !header[^1].TrimEnd().EndsWith('.');
    }

    [GeneratedRegex(@"\b(?:(?<m>councillors?|members?|elected\s+members?)|officers?|employees?|staff)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SideWord();

    /// <summary>
    /// Word lays out a numbered or lettered list with a tab after each label ("a)\tElected members will:" then
    /// "Ø\ttreat employees …"): that is a list, not a table. It is one when every row is a short marker (a label or a
    /// bullet glyph, no spaces) then one cell of text, the first marker is a label, and the texts end like sentences or
    /// lead-ins; a table of steps ("1\tLine manager") has short cells and stays a table. Its rows are read as lines.
    /// </summary>
    private static bool StartsWithLabel(TabTable table)
    {
        if (RowShape(table, 0, blankBefore: false).Kind is not (ShapeKind.Item or ShapeKind.Clause)) return false;
        var rows = table.Rows.Select(r => r.Where(c => c.Length > 0).ToArray()).ToArray();
        if (!rows.All(r => r.Length == 2 && r[0].Length <= 5 && !r[0].Contains(' ', StringComparison.Ordinal))) return false;
        return rows.Count(r => ".:;".Contains(r[1][^1])) * 2 > rows.Length;
    }

    private static LineShape RowShape(TabTable table, int row, bool blankBefore) =>
        LineClassifier.Classify(new SourceLine(table.Lines[row].Number, string.Join(" ", table.Rows[row].Where(c => c.Length > 0))), blankBefore, blankAfter: false);

    private void AddTableAsLines(TabTable table)
    {
        for (var r = 0; r < table.Rows.Length; r++)
        {
            Add(RowShape(table, r, r == 0 && _blankBefore), null, null);
            _blankBefore = false;
        }
    }

    private void AddTableAsParagraphs(TabTable table)
    {
        Warn(table.Lines[0].Number, "SG0207", $"A table of {table.Rows.Length} tab-separated rows was not recognised as a two-sided list; its rows are kept as paragraphs with cells separated by ' | '.");
        foreach (var (row, line) in table.Rows.Zip(table.Lines))
        {
            var text = string.Join(" | ", row.Where(c => c.Length > 0));
            if (_open.Count > 0) _open[^1].AddParagraph(text, line.Number);
            else
            {
                var node = NewPositionalClause(line.Number);
                node.AddParagraph(text, line.Number);
            }
        }
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : "";
}
