using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

// One comparison table as templates/partials/table-matrix.html renders it, for the analysis pages and the report
// embeds alike: every string is plain text (the partial escapes it) and every link is already relative to where it is written.

/// <param name="Id">Prefix of the caption's id, unique within the page.</param>
/// <param name="Filter">The page's table filter acts on this table.</param>
/// <param name="TagOnNewLine">The "extract" tag goes under the authority's name (pages) rather than beside it (embeds).</param>
internal sealed record MatrixView(
    string Id,
    string WrapClass,
    string TableClass,
    string Caption,
    ImmutableArray<MatrixColumn> Columns,
    ImmutableArray<MatrixRow> Rows,
    bool Filter = false,
    bool TagOnNewLine = false);

/// <param name="Slug">The authority the column is, for the page's filter; empty for other columns.</param>
internal sealed record MatrixColumn(string Text, string? Href = null, string Tag = "", string Slug = "", string Class = "");

/// <param name="Theme">The row's theme id, for the page's filter, or empty.</param>
/// <param name="Authority">The row's authority slug, for the page's filter, or empty.</param>
internal sealed record MatrixRow(MatrixHeader Header, ImmutableArray<MatrixCell> Cells, string Id = "", string Theme = "", string Authority = "");

/// <param name="Detail">A second line under the header (the expectation's theme), or empty.</param>
internal sealed record MatrixHeader(string Text, string? Href = null, string Tag = "", string Detail = "", string? DetailHref = null);

/// <summary>A cell: its status in words, then its entries (steps in order when <paramref name="Numbered"/>), then a note.</summary>
/// <param name="Class">The td's classes ("cell-stated", "num cell-not-stated").</param>
/// <param name="Label">The status words ("Stated", "Needs review", "3 clauses"), or empty.</param>
/// <param name="Visual">When set, shown instead of <paramref name="Label"/>, which is then read out only ("–" for "none").</param>
/// <param name="NoteOnNewLine">The note goes under the status words rather than beside them.</param>
internal sealed record MatrixCell(string Class, string Label, ImmutableArray<MatrixEntry> Entries, bool Numbered = false, string Separator = ", ", string Note = "", string Visual = "",
    bool NoteOnNewLine = false)
{
    public bool HiddenLabel => Visual != "";
}

/// <summary>One thing a cell lists: "line manager (Hackney, para 16.4)", a linked number, a count.</summary>
/// <param name="Joiner">Between <paramref name="Label"/> and the linked <paramref name="Text"/>.</param>
/// <param name="Parens">The linked text is written in brackets.</param>
internal sealed record MatrixEntry(string Label, string Text, string? Href, string Class = "", string Title = "", string Joiner = " ", bool Parens = false)
{
    /// <summary>When the entry is a clause: its citation and whole text, so assets/pick.js offers "Copy" and "Add to appendix" on it; empty otherwise.</summary>
    public string PickCite { get; init; } = "";

    public string PickText { get; init; } = "";

    public ImmutableArray<MatrixQualifier> Qualifiers { get; init; } = [];
}

internal sealed record MatrixQualifier(string Text, string Class);

/// <summary>The analysis pages' matrices as <see cref="MatrixView"/>s, for the same partial as the report embeds.</summary>
internal static class MatrixViews
{
    private static MatrixColumn Authority(AuthorityRef a, string cssClass = "") => new(a.ShortName, a.Href, a.IsExtract ? "extract" : "", a.Slug, cssClass);

    public static MatrixView Of(ThemeMatrixView page) => new("theme-matrix", "table-wrap", "data-table matrix", "Clauses per theme and authority",
        [new MatrixColumn("Theme"), .. page.Authorities.Select(a => Authority(a, "num"))],
        [.. page.Rows.Select(row => new MatrixRow(new MatrixHeader(row.Theme.Title, row.Theme.Href), [.. row.Cells.Select(c => c.Count > 0
            ? new MatrixCell("num", "", [new MatrixEntry("", c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Href)],
                Note: c.Review > 0 ? $"and {c.Review.ToString(System.Globalization.CultureInfo.InvariantCulture)} to review" : "")
            : c.Review > 0
            ? new MatrixCell("num cell-needs-review", "Needs review", [new MatrixEntry("", c.Review.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Href)])
            : new MatrixCell(c.IsExtract ? "num cell-not-in-extract" : "num cell-not-stated", c.IsExtract ? "none in the extract" : "none", [], Visual: "–"))],
            Theme: row.Theme.Id))],
        Filter: true, TagOnNewLine: true);

    public static MatrixView Of(ExpectationMatrixView page, ExpectationTableView table) => new(table.Id, "table-wrap", "data-table matrix expectations",
        $"{table.Caption}: canonical expectation by authority ({table.Direction})",
        [new MatrixColumn("Expectation"), .. page.Authorities.Select(a => Authority(a))],
        [.. table.Rows.Select(row => new MatrixRow(new MatrixHeader(row.Title, Detail: row.ThemeTitle, DetailHref: row.ThemeHref), [.. row.Cells.Select(c =>
            c.State is "stated" or "stated-mutual" or "needs-review"
                ? new MatrixCell("cell-" + c.State, c.Label, [.. c.Links.Select(l => new MatrixEntry("", l.Text, l.Href, Title: $"{l.Citation}: “{l.Quote}”")
                {
                    PickCite = l.Citation,
                    PickText = l.ClauseText,
                    Qualifiers = [.. new[] { l.Form == "general" ? new MatrixQualifier("general", "meta") : null, l.Check is not ("" or "Needs review") ? new MatrixQualifier(l.Check, "check") : null }.OfType<MatrixQualifier>()],
                })])
                : new MatrixCell("cell-" + c.State, c.Label, [], Note: c.Note, NoteOnNewLine: true))],
            row.Id, row.ThemeId))],
        Filter: true, TagOnNewLine: true);

    public static MatrixView Of(EscalationMatrixView page) => new("routes", "table-wrap", "data-table matrix routes", "Escalation routes by authority and situation",
        [new MatrixColumn("Authority"), new MatrixColumn("Informal first"), .. page.Scenarios.Select(s => new MatrixColumn(s)), new MatrixColumn("Side routes")],
        [.. page.Authorities.Select(a => new MatrixRow(new MatrixHeader(a.Authority.ShortName, "#route-" + a.Authority.Slug, a.Authority.IsExtract ? "extract" : ""),
        [
            a.Informal is { } i ? new MatrixCell("", "", [new MatrixEntry("", $"Yes, {i.Number}", i.Href, Title: $"{i.Citation}: {i.Evidence}") { PickCite = i.Citation, PickText = i.ClauseText }]) : new MatrixCell("", "–", []),
            .. a.Routes.Select(r => new MatrixCell("cell-" + r.Status, r.Steps.IsEmpty ? r.StatusLabel : r.Status == "needs-review" ? "Needs review" : "",
                [.. r.Steps.Select(s => new MatrixEntry(s.Roles, s.Number, s.Href, "meta", $"{s.Citation}: {s.Evidence}") { PickCite = s.Citation, PickText = s.ClauseText })], Numbered: true,
                Note: r.Status == "needs-review" ? "" : r.Check)),
            new MatrixCell("", "", [.. a.SideRoutes.Select(s => new MatrixEntry("", s.Title, s.Href))], Separator: "; "),
        ], Authority: a.Authority.Slug))],
        Filter: true, TagOnNewLine: true);
}
