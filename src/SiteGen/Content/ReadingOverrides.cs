using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>
/// Reads the corrections and confirmations of content/overrides.yml for expectation cells, routes and clause readings
/// ("addressed to", force). Ids of the taxonomy are checked here; clause ids and authorities by the analysis, once the
/// protocols are normalised, so a correction naming a clause that no longer exists is an error on its own line.
/// </summary>
internal static class ReadingOverrides
{
    public static ImmutableArray<ExpectationOverride> Expectations(List<ExpectationOverrideEntry>? entries, Taxonomy taxonomy, TaxonomyFileParser.Checks v)
    {
        var ids = taxonomy.Expectations.Select(x => x.Id).ToArray();
        var result = ImmutableArray.CreateBuilder<ExpectationOverride>();
        foreach (var e in entries ?? [])
        {
            var clause = v.Required(e.Clause, e.Line, "clause", "expectation override");
            var id = v.Required(e.Expectation, e.Line, "expectation", "expectation override");
            var owner = v.Required(e.Owner, e.Line, "owner", "expectation override");
            if (id.Length > 0 && !ids.Contains(id, StringComparer.Ordinal))
                v.Error(e.Line, "SG1300", $"Unknown expectation '{id}': it is not defined in {taxonomy.File}. {TaxonomyFileParser.Suggest(id, ids)}");
            var direction = Value<Direction>(e.Direction, e.Line, "direction", v);
            var action = Value<OverrideAction>(e.Action, e.Line, "action", v);
            Direction? to = null;
            if (action == OverrideAction.Redirect)
            {
                to = Value<Direction>(e.To, e.Line, "to", v);
                if (to == direction && to is not null) v.Error(e.Line, "SG1301", $"'to: {Kebab(to.Value)}' is the direction already read. Use 'action: confirm' to confirm it.");
            }
            else if (e.To is not null)
                v.Error(e.Line, "SG1301", $"'to' only goes with 'action: redirect'. Remove it, or change the action.");
            if (direction is { } d && action is { } a)
                result.Add(new ExpectationOverride(clause, id, d, a, to, owner, Note(e.Note), e.Line));
        }
        return result.ToImmutable();
    }

    public static ImmutableArray<RouteOverride> Routes(List<RouteOverrideEntry>? entries, Taxonomy taxonomy, TaxonomyFileParser.Checks v)
    {
        var roles = taxonomy.Roles.Select(r => r.Id).Concat(taxonomy.Escalation.SideRoutes.Select(s => s.Id)).ToArray();
        var result = ImmutableArray.CreateBuilder<RouteOverride>();
        foreach (var e in entries ?? [])
        {
            var authority = v.Required(e.Authority, e.Line, "authority", "route override");
            var owner = v.Required(e.Owner, e.Line, "owner", "route override");
            var scenario = Value<Scenario>(e.Scenario, e.Line, "scenario", v);
            var action = Value<RouteAction>(e.Action, e.Line, "action", v);
            var steps = ImmutableArray.CreateBuilder<RouteStepOverride>();
            var stepAction = action is RouteAction.ReplaceStep or RouteAction.InsertStep or RouteAction.RemoveStep;
            if (action == RouteAction.Replace)
            {
                if (e.Steps is null or { Count: 0 })
                    v.Error(e.Line, "SG1302", "'action: replace' needs the whole route under 'steps:', each step with 'roles: [role-id]' and 'clause: <slug>/<number>'.");
                foreach (var s in e.Steps ?? []) steps.Add(Step(s.Roles, s.Clause, s.Line > 0 ? s.Line : e.Line));
            }
            else if (e.Steps is not null)
                v.Error(e.Line, "SG1302", $"'steps' only goes with 'action: replace'. For one step, use 'step: N' with 'roles' and 'clause'.");
            if (stepAction)
            {
                if (e.Step is not > 0) v.Error(e.Line, "SG1302", $"'action: {e.Action}' needs 'step: N', the number of the step as the route shows it (1 for the first).");
                if (action != RouteAction.RemoveStep) steps.Add(Step(e.Roles, e.Clause, e.Line));
            }
            else if (e.Step is not null)
                v.Error(e.Line, "SG1302", "'step' only goes with 'action: replace-step', 'insert-step' or 'remove-step'.");
            if (scenario is { } sc && action is { } a)
                result.Add(new RouteOverride(authority, sc, a, e.Step, steps.ToImmutable(), owner, Note(e.Note), e.Line));
        }
        return result.ToImmutable();

        RouteStepOverride Step(List<YamlText>? ids, string? clause, int line)
        {
            var valid = ImmutableArray.CreateBuilder<string>();
            foreach (var r in ids ?? [])
            {
                var id = r.Value.Trim();
                if (roles.Contains(id, StringComparer.Ordinal)) valid.Add(id);
                else v.Error(r.Line > 0 ? r.Line : line, "SG1303", $"Unknown role '{id}': it is not in the roles of {taxonomy.File}. {TaxonomyFileParser.Suggest(id, roles)}");
            }
            if (ids is null or { Count: 0 }) v.Error(line, "SG1303", "A route step needs 'roles: [role-id]', the roles from the taxonomy that deal with the matter at this step.");
            return new RouteStepOverride(valid.ToImmutable(), v.Required(clause, line, "clause", "route step"), line);
        }
    }

    public static ImmutableArray<ClauseReadingOverride> Clauses(List<ClauseOverrideEntry>? entries, TaxonomyFileParser.Checks v)
    {
        var result = ImmutableArray.CreateBuilder<ClauseReadingOverride>();
        foreach (var e in entries ?? [])
        {
            var clause = v.Required(e.Clause, e.Line, "clause", "clause override");
            var owner = v.Required(e.Owner, e.Line, "owner", "clause override");
            var actor = e.AddressedTo is null ? null : Value<Actor>(e.AddressedTo, e.Line, "addressed_to", v);
            var force = e.Force is null ? null : Value<Modality>(e.Force, e.Line, "force", v);
            bool confirmActor = false, confirmForce = false;
            foreach (var c in e.Confirm ?? [])
            {
                switch (c.Value.Trim())
                {
                    case "addressed_to": confirmActor = true; break;
                    case "force": confirmForce = true; break;
                    default: v.Error(c.Line > 0 ? c.Line : e.Line, "SG1304", $"'{c.Value}' cannot be confirmed: write 'confirm: [addressed_to]', 'confirm: [force]' or both. {TaxonomyFileParser.Suggest(c.Value.Trim(), ["addressed_to", "force"])}"); break;
                }
            }
            if ((confirmActor && e.AddressedTo is not null) || (confirmForce && e.Force is not null))
                v.Error(e.Line, "SG1304", "A reading is either confirmed or corrected, not both: remove it from 'confirm' or remove the correction.");
            if (e.AddressedTo is null && e.Force is null && e.Confirm is null or { Count: 0 })
                v.Error(e.Line, "SG1304", $"The override for '{clause}' changes nothing. Give it 'addressed_to: …', 'force: …' and/or 'confirm: [addressed_to, force]'.");
            result.Add(new ClauseReadingOverride(clause, actor, force, confirmActor, confirmForce, owner, Note(e.Note), e.Line));
        }
        return result.ToImmutable();
    }

    /// <summary>"members-to-officers" → MembersToOfficers, as the data files spell enum values; an error with the nearest value otherwise.</summary>
    private static T? Value<T>(string? text, int line, string field, TaxonomyFileParser.Checks v) where T : struct, Enum
    {
        var allowed = Enum.GetValues<T>().Select(x => Kebab(x)).ToArray();
        if (string.IsNullOrWhiteSpace(text))
        {
            v.Error(line, "SG1305", $"This override has no '{field}'. Write one of: {string.Join(", ", allowed)}.");
            return null;
        }
        var wanted = text.Trim().Replace('_', '-').Replace(' ', '-').ToLowerInvariant();
        foreach (var x in Enum.GetValues<T>())
            if (Kebab(x) == wanted) return x;
        v.Error(line, "SG1305", $"'{text.Trim()}' is not a {field.Replace('_', ' ')}. Write one of: {string.Join(", ", allowed)}. {TaxonomyFileParser.Suggest(wanted, allowed)}");
        return null;
    }

    /// <summary>"MembersToOfficers" → "members-to-officers", the spelling used in the overrides file and the data files.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
