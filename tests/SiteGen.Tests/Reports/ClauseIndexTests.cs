using SiteGen.Reports;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Reports;

[Trait("Kind", "Pure")]
public class ClauseIndexTests
{
    private static readonly ClauseIndex Index = new(new[] { "hackney", "haringey", "merton" }.Select(slug => Repo.Normalise(slug).Protocol));

    [Fact]
    public void A_clause_number_resolves_to_the_clause_and_cites_it()
    {
        var (target, problem) = Index.Resolve(new ClauseRef("hackney", "7.2(g)", 0));
        Assert.Null(problem);
        var clause = Assert.IsType<ReferenceTarget.ClauseTarget>(target);
        Assert.Equal("hackney/7.2(g)", clause.Clause.Id);
        Assert.Equal("Hackney, para 7.2(g)", target!.Citation);
        Assert.Equal("7.2(g)", target.Anchor);
    }

    [Fact]
    public void A_positional_number_cites_as_unnumbered()
    {
        Assert.Equal("Merton, ¶2.4 (unnumbered in source)", Index.Resolve(new ClauseRef("merton", "p2.4", 0)).Target!.Citation);
    }

    [Fact]
    public void A_printed_section_number_or_a_section_id_resolves_to_the_section()
    {
        var numbered = Assert.IsType<ReferenceTarget.SectionTarget>(Index.Resolve(new ClauseRef("haringey", "3", 0)).Target);
        Assert.Equal("Haringey, section 3 (Expectations)", numbered.Citation);
        Assert.Equal("s-3-expectations", numbered.Anchor);

        var byId = Assert.IsType<ReferenceTarget.SectionTarget>(Index.Resolve(new ClauseRef("hackney", "s-expectations", 0)).Target);
        Assert.Equal("Hackney, ‘Expectations’", byId.Citation);
        Assert.Contains(byId.Clauses, c => c.Id == "hackney/7.2(g)");
    }

    [Fact]
    public void An_unknown_clause_names_the_file_and_the_nearest_ids_of_that_authority()
    {
        var (target, problem) = Index.Resolve(new ClauseRef("hackney", "7.2(z)", 0));
        Assert.Null(target);
        Assert.Contains("content/protocols/hackney.md", problem, StringComparison.Ordinal);
        Assert.Contains("Nearest ids: hackney/7.2(a), hackney/7.2(b), hackney/7.2(c).", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_authority_suggests_the_nearest_slug()
    {
        var (target, problem) = Index.Resolve(new ClauseRef("hackny", "7.2(g)", 0));
        Assert.Null(target);
        Assert.Contains("Did you mean: hackney,", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_without_a_heading_cannot_be_cited()
    {
        Assert.Null(Index.Resolve(new ClauseRef("merton", "s-text", 0)).Target);
    }
}
