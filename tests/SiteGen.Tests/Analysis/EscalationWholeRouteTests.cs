using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Routes read whole where the words are clear: a way in offered beside a first step, bodies and posts under the titles
/// councils print, a post equated with its statutory office, steps chained by "to the attention of", by one consulted who
/// then acts, across a run-in appendix title and along a table cell; and the look-alikes that stay as they were.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationWholeRouteTests
{
    private static EscalationRoutes Routes(string body) => TestRoutes.Of(body);

    // --- A way in beside the first step ----------------------------------------------------------------------------

    [Theory]
    [InlineData("A councillor with a concern about the work of an employee should raise it with the Head of Service or, if the councillor prefers, with the Director.")]
    [InlineData("An elected member who is unhappy with the conduct of a member of staff should speak to the Head of Service concerned or, where the member would rather, to the Director.")]
    public void A_choice_offered_beside_the_first_step_is_one_step_with_two_ways_in(string sentence)
    {
        var routes = Routes($"""
            ## When things go wrong

            7.1 {sentence}
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["head-of-service|director"], routes.Steps(Scenario.MemberAboutOfficer).Select(s => s.Split('=')[0]));
    }

    [Fact]
    public void A_bypass_of_the_only_step_so_far_is_another_way_in_at_that_step()
    {
        var routes = Routes("""
            ## When things go wrong

            7.1 An employee who is concerned about the behaviour of a councillor should first raise it with their line manager. The employee may go directly to the Head of Service if the line manager is involved.
            7.2 If it is not resolved, the Head of Service will refer it to the Monitoring Officer.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["line-manager|head-of-service=line manager|Head of Service", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_bypass_after_two_steps_stays_for_review()
    {
        var route = Routes("""
            ## When things go wrong

            7.1 A member of staff who is concerned about the conduct of a member should raise it with their line manager, who will refer it to the Director.
            7.2 The member of staff may go directly to the Chief Executive if they prefer.
            """).Route(Scenario.OfficerAboutMember);
        // Which of the two steps the Chief Executive stands beside is not said: never three Stated steps in a row.
        Assert.False(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    // --- Titles as printed -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("the Chair of the Authority", "other=Chair of the Authority")]
    [InlineData("the Vice-Chair of the Fire Authority", "other=Vice-Chair of the Fire Authority")]
    [InlineData("the Staffing and Appointments Committee", "other=Staffing and Appointments Committee")]
    [InlineData("the Chief Officers' Appointments Panel", "other=Chief Officers' Appointments Panel")]
    [InlineData("the Members' Support Team", "other=Members' Support Team")]
    [InlineData("the Standards (Hearings) Sub-Committee", "standards-committee=Standards (Hearings) Sub-Committee")]
    [InlineData("the Local Government Commissioner for Standards", "other=Local Government Commissioner for Standards")]
    public void A_body_or_office_is_read_under_its_whole_title(string title, string step)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 An officer who has a concern about the conduct of a councillor should raise it with {title}.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal([step], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_role_before_and_stays_its_own_step()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 A member who has a concern about the Managing Director should raise it with the Leader and Standards Committee.
            """);
        Assert.Equal(["leader|standards-committee=Leader|Standards Committee"], routes.Steps(Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void A_senior_management_team_is_the_senior_manager()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 A councillor who is unhappy with the work of an employee should raise it with the Senior Management Team.
            """);
        Assert.Equal("senior-manager", Assert.Single(routes.Route(Scenario.MemberAboutOfficer).Steps).Roles.Single());
    }

    // --- A post equated with its statutory office --------------------------------------------------------------------

    [Theory]
    [InlineData("the Director of Legal and Democratic Services, who is the Monitoring Officer.", "monitoring-officer=Director of Legal and Democratic Services")]
    [InlineData("the Director of Law and Governance, as Monitoring Officer, for a decision.", "monitoring-officer=Director of Law and Governance")]
    [InlineData("the Corporate Director of Resources, acting as Head of Paid Service.", "chief-executive=Corporate Director of Resources")]
    [InlineData("the Monitoring Officer, who is the Director of Law.", "monitoring-officer=Monitoring Officer")]
    public void A_post_named_with_its_statutory_office_is_that_office(string target, string step)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 A member of staff who is concerned about the behaviour of an elected member should raise it with their line manager, who will refer it to {target}
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["line-manager=line manager", step], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_function_joined_by_and_is_part_of_the_title_but_a_role_after_and_is_not()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 An employee who is concerned about the conduct of a councillor should raise it with the Director of Finance and Monitoring Officer.
            5.2 A councillor who has a concern about an officer should raise it with the Director of Housing and Communities.
            """);
        // "Director of Finance and Monitoring" is no title: the widening stops before the role the vocabulary holds.
        Assert.Equal("Director of Finance", routes.Route(Scenario.OfficerAboutMember).Steps[0].Printed[0]);
        Assert.Equal(["director=Director of Housing and Communities"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    // --- Steps chained ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("who will bring it to the attention of the Managing Director.", "chief-executive")]
    [InlineData("who will draw the matter to the attention of the Head of Paid Service.", "chief-executive")]
    [InlineData("who will bring it to the attention of the Chief Executive.", "chief-executive")]
    public void Bringing_it_to_someones_attention_is_a_step(string tail, string role)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 An officer who is concerned about the behaviour of a member should raise it with their line manager, {tail}
            """);
        Assert.Equal(["line-manager", role], routes.Route(Scenario.OfficerAboutMember).Steps.Select(s => s.Roles.Single()));
    }

    [Fact]
    public void Support_from_a_second_helper_is_no_step()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 An employee who is concerned about the behaviour of a councillor should raise it with the Head of Service.
            5.2 Employees who raise concerns will be supported by their manager and by the Council's Human Resources service.
            """);
        Assert.Equal(["head-of-service=Head of Service"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Someone_asked_with_a_union_for_advice_is_no_step()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 An employee who is concerned about the behaviour of a councillor should raise it with the Director.
            5.2 The employee may also ask Human Resources or their trade union for advice at any time.
            """);
        Assert.Equal(["director=Director"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void One_the_matter_is_discussed_with_who_then_acts_on_it_is_a_step()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 A member of staff who is concerned about the way a councillor has treated them should tell their line manager, who will inform the Chief Executive.
            5.2 The Chief Executive will discuss it with the Leader of the councillor's political group, who will speak to the councillor and try to resolve it.
            """);
        Assert.Equal(["line-manager", "chief-executive", "group-leader"], routes.Route(Scenario.OfficerAboutMember).Steps.Select(s => s.Roles.Single()));
    }

    [Fact]
    public void One_the_matter_is_only_discussed_with_is_consulted()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 A member of staff who is concerned about the way a councillor has treated them should tell their line manager, who will inform the Chief Executive.
            5.2 The Chief Executive will discuss it with the Leader of the councillor's political group, who will be kept informed.
            """);
        Assert.Equal(["line-manager", "chief-executive"], routes.Route(Scenario.OfficerAboutMember).Steps.Select(s => s.Roles.Single()));
    }

    [Theory]
    [InlineData("the Appeals Committee will consider it.")]
    [InlineData("it will go to the Head of Service, and the Appeals Committee will then hear the complaint.")]
    public void One_said_to_hear_or_decide_the_matter_is_a_step(string tail)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 An employee who is concerned about the conduct of an elected member should raise it with their line manager. If the matter cannot be put right informally, {tail}
            """);
        Assert.Equal("other=Appeals Committee", routes.Steps(Scenario.OfficerAboutMember)[^1]);
    }

    [Fact]
    public void One_who_only_considers_whether_to_act_is_no_step()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 An employee who is concerned about the conduct of an elected member should raise it with their line manager. The Appeals Committee will consider whether the procedure needs review.
            """);
        Assert.Equal(["line-manager=line manager"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Theory]
    [InlineData("An employee whose grievance concerns the behaviour of a councillor should raise it with the Head of Service.", Scenario.OfficerAboutMember)]
    [InlineData("A member of staff whose complaint is about an elected member should raise it with the Head of Service.", Scenario.OfficerAboutMember)]
    [InlineData("A councillor whose concern is about the conduct of an officer should raise it with the Head of Service.", Scenario.MemberAboutOfficer)]
    public void The_one_whose_grievance_it_is_raises_it(string sentence, Scenario scenario)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 {sentence}
            """);
        Assert.Equal(["head-of-service=Head of Service"], routes.Steps(scenario));
    }

    [Fact]
    public void Who_the_member_of_staff_raising_it_is_names_no_one_complained_about()
    {
        var routes = Routes("""
            ## When things go wrong

            5.1 A member of staff whose grievance concerns the behaviour of an elected member should raise it with their Head of Service or, where the member of staff is a Head of Service, with the Director.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["head-of-service|director=Head of Service|Director"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.Empty(routes.Route(Scenario.MemberAboutSeniorOfficer).Steps);
    }

    [Fact]
    public void A_post_defined_as_reporting_to_the_head_of_paid_service_is_a_director()
    {
        var routes = Routes("""
            ## Definitions

            1.1 In this Protocol, "Area Lead Officer" means an officer who reports to the Managing Director and leads a group of services.

            ## When things go wrong

            5.1 A councillor who has a concern about the work of an employee should raise it with the Area Lead Officer for the service.
            5.2 Where the concern is about an Area Lead Officer, the councillor should raise it with the Managing Director.
            """);
        Assert.Equal("director", Assert.Single(routes.Route(Scenario.MemberAboutOfficer).Steps).Roles.Single());
        Assert.Equal(["chief-executive=Managing Director"], routes.Steps(Scenario.MemberAboutSeniorOfficer));
    }

    [Fact]
    public void A_side_word_defined_alone_is_no_title()
    {
        var routes = Routes("""
            ## Definitions

            1.1 In this Protocol, "Officer" means an officer who reports to the Chief Executive.

            ## When things go wrong

            5.1 A councillor who has a concern about the work of an officer should raise it with the Director.
            """);
        Assert.Equal(["director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.Empty(routes.Route(Scenario.MemberAboutSeniorOfficer).Steps);
    }

    [Fact]
    public void An_appendix_title_run_into_its_first_paragraph_governs_the_appendix()
    {
        var routes = Routes("""
            ## When things go wrong

            3.1 An employee with a concern about a member should follow Appendix 2.

            Appendix 2 - Procedure for a grievance by an employee against a councillor This procedure applies to all employees of the Council.

            1. The employee should first raise the grievance with their Head of Service.

            2. If it is not resolved, the Head of Service will refer it to the Monitoring Officer.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["head-of-service", "monitoring-officer"], route.Steps.Select(s => s.Roles.Single()));
    }

    [Fact]
    public void A_paragraph_opening_on_appendix_words_that_name_no_situation_is_read_as_it_stands()
    {
        var routes = Routes("""
            ## When things go wrong

            3.1 An employee with a concern about a member should raise it with their Head of Service.

            Appendix 2 - Contact details The Head of Service will refer it to the Monitoring Officer.
            """);
        // No situation in "Appendix 2 - Contact details": the route carries on, and never under a heading it does not have.
        Assert.Equal(["head-of-service", "monitoring-officer"], routes.Route(Scenario.OfficerAboutMember).Steps.Select(s => s.Roles.Single()));
    }

    [Fact]
    public void A_table_cell_listing_steps_in_turn_is_read_step_by_step()
    {
        var routes = Routes("## Who to contact\n\n6.1 Use this table.\n\n"
            + "Who has the concern\tAbout whom\tWho to go to\n"
            + "A councillor\tthe work of an officer\tthe officer's Head of Service, then the Director\n"
            + "An employee\tthe behaviour of a councillor\ttheir line manager, then their Director, who will refer it to the Monitoring Officer\n");
        Assert.Equal(["head-of-service=Head of Service", "director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.Equal(["line-manager=line manager", "director=Director", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
    }
}
