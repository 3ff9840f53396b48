using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// The editable vocabulary the comparative analysis works with, from <c>content/taxonomy.yml</c>: themes, canonical
/// expectations, the escalation role vocabulary and the words that mark complaint procedures.
/// </summary>
/// <param name="File">The file it was read from, for diagnostics.</param>
internal sealed record Taxonomy(
    string File,
    ImmutableArray<ThemeDefinition> Themes,
    ImmutableArray<ExpectationDefinition> Expectations,
    ImmutableArray<RoleDefinition> Roles,
    EscalationVocabulary Escalation)
{
    /// <summary>No themes, expectations or roles: the analysis produces nothing, and no analysis pages are built.</summary>
    public static Taxonomy Empty { get; } = new("", [], [], [], EscalationVocabulary.Empty);

    public bool IsEmpty => Themes.IsEmpty && Expectations.IsEmpty;
}

/// <summary>A phrase as a user wrote it in a YAML file, with the line it is on.</summary>
/// <param name="Text">Words to find, in order; stop-words in it are ignored and "..." allows up to three other words in between.</param>
internal sealed record Phrase(string Text, int Line);

/// <summary>One theme: clauses whose text contains one of its phrases, or whose heading contains one of its heading phrases, are on the theme.</summary>
/// <param name="Excludes">Word-for-word phrases (stop-words included) whose words may not count towards a match: "in respect of".</param>
internal sealed record ThemeDefinition(
    string Id,
    string Title,
    string Description,
    ImmutableArray<Phrase> Phrases,
    ImmutableArray<Phrase> Headings,
    ImmutableArray<Phrase> Excludes,
    int Line);

/// <summary>A canonical expectation ("respect, dignity and courtesy") that protocols' expectation lists are mapped to.</summary>
/// <param name="Theme">The theme the expectation belongs to, for grouping on pages.</param>
/// <param name="Excludes">Word-for-word phrases (stop-words included) whose words may not count towards a match: "respect ... impartiality" keeps "respect the political impartiality" from meaning respect and courtesy.</param>
internal sealed record ExpectationDefinition(
    string Id,
    string Title,
    string Theme,
    ImmutableArray<Phrase> Phrases,
    ImmutableArray<Phrase> Excludes,
    int Line);

/// <summary>A role in escalation routes (line-manager, chief-executive, …) and the names protocols use for it.</summary>
internal sealed record RoleDefinition(string Id, string Title, ImmutableArray<Phrase> Synonyms, int Line);

/// <summary>An alternative to the line route: the whistleblowing procedure, a code of conduct complaint.</summary>
internal sealed record SideRouteDefinition(string Id, string Title, ImmutableArray<Phrase> Phrases, int Line);

/// <summary>What marks a complaints procedure in a protocol.</summary>
/// <param name="Headings">Headings of sections that set out what to do when things go wrong.</param>
/// <param name="Informal">Phrases that say matters should first be resolved informally.</param>
internal sealed record EscalationVocabulary(
    ImmutableArray<Phrase> Headings,
    ImmutableArray<Phrase> Informal,
    ImmutableArray<SideRouteDefinition> SideRoutes)
{
    public static EscalationVocabulary Empty { get; } = new([], [], []);
}

/// <summary>Corrections and facts a user adds by hand, from <c>content/overrides.yml</c>.</summary>
internal sealed record AnalysisOverrides(
    string File,
    ImmutableArray<ThemeOverride> Themes,
    ImmutableArray<NotQuotedReference> NotQuoted)
{
    public static AnalysisOverrides Empty { get; } = new("", [], []);

    public ImmutableArray<ExpectationOverride> Expectations { get; init; } = [];

    public ImmutableArray<RouteOverride> Routes { get; init; } = [];

    public ImmutableArray<ClauseReadingOverride> Clauses { get; init; } = [];
}

/// <summary>Adds themes to, removes themes from, or confirms themes of one clause.</summary>
internal sealed record ThemeOverride(string ClauseId, ImmutableArray<string> Add, ImmutableArray<string> Remove, string? Note, int Line)
{
    public ImmutableArray<string> Confirm { get; init; } = [];

    /// <summary>Who made the correction, shown as "Corrected by …"; null in files written before owners were asked for.</summary>
    public string? Owner { get; init; }
}

/// <summary>What a person does to one expectation cell reading.</summary>
internal enum OverrideAction { Confirm, Remove, Add, Redirect }

/// <summary>Confirms, removes, adds or changes the direction of one (clause, expectation, direction) reading.</summary>
/// <param name="To">For <see cref="OverrideAction.Redirect"/>: the right direction.</param>
internal sealed record ExpectationOverride(string ClauseId, string Expectation, Direction Direction, OverrideAction Action, Direction? To, string Owner, string? Note, int Line);

/// <summary>One step of a route as a person writes it.</summary>
internal sealed record RouteStepOverride(ImmutableArray<string> Roles, string ClauseId, int Line);

/// <summary>What a person does to a route: confirm it, replace it whole, say it is not stated, or change one step.</summary>
internal enum RouteAction { Confirm, Replace, NotStated, ReplaceStep, InsertStep, RemoveStep }

/// <summary>A correction or confirmation of one authority's route for one situation, whole or step by step.</summary>
/// <param name="Step">For step actions, the step number (1 for the first) as the route was read.</param>
internal sealed record RouteOverride(string Authority, Scenario Scenario, RouteAction Action, int? Step, ImmutableArray<RouteStepOverride> Steps, string Owner, string? Note, int Line);

/// <summary>Corrects or confirms whom a clause addresses and its force.</summary>
internal sealed record ClauseReadingOverride(string ClauseId, Actor? AddressedTo, Modality? Force, bool ConfirmAddressedTo, bool ConfirmForce, string Owner, string? Note, int Line);

/// <summary>
/// A document's own statement that something is dealt with in paragraphs SiteGen does not hold (Surrey's report: complaints
/// "are set out in paragraphs 49 and 50 of the protocol", which it does not quote). The analysis then says "not available"
/// instead of "not stated", and never invents the missing content.
/// </summary>
/// <param name="Authority">Slug of the protocol the paragraphs belong to.</param>
/// <param name="Paragraphs">The paragraphs as the document names them ("49 and 50").</param>
/// <param name="Covers">What the missing paragraphs deal with: <c>escalation</c> and/or theme ids.</param>
/// <param name="SaidIn">Slug of the report that makes the statement.</param>
/// <param name="Quote">The report's words, checked to be in it, so the statement can be cited by line.</param>
internal sealed record NotQuotedReference(string Authority, string Paragraphs, ImmutableArray<string> Covers, string SaidIn, string Quote, int Line);
