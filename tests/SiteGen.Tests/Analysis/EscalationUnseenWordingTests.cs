using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Kinds of "when things go wrong" wording that councils use and the reader used to hold for review though the text is
/// plain: a member-side case set apart at one step of an officer's route, a discussion partner the holder only consults
/// before deciding, a unit head named by the generic "Head of Unit", a political office of another body. Each on sentences
/// written for these tests, with a look-alike that must still be read the old way.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationUnseenWordingTests
{
    [Fact]
    public void A_case_about_a_kind_of_member_set_apart_at_an_officers_step_is_an_alternative_at_that_step()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff about councillors

            9.1 An employee who is concerned about the conduct of a councillor should first speak to their line manager.
            9.2 If it is not settled, the employee should write to their Head of Service or, where the concern is about a Cabinet Member, to the Chief Executive.
            9.3 If it is still not settled, the matter will be referred to the Monitoring Officer.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["line-manager=line manager", "head-of-service|chief-executive=Head of Service|Chief Executive", "monitoring-officer=Monitoring Officer"],
            routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_case_about_a_kind_of_officer_set_apart_in_a_members_route_is_still_a_case_of_its_own()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of councillors about officers

            9.1 A councillor who is concerned about the work of an officer should raise it with the officer's line manager or, if the officer is a Head of Service, with the relevant Director.
            """);
        Assert.DoesNotContain(routes.Steps(Scenario.MemberAboutOfficer), s => s.StartsWith("line-manager|director", StringComparison.Ordinal));
    }

    [Fact]
    public void Someone_the_holder_discusses_the_matter_with_before_deciding_is_consulted_not_a_step()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about the Chief Executive

            12.4 A councillor with a concern about the conduct of the Chief Executive should take it to the Leader of the Council, who will discuss it with the Monitoring Officer and will decide what should happen next.
            """);
        var route = routes.Route(Scenario.MemberAboutChiefExecutive);
        Assert.Equal(["leader=Leader of the Council"], routes.Steps(Scenario.MemberAboutChiefExecutive));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void Someone_the_holder_discusses_the_matter_with_who_then_acts_is_still_a_step()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about the Chief Executive

            12.4 A councillor with a concern about the conduct of the Chief Executive should take it to the Leader of the Council, who will discuss it with the Monitoring Officer, who will decide what should happen next.
            """);
        Assert.Contains(routes.Steps(Scenario.MemberAboutChiefExecutive), s => s.StartsWith("monitoring-officer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_of_unit_is_a_head_of_service()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            5.2 A councillor who is unhappy with the conduct of a member of staff should raise it with the Head of Unit concerned.
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.Equal(["head-of-service=Head of Unit"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_head_of_a_named_function_stays_for_review()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            5.2 A councillor who is unhappy with the conduct of a member of staff should raise it with the Head of Estates.
            """);
        Assert.NotEqual(RouteStatus.Stated, routes.Route(Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void The_leader_of_another_council_is_that_office_under_its_own_title()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            7.1 An officer who is concerned about the behaviour of a board member should tell their line manager, who may raise it with the Leader of the partner council that nominated the member.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["line-manager=line manager", "other=Leader of the partner council that nominated the member"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void The_leader_of_a_councillors_group_is_not_read_as_another_body()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            7.1 An officer who is concerned about the behaviour of a councillor should tell their line manager, who may raise it with the leader of the councillor's group.
            """);
        Assert.DoesNotContain(routes.Steps(Scenario.OfficerAboutMember), s => s.StartsWith("other=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_paragraph_opening_on_the_last_steps_holder_carries_the_route_on()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            6.1 An officer with a concern about the behaviour of a councillor should raise it with the Chair of the Staffing Panel.

            6.2 The Chair of the Staffing Panel will discuss the matter with the Monitoring Officer, who will try to settle it.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["other=Chair of the Staffing Panel", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_new_paragraph_opening_on_someone_else_is_not_read_as_carrying_the_route_on()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            6.1 An officer with a concern about the behaviour of a councillor should raise it with the Chair of the Staffing Panel.

            6.2 The Chair of the Council will discuss the matter with the Monitoring Officer, who will try to settle it.
            """);
        Assert.NotEqual(RouteStatus.Stated, routes.Route(Scenario.OfficerAboutMember).Status);
    }

    [Fact]
    public void Still_dissatisfied_carries_on_the_case_named_earlier_in_the_same_sentence()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            3.1 A councillor with a concern about the conduct of the Chief Executive should raise it with the Leader of the Council.
            3.2 Complaints about a service should be made to the Customer Services Team and, if the councillor is not satisfied with the reply, to the relevant Director.
            """);
        Assert.Equal(["other", "director"], routes.Route(Scenario.MemberAboutService).Steps.Select(s => string.Join("|", s.Roles)));
        Assert.Equal(["leader=Leader of the Council"], routes.Steps(Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void Still_dissatisfied_with_no_case_before_it_in_the_sentence_carries_on_the_case_in_force()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            3.1 A councillor with a concern about the conduct of the Chief Executive should raise it with the Leader of the Council.
            3.2 If the councillor is not satisfied with the Leader's reply, the matter should be referred to the Monitoring Officer.
            """);
        Assert.Equal(["leader=Leader of the Council", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.MemberAboutChiefExecutive));
        Assert.Empty(routes.Route(Scenario.MemberAboutService).Steps);
    }

    [Fact]
    public void A_mayor_who_chairs_the_council_is_its_civic_head_not_an_elected_mayor()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            8.2 A councillor who has a concern about the conduct of the Chief Executive should take it to the Mayor, as chairman of the Council.
            """);
        var route = routes.Route(Scenario.MemberAboutChiefExecutive);
        Assert.Equal(["other=Mayor"], routes.Steps(Scenario.MemberAboutChiefExecutive));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_mayor_not_said_to_chair_the_council_stays_the_mayor()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            8.2 A councillor who has a concern about the conduct of the Chief Executive should take it to the Mayor.
            """);
        Assert.Equal(["elected-mayor=Mayor"], routes.Steps(Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void A_concern_about_the_clerks_assistant_is_about_an_officer_not_the_clerk()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about staff

            4.1 The Town Clerk is the Head of Paid Service and manages the Deputy Town Clerk and the grounds staff.
            4.2 A councillor who has a concern about the work of the Deputy Town Clerk should raise it with the Town Clerk.
            """);
        Assert.Equal(["chief-executive=Town Clerk"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.Empty(routes.Route(Scenario.MemberAboutChiefExecutive).Steps);
    }

    [Fact]
    public void A_concern_about_the_clerk_stays_about_the_clerk()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about staff

            4.1 The Town Clerk is the Head of Paid Service and manages the Deputy Town Clerk and the grounds staff.
            4.2 A councillor who has a concern about the work of the Town Clerk should raise it with the Chair of the Staffing Committee.
            """);
        Assert.Equal(["other=Chair of the Staffing Committee"], routes.Steps(Scenario.MemberAboutChiefExecutive));
        Assert.Empty(routes.Route(Scenario.MemberAboutOfficer).Steps);
    }
}
