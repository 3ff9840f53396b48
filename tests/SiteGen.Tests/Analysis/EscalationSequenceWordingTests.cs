using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Wording that orders two roles joined by "or" (FORMAT.md: steps in order, alternatives at one step): "X or, where that
/// does not settle it, Y" is two steps; "X or Y" and "X or, where the concern is about …, Y" stay one step. Invented
/// sentences, each with a look-alike that must keep the old reading.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationSequenceWordingTests
{
    [Fact]
    public void An_or_that_opens_on_the_first_attempt_failing_makes_the_next_step()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            7.1 A councillor who is concerned about the conduct of an officer should take it up with the Head of Service or, where that does not settle it, with the Director.
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.Equal(["head-of-service=Head of Service", "director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void Or_failing_that_makes_the_next_step_without_a_verb_of_its_own()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            4.2 A caretaker who is upset by the behaviour of a councillor should tell their line manager or, failing that, the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void An_or_that_fails_when_the_matter_is_not_resolved_makes_the_next_step()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            3.3 An employee with a grievance about a councillor should go to their Director or, if the matter is not resolved, to the Chief Executive.
            """);
        Assert.Equal(["director=Director", "chief-executive=Chief Executive"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Two_roles_joined_by_a_bare_or_stay_one_step()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            7.1 A councillor who is concerned about the conduct of an officer should take it up with the Head of Service or the Director.
            """);
        Assert.Equal(["head-of-service|director=Head of Service|Director"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Fact]
    public void A_preference_after_or_is_not_read_as_a_failed_attempt()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            7.1 A councillor who is concerned about the conduct of an officer should take it up with the Head of Service or, if the councillor would rather not, with the Director.
            """);
        Assert.DoesNotContain("director=Director", routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Fact]
    public void A_case_set_apart_after_or_is_not_read_as_a_failed_attempt()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff about councillors

            9.2 An employee who is concerned about a councillor should write to their Head of Service or, where the concern is about a Cabinet Member, to the Chief Executive.
            """);
        Assert.Equal(["head-of-service|chief-executive=Head of Service|Chief Executive"], routes.Steps(Scenario.OfficerAboutMember));
    }
}

/// <summary>
/// A procedure written as numbered steps ("Step 1: Speak to …", "Step 2: If it is not resolved, …") after a lead-in that
/// names whose concern it is; and a director's post over a named function that the text equates with a statutory office.
/// Invented sentences, each with a look-alike.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationNumberedStepTests
{
    [Fact]
    public void Clauses_opening_on_step_numbers_carry_on_the_procedure_their_lead_in_names()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            7.1 An officer who believes that a councillor has treated them unfairly should follow these steps.
            7.2 Step 1: Talk to your line manager, who will try to settle it informally.
            7.3 Step 2: Your line manager will pass the matter to the Head of Service.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["line-manager=line manager", "head-of-service=Head of Service"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_clause_without_a_step_number_is_not_carried_on_that_way()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            7.1 An officer who believes that a councillor has treated them unfairly should follow these steps.
            7.2 Talk to your line manager, who will try to settle it informally.
            """);
        Assert.NotEqual(RouteStatus.Stated, routes.Route(Scenario.OfficerAboutMember).Status);
    }

    [Fact]
    public void A_directors_post_the_text_says_is_the_monitoring_officer_is_read_as_that_office()
    {
        var routes = TestRoutes.Of("""
            ## Roles

            2.1 The Director of Law and Assurance is the Council's Monitoring Officer.

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their line manager, who will refer it to the Director of Law and Assurance.
            """);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Director of Law and Assurance"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_directors_post_only_named_beside_the_monitoring_officer_stays_a_director()
    {
        var routes = TestRoutes.Of("""
            ## Roles

            2.1 The Director of Law and Assurance works closely with the Monitoring Officer.

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their line manager, who will refer it to the Director of Law and Assurance.
            """);
        Assert.Equal(["line-manager=line manager", "director=Director of Law and Assurance"], routes.Steps(Scenario.OfficerAboutMember));
    }
}
