using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Presentation;

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

    public const string ThemeMatrixStem = SitePage.ThemeMatrixStem;
    public const string ExpectationsStem = SitePage.ExpectationsStem;
    public const string EscalationStem = SitePage.EscalationStem;

    /// <summary>Whether the matrices are one page each or a page per council type and nation.</summary>
    public MatrixLayout Layout { get; }

    /// <summary>The index of a split matrix: a link to each part with how many authorities it shows.</summary>
    public MatrixIndexView MatrixIndex(string stem, string title, string lead, string csvHref) =>
        new(title, lead, [.. Layout.Parts.Select(p => new MatrixPartLinkView(p.Title, Layout.PageOf(stem, p).From(MatrixLayout.IndexOf(stem)), p.Authorities.Length,
            string.Join(", ", p.Authorities.Select(a => a.Metadata.ShortName).Take(3)) + (p.Authorities.Length > 3 ? " …" : "")))], _protocols.Length, csvHref);

    private (string? Title, string? IndexHref) PartNav(MatrixPart part, string stem) =>
        Layout.IsSplit ? (part.Title, MatrixLayout.IndexOf(stem).From(Layout.PageOf(stem, part))) : (null, null);

    /// <summary>Authorities in the order every analysis page lists them: by short name.</summary>
    public ImmutableArray<Protocol> Protocols => _protocols;

    /// <summary>Adds themes and similar wording to each clause of an authority page; the page is unchanged when there is no analysis.</summary>
    public static ProtocolView Annotate(ProtocolView view, SiteModel model)
    {
        if (model.Analysis.IsEmpty || model.Analysis.For(view.Summary.Slug) is not { } analysis) return view;
        var views = For(model);
        var here = SitePage.Protocol(view.Summary.Slug);
        var themes = analysis.ClauseThemes.ToDictionary(c => c.ClauseId, StringComparer.Ordinal);
        var similar = analysis.Similar.ToDictionary(s => s.ClauseId, StringComparer.Ordinal);
        var readings = analysis.Clauses.ToDictionary(r => r.ClauseId, StringComparer.Ordinal);
        return view with
        {
            Sections = [.. view.Sections.Select(s => s with { Clauses = [.. s.Clauses.Select(c => views.Annotate(c, themes, similar, readings, here))] })],
        };
    }

    private ClauseView Annotate(ClauseView clause, Dictionary<string, ClauseThemes> themes, Dictionary<string, SimilarClauses> similar, Dictionary<string, ClauseAddressing> readings, SitePage here)
    {
        var r = readings.GetValueOrDefault(clause.Id);
        return clause with
        {
            // "Addressed to" and force as corrected in the overrides file, with how sure each is.
            Actor = r is null ? clause.Actor : Labels.Of(r.AddressedTo),
            Modality = r is null ? clause.Modality : Labels.Of(r.Force),
            Analysis = new ClauseAnalysisView(
                themes.TryGetValue(clause.Id, out var t) ? [.. t.Tags.Select(tag => Chip(tag, here))] : [],
                similar.TryGetValue(clause.Id, out var s) ? [.. s.Matches.Select(m => Similar(m, here, clause.Id))] : [],
                r is null ? "" : AnalysisLabels.Of(r.AddressedToProvenance),
                r is null ? "" : AnalysisLabels.Of(r.ForceProvenance)),
            Children = [.. clause.Children.Select(c => Annotate(c, themes, similar, readings, here))],
        };
    }

    private ThemeChipView Chip(ThemeTag tag, SitePage here) =>
        new(tag.Theme, _themes[tag.Theme].Title, SitePage.Theme(tag.Theme).From(here), AnalysisLabels.Reason(tag.Reasons), AnalysisLabels.Of(tag.Provenance));

    // A match worded exactly as the clause it is listed under is not quoted again: the page says so instead.
    private SimilarLinkView Similar(SimilarClause match, SitePage here, string ownId)
    {
        var (meta, clause) = _clauses[match.ClauseId];
        var same = _clauses.TryGetValue(ownId, out var own) && SameWords(own.Clause.Text, clause.Text);
        return new SimilarLinkView(Citations.Cite(meta, clause), ClauseHref(match.ClauseId, here),
            match.Score.ToString("0.00", CultureInfo.InvariantCulture), same ? "" : Excerpt(clause.Text, 100), same);
    }

    /// <summary>Whether two texts hold the same words in the same order, white space aside (case and punctuation count).</summary>
    internal static bool SameWords(string a, string b) =>
        a.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .SequenceEqual(b.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public SitePage ClausePage(string clauseId)
    {
        var (meta, clause) = _clauses[clauseId];
        return SitePage.Clause(meta.Slug, clause.Number);
    }

    public string ClauseHref(string clauseId, SitePage here) => ClausePage(clauseId).From(here);

    public string DisplayNumber(string clauseId) => Citations.DisplayNumber(_clauses[clauseId].Clause);

    public string Cite(string clauseId) => Citations.Cite(_clauses[clauseId].Meta, _clauses[clauseId].Clause);

    public string TextOf(string clauseId) => _clauses[clauseId].Clause.Text;

    public static AuthorityRef Ref(ProtocolMetadata meta, SitePage here) =>
        new(meta.Slug, meta.ShortName, SitePage.Protocol(meta.Slug).From(here), meta.Coverage == Coverage.Extract);

    /// <summary>Text cut at a word boundary, with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max);
        return flat[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    public ThemeSummaryView Summary(ThemeDefinition theme, SitePage here)
    {
        var tagged = _analysis.Protocols.Select(p => p.ClauseThemes.Count(c => c.Tags.Any(t => t.Theme == theme.Id))).ToArray();
        return new ThemeSummaryView(theme.Id, theme.Title, theme.Description, SitePage.Theme(theme.Id).From(here), tagged.Sum(), tagged.Count(n => n > 0));
    }

    public ThemeIndexView ThemeIndex() =>
        new([.. _analysis.Taxonomy.Themes.Select(t => Summary(t, SitePage.Themes))], _protocols.Length, MatrixLayout.IndexOf(ThemeMatrixStem).From(SitePage.Themes));

    public ThemePageView ThemePage(ThemeDefinition theme)
    {
        var here = SitePage.Theme(theme.Id);
        var groups = ImmutableArray.CreateBuilder<ThemeAuthorityGroupView>();
        var silentFull = ImmutableArray.CreateBuilder<AuthorityRef>();
        var silentExtracts = ImmutableArray.CreateBuilder<AuthorityRef>();
        foreach (var p in _protocols)
        {
            var tagged = _analysis.For(p.Metadata.Slug)!.ClauseThemes
                .Select(c => (c.ClauseId, Tag: c.Tags.FirstOrDefault(t => t.Theme == theme.Id)))
                .Where(x => x.Tag is not null)
                .Select(x => new CitedClauseView(DisplayNumber(x.ClauseId), Cite(x.ClauseId), ClauseHref(x.ClauseId, here), TextOf(x.ClauseId), AnalysisLabels.Reason(x.Tag!.Reasons), AnalysisLabels.Of(x.Tag!.Provenance)))
                .ToImmutableArray();
            var authority = Ref(p.Metadata, here);
            if (!tagged.IsEmpty) groups.Add(new ThemeAuthorityGroupView(authority, tagged));
            else if (authority.IsExtract) silentExtracts.Add(authority);
            else silentFull.Add(authority);
        }
        return new ThemePageView(Summary(theme, here), groups.ToImmutable(), silentFull.ToImmutable(), silentExtracts.ToImmutable(),
            [.. NotAvailableFor(theme.Id, here)]);
    }

    public IEnumerable<NotAvailableView> NotAvailableFor(string topic, SitePage here) =>
        from p in _protocols
        from note in _analysis.For(p.Metadata.Slug)!.NotQuoted
        where note.Covers.Contains(topic)
        select NotAvailable(p.Metadata, note, here);

    public NotAvailableView NotAvailable(ProtocolMetadata meta, NotAvailableNote note, SitePage here)
    {
        var report = _model.Reports.First(r => r.Slug == note.Report);
        return new NotAvailableView(Ref(meta, here), note.Paragraphs, note.Quote, report.Title, SitePage.Report(report.Slug).From(here),
            $"{report.ContentFile}, line {note.ReportLine.ToString(CultureInfo.InvariantCulture)}");
    }

    public ThemeMatrixView ThemeMatrix(AnalysisMatrices matrices, MatrixPart part)
    {
        var here = Layout.PageOf(ThemeMatrixStem, part);
        var protocols = part.Authorities;
        var rows = matrices.Themes.Select(row =>
        {
            var bySlug = row.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
            return new ThemeMatrixRowView(Summary(row.Theme, here), [.. protocols.Select(p =>
            {
                var (count, review) = (bySlug[p.Metadata.Slug].Count, bySlug[p.Metadata.Slug].Review);
                return new CountCellView(count, count + review > 0 ? SitePage.Theme(row.Theme.Id).At(p.Metadata.Slug).From(here) : null, p.Metadata.Coverage == Coverage.Extract, review);
            })]);
        });
        var (partTitle, indexHref) = PartNav(part, ThemeMatrixStem);
        var filter = Filter("the matrix", protocols, matrices.Themes.Select(r => (r.Theme.Id, r.Theme.Title, 0)), "theme", "themes");
        return new ThemeMatrixView([.. protocols.Select(p => Ref(p.Metadata, here))], [.. rows], SitePage.ThemeMatrixCsv.From(here)) { PartTitle = partTitle, IndexHref = indexHref, Filter = filter };
    }

    public ExpectationMatrixView ExpectationMatrix(AnalysisMatrices matrices, MatrixPart part)
    {
        var here = Layout.PageOf(ExpectationsStem, part);
        var protocols = part.Authorities;
        var tables = Enum.GetValues<Direction>().Select(direction => new ExpectationTableView(
            "direction-" + Labels.FieldKebab(direction.ToString()),
            AnalysisLabels.Of(direction),
            AnalysisLabels.Long(direction),
            [.. matrices.Expectations.Where(r => r.Direction == direction).Select(r =>
            {
                var bySlug = r.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
                var theme = _themes[r.Expectation.Theme];
                return new ExpectationRowView(ExpectationAnchor(r), r.Expectation.Title, theme.Title, SitePage.Theme(theme.Id).From(here),
                    [.. protocols.Select(p => Cell(bySlug[p.Metadata.Slug], here))]) { ThemeId = theme.Id };
            })]));
        var stated = _analysis.Protocols.SelectMany(p => p.Expectations).Select(s => s.Expectation).ToHashSet(StringComparer.Ordinal);
        var (partTitle, indexHref) = PartNav(part, ExpectationsStem);
        var themeRows = matrices.Expectations.GroupBy(r => r.Expectation.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var filter = Filter("the matrices", protocols,
            _analysis.Taxonomy.Themes.Where(t => themeRows.ContainsKey(t.Id)).Select(t => (t.Id, t.Title, 0)), "expectation", "expectations");
        return new ExpectationMatrixView([.. protocols.Select(p => Ref(p.Metadata, here))], [.. tables], SitePage.ExpectationMatrixCsv.From(here),
            [.. _analysis.Taxonomy.Expectations.Where(x => !stated.Contains(x.Id)).Select(x => x.Title)])
        { PartTitle = partTitle, IndexHref = indexHref, Filter = filter };
    }

    private ExpectationCellView Cell(ExpectationCell cell, SitePage here)
    {
        CellLinkView Link(ExpectationStatement s) =>
            new(DisplayNumber(s.ClauseId), ClauseHref(s.ClauseId, here), Cite(s.ClauseId), AnalysisLabels.Of(s.Form), s.Matched, AnalysisLabels.Of(s.Provenance))
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
        var here = Layout.PageOf(EscalationStem, part);
        var roles = AnalysisLabels.RouteTitles(_analysis.Taxonomy);
        var authorities = part.Authorities.Select(p =>
        {
            var routes = _analysis.For(p.Metadata.Slug)!.Escalation;
            StepView Step(EscalationStep s) => new(s.Order, string.Join(" or ", AnalysisLabels.RoleNames(s, r => roles.GetValueOrDefault(r, r))), DisplayNumber(s.ClauseId), Cite(s.ClauseId), ClauseHref(s.ClauseId, here), s.Evidence)
            { ClauseText = TextOf(s.ClauseId) };
            var routeViews = routes.Routes.Select(r => new RouteView(AnalysisLabels.Of(r.Scenario),
                r.NeedsReview ? "needs-review" : Labels.FieldKebab(r.Status.ToString()), r.NeedsReview ? "needs review" : AnalysisLabels.Of(r.Status), [.. r.Steps.Select(Step)],
                AnalysisLabels.RouteCheck(r).Trim().Trim('(', ')') + (r.Provenance?.Note is { } note && r.Provenance.State is ReadingState.Corrected or ReadingState.Confirmed ? $": {note}" : ""))).ToImmutableArray();
            var informal = routes.Informal is { } i ? new StepView(0, "Resolve informally first", DisplayNumber(i.ClauseId), Cite(i.ClauseId), ClauseHref(i.ClauseId, here), i.Evidence) { ClauseText = TextOf(i.ClauseId) } : null;
            var sides = routes.SideRoutes.Select(s => new SideRouteView(
                _analysis.Taxonomy.Escalation.SideRoutes.First(d => d.Id == s.Id).Title,
                s.Scenario is { } sc ? AnalysisLabels.Of(sc) : "", Cite(s.ClauseId), ClauseHref(s.ClauseId, here))).ToImmutableArray();
            var notAvailable = routes.NotAvailable is { } n ? NotAvailable(p.Metadata, n, here) : null;
            var diagramId = "flow-" + p.Metadata.Slug;
            var diagram = EscalationDiagram.Render(diagramId, p.Metadata.ShortName, p.Metadata.Coverage == Coverage.Extract, routes, roles, id => DisplayNumber(id));
            return new EscalationAuthorityView(Ref(p.Metadata, here), informal, routeViews, sides, notAvailable, diagram, diagramId);
        });
        return new EscalationMatrixView([.. Enum.GetValues<Scenario>().Select(AnalysisLabels.Of)], [.. authorities],
            [.. _analysis.Taxonomy.Roles.Select(r => new RoleView(r.Id, r.Title, string.Join(", ", r.Synonyms.Select(s => s.Text))))],
            SitePage.EscalationCsv.From(here))
        { PartTitle = PartNav(part, EscalationStem).Title, IndexHref = PartNav(part, EscalationStem).IndexHref, Filter = Filter("the routes", part.Authorities, null) };
    }

}
