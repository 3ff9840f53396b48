using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>The comparative analysis of every protocol against one taxonomy: what the pages, matrices and data files show.</summary>
public sealed record SiteAnalysis(Taxonomy Taxonomy, ImmutableArray<ProtocolAnalysis> Protocols)
{
    public static SiteAnalysis Empty { get; } = new(Taxonomy.Empty, []);

    public bool IsEmpty => Taxonomy.IsEmpty;

    public ProtocolAnalysis? For(string slug) => Protocols.FirstOrDefault(p => p.Slug == slug);
}

/// <summary>One protocol's themes, expectations, escalation routes and similar clauses elsewhere.</summary>
/// <param name="ClauseThemes">Only clauses with at least one theme, in document order.</param>
/// <param name="Similar">Only clauses with at least one similar clause in another authority, in document order.</param>
/// <param name="NotQuoted">What the protocol deals with in paragraphs SiteGen does not hold, by the documents' own account.</param>
public sealed record ProtocolAnalysis(
    string Slug,
    ImmutableArray<ClauseThemes> ClauseThemes,
    ImmutableArray<ExpectationStatement> Expectations,
    EscalationRoutes Escalation,
    ImmutableArray<SimilarClauses> Similar,
    ImmutableArray<NotAvailableNote> NotQuoted);

/// <summary>The themes of one clause, each with why it was given.</summary>
public sealed record ClauseThemes(string ClauseId, ImmutableArray<ThemeTag> Tags);

public sealed record ThemeTag(string Theme, ImmutableArray<ThemeReason> Reasons);

/// <summary>Why a clause is on a theme.</summary>
/// <param name="Phrase">The taxonomy phrase (or, for an override, the note) that applied.</param>
/// <param name="Matched">The clause's (or its heading's) own words that matched, as printed.</param>
public sealed record ThemeReason(ReasonKind Kind, string Phrase, string Matched);

public enum ReasonKind { Phrase, Heading, Override }

/// <summary>Who owes the behaviour to whom.</summary>
public enum Direction { MembersToOfficers, OfficersToMembers, Mutual }

/// <summary>Whether an expectation comes from an expectations list ("Officers can expect from Members: …") or a free-standing sentence.</summary>
public enum StatementForm { Listed, General }

/// <summary>One clause stating one canonical expectation in one direction.</summary>
/// <param name="ListClauseId">For a listed item, the lead-in clause that sets the direction ("Officers can expect from members:").</param>
/// <param name="Matched">The clause's own words that matched the canonical expectation.</param>
public sealed record ExpectationStatement(
    string ClauseId,
    string Expectation,
    Direction Direction,
    StatementForm Form,
    string? ListClauseId,
    string Phrase,
    string Matched);

/// <summary>The situations escalation routes are compared by.</summary>
public enum Scenario { MemberAboutOfficer, MemberAboutSeniorOfficer, MemberAboutChiefExecutive, MemberAboutService, OfficerAboutMember }

/// <summary>What a protocol says about one scenario.</summary>
/// <remarks><c>NotStated</c>: the full text has no route for it.
/// <c>NotInExtract</c>: SiteGen holds only an extract, which has no route for it: the protocol itself may have one.
/// <c>NotAvailable</c>: the document says the route is in paragraphs it does not quote.</remarks>
public enum RouteStatus { Stated, NotStated, NotInExtract, NotAvailable }

/// <summary>A protocol's complaint routes: an informal stage, one ordered route per scenario, and routes outside the line.</summary>
public sealed record EscalationRoutes(
    InformalResolution? Informal,
    ImmutableArray<ScenarioRoute> Routes,
    ImmutableArray<SideRoute> SideRoutes,
    NotAvailableNote? NotAvailable);

/// <summary>The protocol says matters should first be resolved informally.</summary>
public sealed record InformalResolution(string ClauseId, string Evidence);

public sealed record ScenarioRoute(Scenario Scenario, RouteStatus Status, ImmutableArray<EscalationStep> Steps);

/// <summary>One step of a route: any one of the roles, as the cited clause says.</summary>
/// <param name="Order">1 for the first step.</param>
/// <param name="Roles">Role ids from the taxonomy's vocabulary, in the order the text names them; alternatives.</param>
/// <param name="Evidence">The sentence of the clause the step was read from.</param>
public sealed record EscalationStep(int Order, ImmutableArray<string> Roles, string ClauseId, string Evidence);

/// <summary>A route outside the line (whistleblowing, a code of conduct complaint), with the scenario it was stated for if any.</summary>
public sealed record SideRoute(string Id, Scenario? Scenario, string ClauseId, string Evidence);

/// <summary>Why something is "not available": the paragraphs a document says deal with it, where it says so, and its words.</summary>
/// <param name="Covers"><c>escalation</c> and/or theme ids.</param>
/// <param name="Report">Slug of the report that says so.</param>
/// <param name="ReportLine">Line of the report's content file where the quoted words start.</param>
public sealed record NotAvailableNote(string Paragraphs, ImmutableArray<string> Covers, string Report, int ReportLine, string Quote);

/// <summary>The clauses of other authorities whose wording is closest to one clause.</summary>
public sealed record SimilarClauses(string ClauseId, ImmutableArray<SimilarClause> Matches);

/// <param name="Score">Cosine similarity of TF-IDF vectors, 0 to 1, rounded to three decimals.</param>
public sealed record SimilarClause(string ClauseId, double Score);
