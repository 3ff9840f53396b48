using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// A step whose title SiteGen cannot read whole as a role (a post the vocabulary does not know, a title that runs on to
/// another body) makes its route Needs review, never Stated; look-alikes read whole stay Stated.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationTitleDoubtTests
{
    private static ScenarioRoute Route(string body, Scenario scenario)
    {
        var file = new SourceFile("content/protocols/test.md",
            "---\nauthority: Test Council\ncouncil_type: district\nnation: england\ntitle: Member and officer protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n" + body);
        var (document, errors) = ProtocolFileParser.Parse(file);
        Assert.True(document is not null, string.Join("\n", errors));
        var protocol = ProtocolNormaliser.Normalise(document!).Protocol;
        return new EscalationExtractor(SeedAnalysis.Content.Taxonomy).Extract(protocol, null).Routes.Single(r => r.Scenario == scenario);
    }

    [Fact]
    public void A_post_title_the_vocabulary_does_not_know_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the officer's Area Coordination Manager.
            """, Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("Area Coordination Manager", route.Review);
    }

    [Fact]
    public void A_known_title_in_the_same_place_stays_stated()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the Chief Executive.
            """, Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.Stated, route.Status);
    }

    [Fact]
    public void A_title_that_runs_on_to_another_body_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the Chief Executive.
            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who may involve the Leader of the partner council that nominated the councillor.
            """, Scenario.OfficerAboutMember);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("goes on past", route.Review);
    }

    [Fact]
    public void A_title_of_this_council_does_not_run_on()
    {
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who will refer it to the Leader of the Council.
            """, Scenario.OfficerAboutMember);
        Assert.Equal(RouteStatus.Stated, route.Status);
    }

    [Fact]
    public void Title_doubts_are_empty_for_a_whole_title()
    {
        const string sentence = "They should raise it with the Chief Executive.";
        var at = sentence.IndexOf("Chief Executive", StringComparison.Ordinal);
        var group = new TargetGroup(at, [new Mention(at, at + 15, "chief-executive", null, false, "Chief Executive")], false, false);
        Assert.Empty(EscalationExtractor.TitleDoubts(group, sentence));
        var unknown = new TargetGroup(at, [new Mention(at, at + 15, EscalationSentence.OtherRole, null, false, "Estates Manager")], false, false);
        Assert.Single(EscalationExtractor.TitleDoubts(unknown, sentence));
    }
}
