using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// A step whose title SiteGen cannot read whole as a role (a post the vocabulary does not know, a title that runs on to
/// another body) makes its route Needs review, never Stated; look-alikes read whole stay Stated.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationTitleDoubtTests
{
    private static ScenarioRoute Route(string body, Scenario scenario) => TestRoutes.Of(body).Route(scenario);

    [Fact]
    public void A_post_title_the_vocabulary_does_not_know_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the officer's Area Coordination Manager.
            """, Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route));
        Assert.Contains("Area Coordination Manager", route.Review);
    }

    [Fact]
    public void A_known_title_in_the_same_place_stays_stated()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the Chief Executive.
            """, Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void An_officer_post_whose_title_runs_on_to_another_body_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor who is unhappy with how an officer has handled a case should take it up with the Chief Executive.
            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who may involve the Monitoring Officer of the partner council that nominated the councillor.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route));
        Assert.Contains("goes on past", route.Review);
    }

    [Fact]
    public void A_title_of_this_council_does_not_run_on()
    {
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who will refer it to the Leader of the Council.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_choice_offered_after_a_first_step_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor with a concern about the work of an officer should speak to the Head of Service concerned or, if the councillor would rather, with the Chief Executive.
            """, Scenario.MemberAboutOfficer);
        // Either one step with two ways in, or two steps held for review: never two Stated steps in a row.
        Assert.False(route.Status == RouteStatus.Stated && route.Steps.Length == 2, TestRoutes.Show(route));
    }

    [Fact]
    public void A_choice_offered_right_after_the_title_stays_one_step()
    {
        var route = Route("""
            ## When things go wrong

            7.1 A councillor with a concern about the work of an officer should speak to the officer's Head of Service or, if the councillor would rather, with the Chief Executive.
            """, Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.Stated && route.Steps.Length == 1, TestRoutes.Show(route));
    }

    [Fact]
    public void A_bypass_in_a_later_sentence_is_needs_review()
    {
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with their line manager. Where the line manager is the person involved, the officer may go directly to the Chief Executive.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route));
    }

    [Fact]
    public void A_next_step_said_in_sequence_stays_stated()
    {
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with their line manager. If it is not resolved, the line manager will then refer it to the Chief Executive.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(2, route.Steps.Length);
    }

    [Fact]
    public void Someone_asked_for_advice_is_no_step()
    {
        var route = Route("""
            ## When things go wrong

            7.3 A councillor who has a concern about the conduct of the Chief Executive should raise it with the Leader of the Council, who may ask the Monitoring Officer for guidance.
            """, Scenario.MemberAboutChiefExecutive);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["leader"], route.Steps.SelectMany(s => s.Roles));
    }

    [Fact]
    public void Someone_sent_the_matter_for_a_decision_is_a_step()
    {
        var route = Route("""
            ## When things go wrong

            7.3 A councillor who has a concern about the conduct of the Chief Executive should raise it with the Leader of the Council, who will refer it to the Monitoring Officer for a decision.
            """, Scenario.MemberAboutChiefExecutive);
        Assert.Equal(["leader", "monitoring-officer"], route.Steps.SelectMany(s => s.Roles));
    }

    [Fact]
    public void A_title_equated_with_another_title_is_needs_review()
    {
        // Equated with a statutory office the vocabulary holds ("…, as Monitoring Officer"), the post is that office
        // (EscalationWholeRouteTests); equated with a title it does not read as a role, which role it is stays open.
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who will refer it to the Director of Place and Policy, as Proper Officer, for a decision.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route) + string.Join("|", route.Steps.SelectMany(s => s.Printed)));
    }

    [Fact]
    public void A_title_equated_with_the_role_it_was_read_as_stays_stated()
    {
        var route = Route("""
            ## When things go wrong

            7.2 An officer who has a concern about the behaviour of a councillor should raise it with the Chief Executive, who will refer it to the Head of Legal Services, who is the Council's Monitoring Officer.
            """, Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route) + string.Join("|", route.Steps.SelectMany(s => s.Printed)));
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
