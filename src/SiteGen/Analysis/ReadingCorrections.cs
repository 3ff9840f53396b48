using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Analysis;

/// <summary>
/// Applies the people's word from content/overrides.yml to what SiteGen read: confirmations settle a reading (its
/// evidence stays), corrections replace it and say who made them. Every entry must name something that exists now —
/// a clause, an authority, a route step, a reading to confirm — or it is an error on its own line, so a correction
/// never silently stops applying when a protocol is edited. Pure: values in, values out.
/// </summary>
internal static class ReadingCorrections
{
    /// <summary>Checks that a clause named by an override exists, with the nearest ids of the same authority when it does not.</summary>
    public static bool ClauseExists(string clauseId, int line, string file, IReadOnlySet<string> clauseIds, ImmutableArray<Diagnostic>.Builder diagnostics, string? authority = null)
    {
        if (clauseIds.Contains(clauseId) && (authority is null || clauseId.StartsWith(authority + "/", StringComparison.Ordinal))) return true;
        var slash = clauseId.IndexOf('/');
        var slug = slash > 0 ? clauseId[..slash] : clauseId;
        if (authority is not null && slug != authority)
        {
            diagnostics.Add(Diagnostic.Error(file, line, "SG1309", $"The clause '{clauseId}' is not one of {authority}'s: a route step cites a clause of the same protocol, e.g. {authority}/5.1."));
            return false;
        }
        var sameAuthority = clauseIds.Where(id => id.StartsWith(slug + "/", StringComparison.Ordinal)).ToArray();
        var hint = sameAuthority.Length > 0
            ? TaxonomyFileParser.Suggest(clauseId, sameAuthority)
            : $"There is no authority '{slug}'; clause ids are <slug>/<number>, e.g. hackney/7.2(g), as shown in data/clauses.csv.";
        diagnostics.Add(Diagnostic.Error(file, line, "SG1309", $"There is no clause '{clauseId}' (it may have been renumbered or removed since the correction was written). {hint}"));
        return false;
    }

    /// <summary>Every clause's "addressed to" and force with how each was read, then the overrides file's word on them.</summary>
    public static ImmutableArray<ClauseAddressing> ClauseReadings(Protocol protocol, IReadOnlyDictionary<string, ClauseReadingOverride> overrides)
    {
        var result = ImmutableArray.CreateBuilder<ClauseAddressing>();
        foreach (var section in protocol.Sections)
            foreach (var clause in section.Clauses)
                Visit(clause, null);
        return result.ToImmutable();

        void Visit(Clause clause, Clause? parent)
        {
            var (method, evidence, concern) = ClauseClassifier.ExplainAddressedTo(clause.Text, clause.Actor, parent?.Text);
            var actor = concern is null ? Provenance.Read(method, evidence) : Provenance.Unsure(method, evidence, concern);
            var force = Provenance.Read(
                clause.Modality == Modality.None ? "no modal verb: a statement" : parent is not null && ClauseClassifier.Classify(clause.Text, ClauseContext.None, false).Modality != clause.Modality ? "verb of its list's lead-in" : "its governing verb",
                Words.Excerpt(clause.Text));
            var reading = new ClauseAddressing(clause.Id, clause.Actor, actor, clause.Modality, force);
            if (overrides.TryGetValue(clause.Id, out var o))
            {
                if (o.AddressedTo is { } a) reading = reading with { AddressedTo = a, AddressedToProvenance = Provenance.CorrectedBy(o.Owner, o.Note, o.Line, $"read as {clause.Actor}") };
                else if (o.ConfirmAddressedTo) reading = reading with { AddressedToProvenance = actor.ConfirmedBy(o.Owner, o.Note, o.Line) };
                if (o.Force is { } f) reading = reading with { Force = f, ForceProvenance = Provenance.CorrectedBy(o.Owner, o.Note, o.Line, $"read as {clause.Modality}") };
                else if (o.ConfirmForce) reading = reading with { ForceProvenance = force.ConfirmedBy(o.Owner, o.Note, o.Line) };
            }
            result.Add(reading);
            foreach (var child in clause.Children) Visit(child, clause);
        }
    }

    /// <summary>The expectations as read, with confirmations, removals, additions and changes of direction applied; removed readings are returned apart.</summary>
    public static (ImmutableArray<ExpectationStatement> Kept, ImmutableArray<ExpectationStatement> Removed) Expectations(
        ImmutableArray<ExpectationStatement> read, IEnumerable<ExpectationOverride> overrides, string file, IReadOnlyDictionary<string, Clause> clauses, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var kept = read.ToList();
        var removed = ImmutableArray.CreateBuilder<ExpectationStatement>();
        foreach (var o in overrides)
        {
            var at = kept.FindIndex(s => s.ClauseId == o.ClauseId && s.Expectation == o.Expectation && s.Direction == o.Direction);
            if (o.Action == OverrideAction.Add)
            {
                if (at >= 0)
                {
                    diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1310", $"SiteGen already reads '{o.Expectation}' ({ReadingOverrides.Kebab(o.Direction)}) in {o.ClauseId}. Use 'action: confirm' instead of 'add'."));
                    continue;
                }
                var text = Words.Excerpt(clauses[o.ClauseId].Text);
                kept.Add(new ExpectationStatement(o.ClauseId, o.Expectation, o.Direction, StatementForm.General, null, "overrides file", text,
                    Provenance.CorrectedBy(o.Owner, o.Note, o.Line, text)));
                continue;
            }
            if (at < 0)
            {
                var there = read.Where(s => s.ClauseId == o.ClauseId).Select(s => $"{s.Expectation} ({ReadingOverrides.Kebab(s.Direction)})").Distinct().ToArray();
                diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1310", $"SiteGen does not read '{o.Expectation}' ({ReadingOverrides.Kebab(o.Direction)}) in {o.ClauseId}, so there is nothing to {ReadingOverrides.Kebab(o.Action)}. " +
                    (there.Length > 0 ? $"It reads there: {string.Join(", ", there)}." : "It reads no expectation there; use 'action: add' to add one.")));
                continue;
            }
            var s = kept[at];
            switch (o.Action)
            {
                case OverrideAction.Confirm:
                    kept[at] = s with { Provenance = s.Provenance.ConfirmedBy(o.Owner, o.Note, o.Line) };
                    break;
                case OverrideAction.Remove:
                    kept.RemoveAt(at);
                    removed.Add(s with { Provenance = Provenance.CorrectedBy(o.Owner, o.Note, o.Line, s.Matched) });
                    break;
                case OverrideAction.Redirect:
                    kept[at] = s with { Direction = o.To!.Value, Provenance = Provenance.CorrectedBy(o.Owner, o.Note, o.Line, $"{s.Matched} (read as {ReadingOverrides.Kebab(s.Direction)})") };
                    break;
            }
        }
        return ([.. kept], removed.ToImmutable());
    }

    /// <summary>The routes as extracted, with whole-route and step-by-step confirmations and corrections applied.</summary>
    public static EscalationRoutes Routes(EscalationRoutes read, Coverage coverage, IEnumerable<RouteOverride> overrides, string file, IReadOnlyDictionary<string, Clause> clauses, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var routes = read.Routes.ToList();
        foreach (var o in overrides)
        {
            var at = routes.FindIndex(r => r.Scenario == o.Scenario);
            var route = at >= 0 ? routes[at] : new ScenarioRoute(o.Scenario, coverage == Coverage.Extract ? RouteStatus.NotInExtract : RouteStatus.NotStated, []);
            var evidence = string.Join(" / ", route.Steps.Select(s => s.Evidence));
            var before = route.Steps.IsEmpty ? "no route" : string.Join(" → ", route.Steps.Select(s => string.Join(" or ", s.Roles)));
            var corrected = Provenance.CorrectedBy(o.Owner, o.Note, o.Line, $"read as: {before}");
            ScenarioRoute? result = null;
            switch (o.Action)
            {
                case RouteAction.Confirm:
                    if (route.Steps.IsEmpty && route.Status != RouteStatus.NotStated)
                    {
                        diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1311", $"SiteGen reads no route for '{ReadingOverrides.Kebab(o.Scenario)}' in {o.Authority}, so there is nothing to confirm. Use 'action: replace' with the steps, or 'action: not-stated'."));
                        continue;
                    }
                    result = route with { Status = route.Steps.IsEmpty ? route.Status : RouteStatus.Stated, Review = null, Provenance = (route.Provenance ?? Provenance.Read("escalation extractor", evidence)).ConfirmedBy(o.Owner, o.Note, o.Line) };
                    break;
                case RouteAction.Replace:
                    result = new ScenarioRoute(o.Scenario, RouteStatus.Stated, [.. o.Steps.Select((s, i) => Step(i + 1, s))], corrected);
                    break;
                case RouteAction.NotStated:
                    result = new ScenarioRoute(o.Scenario, coverage == Coverage.Extract ? RouteStatus.NotInExtract : RouteStatus.NotStated, [], corrected);
                    break;
                default:
                    var n = o.Step!.Value;
                    var max = o.Action == RouteAction.InsertStep ? route.Steps.Length + 1 : route.Steps.Length;
                    if (n > max)
                    {
                        diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1312", route.Steps.IsEmpty
                            ? $"The route '{ReadingOverrides.Kebab(o.Scenario)}' of {o.Authority} has no steps, so there is no step {n}. Use 'action: replace' with the whole route."
                            : $"The route '{ReadingOverrides.Kebab(o.Scenario)}' of {o.Authority} has {route.Steps.Length} step(s) ({before}); there is no step {n}{(o.Action == RouteAction.InsertStep ? " to insert before" : "")}."));
                        continue;
                    }
                    var steps = route.Steps.ToList();
                    if (o.Action == RouteAction.RemoveStep) steps.RemoveAt(n - 1);
                    else if (o.Action == RouteAction.InsertStep) steps.Insert(n - 1, Step(n, o.Steps[0]));
                    else steps[n - 1] = Step(n, o.Steps[0]);
                    result = new ScenarioRoute(o.Scenario, steps.Count > 0 ? RouteStatus.Stated : coverage == Coverage.Extract ? RouteStatus.NotInExtract : RouteStatus.NotStated,
                        [.. steps.Select((s, i) => s with { Order = i + 1 })], corrected);
                    break;
            }
            if (at >= 0) routes[at] = result; else routes.Add(result);
        }
        return read with { Routes = [.. routes.OrderBy(r => r.Scenario)] };

        EscalationStep Step(int order, RouteStepOverride s) => new(order, s.Roles, s.ClauseId, Words.Excerpt(clauses[s.ClauseId].Text));
    }
}
