using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Analysis;

/// <summary>The seed site's readings that were confidently wrong, now read by the general rules (pinned on the default content).</summary>
[Trait("Kind", "Disk")]
public class SeedReadingsTests
{
    [Theory]
    [InlineData("hackney", "10.1(a)", Actor.Officers)]   // "… must be treated with strict confidence by the Officers concerned"
    [InlineData("hackney", "10.1(b)", Actor.Officers)]   // "Officers shall exercise care …" under "When dealing with the various party groups:"
    [InlineData("hackney", "4.4", Actor.Both)]           // duties on officers, then on the Elected Mayor and Councillors
    [InlineData("haringey", "5.2", Actor.Officers)]      // "officers can have recourse …", not the Members' Code of Conduct
    public void Addressed_to_is_who_the_duty_is_on(string slug, string number, Actor expected) =>
        Assert.Equal(expected, SeedAnalysis.Protocol(slug).Clause(number).Actor);

    [Fact]
    public void Who_gives_advice_on_publicity_is_not_whom_the_clause_addresses() =>
        Assert.NotEqual(Actor.StatutoryOfficers, SeedAnalysis.Protocol("hackney").Clause("14.2").Actor);

    [Fact]
    public void Thurrock_states_close_personal_familiarity_is_to_be_avoided_by_both()
    {
        var matrices = AnalysisMatrices.Build(SeedAnalysis.Protocols, SeedAnalysis.Analysis);
        var cell = matrices.Expectations.Single(r => r.Expectation.Id == "avoid-close-personal-familiarity" && r.Direction == Direction.Mutual).Cells.Single(c => c.Slug == "thurrock");
        Assert.True(cell.IsStated);
        Assert.Equal("thurrock/p2", cell.Statements[0].ClauseId);
    }

    [Theory]
    [InlineData("hackney/12.2")]
    [InlineData("somerset/p5")]
    public void Duties_on_members_only_are_not_mutual(string clauseId)
    {
        var slug = clauseId[..clauseId.IndexOf('/')];
        var statements = SeedAnalysis.Of(slug).Expectations.Where(s => s.ClauseId == clauseId).ToArray();
        Assert.NotEmpty(statements);
        Assert.DoesNotContain(statements, s => s.Direction == Direction.Mutual);
    }

    [Fact]
    public void A_member_who_is_a_council_customer_is_not_cited_for_respect() =>
        Assert.DoesNotContain(SeedAnalysis.Of("haringey").Expectations, s => s.ClauseId == "haringey/4.25" && s.Expectation == "respect-dignity-and-courtesy");

    [Theory]
    [InlineData("haringey/4.26", "equalities")]              // "Equally, any Council information …"
    [InlineData("hackney/7.2(f)", "training-and-support")]   // "mutual support"
    [InlineData("hackney/4.4", "scrutiny-and-committees")]   // "Mayor, Speaker, Chair, Vice-Chair, or Councillor"
    public void Single_common_words_and_lists_of_titles_put_no_clause_on_a_theme(string clauseId, string theme)
    {
        var slug = clauseId[..clauseId.IndexOf('/')];
        Assert.DoesNotContain(SeedAnalysis.Of(slug).ClauseThemes.Where(c => c.ClauseId == clauseId).SelectMany(c => c.Tags), t => t.Theme == theme);
    }
}
