using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Route rules for asides, helpers, ways out of a procedure, the person complained about standing near the complaint
/// words, and hyphen-broken words in pasted PDF text: each on sentences written for these tests, with a look-alike that
/// must be read differently.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationAsideAndHelperTests
{
    private static EscalationRoutes Routes(string body) => TestRoutes.Of(body);

    private static ScenarioRoute Route(EscalationRoutes routes, Scenario scenario) => routes.Route(scenario);

    private static string[] Steps(EscalationRoutes routes, Scenario scenario) => routes.Steps(scenario);

    [Fact]
    public void An_alternative_after_an_aside_and_a_condition_is_the_same_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 A member of staff who has a concern about a councillor should raise it with their line manager.
            4.2 The line manager will pass the concern either to the Leader of the councillor's political group, for mediation, or, where it may be a breach of the Code of Conduct, to the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=line manager", "group-leader|monitoring-officer=Leader of the councillor's political group|Monitoring Officer"],
            Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_second_role_after_an_aside_with_then_is_the_next_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 A member of staff who has a concern about a councillor should raise it with their line manager, for advice, and then with the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Someone_asked_to_help_the_holder_is_no_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            6.1 An employee concerned about the behaviour of a councillor should tell their Head of Service, who may ask the councillor's Group Leader to help settle it.
            """);
        Assert.Equal(["head-of-service=Head of Service"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Someone_asked_to_take_the_matter_on_is_a_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            6.1 An employee concerned about the behaviour of a councillor should tell their Head of Service, who may ask the Monitoring Officer to investigate.
            """);
        Assert.Equal(["head-of-service=Head of Service", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_member_the_holder_speaks_to_is_consulted_and_the_route_goes_on_past_them()
    {
        var routes = Routes("""
            ## Concerns of staff

            7.1 An officer with a concern about a councillor's conduct should report it to their Director.
            7.2 The Director will talk to the councillor and, where the councillor sits in a political group, to the Group Whip, to try to settle it. If that fails, the Director will refer it to the Chief Executive.
            """);
        Assert.Equal(["director=Director", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void The_complainant_speaking_to_someone_raises_it_with_them()
    {
        var routes = Routes("""
            ## Concerns of staff

            7.1 An officer with a concern about a councillor's conduct should first speak to their line manager. The line manager will refer it to the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void The_one_complained_about_is_not_read_as_the_complainant_of_a_later_feel_that()
    {
        var routes = Routes("""
            ## Resolving concerns

            9.1 A councillor who has a concern about the Managing Director should raise it with the Leader of the Council.
            9.2 An employee who feels that a councillor has spoken to them rudely should not think that they have to put up with it. The first step is to tell their manager. The manager will raise it with the Monitoring Officer.
            """);
        Assert.Equal(["line-manager=manager", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(["leader=Leader of the Council"], Steps(routes, Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void Two_complainants_named_in_turn_keep_their_own_situations()
    {
        var routes = Routes("""
            ## Resolving concerns

            9.1 If an officer is concerned about a councillor, or a councillor feels that an officer has acted improperly, the matter should be raised with the Chief Executive.
            """);
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutOfficer));
    }

    [Theory]
    [InlineData("Nothing in this procedure prevents an employee from complaining directly to the Local Government Ombudsman.")]
    [InlineData("This grievance procedure does not affect the right of an employee to complain to the Ombudsman.")]
    [InlineData("Any person, including an employee or a councillor, may complain to the Ombudsman that a councillor has broken the Code.")]
    public void A_way_out_of_the_procedure_is_no_step_of_it(string sentence)
    {
        var routes = Routes($"""
            ## Grievance by an employee against a councillor

            3.1 The employee should first raise the grievance with their Head of Service.
            3.2 If it is not resolved, the Head of Service will refer it to the Chief Executive.
            3.3 {sentence}
            """);
        Assert.Equal(["head-of-service=Head of Service", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_step_after_a_sentence_that_only_mentions_the_procedure_is_still_read()
    {
        var routes = Routes("""
            ## Grievance by an employee against a councillor

            3.1 The employee should first raise the grievance with their Head of Service.
            3.2 This procedure applies to every employee. If it is not resolved, the Head of Service will refer it to the Chief Executive.
            """);
        Assert.Equal(["head-of-service=Head of Service", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Roles_broken_across_pasted_lines_are_read_whole()
    {
        var routes = Routes("""
            ## When things go wrong

            8.1    Where a councillor is dissatisfied with the perform-
                   ance of an officer, the councillor should raise it with the appro-
                   priate Head of Service. If the matter is not resolved to the coun-
                   cillor's satisfaction, the councillor may refer it to the Chief Executive.
            """);
        Assert.Equal(["head-of-service=Head of Service", "chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void The_one_a_matter_is_referred_by_passes_it_on_and_the_one_it_is_referred_to_is_the_next_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their Director.
            5.2 If it is serious, it will be referred by the Director to the Monitoring Officer.
            """);
        Assert.Equal(["director=Director", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_matter_referred_by_someone_new_gives_them_a_step_before_the_one_it_goes_to()
    {
        var routes = Routes("""
            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their line manager.
            5.2 If it is not resolved, it will be referred by the Head of Service to the Chief Executive.
            """);
        Assert.Equal(["line-manager=line manager", "head-of-service=Head of Service", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_title_the_protocol_says_holds_a_role_is_read_as_that_role()
    {
        var routes = Routes("""
            ## Roles

            2.1 The Head of Governance, who is the Council's Monitoring Officer, advises on this protocol.

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their Director, who will refer it to the Head of Governance.
            """);
        Assert.Equal(["director=Director", "monitoring-officer=Head of Governance"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_title_the_protocol_does_not_equate_with_a_role_stays_as_printed()
    {
        var routes = Routes("""
            ## Roles

            2.1 The Head of Governance advises the Monitoring Officer on this protocol.

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with their Director, who will refer it to the Head of Governance.
            """);
        Assert.Equal(["director=Director", "other=Head of Governance"], Steps(routes, Scenario.OfficerAboutMember));
    }

    private const string ConcernAboutTheClerk = """

        ## Raising concerns

        5.1 A councillor who has a concern about the Clerk should raise it with the Chairman of the Council.
        """;

    [Theory]
    [InlineData("The Clerk is the Proper Officer of the Council and manages the Deputy Clerk and the maintenance team.")]
    [InlineData("The Clerk prepares the agenda and minutes of each meeting, advises the Council on procedure, and manages its budget and its staff.")]
    public void A_clerk_said_to_manage_the_team_or_the_staff_further_on_in_the_sentence_is_a_senior_officer(string roles)
    {
        var routes = Routes("## Roles\n\n2.1 " + roles + "\n" + ConcernAboutTheClerk);
        Assert.Equal(["other=Chairman of the Council"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutSeniorOfficer).Status);
    }

    [Fact]
    public void A_clerk_who_manages_only_money_is_not_said_to_manage_staff()
    {
        var routes = Routes("## Roles\n\n2.1 The Clerk is the Proper Officer and manages the Council's finances.\n" + ConcernAboutTheClerk);
        Assert.Equal(RouteStatus.NeedsReview, Route(routes, Scenario.MemberAboutOfficer).Status);
        Assert.Empty(Route(routes, Scenario.MemberAboutSeniorOfficer).Steps);
    }

    [Fact]
    public void A_council_whose_only_employee_is_the_clerk_makes_the_clerk_an_officer()
    {
        var routes = Routes("## Roles\n\n2.1 The Council's only employee is the Clerk, who is also its Responsible Financial Officer.\n" + ConcernAboutTheClerk);
        Assert.Equal(["other=Chairman of the Council"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void A_committee_named_by_its_initials_is_that_committee_and_not_the_function()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 An employee who has a concern about a councillor should raise it with the Chief Executive, who will refer it to the JNC Panel.
            """);
        Assert.Equal(["chief-executive=Chief Executive", "other=JNC Panel"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Human_resources_on_its_own_is_still_the_hr_role()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 An employee who has a concern about a councillor should raise it with their line manager, who will refer it to HR.
            """);
        Assert.Equal(["line-manager=line manager", "hr=HR"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void The_one_who_has_the_concern_may_follow_the_concern_word()
    {
        var routes = Routes("""
            ## Raising concerns

            6.1 Any concern an employee has about a councillor is to be referred to the Monitoring Officer.
            6.2 Any concern a councillor has about an officer is to be referred to the Chief Executive.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.OfficerAboutMember).Status);
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void A_concern_whose_holder_is_not_named_still_needs_review()
    {
        var routes = Routes("""
            ## Raising concerns

            6.1 Any concern about the conduct of an officer is to be referred to the Chief Executive.
            """);
        Assert.Equal(RouteStatus.NeedsReview, Route(routes, Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void Support_with_an_adverb_between_is_still_only_support()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 An employee who has a concern about a councillor should raise it with the Monitoring Officer.
            4.2 An employee who raises a concern about a councillor will be supported throughout by their manager and advised fully by Human Resources.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Raising_with_an_adverb_between_is_still_raising()
    {
        var routes = Routes("""
            ## Concerns of staff

            4.1 An employee who has a concern about a councillor should raise it promptly with their line manager.
            """);
        Assert.Equal(["line-manager=line manager"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Theory]
    [InlineData("\"Area Lead\" means an officer who reports to a Director and manages one or more of the Council's services.", "head-of-service=Area Lead")]
    [InlineData("In this protocol “Portfolio Lead” means a Strategic Director.", "director=Portfolio Lead")]
    public void A_title_the_protocol_defines_is_read_as_what_it_defines(string definition, string step)
    {
        var routes = Routes($"""
            ## Definitions

            1.1 {definition}

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with the employee's {step.Split('=')[1]}.
            """);
        Assert.Equal([step], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_defined_title_that_manages_no_service_stays_as_printed()
    {
        var routes = Routes("""
            ## Definitions

            1.1 "Area Lead" means an officer who reports to a Director and manages a budget.

            ## Concerns of staff

            5.1 An employee who has a concern about a councillor should raise it with the employee's Area Lead.
            """);
        Assert.Empty(Route(routes, Scenario.OfficerAboutMember).Steps.Where(s => s.Roles.Contains("head-of-service")));
    }

    [Fact]
    public void Someone_the_holder_raises_it_with_after_talking_to_another_is_a_step()
    {
        var routes = Routes("""
            ## Concerns of staff

            7.1 An officer with a concern about a councillor's conduct should report it to their line manager.
            7.2 The line manager will talk to the officer and, if it is serious, raise it with the Director and the Director will decide what to do.
            """);
        Assert.Equal(["line-manager=line manager", "director=Director"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_table_row_that_stops_short_has_a_shorter_route()
    {
        var routes = Routes("## Who to contact\n\n6.1 Use this table.\n\n"
            + "Concern\tFirst contact\tIf not resolved\n"
            + "A councillor's concern about an officer\tThe Head of Service\tThe Director\n"
            + "A councillor's concern about a Director\tThe Chief Executive\n");
        Assert.Equal(["head-of-service=Head of Service", "director=Director"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
    }

    [Fact]
    public void A_row_wider_than_the_header_is_not_read_as_a_route()
    {
        var routes = Routes("## Who to contact\n\n6.1 Use this table.\n\n"
            + "Concern\tFirst contact\n"
            + "A councillor's concern about an officer\tThe Head of Service\n"
            + "A councillor's concern about a Director\tThe Chief Executive\tThe Leader of the Council\n");
        Assert.Equal(["head-of-service=Head of Service"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.DoesNotContain(Route(routes, Scenario.MemberAboutSeniorOfficer).Steps, s => s.Roles.Contains("leader"));
    }
}
