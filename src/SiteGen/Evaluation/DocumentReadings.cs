using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Evaluation;

/// <summary>What SiteGen read from one protocol, flattened into what the scorer compares; built by <see cref="SiteGenReadings"/>.</summary>
/// <param name="Clauses">Every published clause number, in document order, each with its text, actor and force.</param>
/// <param name="Sections">Every section heading SiteGen published.</param>
/// <param name="Routes">One entry per situation SiteGen has steps for, asserted or not.</param>
internal sealed record DocumentReadings(
    ImmutableArray<ClauseReading> Clauses,
    ImmutableArray<string> Sections,
    ImmutableArray<RouteReading> Routes,
    ImmutableArray<ExpectationReading> Expectations,
    ImmutableArray<ThemeReading> Themes)
{
    public static DocumentReadings Empty { get; } = new([], [], [], [], []);
}

internal sealed record ClauseReading(string Number, string Text, Actor Actor, Modality Modality);

/// <param name="Asserted">False for a reading SiteGen shows as not stated or Needs review: it does not count as said.</param>
internal sealed record RouteReading(Scenario Situation, bool Asserted, string Status, ImmutableArray<StepReading> Steps);

internal sealed record StepReading(int Order, ImmutableArray<RoleName> Roles, string Clause, string Evidence);

internal sealed record ExpectationReading(string Clause, string Expectation, Direction Direction, bool Asserted, string Evidence);

internal sealed record ThemeReading(string Clause, string Theme, string Evidence);
