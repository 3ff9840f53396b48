using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Output;

/// <summary>
/// The comparative analysis as spreadsheets (UTF-8 with BOM, CRLF, RFC 4180, like clauses.csv): the theme × authority
/// and expectation × authority matrices, every clause's themes with reasons, and the escalation steps.
/// </summary>
internal static class AnalysisData
{
    public static readonly string ThemeMatrix = SitePage.ThemeMatrixCsv.Path;
    public static readonly string ExpectationMatrix = SitePage.ExpectationMatrixCsv.Path;
    public static readonly string ClauseThemes = SitePage.DataFile("clause-themes.csv").Path;
    public static readonly string Escalation = SitePage.EscalationCsv.Path;

    public static IEnumerable<OutputFile> Build(IReadOnlyList<Protocol> protocols, SiteAnalysis analysis)
    {
        if (analysis.IsEmpty) yield break;
        var ordered = protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal).ToImmutableArray();
        var clauses = ordered.SelectMany(p => p.AllClauses()).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var matrices = AnalysisMatrices.Build(ordered, analysis);

        var themes = new StringBuilder();
        Row(themes, ["theme_id", "theme", .. ordered.Select(p => p.Metadata.Slug), "authorities"]);
        foreach (var row in matrices.Themes)
            Row(themes, [row.Theme.Id, row.Theme.Title, .. row.Cells.Select(c => Number(c.Count)), Number(row.Cells.Count(c => c.Count > 0))]);
        yield return Csv(ThemeMatrix, themes);

        // Cells name the clauses that state the expectation; silence is spelled out, and an extract's silence is not the protocol's.
        var expectations = new StringBuilder();
        Row(expectations, ["expectation_id", "expectation", "direction", .. ordered.Select(p => p.Metadata.Slug)]);
        foreach (var row in matrices.Expectations)
            Row(expectations, [row.Expectation.Id, row.Expectation.Title, AnalysisLabels.Of(row.Direction),
                .. row.Cells.Select(c => c.IsStated ? string.Join("; ", c.Statements.Select(s => AnalysisLabels.Marked(clauses[s.ClauseId].Number, s.Provenance)))
                    : c.NeedsReview ? "needs review: " + string.Join("; ", c.Statements.Select(s => clauses[s.ClauseId].Number))
                    : c.IsCovered ? "mutual: " + string.Join("; ", c.Mutual.Where(s => s.Provenance.IsSettled).Select(s => AnalysisLabels.Marked(clauses[s.ClauseId].Number, s.Provenance)))
                    : AnalysisLabels.Silence(c.Coverage) + string.Concat(c.Removed.Take(1).Select(s => $" ({AnalysisLabels.Of(s.Provenance).ToLowerInvariant()}: {clauses[s.ClauseId].Number} removed)")))]);
        yield return Csv(ExpectationMatrix, expectations);

        var tags = new StringBuilder();
        Row(tags, ["clause_id", "authority", "number", "theme_id", "reason", "phrase", "matched", "state", "checked_by"]);
        foreach (var p in analysis.Protocols)
            foreach (var c in p.ClauseThemes)
                foreach (var t in c.Tags)
                    foreach (var r in t.Reasons)
                        Row(tags, [c.ClauseId, p.Slug, clauses[c.ClauseId].Number, t.Theme, AnalysisLabels.Of(r.Kind), r.Phrase, r.Matched, AnalysisLabels.State(t.Provenance), t.Provenance.Owner ?? ""]);
        yield return Csv(ClauseThemes, tags);

        var routes = new StringBuilder();
        Row(routes, ["authority", "scenario", "status", "step", "roles", "printed", "clause_id", "evidence", "review", "state", "checked_by", "note"]);
        foreach (var p in analysis.Protocols)
        {
            foreach (var route in p.Escalation.Routes)
            {
                string[] check = route.NeedsReview ? ["needs-review", "", ""]
                    : route.Provenance is { } pr ? [AnalysisLabels.State(pr), pr.Owner ?? "", pr.Note ?? ""] : ["read", "", ""];
                var review = route.NeedsReview ? route.Review ?? route.Provenance?.Concern ?? "" : "";
                if (route.Steps.IsEmpty) { Row(routes, [p.Slug, AnalysisLabels.Of(route.Scenario), AnalysisLabels.Of(route.Status), "", "", "", "", "", review, .. check]); continue; }
                foreach (var step in route.Steps)
                    Row(routes, [p.Slug, AnalysisLabels.Of(route.Scenario), AnalysisLabels.Of(route.Status), Number(step.Order), string.Join(" | ", step.Roles),
                        string.Join(" | ", step.Roles.Select((r, i) => step.TitleOf(i, id => id))), step.ClauseId, step.Evidence, review, .. check]);
            }
            if (p.Escalation.Informal is { } informal) Row(routes, [p.Slug, "informal resolution first", "stated", "0", "", "", informal.ClauseId, informal.Evidence, "", "read", "", ""]);
            foreach (var side in p.Escalation.SideRoutes)
                Row(routes, [p.Slug, "side route: " + side.Id, "stated", "", "", "", side.ClauseId, side.Evidence, "", "read", "", ""]);
        }
        yield return Csv(Escalation, routes);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(ClauseCsv.Field(fields[i]));
        }
        sb.Append("\r\n");
    }

    private static OutputFile Csv(string path, StringBuilder sb) =>
        new(path, [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(sb.ToString())]);
}
