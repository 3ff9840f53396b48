using System.Collections.Immutable;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

// One authority's escalation routes as a flow diagram with the same routes in words, as
// templates/partials/flow-figure.html renders it for the escalation pages and the report embeds alike. Wording is decided
// here; markup only in the partial, so a site's own copy of it restyles both. Every string is plain text (escaped there).

/// <param name="Embed">A report's [[escalation-diagram …]] (true) or a figure on the escalation page.</param>
/// <param name="Caption">The embed's caption; empty inside an appendix part, whose heading names it instead.</param>
/// <param name="LabelledBy">Inside an appendix part, the id of the part's heading; empty otherwise.</param>
/// <param name="NotAvailable">For an embed whose documents place the routes in paragraphs they do not quote; null otherwise.</param>
/// <param name="Diagram">The diagram itself (SVG), as <see cref="EscalationDiagram.Render"/> draws it.</param>
internal sealed record FlowFigureView(
    bool Embed,
    string Caption,
    string LabelledBy,
    FlowNotAvailableView? NotAvailable,
    TrustedHtml Diagram,
    FlowLinkView? Informal,
    ImmutableArray<FlowRouteView> Routes,
    ImmutableArray<FlowSideRouteView> SideRoutes);

internal sealed record FlowNotAvailableView(string Paragraphs, string Quote);

/// <summary>A citation: a link when <paramref name="Href"/> is set, else plain text (a printed document without a base URL).</summary>
internal sealed record FlowLinkView(string Text, string? Href, string Class = "");

/// <param name="Check">Why the route's reading should be checked, shown on the escalation page; empty in embeds.</param>
/// <param name="NeedsReview">Its steps are shown after "Needs review:".</param>
/// <param name="Status">What is said when there are no steps ("Not stated").</param>
internal sealed record FlowRouteView(string Scenario, string Check, bool NeedsReview, string Status, ImmutableArray<FlowStepView> Steps);

internal sealed record FlowStepView(string Roles, FlowLinkView Cite);

/// <param name="Title">The side route with its situation, if any ("Whistleblowing (member about officer)").</param>
internal sealed record FlowSideRouteView(string Title, FlowLinkView Cite);

internal static class FlowFigures
{
    /// <summary>An authority's figure on the escalation page.</summary>
    public static FlowFigureView Of(EscalationAuthorityView a) => new(false, "", "", null, a.Diagram,
        a.Informal is { } i ? new FlowLinkView(i.Citation, i.Href) : null,
        [.. a.Routes.Select(r => new FlowRouteView(r.Scenario, r.Check, false, r.StatusLabel,
            [.. r.Steps.Select(s => new FlowStepView(s.Roles, new FlowLinkView(s.Citation, s.Href)))]))],
        [.. a.SideRoutes.Select(s => new FlowSideRouteView(s.Scenario != "" ? $"{s.Title} ({s.Scenario})" : s.Title, new FlowLinkView(s.Citation, s.Href)))]);
}
