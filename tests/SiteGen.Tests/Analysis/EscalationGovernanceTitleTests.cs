using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The head of a corporate governance function ("Head of Democratic Services", "Head of Legal and Democratic Services")
/// sent a matter for that function is that post under its own title (FORMAT.md, titles in routes), so it no longer holds
/// a route for review; the head of any other function, or one named as the officer's own, still does. Invented sentences.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationGovernanceTitleTests
{
    [Fact]
    public void The_head_of_democratic_services_in_a_route_is_kept_under_that_title_and_stated()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            8.1 An employee who is unhappy about the way a councillor has spoken to them should tell their line manager, who will pass it to the Head of Member and Democratic Services.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["line-manager=line manager", "other=Head of Member and Democratic Services"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void The_head_of_legal_and_governance_services_is_kept_under_that_title_and_stated()
    {
        var routes = TestRoutes.Of("""
            ## When things go wrong

            6.4 A councillor who has a concern about an officer should refer it to the Head of Legal and Governance Services.
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.Equal(["other=Head of Legal and Governance Services"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_governance_head_named_as_the_officers_own_may_be_their_manager_and_needs_review()
    {
        var route = TestRoutes.Of("""
            ## When things go wrong

            6.4 A councillor who has a concern about an officer should refer it to the officer's Head of Legal Services.
            """).Route(Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route));
    }

    [Fact]
    public void The_head_of_a_service_function_still_needs_review()
    {
        var route = TestRoutes.Of("""
            ## When things go wrong

            6.4 A councillor who has a concern about an officer should refer it to the Head of Parks and Open Spaces.
            """).Route(Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.NeedsReview, TestRoutes.Show(route));
    }
}

/// <summary>
/// A post the text says, in passing, leads a service or business unit ("the Area Leads who run each business unit") is
/// its head of service wherever the text names it (FORMAT.md, titles in routes); a post said only to work in a unit is not.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationUnitHeadTitleTests
{
    [Fact]
    public void A_post_said_to_lead_each_business_unit_is_a_head_of_service()
    {
        var routes = TestRoutes.Of("""
            ## Staffing

            1.2 Staff are managed by the Chief Executive, two Directors and the Area Coordinators who lead each business unit.

            ## When things go wrong

            5.1 A councillor who is concerned about the conduct of an officer should speak to the officer's Area Coordinator, then to the Director.
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.Equal(["head-of-service=Area Coordinator", "director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_post_said_only_to_work_in_a_unit_is_not_made_a_head_of_service()
    {
        var routes = TestRoutes.Of("""
            ## Staffing

            1.2 Staff are managed by the Chief Executive, two Directors and the Area Coordinators who work in each business unit.

            ## When things go wrong

            5.1 A councillor who is concerned about the conduct of an officer should speak to the officer's Area Coordinator, then to the Director.
            """);
        Assert.DoesNotContain("head-of-service=Area Coordinator", routes.Steps(Scenario.MemberAboutOfficer));
    }
}

/// <summary>A panel with "Standards" in its name is the standards committee under the council's name for it; other panels stay as printed.</summary>
[Trait("Kind", "Pure")]
public class EscalationStandardsPanelTests
{
    [Fact]
    public void A_standards_panel_is_the_standards_committee()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with the Monitoring Officer, who may refer it to the Standards Review Panel.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer", "standards-committee=Standards Review Panel"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_panel_without_standards_in_its_name_stays_as_printed()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with the Monitoring Officer, who may refer it to the Conduct Hearing Panel.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer", "other=Conduct Hearing Panel"], routes.Steps(Scenario.OfficerAboutMember));
    }
}

/// <summary>
/// "The manager will talk to the officer about what happened and what outcome the officer wants": after "about what/how",
/// the same person already named is inside the matter, not someone complained about, so the route goes on.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationSamePersonTests
{
    [Fact]
    public void The_complainant_named_again_after_about_what_does_not_start_a_new_case()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff about councillors

            3.1 The employee should first tell their line manager. The manager will meet the employee to ask about what took place and what result the employee hopes for, and will note the concern.
            3.2 If the concern is not settled, the manager will refer it to the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Someone_of_the_other_side_after_about_what_is_still_complained_about()
    {
        var routes = TestRoutes.Of("""
            ## Raising concerns

            3.1 A councillor who has a concern about what an officer said at a meeting should raise it with the Head of Service.
            """);
        Assert.Equal(["head-of-service=Head of Service"], routes.Steps(Scenario.MemberAboutOfficer));
    }
}

/// <summary>
/// A members' front door for service complaints ("the Members' Helpdesk", "the Councillor Enquiries Team") is the first
/// step of a service route, under its own title; a member of that side named on their own is not a body.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationMembersFrontDoorTests
{
    [Fact]
    public void A_members_helpdesk_used_first_is_the_first_step_of_a_service_route()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about services

            4.1 A councillor who is unhappy with a service should use the Councillors' Help Desk. If the matter is not resolved, it will be taken to the Head of Service.
            """);
        var route = routes.Route(Scenario.MemberAboutService);
        Assert.Equal(["other=Councillors' Help Desk", "head-of-service=Head of Service"], routes.Steps(Scenario.MemberAboutService));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_member_enquiries_team_keeps_the_members_word_in_its_title()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about services

            4.1 A councillor who is unhappy with a service should contact the Member Enquiries Team.
            """);
        Assert.Equal(["other=Member Enquiries Team"], routes.Steps(Scenario.MemberAboutService));
    }

    [Fact]
    public void Using_something_that_is_not_a_front_door_sends_nothing()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about services

            4.1 A councillor who is unhappy with a service should use the guidance the Head of Service has issued, and may then write to the Director.
            """);
        Assert.DoesNotContain(routes.Steps(Scenario.MemberAboutService), s => s.StartsWith("head-of-service", StringComparison.Ordinal));
    }
}

/// <summary>A member who holds a portfolio ("Cabinet Member", "Executive Member", "Portfolio Holder") is a step under that title, and still a member when complained about.</summary>
[Trait("Kind", "Pure")]
public class EscalationPortfolioMemberTests
{
    [Fact]
    public void The_portfolio_holder_after_the_head_of_service_is_the_next_step_of_a_service_route()
    {
        var routes = TestRoutes.Of("""
            ## Concerns about services

            4.1 A councillor who is unhappy with a service should raise it with the Head of Service and, if it is still not put right, with the Portfolio Holder.
            """);
        var route = routes.Route(Scenario.MemberAboutService);
        Assert.Equal(["head-of-service=Head of Service", "other=Portfolio Holder"], routes.Steps(Scenario.MemberAboutService));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_concern_about_an_executive_member_is_still_a_concern_about_a_member()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff

            6.2 An officer who has a concern about the conduct of an Executive Member should raise it with their Director.
            """);
        Assert.Equal(["director=Director"], routes.Steps(Scenario.OfficerAboutMember));
    }
}
