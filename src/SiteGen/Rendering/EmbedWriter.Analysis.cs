using System.Globalization;
using System.Text;
using SiteGen.Model;
using SiteGen.Presentation;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Rendering;

// The analysis embeds: matrices and flow diagrams. Every silence is written in words ("Not stated", "Not in extract",
// "Not available", "Stated as mutual"), never told by colour alone, and every clause is cited as a linked citation.
internal sealed partial class EmbedWriter
{
    private int _embeds;

    /// <summary>A prefix for the ids one embed writes (caption, diagram), unique within the document.</summary>
    private string EmbedId(string? partId) => partId ?? "analysis-embed-" + (++_embeds).ToString(CultureInfo.InvariantCulture);

    // The matrices are written by the same partial as the analysis pages (templates/partials/table-matrix.html), from a
    // MatrixView built here with the links this document needs; a site's own partial restyles both.
    private const string EmbedWrap = "table-wrap table-wrap--sticky";

    private static string EmbedTable(string kind) => "data-table data-table--matrix matrix embed-matrix " + kind;

    private void WriteThemeMatrix(StringBuilder html, ResolvedEmbed.ThemeMatrix matrix, string id)
    {
        var rows = matrix.Rows.Select(row => new MatrixRow(new MatrixHeader(row.Theme.Title), [.. row.Cells.Select(cell =>
        {
            if (!cell.Clauses.IsEmpty)
            {
                var count = cell.Clauses.Length;
                return new MatrixCell("cell-stated", count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " clause" : " clauses"),
                    [.. cell.Clauses.Select(c => new MatrixEntry("", Citations.DisplayNumber(c.Clause), links.TargetHref(c), "cite", Joiner: ""))]);
            }
            return cell.NotAvailable is { } note ? Silence("not-available", $"Not available (paras {note.Paragraphs}, not quoted)") : Silence(cell.Authority.Metadata.Coverage);
        })]));
        html.Append(_tables.Render(new MatrixView(id, EmbedWrap, EmbedTable("theme-matrix"), matrix.Caption, [new MatrixColumn("Theme"), .. matrix.Authorities.Select(AuthorityColumn)], [.. rows])));
        Key(html, matrix.Rows.SelectMany(r => r.Cells).Any(c => c.Clauses.IsEmpty && c.NotAvailable is null && c.Authority.Metadata.Coverage == Coverage.Extract), mutual: false);
    }

    private void WriteExpectationMatrix(StringBuilder html, ResolvedEmbed.ExpectationMatrix matrix, string id)
    {
        for (var t = 0; t < matrix.Tables.Length; t++)
        {
            var table = matrix.Tables[t];
            if (table.Rows.IsEmpty)
            {
                html.Append(_tables.RenderEmpty(table.Caption + ": no authority shown states any of these expectations in this direction."));
                continue;
            }
            var rows = table.Rows.Select(row => new MatrixRow(new MatrixHeader(row.Expectation.Title, Detail: row.Theme.Title), [.. row.Cells.Select(cell => cell.State switch
            {
                ExpectationState.Stated or ExpectationState.StatedAsMutual => new MatrixCell(
                    cell.State == ExpectationState.StatedAsMutual ? "cell-stated-mutual" : "cell-stated",
                    cell.State == ExpectationState.StatedAsMutual ? "Stated as mutual" : "Stated",
                    [.. cell.Clauses.Select(c => CitationEntry("", c))], Separator: "; "),
                ExpectationState.NotInExtract => Silence("not-in-extract", "Not in extract"),
                _ => Silence("not-stated", "Not stated"),
            })]));
            html.Append(_tables.Render(new MatrixView($"{id}-{t + 1}", EmbedWrap, EmbedTable("expectation-matrix"), table.Caption,
                [new MatrixColumn("Expectation"), .. matrix.Authorities.Select(AuthorityColumn)], [.. rows])));
        }
        var cells = matrix.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        Key(html, cells.Any(c => c.State == ExpectationState.NotInExtract), cells.Any(c => c.State == ExpectationState.StatedAsMutual));
    }

    private void WriteEscalationMatrix(StringBuilder html, ResolvedEmbed.EscalationMatrix matrix, string id)
    {
        var rows = matrix.Authorities.Select(authority =>
        {
            var routes = authority.Routes;
            var coverage = authority.Authority.Metadata.Coverage;
            var cells = new List<MatrixCell>();
            cells.Add(routes.Informal is { } informal
                ? new MatrixCell("cell-stated", "Yes", [CitationEntry("", authority.Clauses[informal.ClauseId])])
                : RouteSilence(routes, coverage));
            foreach (var scenario in matrix.Scenarios)
            {
                var route = routes.Routes.FirstOrDefault(r => r.Scenario == scenario);
                var notInExtract = route?.Status == RouteStatus.NotInExtract || route is null && coverage == Coverage.Extract;
                // Steps SiteGen is not sure of are shown with their evidence, never as stated.
                cells.Add(route is { Steps.IsEmpty: false, NeedsReview: true } ? new MatrixCell("cell-needs-review", "Needs review", [.. route.Steps.Select(s => Step(authority, s))], Numbered: true)
                    : route is { Steps.IsEmpty: false } ? new MatrixCell("cell-stated", "", [.. route.Steps.Select(s => Step(authority, s))], Numbered: true)
                    : route?.Status == RouteStatus.NotAvailable || route is null && routes.NotAvailable is not null ? RouteSilence(routes, coverage)
                    : notInExtract ? Silence("not-in-extract", "Not in extract") : Silence("not-stated", "Not stated"));
            }
            cells.Add(routes.SideRoutes.IsEmpty ? RouteSilence(routes, coverage) : new MatrixCell("", "", [.. routes.SideRoutes.Select(s => SideRoute(authority, s))], Separator: "; "));
            return new MatrixRow(new MatrixHeader(authority.Authority.Metadata.ShortName, Tag: ExtractTag(authority.Authority)), [.. cells]);
        });
        var columns = new[] { new MatrixColumn("Authority"), new MatrixColumn("Informal first") }
            .Concat(matrix.Scenarios.Select(s => new MatrixColumn(Capitalise(AnalysisLabels.Of(s))))).Append(new MatrixColumn("Other routes"));
        html.Append(_tables.Render(new MatrixView(id, EmbedWrap, EmbedTable("routes"), matrix.Caption, [.. columns], [.. rows])));
        var silences = matrix.Authorities.Where(a => a.Routes.NotAvailable is null).Select(a => a.Authority.Metadata.Coverage).ToList();
        Key(html, silences.Contains(Coverage.Extract), mutual: false, notAvailable: matrix.Authorities.Any(a => a.Routes.NotAvailable is not null));
    }

    /// <param name="partId">Set inside an appendix part, whose heading then names the figure instead of a caption repeating it.</param>
    private void WriteEscalationDiagram(StringBuilder html, ResolvedEmbed.EscalationDiagram diagram, string id, string? partId)
    {
        var a = diagram.Routes;
        var routes = a.Routes;
        string Number(string clauseId) => Citations.DisplayNumber(a.Clauses[clauseId].Clause);
        FlowLinkView Cite(string clauseId) => new(a.Clauses[clauseId].Citation, links.TargetHref(a.Clauses[clauseId]), "cite");
        // The same routes in words, visible: they print, and read in order with a screen reader, where the picture cannot.
        html.Append(_tables.Render(new FlowFigureView(true, partId is null ? diagram.Caption : "", partId ?? "",
            routes.NotAvailable is { } note ? new FlowNotAvailableView(note.Paragraphs, note.Quote) : null,
            EscalationDiagram.Render(id + "-flow", a.Authority.Metadata.ShortName, a.Authority.Metadata.Coverage == Coverage.Extract, routes, a.Titles, Number),
            routes.Informal is { } informal ? Cite(informal.ClauseId) : null,
            [.. routes.Routes.Select(route => new FlowRouteView(Capitalise(AnalysisLabels.Of(route.Scenario)), "", route.NeedsReview,
                Capitalise(AnalysisLabels.Of(route.Status)),
                [.. route.Steps.Select(step => new FlowStepView(string.Join(" or ", AnalysisLabels.RoleNames(step, a.Title)), Cite(step.ClauseId)))]))],
            [.. routes.SideRoutes.Select(side => new FlowSideRouteView(SideRouteTitle(a, side), Cite(side.ClauseId)))])));
    }

    private MatrixEntry Step(AuthorityRoutes authority, EscalationStep step) =>
        CitationEntry(string.Join(" or ", AnalysisLabels.RoleNames(step, authority.Title)), authority.Clauses[step.ClauseId]) with { Parens = true };

    private MatrixEntry SideRoute(AuthorityRoutes authority, SideRoute side) =>
        CitationEntry(SideRouteTitle(authority, side), authority.Clauses[side.ClauseId]) with { Joiner = ", " };

    private static string SideRouteTitle(AuthorityRoutes authority, SideRoute side) =>
        authority.Title(side.Id) + (side.Scenario is { } s ? $" ({AnalysisLabels.Of(s)})" : "");

    /// <summary>A citation in a cell, linked where <see cref="LinkPolicy"/> allows, after <paramref name="label"/>.</summary>
    private MatrixEntry CitationEntry(string label, ReferenceTarget.ClauseTarget target) =>
        new(label, target.Citation, links.TargetHref(target), "cite");

    private static MatrixColumn AuthorityColumn(Protocol authority) => new(authority.Metadata.ShortName, Tag: ExtractTag(authority));

    /// <summary>An extract says so in words beside its name, since its silences mean less.</summary>
    private static string ExtractTag(Protocol authority) => authority.Metadata.Coverage == Coverage.Extract ? "(extract)" : "";

    private static MatrixCell Silence(Coverage coverage) =>
        Silence(coverage == Coverage.Extract ? "not-in-extract" : "not-stated", Capitalise(AnalysisLabels.Silence(coverage)));

    private static MatrixCell Silence(string state, string words) => new("cell-" + state, words, []);

    /// <summary>A cell with no route: not available where the documents say so, else the protocol's or the extract's silence.</summary>
    private static MatrixCell RouteSilence(EscalationRoutes routes, Coverage coverage) =>
        routes.NotAvailable is { } note ? Silence("not-available", $"Not available (paras {note.Paragraphs}, not quoted)") : Silence(coverage);

    /// <summary>Says what the less obvious words in the table mean, once, below it; only those the table uses.</summary>
    private void Key(StringBuilder html, bool notInExtract, bool mutual, bool notAvailable = false)
    {
        var lines = new List<string>();
        if (mutual) lines.Add("“Stated as mutual”: the protocol states it as something members and officers can expect of each other, not in this direction on its own.");
        if (notInExtract) lines.Add("“Not in extract”: SiteGen holds only an extract of that protocol, so silence in the extract is not silence in the protocol.");
        if (notAvailable) lines.Add("“Not available”: the documents say this is dealt with in paragraphs they do not quote; SiteGen does not guess them.");
        html.Append(_tables.RenderKey(lines));
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
