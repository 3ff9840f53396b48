using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>The comparative analysis of every protocol against one taxonomy: what the pages, matrices and data files show.</summary>
internal sealed record SiteAnalysis(Taxonomy Taxonomy, ImmutableArray<ProtocolAnalysis> Protocols)
{
    public static SiteAnalysis Empty { get; } = new(Taxonomy.Empty, []);

    public bool IsEmpty => Taxonomy.IsEmpty;

    public ProtocolAnalysis? For(string slug) => Protocols.FirstOrDefault(p => p.Slug == slug);
}

/// <summary>One protocol's themes, expectations, escalation routes and similar clauses elsewhere.</summary>
/// <param name="ClauseThemes">Only clauses with at least one theme, in document order.</param>
/// <param name="Similar">Only clauses with at least one similar clause in another authority, in document order.</param>
/// <param name="NotQuoted">What the protocol deals with in paragraphs SiteGen does not hold, by the documents' own account.</param>
internal sealed record ProtocolAnalysis(
    string Slug,
    ImmutableArray<ClauseThemes> ClauseThemes,
    ImmutableArray<ExpectationStatement> Expectations,
    EscalationRoutes Escalation,
    ImmutableArray<SimilarClauses> Similar,
    ImmutableArray<NotAvailableNote> NotQuoted)
{
    /// <summary>Every clause's "addressed to" and force, as read or as corrected in the overrides file, in document order.</summary>
    public ImmutableArray<ClauseAddressing> Clauses { get; init; } = [];

    /// <summary>Expectations SiteGen read that a person removed in the overrides file, each with who removed it and why.</summary>
    public ImmutableArray<ExpectationStatement> RemovedExpectations { get; init; } = [];

    /// <summary>Every reading of this protocol SiteGen is unsure of, for the review page.</summary>
    public IEnumerable<(string Kind, string Subject, Provenance Provenance)> NeedingReview()
    {
        foreach (var c in ClauseThemes)
            foreach (var t in c.Tags.Where(t => t.Provenance.State == ReadingState.NeedsReview))
                yield return ("theme", $"{c.ClauseId} on {t.Theme}", t.Provenance);
        foreach (var x in Expectations.Where(x => x.Provenance.State == ReadingState.NeedsReview))
            yield return ("expectation", $"{x.ClauseId}: {x.Expectation} ({x.Direction})", x.Provenance);
        foreach (var r in Escalation.Routes.Where(r => r.NeedsReview))
            yield return ("route", $"{Slug}: {r.Scenario}", r.Provenance ?? Provenance.Unsure("escalation extractor", string.Join(" / ", r.Steps.Select(s => s.Evidence)), r.Review ?? "the extractor was not sure of this route"));
        foreach (var c in Clauses)
        {
            if (c.AddressedToProvenance.State == ReadingState.NeedsReview) yield return ("addressed-to", c.ClauseId, c.AddressedToProvenance);
            if (c.ForceProvenance.State == ReadingState.NeedsReview) yield return ("force", c.ClauseId, c.ForceProvenance);
        }
    }
}

/// <summary>How far a reading can be trusted: read from strong evidence, unsure, or checked by a person in the overrides file.</summary>
internal enum ReadingState { Read, NeedsReview, Confirmed, Corrected }

/// <summary>How a reading was made and from which words; for a confirmation or correction, who made it and why.</summary>
/// <param name="Method">How SiteGen made it ("item of an expectations list whose lead-in names who owes it", "taxonomy phrase", "overrides file").</param>
/// <param name="Evidence">The protocol's own words the reading rests on.</param>
/// <param name="Concern">For a reading that needs review: why SiteGen is unsure, in words an officer can check.</param>
/// <param name="Owner">Who confirmed or corrected it (the overrides entry's <c>owner</c>).</param>
/// <param name="OverrideLine">The line of the overrides file that confirmed or corrected it.</param>
internal sealed record Provenance(
    ReadingState State,
    string Method,
    string Evidence,
    string? Concern = null,
    string? Owner = null,
    string? Note = null,
    int? OverrideLine = null)
{
    public static Provenance Read(string method, string evidence) => new(ReadingState.Read, method, evidence);

    public static Provenance Unsure(string method, string evidence, string concern) => new(ReadingState.NeedsReview, method, evidence, concern);

    /// <summary>This reading, confirmed by a person: the evidence stays, the doubt goes.</summary>
    public Provenance ConfirmedBy(string owner, string? note, int line) => this with { State = ReadingState.Confirmed, Concern = null, Owner = owner, Note = note, OverrideLine = line };

    public static Provenance CorrectedBy(string owner, string? note, int line, string evidence = "") =>
        new(ReadingState.Corrected, "overrides file", evidence, null, owner, note, line);

    /// <summary>Shown as fact: read from strong evidence, or checked by a person.</summary>
    public bool IsSettled => State != ReadingState.NeedsReview;
}

/// <summary>Whom a clause addresses and its force, each with how it was read.</summary>
internal sealed record ClauseAddressing(string ClauseId, Actor AddressedTo, Provenance AddressedToProvenance, Modality Force, Provenance ForceProvenance);

/// <summary>The themes of one clause, each with why it was given.</summary>
internal sealed record ClauseThemes(string ClauseId, ImmutableArray<ThemeTag> Tags);

internal sealed record ThemeTag(string Theme, ImmutableArray<ThemeReason> Reasons, Provenance Provenance);

/// <summary>Why a clause is on a theme.</summary>
/// <param name="Phrase">The taxonomy phrase (or, for an override, the note) that applied.</param>
/// <param name="Matched">The clause's (or its heading's) own words that matched, as printed.</param>
internal sealed record ThemeReason(ReasonKind Kind, string Phrase, string Matched);

internal enum ReasonKind { Phrase, Heading, Override }

/// <summary>Who owes the behaviour to whom.</summary>
internal enum Direction { MembersToOfficers, OfficersToMembers, Mutual }

/// <summary>Whether an expectation comes from an expectations list ("Officers can expect from Members: …") or a free-standing sentence.</summary>
internal enum StatementForm { Listed, General }

/// <summary>One clause stating one canonical expectation in one direction.</summary>
/// <param name="ListClauseId">For a listed item, the lead-in clause that sets the direction ("Officers can expect from members:").</param>
/// <param name="Matched">The clause's own words that matched the canonical expectation.</param>
internal sealed record ExpectationStatement(
    string ClauseId,
    string Expectation,
    Direction Direction,
    StatementForm Form,
    string? ListClauseId,
    string Phrase,
    string Matched,
    Provenance Provenance);

/// <summary>The situations escalation routes are compared by.</summary>
public enum Scenario { MemberAboutOfficer, MemberAboutSeniorOfficer, MemberAboutChiefExecutive, MemberAboutService, OfficerAboutMember }

/// <summary>What a protocol says about one scenario.</summary>
/// <remarks><c>NotStated</c>: the full text has no route for it.
/// <c>NotInExtract</c>: SiteGen holds only an extract, which has no route for it: the protocol itself may have one.
/// <c>NotAvailable</c>: the document says the route is in paragraphs it does not quote.
/// <c>NeedsReview</c>: the text has steps, but its words do not say clearly enough whose concern about whom they answer (or they
/// conflict): the steps are shown with their evidence and <see cref="ScenarioRoute.Review"/>, never as stated.
/// </remarks>
public enum RouteStatus { Stated, NotStated, NotInExtract, NotAvailable, NeedsReview }

/// <summary>A protocol's complaint routes: an informal stage, one ordered route per scenario, and routes outside the line.</summary>
internal sealed record EscalationRoutes(
    InformalResolution? Informal,
    ImmutableArray<ScenarioRoute> Routes,
    ImmutableArray<SideRoute> SideRoutes,
    NotAvailableNote? NotAvailable);

/// <summary>The protocol says matters should first be resolved informally.</summary>
internal sealed record InformalResolution(string ClauseId, string Evidence);

/// <param name="Provenance">How the route was read, and whether a person confirmed or corrected it; null when the extractor gave none.</param>
internal sealed record ScenarioRoute(Scenario Scenario, RouteStatus Status, ImmutableArray<EscalationStep> Steps, Provenance? Provenance = null)
{
    /// <summary>For <see cref="RouteStatus.NeedsReview"/>: why the reading is not sure, in words an officer can check against the cited clauses.</summary>
    public string? Review { get; init; }

    /// <summary>The extractor was unsure (its own status, or its provenance) and no person has settled it.</summary>
    public bool NeedsReview => Provenance is { IsSettled: true } ? false : Provenance?.State == ReadingState.NeedsReview || Status == RouteStatus.NeedsReview;
}

/// <summary>One step of a route: any one of the roles, as the cited clause says.</summary>
/// <param name="Order">1 for the first step.</param>
/// <param name="Roles">Role ids from the taxonomy's vocabulary, in the order the text names them; alternatives.</param>
/// <param name="Evidence">The sentence of the clause the step was read from.</param>
internal sealed record EscalationStep(int Order, ImmutableArray<string> Roles, string ClauseId, string Evidence)
{
    /// <summary>
    /// Each role's title as the protocol prints it ("Group Director", "Head of Paid Service"), one per entry of
    /// <see cref="Roles"/>; empty when the step did not come from the text (a correction), where the role's own title applies.
    /// </summary>
    public ImmutableArray<string> Printed { get; init; } = [];

    /// <summary>The title to show for the role at <paramref name="index"/>: as printed where known, else the vocabulary's title.</summary>
    public string TitleOf(int index, Func<string, string> roleTitle) =>
        index < Printed.Length && Printed[index].Length > 0 ? Printed[index] : roleTitle(Roles[index]);
}

/// <summary>A route outside the line (whistleblowing, a code of conduct complaint), with the scenario it was stated for if any.</summary>
internal sealed record SideRoute(string Id, Scenario? Scenario, string ClauseId, string Evidence);

/// <summary>Why something is "not available": the paragraphs a document says deal with it, where it says so, and its words.</summary>
/// <param name="Covers"><c>escalation</c> and/or theme ids.</param>
/// <param name="Report">Slug of the report that says so.</param>
/// <param name="ReportLine">Line of the report's content file where the quoted words start.</param>
internal sealed record NotAvailableNote(string Paragraphs, ImmutableArray<string> Covers, string Report, int ReportLine, string Quote);

/// <summary>The clauses of other authorities whose wording is closest to one clause.</summary>
internal sealed record SimilarClauses(string ClauseId, ImmutableArray<SimilarClause> Matches);

/// <param name="Score">Cosine similarity of TF-IDF vectors, 0 to 1, rounded to three decimals.</param>
internal sealed record SimilarClause(string ClauseId, double Score);
