using System.Globalization;
using System.Text;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Reports;

// The analysis embeds: matrices and flow diagrams. Every silence is written in words ("Not stated", "Not in extract",
// "Not available", "Stated as mutual"), never told by colour alone, and every clause is cited as a linked citation.
internal sealed partial class EmbedWriter
{
    private int _embeds;

    /// <summary>A prefix for the ids one embed writes (caption, diagram), unique within the document.</summary>
    private string EmbedId(string? partId) => partId ?? "analysis-embed-" + (++_embeds).ToString(CultureInfo.InvariantCulture);

    private void WriteThemeMatrix(StringBuilder html, ResolvedEmbed.ThemeMatrix matrix, string id)
    {
        OpenMatrix(html, id, "theme-matrix", matrix.Caption, "Theme", matrix.Authorities);
        foreach (var row in matrix.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(row.Theme.Title)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                if (!cell.Clauses.IsEmpty)
                {
                    var count = cell.Clauses.Length;
                    html.Append("<td class=\"cell-stated\"><span class=\"cell-label\">").Append(count.ToString(CultureInfo.InvariantCulture))
                        .Append(count == 1 ? " clause" : " clauses").Append("</span> ")
                        .AppendJoin(", ", cell.Clauses.Select(c => Linked("cite", links.TargetHref(c), Citations.DisplayNumber(c.Clause))))
                        .Append("</td>");
                }
                else if (cell.NotAvailable is { } note) Silence(html, "not-available", $"Not available (paras {note.Paragraphs}, not quoted)");
                else Silence(html, cell.Authority.Metadata.Coverage);
            }
            html.Append("</tr>\n");
        }
        CloseMatrix(html);
        Key(html, matrix.Rows.SelectMany(r => r.Cells).Any(c => c.Clauses.IsEmpty && c.NotAvailable is null && c.Authority.Metadata.Coverage == Coverage.Extract), mutual: false);
    }

    private void WriteExpectationMatrix(StringBuilder html, ResolvedEmbed.ExpectationMatrix matrix, string id)
    {
        for (var t = 0; t < matrix.Tables.Length; t++)
        {
            var table = matrix.Tables[t];
            if (table.Rows.IsEmpty)
            {
                html.Append("<p class=\"embed-empty\">").Append(Encode(table.Caption)).Append(": no authority shown states any of these expectations in this direction.</p>\n");
                continue;
            }
            OpenMatrix(html, $"{id}-{t + 1}", "expectation-matrix", table.Caption, "Expectation", matrix.Authorities);
            foreach (var row in table.Rows)
            {
                html.Append("<tr><th scope=\"row\">").Append(Encode(row.Expectation.Title)).Append("<br><span class=\"meta\">")
                    .Append(Encode(row.Theme.Title)).Append("</span></th>");
                foreach (var cell in row.Cells)
                {
                    switch (cell.State)
                    {
                        case ExpectationState.Stated or ExpectationState.StatedAsMutual:
                            var mutual = cell.State == ExpectationState.StatedAsMutual;
                            html.Append("<td class=\"").Append(mutual ? "cell-stated-mutual" : "cell-stated").Append("\"><span class=\"cell-label\">")
                                .Append(mutual ? "Stated as mutual" : "Stated").Append("</span> ")
                                .AppendJoin("; ", cell.Clauses.Select(Citation)).Append("</td>");
                            break;
                        case ExpectationState.NotInExtract:
                            Silence(html, "not-in-extract", "Not in extract");
                            break;
                        default:
                            Silence(html, "not-stated", "Not stated");
                            break;
                    }
                }
                html.Append("</tr>\n");
            }
            CloseMatrix(html);
        }
        var cells = matrix.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        Key(html, cells.Any(c => c.State == ExpectationState.NotInExtract), cells.Any(c => c.State == ExpectationState.StatedAsMutual));
    }

    private void WriteEscalationMatrix(StringBuilder html, ResolvedEmbed.EscalationMatrix matrix, string id)
    {
        html.Append("<div class=\"table-wrap table-wrap--sticky\" role=\"region\" aria-labelledby=\"").Append(id).Append("-caption\" tabindex=\"0\">\n")
            .Append("<table class=\"data-table data-table--matrix matrix embed-matrix routes\">\n<caption id=\"").Append(id).Append("-caption\">")
            .Append(Encode(matrix.Caption)).Append("</caption>\n<thead><tr><th scope=\"col\">Authority</th><th scope=\"col\">Informal first</th>");
        foreach (var scenario in matrix.Scenarios) html.Append("<th scope=\"col\">").Append(Encode(Capitalise(AnalysisLabels.Of(scenario)))).Append("</th>");
        html.Append("<th scope=\"col\">Other routes</th></tr></thead>\n<tbody>\n");
        foreach (var authority in matrix.Authorities)
        {
            var routes = authority.Routes;
            var coverage = authority.Authority.Metadata.Coverage;
            html.Append("<tr><th scope=\"row\">").Append(AuthorityName(authority.Authority)).Append("</th>");
            if (routes.Informal is { } informal) html.Append("<td class=\"cell-stated\"><span class=\"cell-label\">Yes</span> ").Append(Citation(authority.Clauses[informal.ClauseId])).Append("</td>");
            else RouteSilence(html, routes, coverage);
            foreach (var scenario in matrix.Scenarios)
            {
                var route = routes.Routes.FirstOrDefault(r => r.Scenario == scenario);
                if (route is { Steps.IsEmpty: false, NeedsReview: true })
                {
                    // Steps SiteGen is not sure of are shown with their evidence, never as stated.
                    html.Append("<td class=\"cell-needs-review\"><span class=\"cell-label\">Needs review</span><ol class=\"steps\">");
                    foreach (var step in route.Steps) html.Append("<li>").Append(Step(authority, step)).Append("</li>");
                    html.Append("</ol></td>");
                }
                else if (route is { Steps.IsEmpty: false })
                {
                    html.Append("<td class=\"cell-stated\"><ol class=\"steps\">");
                    foreach (var step in route.Steps) html.Append("<li>").Append(Step(authority, step)).Append("</li>");
                    html.Append("</ol></td>");
                }
                else if (route?.Status == RouteStatus.NotAvailable || route is null && routes.NotAvailable is not null) RouteSilence(html, routes, coverage);
                else Silence(html, route?.Status == RouteStatus.NotInExtract || route is null && coverage == Coverage.Extract ? "not-in-extract" : "not-stated",
                    route?.Status == RouteStatus.NotInExtract || route is null && coverage == Coverage.Extract ? "Not in extract" : "Not stated");
            }
            if (routes.SideRoutes.IsEmpty) RouteSilence(html, routes, coverage);
            else html.Append("<td>").AppendJoin("; ", routes.SideRoutes.Select(s => SideRoute(authority, s))).Append("</td>");
            html.Append("</tr>\n");
        }
        CloseMatrix(html);
        var silences = matrix.Authorities.Where(a => a.Routes.NotAvailable is null).Select(a => a.Authority.Metadata.Coverage).ToList();
        Key(html, silences.Contains(Coverage.Extract), mutual: false, notAvailable: matrix.Authorities.Any(a => a.Routes.NotAvailable is not null));
    }

    /// <param name="partId">Set inside an appendix part, whose heading then names the figure instead of a caption repeating it.</param>
    private void WriteEscalationDiagram(StringBuilder html, ResolvedEmbed.EscalationDiagram diagram, string id, string? partId)
    {
        var a = diagram.Routes;
        var routes = a.Routes;
        string Number(string clauseId) => Citations.DisplayNumber(a.Clauses[clauseId].Clause);
        if (partId is null) html.Append("<figure class=\"flow-figure embed-flow\">\n<figcaption>").Append(Encode(diagram.Caption)).Append("</figcaption>\n");
        else html.Append("<figure class=\"flow-figure embed-flow\" aria-labelledby=\"").Append(Encode(partId)).Append("\">\n");
        if (routes.NotAvailable is { } note)
            html.Append("<p class=\"notice\">Not available: the documents say complaints are dealt with in paragraphs ").Append(Encode(note.Paragraphs))
                .Append(" of the protocol, which SiteGen does not hold: “").Append(Encode(note.Quote)).Append("”</p>\n");
        html.Append("<div class=\"flow-scroll\">")
            .Append(EscalationDiagram.Render(id + "-flow", a.Authority.Metadata.ShortName, a.Authority.Metadata.Coverage == Coverage.Extract, routes, a.Titles, Number).Value)
            .Append("</div>\n");
        // The same routes in words, visible: they print, and read in order with a screen reader, where the picture cannot.
        html.Append("<div class=\"route-words\"><p>The routes in words:</p>\n<ul class=\"route-list\">\n");
        if (routes.Informal is { } informal) html.Append("<li>First, resolve informally (").Append(Citation(a.Clauses[informal.ClauseId])).Append(").</li>\n");
        foreach (var route in routes.Routes)
        {
            html.Append("<li><strong>").Append(Encode(Capitalise(AnalysisLabels.Of(route.Scenario)))).Append(":</strong> ");
            if (route is { NeedsReview: true, Steps.IsEmpty: false }) html.Append("Needs review: ");
            if (route.Steps.IsEmpty) html.Append(Encode(Capitalise(AnalysisLabels.Of(route.Status)))).Append('.');
            else
            {
                html.Append("<ol>");
                foreach (var step in route.Steps) html.Append("<li>").Append(Step(a, step)).Append("</li>");
                html.Append("</ol>");
            }
            html.Append("</li>\n");
        }
        foreach (var side in routes.SideRoutes) html.Append("<li>Also: ").Append(SideRoute(a, side)).Append(".</li>\n");
        html.Append("</ul></div>\n</figure>\n");
    }

    /// <summary>"Line manager or Director (Hackney, para 16.4)".</summary>
    private string Step(AuthorityRoutes authority, EscalationStep step) =>
        Encode(string.Join(" or ", EscalationDiagram.RoleNames(step, authority.Title))) + " (" + Citation(authority.Clauses[step.ClauseId]) + ")";

    private string SideRoute(AuthorityRoutes authority, SideRoute side) =>
        Encode(authority.Title(side.Id) + (side.Scenario is { } s ? $" ({AnalysisLabels.Of(s)})" : "")) + ", " + Citation(authority.Clauses[side.ClauseId]);

    private string Citation(ReferenceTarget.ClauseTarget target) => Citation((ReferenceTarget)target);

    private static void OpenMatrix(StringBuilder html, string id, string kind, string caption, string rowHeader, IEnumerable<Protocol> authorities)
    {
        html.Append("<div class=\"table-wrap table-wrap--sticky\" role=\"region\" aria-labelledby=\"").Append(id).Append("-caption\" tabindex=\"0\">\n")
            .Append("<table class=\"data-table data-table--matrix matrix embed-matrix ").Append(kind).Append("\">\n<caption id=\"").Append(id).Append("-caption\">")
            .Append(Encode(caption)).Append("</caption>\n<thead><tr><th scope=\"col\">").Append(rowHeader).Append("</th>");
        foreach (var authority in authorities) html.Append("<th scope=\"col\">").Append(AuthorityName(authority)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
    }

    private static void CloseMatrix(StringBuilder html) => html.Append("</tbody>\n</table>\n</div>\n");

    /// <summary>The authority's short name; an extract says so in words, since its silences mean less.</summary>
    private static string AuthorityName(Protocol authority) => Encode(authority.Metadata.ShortName)
        + (authority.Metadata.Coverage == Coverage.Extract ? " <span class=\"tag tag-extract\">(extract)</span>" : "");

    private static void Silence(StringBuilder html, Coverage coverage) =>
        Silence(html, coverage == Coverage.Extract ? "not-in-extract" : "not-stated", Capitalise(AnalysisLabels.Silence(coverage)));

    private static void Silence(StringBuilder html, string state, string words) =>
        html.Append("<td class=\"cell-").Append(state).Append("\"><span class=\"cell-label\">").Append(Encode(words)).Append("</span></td>");

    /// <summary>A cell with no route: not available where the documents say so, else the protocol's or the extract's silence.</summary>
    private static void RouteSilence(StringBuilder html, EscalationRoutes routes, Coverage coverage)
    {
        if (routes.NotAvailable is { } note) Silence(html, "not-available", $"Not available (paras {note.Paragraphs}, not quoted)");
        else Silence(html, coverage);
    }

    /// <summary>Says what the less obvious words in the table mean, once, below it; only those the table uses.</summary>
    private static void Key(StringBuilder html, bool notInExtract, bool mutual, bool notAvailable = false)
    {
        var lines = new List<string>();
        if (mutual) lines.Add("“Stated as mutual”: the protocol states it as something members and officers can expect of each other, not in this direction on its own.");
        if (notInExtract) lines.Add("“Not in extract”: SiteGen holds only an extract of that protocol, so silence in the extract is not silence in the protocol.");
        if (notAvailable) lines.Add("“Not available”: the documents say this is dealt with in paragraphs they do not quote; SiteGen does not guess them.");
        if (lines.Count == 0) return;
        html.Append("<ul class=\"embed-key\">");
        foreach (var line in lines) html.Append("<li>").Append(Encode(line)).Append("</li>");
        html.Append("</ul>\n");
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
