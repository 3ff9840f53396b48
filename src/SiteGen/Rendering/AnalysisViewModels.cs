using System.Collections.Immutable;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

// What the analysis templates display. Every string is plain text (templates escape it) unless typed TrustedHtml.

/// <summary>The analysis shown under a clause on its authority page: its themes with reasons, and similar wording elsewhere.</summary>
/// <param name="ActorCheck">"Needs review", "Confirmed by …" or "Corrected by …" beside "addressed to"; empty when read surely.</param>
internal sealed record ClauseAnalysisView(ImmutableArray<ThemeChipView> Themes, ImmutableArray<SimilarLinkView> Similar, string ActorCheck = "", string ModalityCheck = "");

internal sealed partial record ClauseView
{
    /// <summary>Null when the site has no taxonomy, so the clause partial shows nothing extra.</summary>
    public ClauseAnalysisView? Analysis { get; init; }
}

/// <param name="Reason">Why the clause is on the theme, as a sentence ("matched “undue pressure”").</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …", or empty for a reading made on sure evidence.</param>
internal sealed record ThemeChipView(string Id, string Title, string Href, string Reason, string Check = "");

/// <param name="Excerpt">The other clause's opening; empty when <paramref name="SameWords"/>, as the reader has just read it.</param>
/// <param name="SameWords">The other clause says word for word what this one says (white space aside), so its text is not repeated.</param>
internal sealed record SimilarLinkView(string Citation, string Href, string Score, string Excerpt, bool SameWords = false);

/// <summary>A link to an authority, with whether SiteGen holds its full text or an extract.</summary>
internal sealed record AuthorityRef(string Slug, string ShortName, string Href, bool IsExtract);

internal sealed record ThemeSummaryView(string Id, string Title, string Description, string Href, int ClauseCount, int AuthorityCount);

internal sealed record ThemeIndexView(ImmutableArray<ThemeSummaryView> Themes, int AuthorityCount, string MatrixHref);

/// <summary>One clause on a theme page or compare cell.</summary>
internal sealed record CitedClauseView(string DisplayNumber, string Citation, string Href, string Text, string Reason, string Check = "");

internal sealed record ThemeAuthorityGroupView(AuthorityRef Authority, ImmutableArray<CitedClauseView> Clauses);

/// <param name="NotAvailable">Authorities whose documents say the theme is dealt with in paragraphs SiteGen does not hold.</param>
internal sealed record ThemePageView(
    ThemeSummaryView Theme,
    ImmutableArray<ThemeAuthorityGroupView> Groups,
    ImmutableArray<AuthorityRef> SilentFull,
    ImmutableArray<AuthorityRef> SilentExtracts,
    ImmutableArray<NotAvailableView> NotAvailable);

/// <summary>A "not available" fact: the paragraphs the document names and where it says so.</summary>
internal sealed record NotAvailableView(AuthorityRef Authority, string Paragraphs, string Quote, string ReportTitle, string ReportHref, string ReportLine);

/// <param name="Review">Clauses on the theme from weak evidence (Needs review), not counted in <paramref name="Count"/>.</param>
internal sealed record CountCellView(int Count, string? Href, bool IsExtract, int Review = 0);

internal sealed record ThemeMatrixRowView(ThemeSummaryView Theme, ImmutableArray<CountCellView> Cells);

/// <summary>A matrix page; split matrices also name their part and link back to the index of parts.</summary>
internal abstract record MatrixPageView
{
    /// <summary>Which authorities this page shows ("District council: England"); null when one page shows them all.</summary>
    public string? PartTitle { get; init; }

    public string? IndexHref { get; init; }

    /// <summary>The filter by authority, council type, nation, region (and theme where the table has themes); null for none.</summary>
    public TableFilterView? Filter { get; init; }
}

internal sealed record ThemeMatrixView(ImmutableArray<AuthorityRef> Authorities, ImmutableArray<ThemeMatrixRowView> Rows, string CsvHref) : MatrixPageView
{
    /// <summary>The matrix as partials/table-matrix.html renders it, the same partial as a report's theme-matrix embed.</summary>
    public MatrixView Table => MatrixViews.Of(this);
}

/// <summary>The index page of a matrix split by council type and nation.</summary>
internal sealed record MatrixIndexView(string Title, string Lead, ImmutableArray<MatrixPartLinkView> Parts, int AuthorityCount, string CsvHref);

/// <param name="Sample">The first few authorities on the page, by name.</param>
internal sealed record MatrixPartLinkView(string Title, string Href, int Count, string Sample);

/// <summary>A matrix cell: "stated" with clause links, or a kind of silence.</summary>
/// <param name="State">stated, stated-mutual, needs-review, not-stated, not-in-extract.</param>
/// <param name="Note">For a silent cell a person corrected: "Corrected by …: 4.25 removed".</param>
internal sealed record ExpectationCellView(string State, string Label, ImmutableArray<CellLinkView> Links, string Note = "");

/// <param name="Form">listed or general.</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …", or empty.</param>
internal sealed record CellLinkView(string Text, string Href, string Citation, string Form, string Quote, string Check = "")
{
    /// <summary>The whole clause, which "Copy" and "Add to appendix" take (assets/pick.js).</summary>
    public string ClauseText { get; init; } = "";
}

internal sealed record ExpectationRowView(string Id, string Title, string ThemeTitle, string ThemeHref, ImmutableArray<ExpectationCellView> Cells)
{
    /// <summary>The theme's id, which the page's theme filter matches.</summary>
    public string ThemeId { get; init; } = "";
}

internal sealed record ExpectationTableView(string Id, string Direction, string Caption, ImmutableArray<ExpectationRowView> Rows);

internal sealed record ExpectationMatrixView(ImmutableArray<AuthorityRef> Authorities, ImmutableArray<ExpectationTableView> Tables, string CsvHref, ImmutableArray<string> Unmapped) : MatrixPageView
{
    /// <summary>Each direction's table as partials/table-matrix.html renders it (the same partial as a report's expectations embed), in the order of <see cref="Tables"/>.</summary>
    public ImmutableArray<MatrixView> MatrixTables => [.. Tables.Select(t => MatrixViews.Of(this, t))];
}

internal sealed record StepView(int Order, string Roles, string Number, string Citation, string Href, string Evidence)
{
    /// <summary>The whole clause, which "Copy" and "Add to appendix" take (assets/pick.js).</summary>
    public string ClauseText { get; init; } = "";
}

/// <param name="Status">stated, needs-review, not-stated, not-in-extract, not-available.</param>
/// <param name="Check">"Needs review", "Confirmed by …", "Corrected by …" with the note, or empty.</param>
internal sealed record RouteView(string Scenario, string Status, string StatusLabel, ImmutableArray<StepView> Steps, string Check = "");

internal sealed record SideRouteView(string Title, string Scenario, string Citation, string Href);

internal sealed record EscalationAuthorityView(
    AuthorityRef Authority,
    StepView? Informal,
    ImmutableArray<RouteView> Routes,
    ImmutableArray<SideRouteView> SideRoutes,
    NotAvailableView? NotAvailable,
    TrustedHtml Diagram,
    string DiagramId)
{
    /// <summary>The diagram and the routes in words as partials/flow-figure.html renders them, the same partial as a report's diagram embed.</summary>
    public FlowFigureView Figure => FlowFigures.Of(this);
}

internal sealed record EscalationMatrixView(ImmutableArray<string> Scenarios, ImmutableArray<EscalationAuthorityView> Authorities, ImmutableArray<RoleView> Roles, string CsvHref) : MatrixPageView
{
    /// <summary>The routes table as partials/table-matrix.html renders it, the same partial as a report's escalation embed.</summary>
    public MatrixView Table => MatrixViews.Of(this);
}

internal sealed record RoleView(string Id, string Title, string Synonyms);

/// <summary>The compare page: the authorities to choose from, and the theme list as embedded JSON for compare.js.</summary>
internal sealed record CompareView(ImmutableArray<AuthorityRef> Authorities, TrustedHtml IndexJson, string DefaultSelection)
{
    /// <summary>The authorities the peers choice can start from, by name.</summary>
    public ImmutableArray<PeerAuthorityView> PeerAuthorities { get; init; } = [];

    public ImmutableArray<PeerChoiceView> PeerChoices { get; init; } = [];
}

/// <summary>One thing peers cover that an authority lacks, as counts: the page's size does not grow with the site's.</summary>
/// <param name="Href">Where every authority's position on it is shown (the theme page, the matrix row).</param>
/// <param name="Covering">How many peers cover it.</param>
/// <param name="Examples">The first few covering peers (by name), each linked to where it covers it.</param>
/// <param name="SilentFull">Peers whose full text is silent on it too: explicit silence.</param>
/// <param name="SilentExtracts">Peers held only as extracts that do not show it: unknown.</param>
internal sealed record GapView(string Title, string Href, int Covering, ImmutableArray<PeerLinkView> Examples, int SilentFull, int SilentExtracts, string? NotAvailable)
{
    /// <summary>Covering peers not among the examples.</summary>
    public int MoreCovering => Covering - Examples.Length;
}

internal sealed record PeerLinkView(AuthorityRef Authority, string Href, string Label)
{
    /// <summary>When the link is to a clause: its citation and whole text, for "Copy" and "Add to appendix"; empty otherwise.</summary>
    public string PickCite { get; init; } = "";

    public string PickText { get; init; } = "";
}

internal sealed record GapSectionView(string Id, string Title, string Intro, ImmutableArray<GapView> Gaps);

/// <param name="PeerDescription">Completes "compared with …", e.g. "the other 3 London boroughs".</param>
internal sealed record GapPageView(AuthorityRef Authority, int PeerCount, string PeerDescription, ImmutableArray<GapSectionView> Sections, ImmutableArray<NotAvailableView> NotAvailable, int CoveredThemes, int ThemeCount)
{
    /// <summary>The peers compared with, by name (their number does not grow with the site past the selector's count).</summary>
    public ImmutableArray<AuthorityRef> Peers { get; init; } = [];

    /// <summary>Links to the compare page with the authority and each peers choice (<c>compare.html?of=…&amp;peers=…</c>).</summary>
    public ImmutableArray<CompareLinkView> CompareLinks { get; init; } = [];
}

/// <summary>A link to the compare page with a peers choice already made.</summary>
internal sealed record CompareLinkView(string Label, string Href);

internal sealed record AnalysisHubView(ImmutableArray<AuthorityRef> Authorities, int ThemeCount, int ExpectationCount, int ClauseCount, int ReviewCount = 0);

/// <summary>One reading SiteGen is unsure of: what it read, from which words, why it is unsure, and the overrides entries that settle it.</summary>
/// <param name="Kind">theme, expectation, route, addressed-to or force.</param>
/// <param name="Confirm">YAML to paste into content/overrides.yml to confirm the reading as it is.</param>
/// <param name="Correct">YAML to paste to correct it (with a placeholder to fill in).</param>
internal sealed record ReviewItemView(string Kind, string Reading, string Citation, string Href, string Method, string Evidence, string Concern, string Confirm, string Correct);

internal sealed record ReviewGroupView(AuthorityRef Authority, ImmutableArray<ReviewItemView> Items);

/// <summary>The review page: every "Needs review" reading, by authority; and every reading a person has confirmed or corrected.</summary>
internal sealed record ReviewPageView(ImmutableArray<ReviewGroupView> Groups, int Count, ImmutableArray<ReviewItemView> Checked);
