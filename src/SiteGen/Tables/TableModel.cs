using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Tables;

// One comparison as a table, whatever renders it (a page, print, a report embed, .docx, .xlsx). Every string is plain
// text; links are site addresses (SitePage) and each renderer makes them relative to where it writes, or absolute.

/// <summary>A comparison as one table: caption, column headers, row headers and cells.</summary>
/// <param name="Id">Stable id, unique within its export file ("members-to-officers"); names the sheet and anchors.</param>
/// <param name="Columns">Every column's header, the row-header column first ("Expectation", then one per authority).</param>
/// <param name="Notes">What a reader needs to read the cells right ("Not in extract: SiteGen holds only an extract …").</param>
internal sealed record TableModel(
    string Id,
    string Caption,
    ImmutableArray<ColumnHeader> Columns,
    ImmutableArray<TableRow> Rows,
    ImmutableArray<string> Notes)
{
    /// <summary>Wide tables print and export in landscape: more than five columns, unless <see cref="Landscape"/> says otherwise.</summary>
    public bool IsWide => Landscape ?? Columns.Length > 5;

    /// <summary>Landscape or not whatever the number of columns (cells of whole clauses need the width sooner); null to go by the columns.</summary>
    public bool? Landscape { get; init; }
}

/// <param name="Tag">A qualifier shown under the header ("extract"), or empty.</param>
internal sealed record ColumnHeader(string Text, SitePage? Href = null, string Tag = "");

/// <param name="Detail">A second line under the row header (the expectation's theme), or empty.</param>
internal sealed record RowHeader(string Text, SitePage? Href = null, string Tag = "", string Detail = "", SitePage? DetailHref = null);

/// <summary>One row: its header, then one cell per column after the row-header column.</summary>
internal sealed record TableRow(RowHeader Header, ImmutableArray<TableCell> Cells);

/// <summary>What one cell says: a status word, then its entries in order, then a note.</summary>
/// <param name="Status">The status word shown first ("Stated", "Needs review", "Not in extract"), or empty when the entries speak for themselves.</param>
/// <param name="Kind">The status as a stable token for styles and filters: stated, stated-mutual, needs-review, not-stated, not-in-extract, not-available, or empty.</param>
/// <param name="Number">A count the cell stands for, so a spreadsheet can sort and sum it; null when the cell is not a count.</param>
/// <param name="Numbered">The entries are ordered steps (1, 2, 3), not a list of alternatives.</param>
/// <param name="Note">Who confirmed or corrected the reading and why ("Corrected by J. Smith: 4.25 removed"), or empty.</param>
internal sealed record TableCell(
    string Status,
    string Kind,
    ImmutableArray<CellEntry> Entries,
    int? Number = null,
    bool Numbered = false,
    string Note = "")
{
    public static TableCell Empty { get; } = new("", "", []);

    /// <summary>The cell as one line of plain text, as a spreadsheet cell or a copied table shows it.</summary>
    public string PlainText()
    {
        var entries = Entries.Select((e, i) => (Numbered ? $"{i + 1}. " : "") + e.PlainText());
        var parts = new List<string>();
        if (Status != "") parts.Add(Status);
        if (!Entries.IsEmpty) parts.Add(string.Join(Numbered ? "; " : ", ", entries));
        var text = string.Join(": ", parts);
        return Note == "" ? text : text == "" ? Note : $"{text} ({Note})";
    }
}

/// <summary>One thing a cell lists: a label ("Monitoring Officer"), a clause citation, or both; with a qualifier ("general", "Confirmed by …").</summary>
/// <param name="Href">A link that is not a clause (a count linking to the theme page), when there is no citation.</param>
internal sealed record CellEntry(string Label, ClauseCitation? Citation = null, string Qualifier = "", SitePage? Href = null)
{
    /// <summary>"Monitoring Officer (4.2)", "7.2(g) (general)", "3".</summary>
    public string PlainText()
    {
        var text = Citation is null ? Label : Label == "" ? Citation.Number : $"{Label} ({Citation.Number})";
        return Qualifier == "" ? text : $"{text} ({Qualifier})";
    }

    /// <summary>Where the entry links to, if anywhere.</summary>
    public SitePage? Target => Citation?.Href ?? Href;
}

/// <summary>A clause cited in a cell.</summary>
/// <param name="Authority">The authority's short name ("Hackney").</param>
/// <param name="Number">The clause number as readers see it ("7.2(g)", "¶2.3").</param>
/// <param name="Text">The full citation ("Hackney, para 7.2(g)").</param>
/// <param name="Href">The clause on its authority's page.</param>
internal sealed record ClauseCitation(string Authority, string Number, string Text, SitePage Href);
