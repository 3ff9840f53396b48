using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Reports;

/// <summary>
/// Resolves the analysis embeds (<c>[[themes …]]</c>, <c>[[expectations …]]</c>, <c>[[escalation …]]</c>,
/// <c>[[escalation-diagram …]]</c>) against the comparative analysis: checks every authority, theme and expectation
/// named, then narrows the matrices to them. Pure; one per build.
/// </summary>
internal sealed class AnalysisEmbedResolver(ClauseIndex index, SiteAnalysis analysis)
{
    private readonly ImmutableDictionary<string, string> _routeTitles = AnalysisLabels.RouteTitles(analysis.Taxonomy);

    /// <summary>True for the directives this resolver handles.</summary>
    public static bool Handles(ReportDirective directive) => directive is ReportDirective.ThemeMatrix or ReportDirective.ExpectationMatrix
        or ReportDirective.EscalationMatrix or ReportDirective.EscalationDiagram;

    /// <summary>Resolves one analysis embed, reporting each wrong name through <paramref name="report"/> (offset, code, message).</summary>
    /// <param name="written">The directive as written, for messages: <c>[[themes authorities=…]]</c>.</param>
    public ResolvedEmbed? Resolve(ReportDirective directive, string written, Action<int, string, string> report)
    {
        if (analysis.IsEmpty)
        {
            report(0, "SG0633", $"{written} embeds the comparative analysis, but this site has no content/taxonomy.yml, so there is none. "
                + "Copy SiteGen's default content/taxonomy.yml into the site (see docs/taxonomy.md).");
            return null;
        }
        return directive switch
        {
            ReportDirective.ThemeMatrix m => ThemeMatrix(m, written, report),
            ReportDirective.ExpectationMatrix m => ExpectationMatrix(m, written, report),
            ReportDirective.EscalationMatrix m => EscalationMatrix(m, written, report),
            ReportDirective.EscalationDiagram d => EscalationDiagram(d, written, report),
            _ => null,
        };
    }

    private ResolvedEmbed.ThemeMatrix? ThemeMatrix(ReportDirective.ThemeMatrix m, string written, Action<int, string, string> report)
    {
        var authorities = Authorities(m.Filter, written, report);
        if (Themes(m.Filter, report) is not { } themes || authorities is null) return null;
        var rows = themes.Select(theme => new ThemeMatrixRow(theme, [.. authorities.Value.Select(p =>
        {
            var of = analysis.For(p.Metadata.Slug);
            var clauses = (of?.ClauseThemes ?? []).Where(c => c.Tags.Any(t => t.Theme == theme.Id)).Select(c => index.Clause(c.ClauseId)).ToImmutableArray();
            return new ThemeMatrixCell(p, clauses, of?.NotQuoted.FirstOrDefault(n => n.Covers.Contains(theme.Id)));
        })]));
        return new ResolvedEmbed.ThemeMatrix(m.Caption ?? "Clauses on each theme, by authority", authorities.Value, [.. rows]);
    }

    private ResolvedEmbed.ExpectationMatrix? ExpectationMatrix(ReportDirective.ExpectationMatrix m, string written, Action<int, string, string> report)
    {
        var authorities = Authorities(m.Filter, written, report);
        var themesOrNull = m.Filter.Themes.IsEmpty ? ImmutableArray<ThemeDefinition>.Empty : Themes(m.Filter, report);
        if (Expectations(m.Filter, report) is not { } named || themesOrNull is not { } themes || authorities is null) return null;

        // Rows: the expectations named, together with every expectation of the themes named; with neither, all of them.
        bool Chosen(ExpectationDefinition x) => (m.Filter.Expectations.IsEmpty && m.Filter.Themes.IsEmpty)
            || named.Any(n => n.Id == x.Id) || themes.Any(t => t.Id == x.Theme);
        var themeById = analysis.Taxonomy.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // The matrices of the chosen authorities alone, so a row is kept only when one of them states it.
        var matrices = AnalysisMatrices.Build(authorities.Value, analysis);
        var title = m.Caption ?? "Expectations by authority";
        var directions = m.Filter.Directions.IsEmpty ? [.. Enum.GetValues<Direction>()] : m.Filter.Directions;
        // A caption written for one direction already says which; several tables each need their direction spelt out.
        string Caption(Direction d) => m.Caption is not null && directions.Length == 1
            ? $"{m.Caption} ({AnalysisLabels.Of(d)})"
            : $"{title}: {char.ToLowerInvariant(AnalysisLabels.Long(d)[0])}{AnalysisLabels.Long(d)[1..]} ({AnalysisLabels.Of(d)})";
        var tables = directions.Select(direction =>
        {
            var rows = matrices.Expectations.Where(r => r.Direction == direction && Chosen(r.Expectation)).Select(r =>
            {
                var bySlug = r.Cells.ToDictionary(c => c.Slug, StringComparer.Ordinal);
                return new ExpectationMatrixRow(r.Expectation, themeById[r.Expectation.Theme], [.. authorities.Value.Select(p => Cell(bySlug[p.Metadata.Slug]))]);
            });
            return new ExpectationTable(direction, Caption(direction), [.. rows]);
        });
        return new ResolvedEmbed.ExpectationMatrix(title, authorities.Value, [.. tables]);
    }

    private ExpectationMatrixCell Cell(ExpectationCell cell)
    {
        ImmutableArray<ReferenceTarget.ClauseTarget> Cite(ImmutableArray<ExpectationStatement> statements) =>
            [.. statements.Select(s => s.ClauseId).Distinct(StringComparer.Ordinal).Select(index.Clause)];
        if (cell.IsStated) return new ExpectationMatrixCell(ExpectationState.Stated, Cite(cell.Statements));
        if (cell.IsCovered) return new ExpectationMatrixCell(ExpectationState.StatedAsMutual, Cite(cell.Mutual));
        return new ExpectationMatrixCell(cell.Coverage == Coverage.Extract ? ExpectationState.NotInExtract : ExpectationState.NotStated, []);
    }

    private ResolvedEmbed.EscalationMatrix? EscalationMatrix(ReportDirective.EscalationMatrix m, string written, Action<int, string, string> report)
    {
        var authorities = Authorities(m.Filter, written, report);
        if (authorities is null) return null;
        var scenarios = m.Filter.Scenarios.IsEmpty ? [.. Enum.GetValues<Scenario>()] : m.Filter.Scenarios;
        return new ResolvedEmbed.EscalationMatrix(m.Caption ?? "Complaint and escalation routes, by authority and situation",
            scenarios, [.. authorities.Value.Select(Routes)]);
    }

    private ResolvedEmbed.EscalationDiagram? EscalationDiagram(ReportDirective.EscalationDiagram d, string written, Action<int, string, string> report)
    {
        if (index.Protocol(d.Slug) is not { } protocol)
        {
            report(d.Offset, "SG0641", index.UnknownAuthority(d.Slug, written));
            return null;
        }
        return new ResolvedEmbed.EscalationDiagram(d.Caption ?? DiagramTitle(protocol), Routes(protocol));
    }

    /// <summary>"Complaint routes in Hackney's protocol", as the diagram's own title says.</summary>
    public static string DiagramTitle(Protocol protocol) =>
        $"Complaint routes in {protocol.Metadata.ShortName}'s protocol{(protocol.Metadata.Coverage == Coverage.Extract ? " (extract)" : "")}";

    private AuthorityRoutes Routes(Protocol protocol)
    {
        var routes = analysis.For(protocol.Metadata.Slug)?.Escalation ?? new EscalationRoutes(null, [], [], null);
        var clauseIds = routes.Routes.SelectMany(r => r.Steps).Select(s => s.ClauseId)
            .Concat(routes.SideRoutes.Select(s => s.ClauseId))
            .Concat(routes.Informal is { } i ? [i.ClauseId] : []);
        return new AuthorityRoutes(protocol, routes, _routeTitles,
            clauseIds.Distinct(StringComparer.Ordinal).ToImmutableDictionary(id => id, index.Clause, StringComparer.Ordinal));
    }

    /// <summary>The authorities named, in the order written; with none named, every authority by short name, as the analysis pages list them.</summary>
    private ImmutableArray<Protocol>? Authorities(AnalysisFilter filter, string written, Action<int, string, string> report)
    {
        if (filter.Authorities.IsEmpty)
            return [.. analysis.Protocols.Select(p => index.Protocol(p.Slug)!)
                .OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ThenBy(p => p.Metadata.Slug, StringComparer.Ordinal)];
        var found = ImmutableArray.CreateBuilder<Protocol>();
        foreach (var name in filter.Authorities)
        {
            if (index.Protocol(name.Name) is { } protocol) found.Add(protocol);
            else report(name.Offset, "SG0641", index.UnknownAuthority(name.Name, written));
        }
        return found.Count == filter.Authorities.Length ? found.ToImmutable() : null;
    }

    /// <summary>The themes named, in the order written; with none named, every theme in the taxonomy's order.</summary>
    private ImmutableArray<ThemeDefinition>? Themes(AnalysisFilter filter, Action<int, string, string> report) =>
        Named(filter.Themes, analysis.Taxonomy.Themes, t => t.Id, "SG0630", "theme", report);

    private ImmutableArray<ExpectationDefinition>? Expectations(AnalysisFilter filter, Action<int, string, string> report) =>
        filter.Expectations.IsEmpty ? [] : Named(filter.Expectations, analysis.Taxonomy.Expectations, x => x.Id, "SG0631", "canonical expectation", report);

    private ImmutableArray<T>? Named<T>(ImmutableArray<FilterName> names, ImmutableArray<T> defined, Func<T, string> id, string code, string what, Action<int, string, string> report)
    {
        if (names.IsEmpty) return defined;
        var found = ImmutableArray.CreateBuilder<T>();
        foreach (var name in names)
        {
            var match = defined.FirstOrDefault(d => id(d) == name.Name);
            if (match is not null) found.Add(match);
            else report(name.Offset, code, $"'{name.Name}' is not a {what} id in {analysis.Taxonomy.File}. Nearest ids: {string.Join(", ", Nearest.OfWords(name.Name, defined.Select(id)))}.");
        }
        return found.Count == names.Length ? found.ToImmutable() : null;
    }
}
