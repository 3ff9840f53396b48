using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

internal sealed partial class AnalysisViews
{
    private const string OwnerPlaceholder = "<your name or role>";

    /// <summary>Every reading that needs review, by authority, with its evidence and the overrides entries that would settle it; then every reading a person has settled.</summary>
    public ReviewPageView Review()
    {
        var here = SitePage.Review;
        var groups = ImmutableArray.CreateBuilder<ReviewGroupView>();
        var checkedItems = ImmutableArray.CreateBuilder<ReviewItemView>();
        foreach (var p in _protocols)
        {
            var a = _analysis.For(p.Metadata.Slug)!;
            var items = ImmutableArray.CreateBuilder<ReviewItemView>();
            foreach (var (item, provenance) in Readings(a, p.Metadata, here))
            {
                if (provenance.State == ReadingState.NeedsReview) items.Add(item);
                else if (provenance.State is ReadingState.Confirmed or ReadingState.Corrected)
                    checkedItems.Add(item with
                    {
                        Concern = AnalysisLabels.Of(provenance) + (provenance.Note is { } n ? $": {n}" : "") +
                            (provenance.OverrideLine is { } l ? string.Create(CultureInfo.InvariantCulture, $" ({_analysis.Taxonomy.File.Replace("taxonomy.yml", "overrides.yml", StringComparison.Ordinal)}, line {l})") : ""),
                    });
            }
            if (items.Count > 0) groups.Add(new ReviewGroupView(Ref(p.Metadata, here), items.ToImmutable()));
        }
        return new ReviewPageView(groups.ToImmutable(), groups.Sum(g => g.Items.Length), checkedItems.ToImmutable());
    }

    /// <summary>How many readings need review, for the analysis hub.</summary>
    public int ReviewCount() => _protocols.Sum(p => _analysis.For(p.Metadata.Slug)!.NeedingReview().Count());

    private IEnumerable<(ReviewItemView Item, Provenance Provenance)> Readings(ProtocolAnalysis a, ProtocolMetadata meta, SitePage here)
    {
        foreach (var c in a.ClauseThemes)
            foreach (var t in c.Tags)
                yield return (Item("theme", $"on the theme “{_themes[t.Theme].Title}”", c.ClauseId, t.Provenance, here,
                    $"themes:\n  - clause: {c.ClauseId}\n    confirm: [{t.Theme}]\n    owner: {OwnerPlaceholder}",
                    $"themes:\n  - clause: {c.ClauseId}\n    remove: [{t.Theme}]\n    owner: {OwnerPlaceholder}\n    note: <why>"), t.Provenance);

        foreach (var x in a.Expectations.Concat(a.RemovedExpectations))
        {
            var title = _analysis.Taxonomy.Expectations.FirstOrDefault(e => e.Id == x.Expectation)?.Title ?? x.Expectation;
            var entry = $"expectations:\n  - clause: {x.ClauseId}\n    expectation: {x.Expectation}\n    direction: {ReadingOverrides.Kebab(x.Direction)}\n";
            yield return (Item("expectation", $"“{title}”, {AnalysisLabels.Of(x.Direction)}", x.ClauseId, x.Provenance, here,
                entry + $"    action: confirm\n    owner: {OwnerPlaceholder}",
                entry + $"    action: redirect    # or: remove\n    to: <members-to-officers | officers-to-members | mutual>\n    owner: {OwnerPlaceholder}\n    note: <why>"), x.Provenance);
        }

        foreach (var r in a.Escalation.Routes)
        {
            var provenance = r.NeedsReview ? (r.Provenance is { State: ReadingState.NeedsReview } own ? own
                    : Provenance.Unsure("escalation extractor", string.Join(" / ", r.Steps.Select(s => s.Evidence)), r.Review ?? "the extractor was not sure of this route"))
                : r.Provenance;
            if (provenance is null) continue;
            var first = r.Steps.IsEmpty ? null : r.Steps[0].ClauseId;
            var entry = $"routes:\n  - authority: {meta.Slug}\n    scenario: {ReadingOverrides.Kebab(r.Scenario)}\n";
            var steps = r.Steps.IsEmpty ? "      - roles: [<role-id>]\n        clause: <slug>/<number>\n"
                : string.Concat(r.Steps.Select(s => $"      - roles: [{string.Join(", ", s.Roles)}]\n        clause: {s.ClauseId}\n"));
            var reading = $"route for “{AnalysisLabels.Of(r.Scenario)}”: " + (r.Steps.IsEmpty ? AnalysisLabels.Of(r.Status)
                : string.Join(" → ", r.Steps.Select(s => string.Join(" or ", s.Roles))));
            var item = first is null
                ? new ReviewItemView("route", reading, meta.ShortName, SitePage.Protocol(meta.Slug).From(here), provenance.Method, provenance.Evidence, provenance.Concern ?? "", "", "")
                : Item("route", reading, first, provenance, here, "", "");
            yield return (item with
            {
                Confirm = entry + $"    action: confirm\n    owner: {OwnerPlaceholder}",
                Correct = entry + $"    action: replace    # or: not-stated; or one step: replace-step / insert-step / remove-step with step: N\n    steps:\n{steps}    owner: {OwnerPlaceholder}\n    note: <why>",
            }, provenance);
        }

        foreach (var c in a.Clauses)
        {
            yield return (Item("addressed to", $"addressed to {Labels.Of(c.AddressedTo)}", c.ClauseId, c.AddressedToProvenance, here,
                $"clauses:\n  - clause: {c.ClauseId}\n    confirm: [addressed_to]\n    owner: {OwnerPlaceholder}",
                $"clauses:\n  - clause: {c.ClauseId}\n    addressed_to: <members | officers | both | statutory-officers | political-groups | council | general>\n    owner: {OwnerPlaceholder}\n    note: <why>"), c.AddressedToProvenance);
            yield return (Item("force", $"force “{Labels.Of(c.Force)}”", c.ClauseId, c.ForceProvenance, here,
                $"clauses:\n  - clause: {c.ClauseId}\n    confirm: [force]\n    owner: {OwnerPlaceholder}",
                $"clauses:\n  - clause: {c.ClauseId}\n    force: <must | must-not | should | should-not | will | will-not | may | may-not | can-expect | expected-to | responsible-for | entitled-to | none>\n    owner: {OwnerPlaceholder}\n    note: <why>"), c.ForceProvenance);
        }
    }

    private ReviewItemView Item(string kind, string reading, string clauseId, Provenance p, SitePage here, string confirm, string correct) =>
        new(kind, reading, Cite(clauseId), ClauseHref(clauseId, here), p.Method, p.Evidence, p.Concern ?? "", confirm, correct);
}
