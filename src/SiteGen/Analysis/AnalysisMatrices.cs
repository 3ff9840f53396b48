using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>How many clauses of one authority are on a theme.</summary>
/// <param name="Count">Clauses on the theme that SiteGen reads with confidence (or a person confirmed or set).</param>
/// <param name="Review">Clauses on the theme whose tag rests on weak evidence (Needs review): not counted in <paramref name="Count"/>.</param>
internal sealed record ThemeCell(string Slug, int Count, int Review = 0);

internal sealed record ThemeRow(ThemeDefinition Theme, ImmutableArray<ThemeCell> Cells);

/// <summary>What one authority states of one expectation in one direction: listed items first, then in document order.</summary>
/// <param name="Coverage">Whether silence here is the protocol's (full text) or only the extract's.</param>
/// <param name="Mutual">For a one-way row, the authority's statements of the same expectation as mutual ("from each other"), which cover this direction too.</param>
internal sealed record ExpectationCell(string Slug, Coverage Coverage, ImmutableArray<ExpectationStatement> Statements, ImmutableArray<ExpectationStatement> Mutual)
{
    /// <summary>Readings of this cell a person removed in the overrides file: the cell says who corrected it.</summary>
    public ImmutableArray<ExpectationStatement> Removed { get; init; } = [];

    /// <summary>Stated on settled evidence (read surely, confirmed or corrected); a cell read only from weak evidence is not.</summary>
    public bool IsStated => Statements.Any(s => s.Provenance.IsSettled);

    /// <summary>Something was read here, but only from evidence SiteGen is unsure of: the cell says "Needs review", never "Stated".</summary>
    public bool NeedsReview => !IsStated && !Statements.IsEmpty;

    /// <summary>Stated in this direction, or stated as mutual (on settled evidence).</summary>
    public bool IsCovered => IsStated || Mutual.Any(s => s.Provenance.IsSettled);
}

internal sealed record ExpectationRow(ExpectationDefinition Expectation, Direction Direction, ImmutableArray<ExpectationCell> Cells);

/// <summary>The theme × authority and expectation × authority matrices, shared by the pages and the CSV files.</summary>
/// <param name="Expectations">Per direction, one row per canonical expectation that at least one authority states in that direction.</param>
internal sealed record AnalysisMatrices(ImmutableArray<ThemeRow> Themes, ImmutableArray<ExpectationRow> Expectations)
{
    public static AnalysisMatrices Build(IReadOnlyList<Protocol> protocols, SiteAnalysis analysis)
    {
        var ordered = protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal).ToImmutableArray();
        var themeRows = analysis.Taxonomy.Themes.Select(t => new ThemeRow(t,
            [.. ordered.Select(p => new ThemeCell(p.Metadata.Slug,
                analysis.For(p.Metadata.Slug)?.ClauseThemes.Count(c => c.Tags.Any(g => g.Theme == t.Id && g.Provenance.IsSettled)) ?? 0,
                analysis.For(p.Metadata.Slug)?.ClauseThemes.Count(c => c.Tags.Any(g => g.Theme == t.Id && !g.Provenance.IsSettled)) ?? 0))]))
            .ToImmutableArray();

        var positions = ordered.SelectMany(p => p.AllClauses()).Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var expectationRows = ImmutableArray.CreateBuilder<ExpectationRow>();
        foreach (var direction in Enum.GetValues<Direction>())
        {
            foreach (var x in analysis.Taxonomy.Expectations)
            {
                ImmutableArray<ExpectationStatement> Stating(Protocol p, Direction d) =>
                    [.. (analysis.For(p.Metadata.Slug)?.Expectations ?? [])
                        .Where(s => s.Expectation == x.Id && s.Direction == d)
                        .OrderBy(s => s.Provenance.IsSettled ? 0 : 1).ThenBy(s => s.Form).ThenBy(s => positions[s.ClauseId])];
                var cells = ordered.Select(p => new ExpectationCell(p.Metadata.Slug, p.Metadata.Coverage,
                    Stating(p, direction), direction == Direction.Mutual ? [] : Stating(p, Direction.Mutual))
                {
                    Removed = [.. (analysis.For(p.Metadata.Slug)?.RemovedExpectations ?? []).Where(s => s.Expectation == x.Id && s.Direction == direction)],
                }).ToImmutableArray();
                if (cells.Any(c => !c.Statements.IsEmpty || !c.Removed.IsEmpty)) expectationRows.Add(new ExpectationRow(x, direction, cells));
            }
        }
        return new AnalysisMatrices(themeRows, expectationRows.ToImmutable());
    }
}
