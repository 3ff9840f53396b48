using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The rules that read complaint routes, each on sentences written for it in the way councils word their "when things
/// go wrong" sections, with the cases that must not be read (or must need review).
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationRulesTests
{
    private static EscalationRoutes Routes(string body, string title = "Member and officer protocol") => TestRoutes.Of(body, title);

    private static ScenarioRoute Route(EscalationRoutes routes, Scenario scenario) => routes.Route(scenario);

    private static string[] Steps(EscalationRoutes routes, Scenario scenario) => routes.Steps(scenario);

    // --- Role vocabulary -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("the Depute Chief Executive", "director")]
    [InlineData("the Executive Head responsible", "head-of-service")]
    [InlineData("the Leader of the Member's political group", "group-leader")]
    [InlineData("the Strategic Director", "director")]
    [InlineData("the Head of Paid Service", "chief-executive")]
    [InlineData("the Managing Director", "chief-executive")]
    [InlineData("the Service Head", "head-of-service")]
    public void A_title_councils_use_is_read_as_its_role(string title, string role)
    {
        var routes = Routes($"""
            ## When things go wrong

            5.1 An officer who has a concern about the conduct of a councillor should raise it with {title}.
            """);
        Assert.Equal(role, Assert.Single(Route(routes, Scenario.OfficerAboutMember).Steps).Roles.Single());
    }

    [Fact]
    public void A_depute_chief_executive_named_with_a_director_is_no_concern_about_the_chief_executive()
    {
        var routes = Routes("""
            ## Resolving concerns

            8.1 A councillor's concerns about an Executive Director or the Depute Chief Executive should be raised with the Chief Executive, and concerns about the Chief Executive with the Provost, who will refer them to the Monitoring Officer.
            """);
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
        Assert.Equal(["other=Provost", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void Their_own_manager_is_the_line_manager_but_a_manager_of_something_is_not()
    {
        var routes = Routes("""
            ## When things go wrong

            3.1 A member of staff who experiences unacceptable behaviour from a councillor should tell their manager, who will involve the Head of HR.
            3.2 A councillor with a concern about an officer should raise it with the project manager.
            """);
        Assert.Equal(["line-manager=manager", "hr=Head of HR"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Empty(Route(routes, Scenario.MemberAboutOfficer).Steps);
    }

    [Fact]
    public void The_head_of_a_function_the_vocabulary_names_holds_that_role_under_the_whole_title()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 An employee who is concerned about the conduct of a councillor should raise it with the Head of People and HR.
            """);
        Assert.Equal(["hr=Head of People and HR"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_title_with_its_statutory_role_in_brackets_is_that_role()
    {
        var routes = Routes("""
            ## When things go wrong

            4.1 If an officer feels that they have been harassed by a councillor, they should report it to their Director. The Director will inform the Head of Governance (Monitoring Officer).
            """);
        Assert.Equal(["director=Director", "monitoring-officer=Head of Governance (Monitoring Officer)"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void The_ethical_standards_commissioner_is_a_title_of_its_own()
    {
        var routes = Routes("""
            ## Concerns

            9.1 An employee who is concerned about a councillor's conduct should raise it with their Head of Service, who may refer it to the Ethical Standards Commissioner.
            """);
        Assert.Equal(["head-of-service=Head of Service", "other=Ethical Standards Commissioner"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_capitalised_manager_title_outside_the_vocabulary_is_a_step_under_its_own_title()
    {
        var routes = Routes("""
            ## When things go wrong

            3.2 An officer who feels that a councillor has treated them unfairly should tell their Business Manager. The Business Manager will refer it to the Director.
            3.3 A councillor who is concerned about an officer should speak to the Service Manager.
            """);
        Assert.Equal(["other=Business Manager", "director=Director"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(["head-of-service=Service Manager"], Steps(routes, Scenario.MemberAboutOfficer));
    }

    // --- Situation words -------------------------------------------------------------------------------------------

    [Fact]
    public void Unacceptable_behaviour_from_a_member_is_an_officers_concern_about_a_member_outside_a_complaints_section()
    {
        var routes = Routes("""
            ## Working together

            2.1 An employee who receives unacceptable behaviour from an elected member should tell their line manager.
            2.2 Officers will give members the same advice whatever their political group.
            """);
        Assert.Equal(["line-manager=line manager"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.OfficerAboutMember).Status);
    }

    [Fact]
    public void A_member_who_considers_an_officer_has_breached_the_protocol_raises_a_concern()
    {
        var routes = Routes("""
            ## Relations with officers

            7.1 Where a councillor considers that an officer has breached this protocol, the councillor should raise the matter with the relevant Assistant Director.
            7.2 Councillors should not breach the confidentiality of officers' advice.
            """);
        Assert.Equal(["head-of-service=Assistant Director"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Empty(Route(routes, Scenario.OfficerAboutMember).Steps);
    }

    [Fact]
    public void If_the_matter_is_not_resolved_names_a_state_of_the_matter_not_whom_it_is_about()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant Director.
            6.2 If the matter is not resolved to the Member's satisfaction, the Director will refer it to the Chief Executive.
            """);
        Assert.Equal(["director=Director", "chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Empty(Route(routes, Scenario.OfficerAboutMember).Steps);
    }

    [Fact]
    public void A_step_between_still_dissatisfied_and_a_new_about_carries_on_the_first_concern()
    {
        var routes = Routes("""
            ## Complaints about officers

            5.2 A councillor who has a complaint about an officer should raise it with the Head of Service. If the councillor remains dissatisfied, they may refer it to the Corporate Director, and a complaint about a Corporate Director should go to the Chief Executive.
            """);
        Assert.Equal(["head-of-service=Head of Service", "director=Corporate Director"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
    }

    [Fact]
    public void Names_joined_by_a_comma_alone_are_no_list_of_subjects()
    {
        var routes = Routes("""
            ## Grievance by an employee against a member

            1.1 The employee should first raise the grievance with their line manager.
            1.2 Where the grievance concerns the Elected Mayor, the Chief Executive will refer it to the Monitoring Officer.
            """);
        Assert.Empty(Route(routes, Scenario.MemberAboutChiefExecutive).Steps);
        Assert.Contains("monitoring-officer=Monitoring Officer", Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Names_in_a_list_closed_by_or_are_all_subjects()
    {
        var routes = Routes("""
            ## Resolving concerns

            4.1 A councillor's concern about a Director, Head of Service or the Chief Executive should be raised with the Monitoring Officer.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void The_publics_right_to_complain_is_no_member_officer_route()
    {
        var routes = Routes("""
            ## When things go wrong

            9.1 An officer who is concerned about the conduct of a councillor should raise it with their Head of Service.
            9.2 Any person may complain to the Monitoring Officer that a councillor has breached the Code of Conduct.
            9.3 Nothing in this protocol affects the right of anyone to make a complaint to the Public Services Ombudsman for Wales.
            """);
        Assert.Equal(["head-of-service=Head of Service"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.OfficerAboutMember).Status);
    }

    // --- Headings --------------------------------------------------------------------------------------------------

    [Fact]
    public void Stage_headings_carry_the_situation_of_the_appendix_heading_before_them()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 Officers should follow the procedure in Appendix B.

            ## Appendix B – Grievance by an employee against a councillor

            ## Informal stage

            The employee should first discuss the matter with their Head of Service.

            ## Formal stage

            If the matter is not resolved, the employee may put the grievance in writing to the Managing Director, who will refer it to the Monitoring Officer.
            """);
        Assert.Equal(
            ["head-of-service=Head of Service", "chief-executive=Managing Director", "monitoring-officer=Monitoring Officer"],
            Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_stage_heading_after_an_unrelated_heading_carries_nothing()
    {
        var routes = Routes("""
            ## Grievance by an employee against a councillor

            1.1 The employee should first raise it with their line manager.

            ## Training

            2.1 Members will be offered training on this protocol.

            ## Stage 2 – Review

            3.1 The matter will be referred to the Standards Committee.
            """);
        Assert.Equal(["line-manager=line manager"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_document_titled_as_a_grievance_procedure_gives_its_stages_their_situation()
    {
        var routes = Routes("""
            ## Background

            This procedure sets out what happens next.

            ## Stage 1 – Informal

            1. The employee should first tell their line manager.

            2. The line manager will refer the matter to the Service Head.

            ## Records

            3. Records of the grievance will be kept by Human Resources.
            """, title: "Grievance by an Employee against a Member");
        Assert.Equal(["line-manager=line manager", "head-of-service=Service Head"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void What_to_do_if_an_issue_occurs_is_a_complaints_section()
    {
        var routes = Routes("""
            ## What to do if an issue occurs

            3.1 An employee who is concerned about the conduct of an elected member should tell their manager.

            3.2 The manager will then raise the matter with the member's Group Leader.
            """);
        Assert.Equal(["line-manager=manager", "group-leader=Group Leader"], Steps(routes, Scenario.OfficerAboutMember));
    }

    // --- Who is a step ---------------------------------------------------------------------------------------------

    [Fact]
    public void Someone_the_matter_must_not_go_to_is_no_step()
    {
        var routes = Routes("""
            ## Concerns

            5.1 A councillor who is unhappy with the work of an officer should not raise it with the Director at a public meeting. The concern should be put in writing to the Chief Executive.
            5.2 An officer who is concerned about a councillor should raise it with their Head of Service, and not with the Leader directly.
            """);
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["head-of-service=Head of Service"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Support_advice_and_presence_are_no_steps_but_being_taken_to_someone_is()
    {
        var routes = Routes("""
            ## When things go wrong

            7.1 An officer who has a concern about a councillor should raise it with their Director. Officers who raise concerns will be supported by Human Resources throughout.
            7.2 The Director will speak to the councillor, normally with the councillor's Group Leader present.
            7.3 If the officer is not satisfied with the response, the matter can be taken to the Chief Executive.
            """);
        Assert.Equal(["director=Director", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Whom_a_handler_discusses_it_with_is_a_step_only_when_that_person_then_acts()
    {
        var consulted = Routes("""
            ## When things go wrong

            6.1 An officer who is concerned about a councillor should raise it with the Director. The Director will discuss it with the Head of Legal Services and, if it cannot be settled, will refer it to the Chief Executive.
            """);
        Assert.Equal(["director=Director", "chief-executive=Chief Executive"], Steps(consulted, Scenario.OfficerAboutMember));

        var acts = Routes("""
            ## When things go wrong

            6.1 An officer who is concerned about a councillor should raise it with their Head of Service. The Head of Service will discuss it with the Chief Executive, who will refer it to the Monitoring Officer.
            """);
        Assert.Equal(["head-of-service=Head of Service", "chief-executive=Chief Executive", "monitoring-officer=Monitoring Officer"], Steps(acts, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_step_said_to_be_instead_is_an_alternative_at_the_last_step()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 An officer who is concerned about a councillor should tell their Head of Service, who will refer it to the member's Group Leader. Where the matter may breach the Code of Conduct, the Head of Service will refer it to the Monitoring Officer instead.
            """);
        Assert.Equal(["head-of-service=Head of Service", "group-leader|monitoring-officer=Group Leader|Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_chair_and_a_vice_chair_named_as_alternatives_are_one_step()
    {
        var routes = Routes("""
            ## Concerns

            4.1 If the Clerk is concerned about the conduct of a councillor, the Clerk should raise it with the Chair, or with the Vice-Chair where the concern is about the Chair.
            """);
        Assert.Equal(["other|other=Chair|Vice-Chair"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Or_followed_by_a_condition_opens_a_case_of_its_own()
    {
        var routes = Routes("""
            ## Member concerns about officers

            6.1 A councillor should raise any concern about an officer with the officer's Head of Service or, if the officer is a Head of Service, with the relevant Director.
            """);
        Assert.Equal(["head-of-service=Head of Service"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["director=Director"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
    }

    [Fact]
    public void Officers_who_report_their_concerns_about_a_councillor_are_the_complainants()
    {
        var routes = Routes("""
            ## Complaints

            6.1 Officers should report any concerns about a councillor's conduct to the Monitoring Officer.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Empty(Route(routes, Scenario.MemberAboutOfficer).Steps);
    }

    [Fact]
    public void A_new_case_named_in_a_later_sentence_that_does_not_carry_on_needs_review()
    {
        var routes = Routes("""
            ## Member concerns about officers

            6.1 A councillor who is concerned about a Head of Service should raise it with the relevant Director.
            6.2 Complaints about a Director go to the Head of Paid Service.
            """);
        var route = Route(routes, Scenario.MemberAboutSeniorOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("two routes", route.Review);
    }

    [Fact]
    public void A_later_sentence_that_carries_the_case_on_is_no_new_case()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 An officer who is concerned about the conduct of a councillor should tell their line manager.
            6.2 If the officer's concern about the councillor is not resolved, the line manager will refer it to the Monitoring Officer.
            """);
        var route = Route(routes, Scenario.OfficerAboutMember);
        Assert.Equal(RouteStatus.Stated, route.Status);
        Assert.Equal(["line-manager=line manager", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_code_of_conduct_complaint_with_no_complainant_is_no_step_of_a_route()
    {
        var routes = Routes("""
            ## When things go wrong

            8.1 A councillor who is concerned about the conduct of the Chief Executive should raise it with the Monitoring Officer.
            8.2 A complaint that a councillor has breached the Code of Conduct may be made to the Public Services Ombudsman for Wales.
            """);
        var route = Route(routes, Scenario.MemberAboutChiefExecutive);
        Assert.Equal(RouteStatus.Stated, route.Status);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.MemberAboutChiefExecutive));
    }

    [Fact]
    public void What_only_a_committee_can_do_sends_nothing_to_it()
    {
        var routes = Routes("""
            ## Concerns

            5.1 A councillor who is unhappy with the work of an officer should raise it with the Director. Disciplinary action can only be taken by the Staffing Committee.
            """);
        Assert.Equal(["director=Director"], Steps(routes, Scenario.MemberAboutOfficer));
    }

    [Fact]
    public void A_concern_whose_raiser_is_said_nowhere_needs_review()
    {
        var routes = Routes("""
            ## Other matters

            9.1 Concerns about a Director should be raised with the Chief Executive.
            """);
        var route = Route(routes, Scenario.MemberAboutSeniorOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("who raises the concern", route.Review);
    }

    [Fact]
    public void A_case_set_apart_in_words_that_name_no_situation_needs_review_but_where_appropriate_does_not()
    {
        var unread = Routes("""
            ## Appendix – Grievance by an employee against a councillor

            1. The employee should first raise the grievance with their Director. Where the grievance is a collective one, it should be raised with the Chief Executive.
            """);
        Assert.Equal(RouteStatus.NeedsReview, Route(unread, Scenario.OfficerAboutMember).Status);

        var plain = Routes("""
            ## Appendix – Grievance by an employee against a councillor

            1. The employee should first raise the grievance with their Director. Where appropriate, the Director will refer it to the Monitoring Officer.
            """);
        Assert.Equal(RouteStatus.Stated, Route(plain, Scenario.OfficerAboutMember).Status);
        Assert.Equal(["director=Director", "monitoring-officer=Monitoring Officer"], Steps(plain, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void An_appendix_title_left_in_the_text_governs_the_clauses_after_it()
    {
        var routes = Routes("""
            ## Concerns

            6.1 An employee who has a grievance against a councillor should follow the procedure in Appendix A.
            Appendix A – Procedure where an employee has a grievance against a councillor

            1. The employee should first raise the grievance with the Clerk.

            2. If the matter is not resolved, the employee may put it in writing to the Chairman of the Staffing Committee.
            """);
        Assert.Equal(["other=Clerk", "other=Chairman of the Staffing Committee"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.OfficerAboutMember).Status);
    }

    [Fact]
    public void Concerns_about_ones_own_employment_are_about_no_councillor()
    {
        var routes = Routes("""
            ## Concerns

            6.1 An employee's concerns about their own employment should be raised with the Clerk.
            """);
        Assert.All(routes.Routes, r => Assert.Empty(r.Steps));
    }

    [Fact]
    public void Whom_a_handler_consults_is_no_step_but_whom_it_decides_with_shares_its_step()
    {
        var routes = Routes("""
            ## When things go wrong

            6.1 An officer who is concerned about a councillor should tell their Director, who will try to resolve it in consultation with the Head of Legal Services. The Director may escalate the matter to the Chief Executive, who will decide with the Monitoring Officer what further action to take.
            """);
        Assert.Equal(["director=Director", "chief-executive|monitoring-officer=Chief Executive|Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void Raising_the_grievance_with_someone_sends_it_to_them_but_a_grievance_with_a_councillor_is_about_them()
    {
        var raised = Routes("""
            ## Grievance by an employee against a councillor

            1.1 The employee should first raise the grievance with their Director.
            """);
        Assert.Equal(["director=Director"], Steps(raised, Scenario.OfficerAboutMember));

        var about = Routes("""
            ## Concerns

            2.1 An officer who has a grievance with a councillor should raise it with the Monitoring Officer.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(about, Scenario.OfficerAboutMember));
    }

    // --- The Clerk -------------------------------------------------------------------------------------------------

    private const string ClerkConcern = """

        ## Concerns

        4.1 A councillor who has a concern about the Clerk's work should raise it with the Chair of the Staffing Committee.
        """;

    [Fact]
    public void A_clerk_the_text_calls_head_of_paid_service_is_the_chief_executive()
    {
        var routes = Routes("""
            ## Roles

            2.1 The Town Clerk is the Proper Officer of the Council and its Head of Paid Service.

            ## Concerns

            4.1 A councillor who has a concern about an officer should raise it with the Town Clerk. A concern about the Town Clerk should be raised with the Town Mayor.
            """);
        Assert.Equal(["chief-executive=Town Clerk"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["other=Town Mayor"], Steps(routes, Scenario.MemberAboutChiefExecutive));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutChiefExecutive).Status);
    }

    [Fact]
    public void A_clerk_who_manages_the_staff_is_a_senior_officer()
    {
        var routes = Routes("## Roles\n\n2.1 The Clerk is the Proper Officer and manages all other staff.\n" + ClerkConcern);
        Assert.Equal(["other=Chair of the Staffing Committee"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutSeniorOfficer).Status);
        Assert.Empty(Route(routes, Scenario.MemberAboutChiefExecutive).Steps);
    }

    [Fact]
    public void A_clerk_who_is_the_only_employee_is_an_officer()
    {
        var routes = Routes("## Roles\n\n2.1 The Parish Council employs a Clerk, who is its only employee.\n" + ClerkConcern);
        Assert.Equal(["other=Chair of the Staffing Committee"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(RouteStatus.Stated, Route(routes, Scenario.MemberAboutOfficer).Status);
    }

    [Fact]
    public void A_clerk_the_text_says_nothing_about_needs_review()
    {
        var routes = Routes("## Roles\n\n2.1 The Clerk is the Proper Officer of the Council.\n" + ClerkConcern);
        var route = Route(routes, Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("Clerk", route.Review);
        Assert.All(routes.Routes.Where(r => r.Scenario != Scenario.MemberAboutOfficer), r => Assert.Empty(r.Steps));
    }

    [Fact]
    public void A_clerk_who_is_not_the_chief_executive_is_not_read_as_one()
    {
        var standing = ClerkStanding.Of(["The Clerk is not the Chief Executive of the District Council."]);
        Assert.False(standing.IsHeadOfPaidService);
    }
}
