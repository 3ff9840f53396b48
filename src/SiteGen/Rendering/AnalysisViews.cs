using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>Maps the analysis to what the analysis templates display. Pure; split by page into partial files.</summary>
internal sealed partial class AnalysisViews
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, AnalysisViews> Cache = new();

    /// <summary>One instance per site model, so authority pages share the clause lookup instead of rebuilding it per page.</summary>
    public static AnalysisViews For(SiteModel model) => Cache.GetValue(model, m => new AnalysisViews(m));

    private readonly SiteModel _model;
    private readonly SiteAnalysis _analysis;
    private readonly ImmutableArray<Protocol> _protocols;
    private readonly Dictionary<string, (ProtocolMetadata Meta, Clause Clause)> _clauses;
    private readonly Dictionary<string, ThemeDefinition> _themes;

    private AnalysisViews(SiteModel model)
    {
        _model = model;
        _analysis = model.Analysis;
        _protocols = [.. model.Protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ThenBy(p => p.Metadata.Slug, StringComparer.Ordinal)];
        _clauses = _protocols.SelectMany(p => p.AllClauses().Select(c => (p.Metadata, c))).ToDictionary(x => x.c.Id, x => (x.Metadata, x.c), StringComparer.Ordinal);
        _themes = _analysis.Taxonomy.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Layout = MatrixLayout.Of(_protocols, model.MatrixColumns);
    }

    public const string ThemeMatrixStem = "analysis/theme-matrix";
    public const string ExpectationsStem = "analysis/expectations";
    public const string EscalationStem = "analysis/escalation";

    /// <summary>Whether the matrices are one page each or a page per council type and nation.</summary>
    public MatrixLayout Layout { get; }

    /// <summary>The index of a split matrix: a link to each part with how many authorities it shows.</summary>
    public MatrixIndexView MatrixIndex(string stem, string title, string lead, string csvHref) =>
        new(title, lead, [.. Layout.Parts.Select(p => new MatrixPartLinkView(p.Title, "../" + Layout.PathOf(stem, p), p.Authorities.Length,
            string.Join(", ", p.Authorities.Select(a => a.Metadata.ShortName).Take(3)) + (p.Authorities.Length > 3 ? " …" : "")))], _protocols.Length, csvHref);

    private (string? Title, string? IndexHref) PartNav(MatrixPart part, string stem) =>
        Layout.IsSplit ? (part.Title, "../" + MatrixLayout.IndexOf(stem)) : (null, null);

    /// <summary>Authorities in the order every analysis page lists them: by short name.</summary>
    public ImmutableArray<Protocol> Protocols => _protocols;

    /// <summary>Adds themes and similar wording to each clause of an authority page; the page is unchanged when there is no analysis.</summary>
    public static ProtocolView Annotate(ProtocolView view, SiteModel model)
    {
        if (model.Analysis.IsEmpty || model.Analysis.For(view.Summary.Slug) is not { } analysis) return view;
        var views = For(model);
        var themes = analysis.ClauseThemes.ToDictionary(c => c.ClauseId, StringComparer.Ordinal);
        var similar = analysis.Similar.ToDictionary(s => s.ClauseId, StringComparer.Ordinal);
        var readings = analysis.Clauses.ToDictionary(r => r.ClauseId, StringComparer.Ordinal);
        return view with
        {
            Sections = [.. view.Sections.Select(s => s with { Clauses = [.. s.Clauses.Select(c => views.Annotate(c, themes, similar, readings))] })],
        };
    }

    private ClauseView Annotate(ClauseView clause, Dictionary<string, ClauseThemes> themes, Dictionary<string, SimilarClauses> similar, Dictionary<string, ClauseAddressing> readings)
    {
        var r = readings.GetValueOrDefault(clause.Id);
        return clause with
        {
            // "Addressed to" and force as corrected in the overrides file, with how sure each is.
            Actor = r is null ? clause.Actor : Labels.Of(r.AddressedTo),
            Modality = r is null ? clause.Modality : Labels.Of(r.Force),
            Analysis = new ClauseAnalysisView(
                themes.TryGetValue(clause.Id, out var t) ? [.. t.Tags.Select(tag => Chip(tag, "../"))] : [],
                similar.TryGetValue(clause.Id, out var s) ? [.. s.Matches.Select(m => Similar(m, "../"))] : [],
                r is null ? "" : AnalysisLabels.Of(r.AddressedToProvenance),
                r is null ? "" : AnalysisLabels.Of(r.ForceProvenance)),
            Children = [.. clause.Children.Select(c => Annotate(c, themes, similar, readings))],
        };
    }

    private ThemeChipView Chip(ThemeTag tag, string root) =>
        new(tag.Theme, _themes[tag.Theme].Title, $"{root}themes/{tag.Theme}.html", Reason(tag.Reasons), AnalysisLabels.Of(tag.Provenance));

    private SimilarLinkView Similar(SimilarClause match, string root)
    {
        var (meta, clause) = _clauses[match.ClauseId];
        return new SimilarLinkView(Citations.Cite(meta, clause), ClauseHref(match.ClauseId, root),
            match.Score.ToString("0.00", CultureInfo.InvariantCulture), Excerpt(clause.Text, 100));
    }

    public static string Reason(IEnumerable<ThemeReason> reasons) => string.Join("; ", reasons.Select(r => r.Kind switch
    {
        ReasonKind.Phrase => string.Equals(r.Matched, r.Phrase, StringComparison.OrdinalIgnoreCase) ? $"says “{r.Matched}”" : $"says “{r.Matched}” (phrase “{r.Phrase}”)",
        ReasonKind.Heading => $"is under the heading “{r.Matched}”",
        _ => $"set by hand: {r.Phrase}",
    }));

    public string ClauseHref(string clauseId, string root)
    {
        var (meta, clause) = _clauses[clauseId];
        return root + Citations.Href(meta.Slug, clause.Number);
    }

    public string DisplayNumber(string clauseId) => Citations.DisplayNumber(_clauses[clauseId].Clause);

    public string Cite(string clauseId) => Citations.Cite(_clauses[clauseId].Meta, _clauses[clauseId].Clause);

    public string TextOf(string clauseId) => _clauses[clauseId].Clause.Text;

    public static AuthorityRef Ref(ProtocolMetadata meta, string root) =>
        new(meta.Slug, meta.ShortName, $"{root}protocols/{meta.Slug}.html", meta.Coverage == Coverage.Extract);

    /// <summary>Text cut at a word boundary, with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max);
        return flat[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    public ThemeSummaryView Summary(ThemeDefinition theme, string root)
    {
        var tagged = _analysis.Protocols.Select(p => p.ClauseThemes.Count(c => c.Tags.Any(t => t.Theme == theme.Id))).ToArray();
        return new ThemeSummaryView(theme.Id, theme.Title, theme.Description, $"{root}themes/{theme.Id}.html", tagged.Sum(), tagged.Count(n => n > 0));
    }

    public ThemeIndexView ThemeIndex() =>
        new([.. _analysis.Taxonomy.Themes.Select(t => Summary(t, "../"))], _protocols.Length, "../analysis/theme-matrix.html");

    public ThemePageView ThemePage(ThemeDefinition theme)
    {
        const string root = "../";
        var groups = ImmutableArray.CreateBuilder<ThemeAuthorityGroupView>();
        var silentFull = ImmutableArray.CreateBuilder<AuthorityRef>();
        var silentExtracts = ImmutableArray.CreateBuilder<AuthorityRef>();
        foreach (var p in _protocols)
        {
            var tagged = _analysis.For(p.Metadata.Slug)!.ClauseThemes
                .Select(c => (c.ClauseId, Tag: c.Tags.FirstOrDefault(t => t.Theme == theme.Id)))
                .Where(x => x.Tag is not null)
                .Select(x => new CitedClauseView(DisplayNumber(x.ClauseId), Cite(x.ClauseId), ClauseHref(x.ClauseId, root), TextOf(x.ClauseId), Reason(x.Tag!.Reasons), AnalysisLabels.Of(x.Tag!.Provenance)))
                .ToImmutableArray();
            var authority = Ref(p.Metadata, root);
            if (!tagged.IsEmpty) groups.Add(new ThemeAuthorityGroupView(authority, tagged));
            else if (authority.IsExtract) silentExtracts.Add(authority);
            else silentFull.Add(authority);
        }
        return new ThemePageView(Summary(theme, root), groups.ToImmutable(), silentFull.ToImmutable(), silentExtracts.ToImmutable(),
            [.. NotAvailableFor(theme.Id, root)]);
    }

    public IEnumerable<NotAvailableView> NotAvailableFor(string topic, string root) =>
        from p in _protocols
        from note in _analysis.For(p.Metadata.Slug)!.NotQuoted
        where note.Covers.Contains(topic)
        select NotAvailable(p.Metadata, note, root);

    public NotAvailableView NotAvailable(ProtocolMetadata meta, NotAvailableNote note, string root)
    {
        var report = _model.Reports.First(r => r.Slug == note.Report);
        return new NotAvailableView(Ref(meta, root), note.Paragraphs, note.Quote, report.Title, $"{root}reports/{report.Slug}.html",
            $"{report.ContentFile}, line {note.ReportLine.ToString(CultureInfo.InvariantCulture)}");
    }

    public ThemeMatrixView ThemeMatrix(AnalysisMatrices matrices, MatrixPart part)
    {
        const string root = "../";
        var protocols = part.Authorities;
        var rows = matrices.Themes.Select(row =>
        {
            var bySlug = row.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
            return new ThemeMatrixRowView(Summary(row.Theme, root), [.. protocols.Select(p =>
            {
                var (count, review) = (bySlug[p.Metadata.Slug].Count, bySlug[p.Metadata.Slug].Review);
                return new CountCellView(count, count + review > 0 ? $"{root}themes/{row.Theme.Id}.html#{p.Metadata.Slug}" : null, p.Metadata.Coverage == Coverage.Extract, review);
            })]);
        });
        var (partTitle, indexHref) = PartNav(part, ThemeMatrixStem);
        var filter = Filter("the matrix", protocols, matrices.Themes.Select(r => (r.Theme.Id, r.Theme.Title, 0)), "theme", "themes");
        return new ThemeMatrixView([.. protocols.Select(p => Ref(p.Metadata, root))], [.. rows], $"{root}data/theme-matrix.csv") { PartTitle = partTitle, IndexHref = indexHref, Filter = filter };
    }

    public ExpectationMatrixView ExpectationMatrix(AnalysisMatrices matrices, MatrixPart part)
    {
        const string root = "../";
        var protocols = part.Authorities;
        var tables = Enum.GetValues<Direction>().Select(direction => new ExpectationTableView(
            "direction-" + FieldKebab(direction.ToString()),
            AnalysisLabels.Of(direction),
            AnalysisLabels.Long(direction),
            [.. matrices.Expectations.Where(r => r.Direction == direction).Select(r =>
            {
                var bySlug = r.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
                var theme = _themes[r.Expectation.Theme];
                return new ExpectationRowView(ExpectationAnchor(r), r.Expectation.Title, theme.Title, $"{root}themes/{theme.Id}.html",
                    [.. protocols.Select(p => Cell(bySlug[p.Metadata.Slug], root))]) { ThemeId = theme.Id };
            })]));
        var stated = _analysis.Protocols.SelectMany(p => p.Expectations).Select(s => s.Expectation).ToHashSet(StringComparer.Ordinal);
        var (partTitle, indexHref) = PartNav(part, ExpectationsStem);
        var themeRows = matrices.Expectations.GroupBy(r => r.Expectation.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var filter = Filter("the matrices", protocols,
            _analysis.Taxonomy.Themes.Where(t => themeRows.ContainsKey(t.Id)).Select(t => (t.Id, t.Title, 0)), "expectation", "expectations");
        return new ExpectationMatrixView([.. protocols.Select(p => Ref(p.Metadata, root))], [.. tables], $"{root}data/expectation-matrix.csv",
            [.. _analysis.Taxonomy.Expectations.Where(x => !stated.Contains(x.Id)).Select(x => x.Title)])
        { PartTitle = partTitle, IndexHref = indexHref, Filter = filter };
    }

    private ExpectationCellView Cell(ExpectationCell cell, string root)
    {
        CellLinkView Link(ExpectationStatement s) =>
            new(DisplayNumber(s.ClauseId), ClauseHref(s.ClauseId, root), Cite(s.ClauseId), AnalysisLabels.Of(s.Form), s.Matched, AnalysisLabels.Of(s.Provenance))
            { ClauseText = TextOf(s.ClauseId) };
        // Nothing uncertain is shown as stated: a cell read only from weak evidence says so, and links to what to check.
        if (cell.IsStated) return new ExpectationCellView("stated", "Stated", [.. cell.Statements.Where(s => s.Provenance.IsSettled).Select(Link)]);
        if (cell.NeedsReview) return new ExpectationCellView("needs-review", "Needs review", [.. cell.Statements.Select(Link)]);
        if (cell.IsCovered) return new ExpectationCellView("stated-mutual", "Stated as mutual", [.. cell.Mutual.Where(s => s.Provenance.IsSettled).Select(Link)]);
        var note = cell.Removed.IsEmpty ? "" : $"{AnalysisLabels.Of(cell.Removed[0].Provenance)}: {string.Join(", ", cell.Removed.Select(s => DisplayNumber(s.ClauseId)))} removed";
        return cell.Coverage == Coverage.Extract
            ? new ExpectationCellView("not-in-extract", "Not in extract", [], note)
            : new ExpectationCellView("not-stated", "Not stated", [], note);
    }

    public EscalationMatrixView Escalation(MatrixPart part)
    {
        const string root = "../";
        var roles = AnalysisLabels.RouteTitles(_analysis.Taxonomy);
        var authorities = part.Authorities.Select(p =>
        {
            var routes = _analysis.For(p.Metadata.Slug)!.Escalation;
            StepView Step(EscalationStep s) => new(s.Order, string.Join(" or ", EscalationDiagram.RoleNames(s, r => roles.GetValueOrDefault(r, r))), DisplayNumber(s.ClauseId), Cite(s.ClauseId), ClauseHref(s.ClauseId, root), s.Evidence)
            { ClauseText = TextOf(s.ClauseId) };
            var routeViews = routes.Routes.Select(r => new RouteView(AnalysisLabels.Of(r.Scenario),
                r.NeedsReview ? "needs-review" : FieldKebab(r.Status.ToString()), r.NeedsReview ? "needs review" : AnalysisLabels.Of(r.Status), [.. r.Steps.Select(Step)],
                EscalationDiagram.Check(r).Trim().Trim('(', ')') + (r.Provenance?.Note is { } note && r.Provenance.State is ReadingState.Corrected or ReadingState.Confirmed ? $": {note}" : ""))).ToImmutableArray();
            var informal = routes.Informal is { } i ? new StepView(0, "Resolve informally first", DisplayNumber(i.ClauseId), Cite(i.ClauseId), ClauseHref(i.ClauseId, root), i.Evidence) { ClauseText = TextOf(i.ClauseId) } : null;
            var sides = routes.SideRoutes.Select(s => new SideRouteView(
                _analysis.Taxonomy.Escalation.SideRoutes.First(d => d.Id == s.Id).Title,
                s.Scenario is { } sc ? AnalysisLabels.Of(sc) : "", Cite(s.ClauseId), ClauseHref(s.ClauseId, root))).ToImmutableArray();
            var notAvailable = routes.NotAvailable is { } n ? NotAvailable(p.Metadata, n, root) : null;
            var diagramId = "flow-" + p.Metadata.Slug;
            var diagram = EscalationDiagram.Render(diagramId, p.Metadata.ShortName, p.Metadata.Coverage == Coverage.Extract, routes, roles, id => DisplayNumber(id));
            return new EscalationAuthorityView(Ref(p.Metadata, root), informal, routeViews, sides, notAvailable, diagram, diagramId);
        });
        return new EscalationMatrixView([.. Enum.GetValues<Scenario>().Select(AnalysisLabels.Of)], [.. authorities],
            [.. _analysis.Taxonomy.Roles.Select(r => new RoleView(r.Id, r.Title, string.Join(", ", r.Synonyms.Select(s => s.Text))))],
            $"{root}data/escalation.csv")
        { PartTitle = PartNav(part, EscalationStem).Title, IndexHref = PartNav(part, EscalationStem).IndexHref, Filter = Filter("the routes", part.Authorities, null) };
    }

    /// <summary>"MembersToOfficers" → "members-to-officers", as the data files spell enum values.</summary>
    public static string FieldKebab(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
