using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Tables;

/// <summary>The site's comparisons as table models: the theme matrix, the expectations matrix (one table per direction), the escalation routes and each theme's clauses.</summary>
/// <param name="Expectations">One table per direction in which at least one authority states something.</param>
/// <param name="Themes">One table per theme, in taxonomy order, keyed by theme id.</param>
internal sealed record ComparisonTables(
    TableModel ThemeMatrix,
    ImmutableArray<TableModel> Expectations,
    TableModel Escalation,
    ImmutableArray<(string ThemeId, TableModel Table)> Themes)
{
    /// <summary>The compare view for every authority, side by side theme by theme, in tables of at most <see cref="ComparisonTableBuilder.CompareColumns"/> authorities.</summary>
    public ImmutableArray<TableModel> Compare { get; init; } = [];

    /// <summary>Builds every comparison table from the analysis. Pure; authorities in the order the pages list them (by short name).</summary>
    public static ComparisonTables Build(IReadOnlyList<Protocol> protocols, SiteAnalysis analysis)
    {
        var b = new ComparisonTableBuilder(protocols, analysis);
        var matrices = AnalysisMatrices.Build(protocols, analysis);
        return new ComparisonTables(b.ThemeMatrix(matrices), b.Expectations(matrices), b.Escalation(),
            [.. analysis.Taxonomy.Themes.Select(t => (t.Id, b.ThemePage(t)))])
        { Compare = b.CompareAll() };
    }
}

/// <summary>Maps the analysis to table models; one instance holds the clause lookup for one build.</summary>
internal sealed class ComparisonTableBuilder
{
    private readonly SiteAnalysis _analysis;
    private readonly ImmutableArray<Protocol> _protocols;
    private readonly Dictionary<string, (ProtocolMetadata Meta, Clause Clause)> _clauses;
    private readonly Dictionary<string, ThemeDefinition> _themes;

    public ComparisonTableBuilder(IReadOnlyList<Protocol> protocols, SiteAnalysis analysis)
    {
        _analysis = analysis;
        _protocols = [.. protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ThenBy(p => p.Metadata.Slug, StringComparer.Ordinal)];
        _clauses = _protocols.SelectMany(p => p.AllClauses().Select(c => (p.Metadata, c))).ToDictionary(x => x.c.Id, x => (x.Metadata, x.c), StringComparer.Ordinal);
        _themes = analysis.Taxonomy.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    private const string ExtractNote = "Not in extract: SiteGen holds only an extract of this authority's protocol; silence in the extract is not silence in the protocol.";

    private ClauseCitation Cite(string clauseId)
    {
        var (meta, clause) = _clauses[clauseId];
        return new ClauseCitation(meta.ShortName, Citations.DisplayNumber(clause), Citations.Cite(meta, clause), SitePage.Clause(meta.Slug, clause.Number));
    }

    private static ColumnHeader Authority(ProtocolMetadata meta) =>
        new(meta.ShortName, SitePage.Protocol(meta.Slug), meta.Coverage == Coverage.Extract ? "extract" : "");

    private static TableCell Silent(Coverage coverage, string note = "") => coverage == Coverage.Extract
        ? new TableCell("Not in extract", "not-in-extract", [], Note: note)
        : new TableCell("Not stated", "not-stated", [], Note: note);

    private static string Upper(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public TableModel ThemeMatrix(AnalysisMatrices matrices)
    {
        var rows = matrices.Themes.Select(row =>
        {
            var bySlug = row.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
            return new TableRow(new RowHeader(row.Theme.Title, SitePage.Theme(row.Theme.Id)), [.. _protocols.Select(p =>
            {
                var (count, review) = (bySlug[p.Metadata.Slug].Count, bySlug[p.Metadata.Slug].Review);
                var href = SitePage.Theme(row.Theme.Id).At(p.Metadata.Slug);
                var toReview = review > 0 ? $"and {review.ToString(CultureInfo.InvariantCulture)} to review" : "";
                return count > 0
                    ? new TableCell("", "", [new CellEntry(count.ToString(CultureInfo.InvariantCulture), Href: href)], count, Note: toReview)
                    : review > 0
                    ? new TableCell("Needs review", "needs-review", [new CellEntry(review.ToString(CultureInfo.InvariantCulture), Href: href)], 0)
                    : Silent(p.Metadata.Coverage) with { Number = 0 };
            })]);
        });
        return new TableModel("theme-matrix", "Clauses per theme and authority",
            [new ColumnHeader("Theme"), .. _protocols.Select(p => Authority(p.Metadata))], [.. rows],
            ["Each number is how many of the authority's clauses are on the theme. Clauses put on it from weak evidence (a heading alone, a loose or passing mention) are not counted: they are shown as to review, with Needs review on the theme's page.", ExtractNote]);
    }

    public ImmutableArray<TableModel> Expectations(AnalysisMatrices matrices) =>
    [
        .. Enum.GetValues<Direction>().Select(direction => (direction, rows: matrices.Expectations.Where(r => r.Direction == direction).ToImmutableArray()))
            .Where(x => !x.rows.IsEmpty)
            .Select(x => new TableModel(
                Labels.FieldKebab(x.direction.ToString()),
                $"{AnalysisLabels.Long(x.direction)}: canonical expectation by authority ({AnalysisLabels.Of(x.direction)})",
                [new ColumnHeader("Expectation"), .. _protocols.Select(p => Authority(p.Metadata))],
                [.. x.rows.Select(ExpectationRow)],
                [
                    "Stated: the authority states it in this direction (listed items first; “general” marks a free-standing sentence rather than an expectations list).",
                    "Stated as mutual: not stated in this direction on its own, but as something both sides can expect of each other.",
                    "Needs review: SiteGen read something here from evidence it is not sure of; check the cited clause.",
                    "Not stated: the full text of the protocol does not state it in this direction.",
                    ExtractNote,
                ])),
    ];

    private TableRow ExpectationRow(ExpectationRow row)
    {
        var bySlug = row.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var theme = _themes[row.Expectation.Theme];
        return new TableRow(new RowHeader(row.Expectation.Title, Detail: theme.Title, DetailHref: SitePage.Theme(theme.Id)),
            [.. _protocols.Select(p => ExpectationCell(bySlug[p.Metadata.Slug]))]);
    }

    // The same reading of a cell as the expectations page: nothing uncertain is shown as stated.
    private TableCell ExpectationCell(ExpectationCell cell)
    {
        CellEntry Entry(ExpectationStatement s)
        {
            var check = AnalysisLabels.Of(s.Provenance);
            var qualifiers = new[] { s.Form == StatementForm.General ? "general" : "", check is "" or "Needs review" ? "" : check }.Where(q => q != "");
            return new CellEntry("", Cite(s.ClauseId), string.Join("; ", qualifiers));
        }
        if (cell.IsStated) return new TableCell("Stated", "stated", [.. cell.Statements.Where(s => s.Provenance.IsSettled).Select(Entry)]);
        if (cell.NeedsReview) return new TableCell("Needs review", "needs-review", [.. cell.Statements.Select(Entry)]);
        if (cell.IsCovered) return new TableCell("Stated as mutual", "stated-mutual", [.. cell.Mutual.Where(s => s.Provenance.IsSettled).Select(Entry)]);
        var note = cell.Removed.IsEmpty ? "" : $"{AnalysisLabels.Of(cell.Removed[0].Provenance)}: {string.Join(", ", cell.Removed.Select(s => Citations.DisplayNumber(_clauses[s.ClauseId].Clause)))} removed";
        return Silent(cell.Coverage, note);
    }

    public TableModel Escalation()
    {
        var roles = AnalysisLabels.RouteTitles(_analysis.Taxonomy);
        var rows = _protocols.Select(p =>
        {
            var routes = _analysis.For(p.Metadata.Slug)!.Escalation;
            var informal = routes.Informal is { } i ? new TableCell("", "stated", [new CellEntry("Yes", Cite(i.ClauseId))]) : new TableCell("", "", [new CellEntry("–")]);
            var cells = routes.Routes.Select(r =>
            {
                var check = AnalysisLabels.RouteCheck(r).Trim().Trim('(', ')')
                    + (r.Provenance?.Note is { } note && r.Provenance.State is ReadingState.Corrected or ReadingState.Confirmed ? $": {note}" : "");
                if (r.Steps.IsEmpty) return new TableCell(Upper(r.NeedsReview ? "needs review" : AnalysisLabels.Of(r.Status)),
                    r.NeedsReview ? "needs-review" : Labels.FieldKebab(r.Status.ToString()), [], Note: r.NeedsReview ? "" : check);
                var steps = r.Steps.OrderBy(s => s.Order).Select(s => new CellEntry(string.Join(" or ", s.Roles.Select(id => roles.GetValueOrDefault(id, id))), Cite(s.ClauseId)));
                return r.NeedsReview
                    ? new TableCell("Needs review", "needs-review", [.. steps], Numbered: true)
                    : new TableCell("", Labels.FieldKebab(r.Status.ToString()), [.. steps], Numbered: true, Note: check);
            });
            var sides = routes.SideRoutes.Select(s => new CellEntry(_analysis.Taxonomy.Escalation.SideRoutes.First(d => d.Id == s.Id).Title, Cite(s.ClauseId)));
            var extract = p.Metadata.Coverage == Coverage.Extract ? "extract" : "";
            return new TableRow(new RowHeader(p.Metadata.ShortName, SitePage.Protocol(p.Metadata.Slug), extract),
                [informal, .. cells, new TableCell("", "", [.. sides])]);
        });
        return new TableModel("escalation", "Escalation routes by authority and situation",
            [new ColumnHeader("Authority"), new ColumnHeader("Informal first"), .. Enum.GetValues<Scenario>().Select(s => new ColumnHeader(AnalysisLabels.Of(s))), new ColumnHeader("Side routes")],
            [.. rows],
            [
                "Each step cites its clause; roles separated by “or” are alternatives at the same step.",
                "Not stated: the full text gives no route for this situation.",
                "Not in extract: SiteGen holds only an extract, which gives none; the protocol may.",
                "Not available: the document says the route is in paragraphs it does not quote; SiteGen does not guess them.",
            ]);
    }

    /// <summary>A theme's clauses, one row per clause, and one row per authority that says nothing on it (with why).</summary>
    /// <summary>How many authorities one side-by-side table holds: their clauses' text must stay readable on a landscape page.</summary>
    public const int CompareColumns = 6;

    /// <summary>The compare view for every authority, as tables of at most <see cref="CompareColumns"/> authorities each (in the pages' order).</summary>
    public ImmutableArray<TableModel> CompareAll()
    {
        var groups = _protocols.Chunk(CompareColumns).ToList();
        return [.. groups.Select((g, i) => Compare(g, groups.Count == 1 ? "compare" : $"compare-{i + 1}",
            "Clauses by theme, side by side" + (groups.Count == 1 ? "" : $": {g[0].Metadata.ShortName} to {g[^1].Metadata.ShortName} ({i + 1} of {groups.Count})")))];
    }

    /// <summary>
    /// The compare page's table for these authorities: a row per theme on which at least one of them has a clause, a
    /// column per authority, each cell the authority's clauses on the theme (text and citation), "Needs review" where
    /// the theme is a reading nobody has confirmed, and "Nothing on this theme" or "Not in extract" where it has none.
    /// </summary>
    public TableModel Compare(IReadOnlyList<Protocol> authorities, string id, string caption)
    {
        var byAuthority = authorities.Select(p => _analysis.For(p.Metadata.Slug)!.ClauseThemes).ToList();
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        foreach (var theme in _analysis.Taxonomy.Themes)
        {
            var cells = authorities.Select((p, i) =>
            {
                var entries = byAuthority[i]
                    .Select(c => (c.ClauseId, Tag: c.Tags.FirstOrDefault(t => t.Theme == theme.Id)))
                    .Where(x => x.Tag is not null)
                    .Select(x => new CellEntry(_clauses[x.ClauseId].Clause.Text, Cite(x.ClauseId),
                        AnalysisLabels.Of(x.Tag!.Provenance) == "Needs review" ? "Needs review" : ""))
                    .ToImmutableArray();
                return entries.IsEmpty
                    ? p.Metadata.Coverage == Coverage.Extract ? Silent(Coverage.Extract) : new TableCell("Nothing on this theme", "not-stated", [])
                    // One clause a paragraph, numbered as the page's list numbers them.
                    : new TableCell("", "stated", entries, Numbered: true);
            }).ToImmutableArray();
            if (cells.All(c => c.Entries.IsEmpty)) continue;
            rows.Add(new TableRow(new RowHeader(theme.Title, SitePage.Theme(theme.Id)), cells));
        }
        return new TableModel(id, caption, [new ColumnHeader("Theme"), .. authorities.Select(p => Authority(p.Metadata))], rows.ToImmutable(),
            ["Each cell lists the authority's clauses on the theme, each with its citation. Themes on which none of these authorities has a clause are left out.", ExtractNote])
        { Landscape = authorities.Count >= 3 };
    }

    public TableModel ThemePage(ThemeDefinition theme)
    {
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        foreach (var p in _protocols)
        {
            var header = new RowHeader(p.Metadata.ShortName, SitePage.Protocol(p.Metadata.Slug), p.Metadata.Coverage == Coverage.Extract ? "extract" : "");
            var analysis = _analysis.For(p.Metadata.Slug)!;
            var tagged = analysis.ClauseThemes.Select(c => (c.ClauseId, Tag: c.Tags.FirstOrDefault(t => t.Theme == theme.Id))).Where(x => x.Tag is not null).ToList();
            foreach (var (clauseId, tag) in tagged)
            {
                var check = AnalysisLabels.Of(tag!.Provenance);
                rows.Add(new TableRow(header,
                [
                    new TableCell(check == "Needs review" ? check : "", check == "Needs review" ? "needs-review" : "stated", [new CellEntry("", Cite(clauseId))]),
                    new TableCell("", "", [new CellEntry(_clauses[clauseId].Clause.Text)]),
                    new TableCell("", "", [new CellEntry(AnalysisLabels.Reason(tag.Reasons))], Note: check is "" or "Needs review" ? "" : check),
                ]));
            }
            if (tagged.Count > 0) continue;
            var notQuoted = analysis.NotQuoted.FirstOrDefault(n => n.Covers.Contains(theme.Id));
            rows.Add(new TableRow(header,
            [
                notQuoted is not null ? new TableCell("Not available", "not-available", []) : Silent(p.Metadata.Coverage),
                notQuoted is not null ? new TableCell("", "", [new CellEntry($"The document says paragraphs {notQuoted.Paragraphs} deal with it; SiteGen does not hold them.")]) : TableCell.Empty,
                TableCell.Empty,
            ]));
        }
        return new TableModel("theme-" + theme.Id, $"{theme.Title}: clauses by authority",
            [new ColumnHeader("Authority"), new ColumnHeader("Clause"), new ColumnHeader("Text"), new ColumnHeader("Why it is on the theme")],
            rows.ToImmutable(),
            [theme.Description, ExtractNote]);
    }
}
