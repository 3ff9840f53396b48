using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Presentation;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Search;

/// <summary>A report paragraph (its position among the corpus's entries) and the clauses it quotes (theirs), in the order quoted.</summary>
internal sealed record SiteSearchQuotation(int Paragraph, ImmutableArray<int> Clauses);

/// <summary>What a search result is.</summary>
internal enum SiteSearchKind { Clause, ReportParagraph, Page }

/// <summary>A way to narrow results (authority, actor …) and its values in the order the search page lists them.</summary>
/// <param name="Name">The URL parameter and the key in <c>documents.js</c>, e.g. <c>authority</c>.</param>
internal sealed record SiteSearchFacet(string Name, string Label, ImmutableArray<string> Values);

/// <summary>One thing search can find: what the results list shows, what the index holds, and its facet values.</summary>
/// <param name="Url">Relative to the site root, with the anchor: <c>protocols/hackney.html#7.2(g)</c>.</param>
/// <param name="Title">The result's link text: a clause's citation, a report paragraph's place, a page's title.</param>
/// <param name="Source">The authority (or, failing that, the document) it belongs to.</param>
/// <param name="Number">The clause or paragraph number as displayed (<c>7.2(g)</c>, <c>¶3</c>), or null for a page.</param>
/// <param name="Section">The headings above it within its document, joined with " › ".</param>
/// <param name="Text">The text results show and highlight, on one line, cut after about <see cref="SiteSearchCorpus.MaxDisplayText"/> characters.</param>
/// <param name="Fields">The text of each index field, before <see cref="SiteSearchText.Normalise"/>.</param>
/// <param name="Facets">Values by facet name; a facet the entry has no value for is absent.</param>
internal sealed record SiteSearchEntry(
    SiteSearchKind Kind,
    string Url,
    string Title,
    string Source,
    string? Number,
    string Section,
    string Text,
    ImmutableDictionary<string, string> Fields,
    ImmutableDictionary<string, ImmutableArray<string>> Facets);

/// <summary>
/// Everything the site's search covers, in a fixed order: every clause of every protocol (authorities by
/// short name, clauses in document order), every paragraph of every report (by slug), then every page's
/// title (by path). Pure: the same site gives the same corpus.
/// </summary>
internal sealed record SiteSearchCorpus(ImmutableArray<SiteSearchEntry> Entries, ImmutableArray<SiteSearchFacet> Facets)
{
    /// <summary>The taxonomy's theme phrases that a query word is also searched under (<c>search/phrases.js</c>).</summary>
    public SearchThemePhrases ThemePhrases { get; init; } = SearchThemePhrases.Empty;

    /// <summary>
    /// Report paragraphs that quote protocol clauses, by position in <see cref="Entries"/>: the page shows such a paragraph
    /// as "quoted in …" under a clause it quotes rather than as a result of its own, whenever that clause is a result too.
    /// </summary>
    public ImmutableArray<SiteSearchQuotation> Quotations { get; init; } = [];

    /// <summary>Results show about this much of an entry's text at most; the index holds all of it.</summary>
    public const int MaxDisplayText = 1000;

    /// <summary>The index fields and their boosts: a match in the headings above a clause counts double.</summary>
    public static ImmutableArray<SearchField> IndexFields { get; } = [new("heading", 2), new("text"), new("authority")];

    public const string KindFacet = "kind";
    public const string AuthorityFacet = "authority";
    public const string ActorFacet = "actor";
    public const string ForceFacet = "force";
    public const string ThemeFacet = "theme";
    public const string DirectionFacet = "direction";
    public const string CouncilTypeFacet = "council-type";
    public const string NationFacet = "nation";
    public const string RegionFacet = "region";

    private static readonly ImmutableArray<(SiteSearchKind Kind, string Label)> KindLabels =
        [(SiteSearchKind.Clause, "Protocol clause"), (SiteSearchKind.ReportParagraph, "Report paragraph"), (SiteSearchKind.Page, "Page")];

    /// <summary>Pages that are not worth finding: the search page itself and the 404 page.</summary>
    private static readonly ImmutableHashSet<string> UnsearchedPages = ImmutableHashSet.Create(StringComparer.Ordinal, SitePage.NotFound.Path, SitePage.Search.Path);

    /// <summary>The corpus of a site: its protocols and reports from the model, its page titles from the rendered pages.</summary>
    public static SiteSearchCorpus Build(SiteModel model, IEnumerable<OutputFile> renderedFiles)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(renderedFiles);
        var protocols = model.Protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ThenBy(p => p.Metadata.Slug, StringComparer.Ordinal).ToList();
        var shortNameByAuthority = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in protocols) shortNameByAuthority.TryAdd(p.Metadata.Authority, p.Metadata.ShortName);
        var protocolBySlug = protocols.ToDictionary(p => p.Metadata.Slug, StringComparer.Ordinal);

        var themeTitles = model.Analysis.Taxonomy.Themes.ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
        var themesByClause = model.Analysis.Protocols.SelectMany(p => p.ClauseThemes)
            .ToDictionary(c => c.ClauseId, c => c.Tags.Select(t => themeTitles.GetValueOrDefault(t.Theme, t.Theme)).ToImmutableArray(), StringComparer.Ordinal);
        var directionsByClause = model.Analysis.Protocols.SelectMany(p => p.Expectations)
            .GroupBy(e => e.ClauseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Direction).Distinct().Order().Select(DirectionLabel).ToImmutableArray(), StringComparer.Ordinal);

        var entries = new List<SiteSearchEntry>();
        foreach (var protocol in protocols)
        {
            foreach (var clause in protocol.AllClauses())
                entries.Add(ClauseEntry(protocol.Metadata, clause, themesByClause.GetValueOrDefault(clause.Id, []), directionsByClause.GetValueOrDefault(clause.Id, [])));
        }

        // The compiled reports: their [[…]] references resolved and their paragraphs anchored as the report pages are.
        foreach (var document in model.ReportDocuments.OrderBy(d => d.Report.Slug, StringComparer.Ordinal))
        {
            var authority = shortNameByAuthority.GetValueOrDefault(document.Report.Authority, document.Report.Authority);
            foreach (var paragraph in document.Paragraphs) entries.Add(ReportEntry(document.Report, authority, paragraph));
        }

        // Print-ready pages are copies of the reports laid out for paper; the report pages are what search should offer.
        foreach (var page in renderedFiles.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !UnsearchedPages.Contains(f.Path)
                     && !f.Path.StartsWith(SitePage.PrintFolder + "/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (PageEntry(page, model.Config.Title, protocolBySlug) is { } entry) entries.Add(entry);
        }

        entries = WithRegisterFacets(entries, protocols, Register.CouncilRegister.Shipped);
        return new SiteSearchCorpus([.. entries], FacetsOf(entries))
        {
            ThemePhrases = SearchThemePhrases.Build(model.Analysis.Taxonomy),
            Quotations = QuotationsOf(protocols, model.ReportDocuments, entries),
        };
    }

    /// <summary>Which report paragraph entries quote which clause entries, in entry order; clauses by their position too.</summary>
    internal static ImmutableArray<SiteSearchQuotation> QuotationsOf(IEnumerable<Protocol> protocols, IEnumerable<ReportDocument> reports, List<SiteSearchEntry> entries)
    {
        var positionByUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++) positionByUrl.TryAdd(entries[i].Url, i);
        var urlByClause = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var protocol in protocols)
            foreach (var clause in protocol.AllClauses())
                urlByClause.TryAdd(clause.Id, SitePage.Clause(protocol.Metadata.Slug, clause.Number).FromRoot);
        var quotations = new List<SiteSearchQuotation>();
        foreach (var document in reports)
        {
            foreach (var paragraph in document.Paragraphs.Where(p => p.QuotedClauseIds.Length > 0))
            {
                if (!positionByUrl.TryGetValue(ReportParagraphUrl(document.Report.Slug, paragraph.Id), out var at)) continue;
                var clauses = paragraph.QuotedClauseIds
                    .Select(id => urlByClause.TryGetValue(id, out var url) && positionByUrl.TryGetValue(url, out var c) ? c : -1)
                    .Where(c => c >= 0).Distinct().ToImmutableArray();
                if (clauses.Length > 0) quotations.Add(new SiteSearchQuotation(at, clauses));
            }
        }
        return [.. quotations.OrderBy(q => q.Paragraph)];
    }

    /// <summary>
    /// Council type, nation and region from the register of UK councils, for every entry that belongs to an authority
    /// the register knows (by its short name, as the authority facet has it); others get none rather than a guess.
    /// </summary>
    internal static List<SiteSearchEntry> WithRegisterFacets(List<SiteSearchEntry> entries, IEnumerable<Protocol> protocols, Register.CouncilRegister register)
    {
        var councils = new Dictionary<string, Register.Council>(StringComparer.Ordinal);
        foreach (var p in protocols)
            if (Register.CoverageBuilder.Match(p.Metadata, register) is { } council) councils.TryAdd(p.Metadata.ShortName, council);
        return [.. entries.Select(e =>
            e.Facets.TryGetValue(AuthorityFacet, out var authority) && authority.Length > 0 && councils.TryGetValue(authority[0], out var c)
                ? e with { Facets = e.Facets.SetItem(CouncilTypeFacet, [c.TypeLabel]).SetItem(NationFacet, [c.Nation]).SetItem(RegionFacet, [c.Region]) }
                : e)];
    }

    private static SiteSearchEntry ClauseEntry(ProtocolMetadata protocol, Clause clause, ImmutableArray<string> themes, ImmutableArray<string> directions)
    {
        var indexedText = string.Join("\n\n", clause.Notes.Select(n => n.Text).Prepend(clause.Text));
        return new SiteSearchEntry(
            SiteSearchKind.Clause,
            SitePage.Clause(protocol.Slug, clause.Number).FromRoot,
            Citations.Cite(protocol, clause),
            protocol.ShortName,
            Citations.DisplayNumber(clause),
            string.Join(" › ", clause.HeadingPath),
            DisplayText(clause.Text),
            Fields(string.Join(" ", clause.HeadingPath), indexedText, protocol.ShortName),
            FacetValues(SiteSearchKind.Clause, protocol.ShortName, (ActorFacet, [ActorLabel(clause.Actor)]), (ForceFacet, [ForceLabel(clause.Modality)]),
                (ThemeFacet, themes), (DirectionFacet, directions)));
    }

    private static string ReportParagraphUrl(string slug, string paragraphId) => SitePage.Report(slug).At(paragraphId).FromRoot;

    private static SiteSearchEntry ReportEntry(Report report, string authority, ReportParagraph paragraph)
    {
        var number = "¶" + paragraph.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SiteSearchEntry(
            SiteSearchKind.ReportParagraph,
            ReportParagraphUrl(report.Slug, paragraph.Id),
            $"{report.Title}, {number}",
            authority,
            number,
            paragraph.Section ?? "",
            DisplayText(paragraph.Text),
            // Not the report's title: every paragraph would match it; the report's page is found by its title.
            Fields(paragraph.Section ?? "", paragraph.Text, authority),
            FacetValues(SiteSearchKind.ReportParagraph, authority));
    }

    /// <summary>
    /// A rendered page's title and first heading, which is all search takes from a page. The render stage records
    /// them as it renders (so search never reads the pages again); a page from elsewhere is read here.
    /// </summary>
    public static PageHeading HeadingOf(string html)
    {
        var document = new HtmlParser().ParseDocument(UpToFirstHeading(html));
        return new PageHeading(Collapse(document.Title ?? ""), Collapse(document.QuerySelector("h1")?.TextContent ?? ""));
    }

    private static SiteSearchEntry? PageEntry(OutputFile page, string siteTitle, Dictionary<string, Protocol> protocolBySlug)
    {
        var (title, heading) = page.Heading ?? HeadingOf(page.AsText());
        var suffix = " – " + siteTitle;
        if (title.EndsWith(suffix, StringComparison.Ordinal) && title.Length > suffix.Length) title = title[..^suffix.Length];
        if (title.Length == 0) return null;

        // A protocol's page and its source text belong to that authority.
        string? authority = null;
        var segments = page.Path.Split('/');
        if (segments.Length == 2 && segments[0] is "protocols" or "sources"
            && protocolBySlug.TryGetValue(Path.GetFileNameWithoutExtension(segments[1]), out var protocol))
            authority = protocol.Metadata.ShortName;

        return new SiteSearchEntry(
            SiteSearchKind.Page,
            page.Path,
            title,
            authority ?? "",
            null,
            "",
            DisplayText(heading == title ? "" : heading),
            Fields(title, heading, authority ?? ""),
            FacetValues(SiteSearchKind.Page, authority));
    }

    /// <summary>
    /// The page up to the end of its first <c>h1</c>, which holds the title and the heading: parsing a long protocol or
    /// source page whole, only to read those two, was most of the time search took to build.
    /// </summary>
    internal static string UpToFirstHeading(string html)
    {
        var end = html.IndexOf("</h1>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : html[..(end + "</h1>".Length)];
    }

    private static ImmutableDictionary<string, string> Fields(string heading, string text, string authority) =>
        ImmutableDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("heading", heading), new("text", text), new("authority", authority)]);

    private static ImmutableDictionary<string, ImmutableArray<string>> FacetValues(SiteSearchKind kind, string? authority, params (string Facet, ImmutableArray<string> Values)[] others)
    {
        var values = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        values[KindFacet] = [KindLabels.Single(k => k.Kind == kind).Label];
        if (!string.IsNullOrEmpty(authority)) values[AuthorityFacet] = [authority];
        foreach (var (facet, facetValues) in others.Where(o => o.Values.Length > 0)) values[facet] = facetValues;
        return values.ToImmutable();
    }

    // Facet values in the order people scan them: kinds and actors in their natural order, authorities alphabetically.
    private static ImmutableArray<SiteSearchFacet> FacetsOf(List<SiteSearchEntry> entries)
    {
        var present = entries.SelectMany(e => e.Facets).GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        IEnumerable<string> Present(string facet, IEnumerable<string> order) =>
            present.TryGetValue(facet, out var values) ? order.Where(values.Contains) : [];

        var facets = ImmutableArray.CreateBuilder<SiteSearchFacet>();
        facets.Add(new SiteSearchFacet(KindFacet, "Type", [.. Present(KindFacet, KindLabels.Select(k => k.Label))]));
        facets.Add(new SiteSearchFacet(AuthorityFacet, "Authority", [.. Present(AuthorityFacet, present.GetValueOrDefault(AuthorityFacet) ?? []).Order(StringComparer.Ordinal)]));
        facets.Add(new SiteSearchFacet(CouncilTypeFacet, "Council type", [.. Present(CouncilTypeFacet, Register.CouncilTypes.DisplayOrder.Select(code => Register.CouncilTypes.Label(code, code))
            .Concat((present.GetValueOrDefault(CouncilTypeFacet) ?? []).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))]));
        facets.Add(new SiteSearchFacet(NationFacet, "Nation", [.. Present(NationFacet, new[] { "England", "Wales", "Scotland", "Northern Ireland" }
            .Concat((present.GetValueOrDefault(NationFacet) ?? []).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))]));
        facets.Add(new SiteSearchFacet(RegionFacet, "Region", [.. Present(RegionFacet, present.GetValueOrDefault(RegionFacet) ?? []).Order(StringComparer.Ordinal)]));
        facets.Add(new SiteSearchFacet(ActorFacet, "Addressed to", [.. Present(ActorFacet, Enum.GetValues<Actor>().Select(ActorLabel))]));
        // lunr drops "must", "should", "may", "will" and "not" as stop words, so the force is searched this way.
        facets.Add(new SiteSearchFacet(ForceFacet, "Force", [.. Present(ForceFacet, Enum.GetValues<Modality>().Select(ForceLabel))]));
        facets.Add(new SiteSearchFacet(ThemeFacet, "Theme", [.. Present(ThemeFacet, present.GetValueOrDefault(ThemeFacet) ?? []).Order(StringComparer.Ordinal)]));
        facets.Add(new SiteSearchFacet(DirectionFacet, "Expectation", [.. Present(DirectionFacet, Enum.GetValues<Direction>().Select(DirectionLabel))]));
        return [.. facets.Where(f => f.Values.Length > 0)];
    }

    /// <summary>The actor as a facet shows it: the clause page's label with a capital letter ("Members and officers").</summary>
    public static string ActorLabel(Actor actor) => Capitalised(Labels.Of(actor));

    /// <summary>The force as a facet shows it: the clause page's label with a capital letter ("Must not").</summary>
    public static string ForceLabel(Modality modality) => Capitalised(Labels.Of(modality));

    /// <summary>Who can expect what of whom, as the expectations matrix words it.</summary>
    public static string DirectionLabel(Direction direction) => AnalysisLabels.Long(direction);

    private static string Capitalised(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    /// <summary>Clause text on one line, cut at a word boundary after <see cref="MaxDisplayText"/> characters.</summary>
    public static string DisplayText(string text)
    {
        var line = Collapse(text);
        if (line.Length <= MaxDisplayText) return line;
        var cut = line.LastIndexOf(' ', MaxDisplayText);
        if (cut < MaxDisplayText / 2) cut = char.IsLowSurrogate(line[MaxDisplayText]) ? MaxDisplayText - 1 : MaxDisplayText; // no space: cut the word, never a surrogate pair
        return line[..cut] + " …";
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
