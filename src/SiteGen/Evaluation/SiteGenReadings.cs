using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Evaluation;

/// <summary>
/// Whether SiteGen asserts a reading, i.e. shows it as stated. A reading it is unsure of (Needs review) is not an
/// assertion: a person must confirm it, so it is scored as not said. This is the one place that decides it.
/// </summary>
internal static class ReadingAssertion
{
    /// <summary>A route counts only when it is shown as Stated; Not stated, Not in extract, Not available and any review state do not.</summary>
    public static bool IsAsserted(ScenarioRoute route) => route.Status == RouteStatus.Stated;

    /// <summary>An expectation counts unless SiteGen marks it for review: then the matrix says "Needs review", not "Stated".</summary>
    public static bool IsAsserted(ExpectationStatement expectation) => expectation.Provenance.IsSettled;

    /// <summary>A theme tag counts unless SiteGen marks it for review (the theme page says "Needs review").</summary>
    public static bool IsAsserted(ThemeTag tag) => tag.Provenance.IsSettled;
}

/// <summary>Flattens SiteGen's normalised protocol and its analysis into <see cref="DocumentReadings"/>. Pure.</summary>
internal static class SiteGenReadings
{
    public static DocumentReadings From(Protocol protocol, ProtocolAnalysis? analysis)
    {
        var clauses = protocol.AllClauses().Select(c => new ClauseReading(c.Number, c.Text, c.Actor, c.Modality)).ToImmutableArray();
        var sections = protocol.Sections.Where(s => s.Title.Length > 0).Select(s => s.Title).ToImmutableArray();
        if (analysis is null) return new DocumentReadings(clauses, sections, [], [], []);

        var routes = analysis.Escalation.Routes
            .Where(r => r.Steps.Length > 0)
            .Select(r => new RouteReading(r.Scenario, ReadingAssertion.IsAsserted(r), Fold.Kebab(r.Status),
                [.. r.Steps.Select(s => new StepReading(s.Order, [.. s.Roles.Select((id, i) => new RoleName(id, i < s.Printed.Length ? s.Printed[i] : null))], Number(s.ClauseId), s.Evidence))]))
            .ToImmutableArray();
        var expectations = analysis.Expectations
            .Select(e => new ExpectationReading(Number(e.ClauseId), e.Expectation, e.Direction, ReadingAssertion.IsAsserted(e),
                $"{Fold.Kebab(e.Form)}{(e.ListClauseId is { } list ? " under " + Number(list) : "")}: phrase '{e.Phrase}' matched '{e.Matched}'"))
            .ToImmutableArray();
        var themes = analysis.ClauseThemes
            .SelectMany(c => c.Tags.Where(ReadingAssertion.IsAsserted).Select(t => new ThemeReading(Number(c.ClauseId), t.Theme,
                string.Join("; ", t.Reasons.Select(r => $"{Fold.Kebab(r.Kind)} '{r.Phrase}' matched '{r.Matched}'")))))
            .ToImmutableArray();
        return new DocumentReadings(clauses, sections, routes, expectations, themes);
    }

    /// <summary>The clause number of a clause id (<c>hackney/7.2(g)</c> → <c>7.2(g)</c>).</summary>
    public static string Number(string clauseId)
    {
        var slash = clauseId.IndexOf('/');
        return slash < 0 ? clauseId : clauseId[(slash + 1)..];
    }
}
