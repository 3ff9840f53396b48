using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Tables;
using SiteGen.Tests.Analysis;

namespace SiteGen.Tests.Tables;

/// <summary>The comparison table models built from the default content's analysis, without a disk or HTML.</summary>
[Trait("Kind", "Pure")]
public class ComparisonTablesTests
{
    private static readonly string[] StatusWords = ["", "Stated", "Stated as mutual", "Needs review", "Not stated", "Not in extract", "Not available"];

    private static ComparisonTables Seed(SiteAnalysis? analysis = null) => ComparisonTables.Build(SeedAnalysis.Protocols, analysis ?? SeedAnalysis.Analysis);

    [Fact]
    public void Every_table_has_one_cell_per_column_and_every_authority_as_a_column_or_row()
    {
        var tables = Seed();
        var names = SeedAnalysis.Protocols.Select(p => p.Metadata.ShortName).Order(StringComparer.Ordinal).ToList();
        foreach (var table in new[] { tables.ThemeMatrix, tables.Escalation }.Concat(tables.Expectations).Concat(tables.Themes.Select(t => t.Table)))
        {
            Assert.All(table.Rows, r => Assert.Equal(table.Columns.Length - 1, r.Cells.Length));
            Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.Contains(c.Status, StatusWords));
        }
        Assert.Equal(names, tables.ThemeMatrix.Columns.Skip(1).Select(c => c.Text));
        Assert.Equal(names, tables.Escalation.Rows.Select(r => r.Header.Text));
        Assert.All(tables.Expectations, t => Assert.Equal(names, t.Columns.Skip(1).Select(c => c.Text)));
        Assert.All(tables.Themes, t => Assert.Equal(names, t.Table.Rows.Select(r => r.Header.Text).Distinct()));
        Assert.Equal(SeedAnalysis.Analysis.Taxonomy.Themes.Length, tables.Themes.Length);
    }

    [Fact]
    public void An_extract_silent_on_an_expectation_says_not_in_extract_and_a_full_text_not_stated()
    {
        var table = Seed().Expectations[0];
        var extract = table.Columns.Select((c, i) => (c, i)).First(x => x.c.Tag == "extract").i - 1;
        var full = table.Columns.Select((c, i) => (c, i)).Skip(1).First(x => x.c.Tag == "").i - 1;
        var silentExtract = table.Rows.Select(r => r.Cells[extract]).Where(c => c.Entries.IsEmpty).ToList();
        Assert.NotEmpty(silentExtract);
        Assert.All(silentExtract, c => Assert.Equal("Not in extract", c.Status));
        Assert.All(table.Rows.Select(r => r.Cells[full]).Where(c => c.Entries.IsEmpty), c => Assert.Equal("Not stated", c.Status));
    }

    [Fact]
    public void Stated_cells_cite_clauses_with_their_authority_and_link()
    {
        var stated = Seed().Expectations.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Status == "Stated").ToList();
        Assert.NotEmpty(stated);
        Assert.All(stated.SelectMany(c => c.Entries), e =>
        {
            Assert.NotNull(e.Citation);
            Assert.StartsWith(e.Citation!.Authority + ", ", e.Citation.Text);
            Assert.Matches(@"^protocols/[a-z0-9-]+\.html#.+$", e.Citation.Href.FromRoot);
        });
    }

    [Fact]
    public void A_reading_that_needs_review_is_never_shown_as_stated_and_a_confirmed_one_says_who_confirmed_it()
    {
        var seed = SeedAnalysis.Analysis;
        var hackney = seed.For("hackney")!;
        var target = hackney.Expectations.First(s => s.Provenance.IsSettled && s.Direction == Direction.MembersToOfficers);
        var others = hackney.Expectations.Where(s => s.Expectation == target.Expectation && s.Direction == target.Direction && s != target);
        ImmutableArray<ExpectationStatement> With(Provenance p) =>
            [.. hackney.Expectations.Where(s => !others.Contains(s)).Select(s => s == target ? s with { Provenance = p } : s)];
        SiteAnalysis Changed(Provenance p) => seed with { Protocols = [.. seed.Protocols.Select(x => x.Slug == "hackney" ? x with { Expectations = With(p) } : x)] };
        TableCell CellOf(SiteAnalysis analysis)
        {
            var table = Seed(analysis).Expectations[0];
            var column = table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Text == "Hackney").i - 1;
            var title = seed.Taxonomy.Expectations.Single(x => x.Id == target.Expectation).Title;
            return table.Rows.Single(r => r.Header.Text == title).Cells[column];
        }

        var unsure = CellOf(Changed(Provenance.Unsure("test", target.Matched, "the lead-in is two paragraphs up")));
        Assert.Equal("Needs review", unsure.Status);
        Assert.Equal("needs-review", unsure.Kind);

        var confirmed = CellOf(Changed(target.Provenance.ConfirmedBy("J. Smith", null, 3)));
        Assert.Equal("Stated", confirmed.Status);
        Assert.Contains("Confirmed by J. Smith", confirmed.Entries.Single().Qualifier);
        Assert.Contains("Confirmed by J. Smith", confirmed.PlainText());
    }

    [Fact]
    public void Escalation_steps_are_numbered_in_order_and_cite_their_clauses()
    {
        var table = Seed().Escalation;
        Assert.Equal(["Authority", "Informal first"], table.Columns.Take(2).Select(c => c.Text));
        Assert.Equal("Side routes", table.Columns[^1].Text);
        var routes = table.Rows.SelectMany(r => r.Cells.Skip(1).Take(table.Columns.Length - 3)).Where(c => !c.Entries.IsEmpty).ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, c => { Assert.True(c.Numbered); Assert.All(c.Entries, e => Assert.NotNull(e.Citation)); });
        Assert.StartsWith("1. ", routes[0].PlainText());
    }

    [Fact]
    public void The_theme_matrix_counts_only_confident_tags_and_shows_those_to_review_apart()
    {
        var tables = Seed();
        var matrices = SiteGen.Analysis.AnalysisMatrices.Build(SeedAnalysis.Protocols, SeedAnalysis.Analysis);
        var review = matrices.Themes.SelectMany(r => r.Cells.Select(c => (Row: r, Cell: c))).Where(x => x.Cell.Review > 0).ToList();
        Assert.NotEmpty(review);
        foreach (var (row, cell) in review)
        {
            var analysis = SeedAnalysis.Analysis.For(cell.Slug)!;
            Assert.Equal(analysis.ClauseThemes.Count(c => c.Tags.Any(t => t.Theme == row.Theme.Id && t.Provenance.IsSettled)), cell.Count);
            var column = SeedAnalysis.Protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ToList().FindIndex(p => p.Metadata.Slug == cell.Slug);
            var shown = tables.ThemeMatrix.Rows.Single(r => r.Header.Text == row.Theme.Title).Cells[column];
            if (cell.Count > 0) Assert.Contains($"{cell.Review} to review", shown.Note, StringComparison.Ordinal);
            else Assert.Equal("Needs review", shown.Status);
        }
    }
}
