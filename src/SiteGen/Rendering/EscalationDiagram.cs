using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>
/// Draws an authority's complaint routes as an SVG flow diagram: one lane per scenario, one box per step (its
/// alternative roles stacked), arrows between steps. Static markup, readable without JavaScript; every text is
/// HTML-encoded here, which is why the result may be trusted. The SVG carries a title and a description listing the
/// steps, and the page repeats them as a list beside it.
/// </summary>
internal static class EscalationDiagram
{
    private const int LabelWidth = 220;
    private const int BoxWidth = 190;
    private const int ArrowGap = 34;
    private const int LineHeight = 17;
    private const int LanePadding = 12;
    private const int Margin = 10;

    /// <param name="titles">Display titles of role and side-route ids.</param>
    public static TrustedHtml Render(string id, string authority, bool isExtract, EscalationRoutes routes, IReadOnlyDictionary<string, string> titles, Func<string, string> displayNumber)
    {
        var maxSteps = Math.Max(2, routes.Routes.Max(r => r.Steps.Length));
        var width = Margin * 2 + LabelWidth + maxSteps * (BoxWidth + ArrowGap);
        var lanes = new List<(string Label, List<string[]> Boxes, string? Missing)>();
        // With no route at all, one lane says so; five identical "not in extract" lanes would only be noise.
        var nothing = routes.Routes.All(r => r.Steps.IsEmpty) && routes.Routes.Select(r => r.Status).Distinct().Count() == 1;
        foreach (var route in nothing ? routes.Routes.Take(1) : routes.Routes)
        {
            var boxes = route.Steps.Select(s =>
                AnalysisLabels.RoleNames(s, r => titles.GetValueOrDefault(r, r)).Select((r, i) => (i == 0 ? "" : "or ") + r)
                    .Append("para " + displayNumber(s.ClauseId)).ToArray()).ToList();
            string? missing = route.Status switch
            {
                RouteStatus.Stated or RouteStatus.NeedsReview => null,
                RouteStatus.NotAvailable => routes.NotAvailable is { } n ? $"Not available: in paras {n.Paragraphs}, not quoted" : "Not available",
                RouteStatus.NotInExtract => "Not in extract",
                _ => "Not stated",
            };
            var lane = nothing ? "Every situation" : Capitalise(AnalysisLabels.Of(route.Scenario));
            lanes.Add((lane + AnalysisLabels.RouteCheck(route), boxes, missing));
        }

        var svg = new StringBuilder();
        var y = Margin;
        var body = new StringBuilder();
        if (routes.Informal is { } informal)
        {
            body.Append(Box(Margin, y, width - 2 * Margin, LineHeight + 2 * 8, "flow-informal", [$"First: resolve informally (para {displayNumber(informal.ClauseId)})"]));
            y += LineHeight + 2 * 8 + LanePadding;
        }
        foreach (var (label, boxes, missing) in lanes)
        {
            var lines = Math.Max(2, boxes.Count == 0 ? 1 : boxes.Max(b => b.Length));
            var laneHeight = lines * LineHeight + 2 * 8;
            var labelLines = Wrap(label, 26);
            var labelTop = y + laneHeight / 2 + 5 - (labelLines.Count - 1) * LineHeight / 2;
            for (var l = 0; l < labelLines.Count; l++)
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"flow-label\" x=\"{Margin}\" y=\"{labelTop + l * LineHeight}\">{Encode(labelLines[l])}</text>");
            var x = Margin + LabelWidth;
            if (missing is not null)
            {
                body.Append(Box(x, y, 2 * BoxWidth + ArrowGap, laneHeight, "flow-missing", [missing]));
            }
            for (var i = 0; i < boxes.Count; i++)
            {
                if (i > 0)
                {
                    var ay = y + laneHeight / 2;
                    body.Append(CultureInfo.InvariantCulture, $"<line class=\"flow-arrow\" x1=\"{x - ArrowGap + 2}\" y1=\"{ay}\" x2=\"{x - 4}\" y2=\"{ay}\" marker-end=\"url(#{id}-arrow)\"/>");
                }
                body.Append(Box(x, y, BoxWidth, laneHeight, "flow-step", boxes[i]));
                x += BoxWidth + ArrowGap;
            }
            y += laneHeight + LanePadding;
        }
        if (!routes.SideRoutes.IsEmpty)
        {
            var text = "Also: " + string.Join("; ", routes.SideRoutes.Select(s => $"{titles.GetValueOrDefault(s.Id, s.Id)} (para {displayNumber(s.ClauseId)})").Distinct(StringComparer.Ordinal));
            body.Append(CultureInfo.InvariantCulture, $"<text class=\"flow-side\" x=\"{Margin}\" y=\"{y + 12}\">{Encode(text)}</text>");
            y += LineHeight + LanePadding;
        }
        var height = y + Margin;

        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"flow\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode($"Complaint routes in {authority}'s protocol{(isExtract ? " (extract)" : "")}")}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(Describe(routes, titles, displayNumber))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path class=\"flow-arrowhead\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        svg.Append(body);
        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>The diagram in words: what a screen reader announces, and what the page lists beside the picture.</summary>
    public static string Describe(EscalationRoutes routes, IReadOnlyDictionary<string, string> titles, Func<string, string> displayNumber)
    {
        var parts = new List<string>();
        if (routes.Informal is { } informal) parts.Add($"First, resolve informally (para {displayNumber(informal.ClauseId)}).");
        foreach (var route in routes.Routes)
        {
            var label = Capitalise(AnalysisLabels.Of(route.Scenario)) + AnalysisLabels.RouteCheck(route);
            parts.Add(route.Steps.IsEmpty
                ? $"{label}: {AnalysisLabels.Of(route.Status)}."
                : $"{label}: " + string.Join(", then ", route.Steps.Select(s =>
                    string.Join(" or ", AnalysisLabels.RoleNames(s, r => titles.GetValueOrDefault(r, r))) + $" (para {displayNumber(s.ClauseId)})")) + ".");
        }
        foreach (var side in routes.SideRoutes)
            parts.Add($"Also: {titles.GetValueOrDefault(side.Id, side.Id)} (para {displayNumber(side.ClauseId)}).");
        return string.Join(" ", parts.Distinct(StringComparer.Ordinal));
    }

    private static string Box(int x, int y, int w, int h, string cls, IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"{cls}\"><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"4\"/>");
        var top = y + (h - lines.Count * LineHeight) / 2 + LineHeight - 4;
        for (var i = 0; i < lines.Count; i++)
        {
            var small = i == lines.Count - 1 && lines[i].StartsWith("para ", StringComparison.Ordinal);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10}\" y=\"{top + i * LineHeight}\"{(small ? " class=\"flow-cite\"" : "")}>{Encode(lines[i])}</text>");
        }
        sb.Append("</g>");
        return sb.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Breaks a label into lines of at most <paramref name="width"/> characters at spaces (SVG text does not wrap).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
