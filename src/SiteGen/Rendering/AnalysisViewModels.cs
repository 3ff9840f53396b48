using System.Collections.Immutable;

namespace SiteGen.Rendering;

// What the analysis templates display. Every string is plain text (templates escape it) unless typed TrustedHtml.

/// <summary>The analysis shown under a clause on its authority page: its themes with reasons, and similar wording elsewhere.</summary>
/// <param name="ActorCheck">"Needs review", "Confirmed by …" or "Corrected by …" beside "addressed to"; empty when read surely.</param>
public sealed record ClauseAnalysisView(ImmutableArray<ThemeChipView> Themes, ImmutableArray<SimilarLinkView> Similar, string ActorCheck = "", string ModalityCheck = "");

public sealed partial record ClauseView
{
    /// <summary>Null when the site has no taxonomy, so the clause partial shows nothing extra.</summary>
    public ClauseAnalysisView? Analysis { get; init; }
}

/// <param name="Reason">Why the clause is on the theme, as a sentence ("matched “undue pressure”").</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …", or empty for a reading made on sure evidence.</param>
public sealed record ThemeChipView(string Id, string Title, string Href, string Reason, string Check = "");

public sealed record SimilarLinkView(string Citation, string Href, string Score, string Excerpt);

/// <summary>A link to an authority, with whether SiteGen holds its full text or an extract.</summary>
public sealed record AuthorityRef(string Slug, string ShortName, string Href, bool IsExtract);

public sealed record ThemeSummaryView(string Id, string Title, string Description, string Href, int ClauseCount, int AuthorityCount);

public sealed record ThemeIndexView(ImmutableArray<ThemeSummaryView> Themes, int AuthorityCount, string MatrixHref);

/// <summary>One clause on a theme page or compare cell.</summary>
public sealed record CitedClauseView(string DisplayNumber, string Citation, string Href, string Text, string Reason, string Check = "");

public sealed record ThemeAuthorityGroupView(AuthorityRef Authority, ImmutableArray<CitedClauseView> Clauses);

/// <param name="NotAvailable">Authorities whose documents say the theme is dealt with in paragraphs SiteGen does not hold.</param>
public sealed record ThemePageView(
    ThemeSummaryView Theme,
    ImmutableArray<ThemeAuthorityGroupView> Groups,
    ImmutableArray<AuthorityRef> SilentFull,
    ImmutableArray<AuthorityRef> SilentExtracts,
    ImmutableArray<NotAvailableView> NotAvailable);

/// <summary>A "not available" fact: the paragraphs the document names and where it says so.</summary>
public sealed record NotAvailableView(AuthorityRef Authority, string Paragraphs, string Quote, string ReportTitle, string ReportHref, string ReportLine);

public sealed record CountCellView(int Count, string? Href, bool IsExtract);

public sealed record ThemeMatrixRowView(ThemeSummaryView Theme, ImmutableArray<CountCellView> Cells);

public sealed record ThemeMatrixView(ImmutableArray<AuthorityRef> Authorities, ImmutableArray<ThemeMatrixRowView> Rows, string CsvHref);

/// <summary>A matrix cell: "stated" with clause links, or a kind of silence.</summary>
/// <param name="State">stated, stated-mutual, needs-review, not-stated, not-in-extract.</param>
/// <param name="Note">For a silent cell a person corrected: "Corrected by …: 4.25 removed".</param>
public sealed record ExpectationCellView(string State, string Label, ImmutableArray<CellLinkView> Links, string Note = "");

/// <param name="Form">listed or general.</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …", or empty.</param>
public sealed record CellLinkView(string Text, string Href, string Citation, string Form, string Quote, string Check = "");

public sealed record ExpectationRowView(string Id, string Title, string ThemeTitle, string ThemeHref, ImmutableArray<ExpectationCellView> Cells);

public sealed record ExpectationTableView(string Id, string Direction, string Caption, ImmutableArray<ExpectationRowView> Rows);

public sealed record ExpectationMatrixView(ImmutableArray<AuthorityRef> Authorities, ImmutableArray<ExpectationTableView> Tables, string CsvHref, ImmutableArray<string> Unmapped);

public sealed record StepView(int Order, string Roles, string Number, string Citation, string Href, string Evidence);

/// <param name="Status">stated, needs-review, not-stated, not-in-extract, not-available.</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …" with the note, or empty.</param>
public sealed record RouteView(string Scenario, string Status, string StatusLabel, ImmutableArray<StepView> Steps, string Check = "");

public sealed record SideRouteView(string Title, string Scenario, string Citation, string Href);

public sealed record EscalationAuthorityView(
    AuthorityRef Authority,
    StepView? Informal,
    ImmutableArray<RouteView> Routes,
    ImmutableArray<SideRouteView> SideRoutes,
    NotAvailableView? NotAvailable,
    TrustedHtml Diagram,
    string DiagramId);

public sealed record EscalationMatrixView(ImmutableArray<string> Scenarios, ImmutableArray<EscalationAuthorityView> Authorities, ImmutableArray<RoleView> Roles, string CsvHref);

public sealed record RoleView(string Id, string Title, string Synonyms);

/// <summary>The compare page: the authorities to choose from, and the theme list as embedded JSON for compare.js.</summary>
public sealed record CompareView(ImmutableArray<AuthorityRef> Authorities, TrustedHtml IndexJson, string DefaultSelection);

/// <summary>One thing peers cover that an authority lacks.</summary>
/// <param name="Covering">Peers that cover it, with a link to where.</param>
/// <param name="SilentFull">Peers whose full text is silent on it too: explicit silence.</param>
/// <param name="SilentExtracts">Peers held only as extracts that do not show it: unknown.</param>
public sealed record GapView(string Title, string Href, ImmutableArray<PeerLinkView> Covering, ImmutableArray<AuthorityRef> SilentFull, ImmutableArray<AuthorityRef> SilentExtracts, string? NotAvailable);

public sealed record PeerLinkView(AuthorityRef Authority, string Href, string Label);

public sealed record GapSectionView(string Id, string Title, string Intro, ImmutableArray<GapView> Gaps);

public sealed record GapPageView(AuthorityRef Authority, int PeerCount, ImmutableArray<GapSectionView> Sections, ImmutableArray<NotAvailableView> NotAvailable, int CoveredThemes, int ThemeCount);

public sealed record AnalysisHubView(ImmutableArray<AuthorityRef> Authorities, int ThemeCount, int ExpectationCount, int ClauseCount, int ReviewCount = 0);

/// <summary>One reading SiteGen is unsure of: what it read, from which words, why it is unsure, and the overrides entries that settle it.</summary>
/// <param name="Kind">theme, expectation, route, addressed-to or force.</param>
/// <param name="Confirm">YAML to paste into content/overrides.yml to confirm the reading as it is.</param>
/// <param name="Correct">YAML to paste to correct it (with a placeholder to fill in).</param>
public sealed record ReviewItemView(string Kind, string Reading, string Citation, string Href, string Method, string Evidence, string Concern, string Confirm, string Correct);

public sealed record ReviewGroupView(AuthorityRef Authority, ImmutableArray<ReviewItemView> Items);

/// <summary>The review page: every "Needs review" reading, by authority; and every reading a person has confirmed or corrected.</summary>
public sealed record ReviewPageView(ImmutableArray<ReviewGroupView> Groups, int Count, ImmutableArray<ReviewItemView> Checked);
