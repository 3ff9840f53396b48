using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>Escalation routes read from the seed protocols, checked against the seed text by hand.</summary>
[Trait("Kind", "Pure")]
public class EscalationExtractorTests
{
    private static ScenarioRoute Route(string slug, Scenario scenario) => SeedAnalysis.Of(slug).Escalation.Routes.Single(r => r.Scenario == scenario);

    /// <summary>Steps as "role|role@clause" strings, so a failure shows the whole route.</summary>
    private static string[] Steps(ScenarioRoute route) =>
        [.. route.Steps.Select(s => string.Join("|", s.Roles) + "@" + s.ClauseId)];

    [Fact]
    public void Hackney_member_about_the_chief_executive_goes_to_the_elected_mayor()
    {
        // 16.2: "Where the matter concerns the Chief Executive it should be raised with the Elected Mayor. The Elected
        // Mayor may raise concerns about the Chief Executive with the Monitoring Officer."
        var route = Route("hackney", Scenario.MemberAboutChiefExecutive);
        Assert.Equal(RouteStatus.Stated, route.Status);
        Assert.Equal(["elected-mayor@hackney/16.2", "monitoring-officer@hackney/16.2"], Steps(route));
        Assert.Contains("raised with the Elected Mayor", route.Steps[0].Evidence);
    }

    [Fact]
    public void Haringey_member_about_the_chief_executive_goes_to_the_monitoring_officer()
    {
        // 5.3: "Where the employee concerned is the Chief Executive the matter should be raised with the Monitoring Officer."
        Assert.Equal(["monitoring-officer@haringey/5.3"], Steps(Route("haringey", Scenario.MemberAboutChiefExecutive)));
    }

    [Fact]
    public void Hounslow_officer_about_a_member_goes_to_the_monitoring_officer_then_the_standards_committee()
    {
        // 11.3: take the matter up with the Monitoring Officer; the Monitoring Officer decides whether to discuss it with the
        // Leader and group leader (whom the handler consults, not a step); the Monitoring Officer may report the matter for
        // consideration by the Standards Committee.
        Assert.Equal(
            ["monitoring-officer@hounslow/11.3", "standards-committee@hounslow/11.3"],
            Steps(Route("hounslow", Scenario.OfficerAboutMember)));
    }

    [Fact]
    public void Surrey_routes_are_not_available_because_paragraphs_49_and_50_are_not_quoted()
    {
        var escalation = SeedAnalysis.Of("surrey").Escalation;
        Assert.All(escalation.Routes, r =>
        {
            Assert.Equal(RouteStatus.NotAvailable, r.Status);
            Assert.Empty(r.Steps);
        });
        Assert.Null(escalation.Informal);
        Assert.Empty(escalation.SideRoutes);
        var note = Assert.IsType<NotAvailableNote>(escalation.NotAvailable);
        Assert.Equal("49 and 50", note.Paragraphs);
        // The citation points at the report line that says so.
        var report = File.ReadAllLines(Path.Combine(TestSupport.Repo.Root, "content", "reports", note.Report + ".md"));
        Assert.Contains("paragraphs 49 and 50 of the protocol", report[note.ReportLine - 1]);
    }

    [Fact]
    public void Without_its_own_statement_surrey_would_only_be_silent_in_the_extract_never_given_invented_steps()
    {
        var taxonomy = SeedAnalysis.Content.Taxonomy;
        var routes = new EscalationExtractor(taxonomy).Extract(SeedAnalysis.Protocol("surrey"), notAvailable: null);
        Assert.All(routes.Routes, r => Assert.Equal(RouteStatus.NotInExtract, r.Status));
        Assert.All(routes.Routes, r => Assert.Empty(r.Steps));
    }

    [Theory]
    [InlineData("hackney", "director@hackney/16.2")]
    [InlineData("haringey", "director@haringey/5.3")]
    [InlineData("hounslow", "director@hounslow/11.2,chief-executive|monitoring-officer@hounslow/11.2")]
    public void Member_about_an_officer_goes_to_a_director_first(string slug, string expected)
    {
        Assert.Equal(expected.Split(','), Steps(Route(slug, Scenario.MemberAboutOfficer)));
    }

    [Fact]
    public void Hackney_officer_about_a_member_has_alternatives_then_group_leaders_and_whistleblowing_beside()
    {
        Assert.Equal(
            ["line-manager|director|monitoring-officer@hackney/16.4", "group-leader|group-whip|monitoring-officer@hackney/16.5"],
            Steps(Route("hackney", Scenario.OfficerAboutMember)));
        var sides = SeedAnalysis.Of("hackney").Escalation.SideRoutes;
        Assert.Contains(sides, s => s.Id == "whistleblowing" && s.ClauseId == "hackney/16.4" && s.Scenario == Scenario.OfficerAboutMember);
    }

    [Fact]
    public void Hackney_service_complaints_go_to_the_service_manager_then_the_chief_executive()
    {
        // 16.3: "… if the concerns cannot be resolved through discussion with the manager of the service, then this should be raised with the Chief Executive."
        Assert.Equal(["head-of-service@hackney/16.3", "chief-executive@hackney/16.3"], Steps(Route("hackney", Scenario.MemberAboutService)));
    }

    [Fact]
    public void A_purpose_clause_is_not_a_step_hounslow_asks_the_leader_who_then_discusses_with_others()
    {
        // 11.2: "… they may ask the Leader of the Council to discuss the matter with the Chief Executive, Monitoring Officer and HR".
        Assert.Equal(["monitoring-officer@hounslow/11.2", "leader@hounslow/11.2"], Steps(Route("hounslow", Scenario.MemberAboutChiefExecutive)));
    }

    [Theory]
    [InlineData("haringey", Scenario.MemberAboutService, RouteStatus.NotStated)]
    [InlineData("hounslow", Scenario.MemberAboutSeniorOfficer, RouteStatus.NotStated)]
    [InlineData("merton", Scenario.MemberAboutOfficer, RouteStatus.NotInExtract)]
    [InlineData("thurrock", Scenario.MemberAboutOfficer, RouteStatus.NotInExtract)]
    public void Silence_says_whether_it_is_the_protocols_or_only_the_extracts(string slug, Scenario scenario, RouteStatus status)
    {
        var route = Route(slug, scenario);
        Assert.Equal(status, route.Status);
        Assert.Empty(route.Steps);
    }

    [Theory]
    [InlineData("hackney", "hackney/16.1")]
    [InlineData("haringey", "haringey/5.1")]
    [InlineData("hounslow", "hounslow/11.1")]
    public void Informal_resolution_comes_first_where_the_protocol_says_so(string slug, string clause)
    {
        Assert.Equal(clause, SeedAnalysis.Of(slug).Escalation.Informal?.ClauseId);
    }

    [Fact]
    public void Every_step_names_only_roles_of_the_vocabulary_and_quotes_a_sentence_of_its_clause()
    {
        var roles = SeedAnalysis.Content.Taxonomy.Roles.Select(r => r.Id).ToHashSet();
        var clauses = SeedAnalysis.Protocols.SelectMany(p => p.AllClauses()).ToDictionary(c => c.Id);
        var steps = SeedAnalysis.Analysis.Protocols.SelectMany(p => p.Escalation.Routes).SelectMany(r => r.Steps).ToArray();
        Assert.NotEmpty(steps);
        Assert.All(steps, s =>
        {
            Assert.NotEmpty(s.Roles);
            Assert.All(s.Roles, r => Assert.Contains(r, roles));
            Assert.Contains(s.Evidence, clauses[s.ClauseId].Text);
        });
    }

    [Fact]
    public void Synonyms_map_to_the_role_vocabulary_in_a_new_protocol()
    {
        var protocol = Normalise("""
            ## When things go wrong
            1.1 If a Councillor is dissatisfied with the conduct of an officer they should raise it with the relevant Corporate Director.
            1.2 Where the complaint relates to a Corporate Director, it should be raised with the Head of Paid Service.
            1.3 If an employee has a grievance about the behaviour of a councillor, they should refer it to HR or to their line manager.
            """);
        var routes = new EscalationExtractor(SeedAnalysis.Content.Taxonomy).Extract(protocol, null);
        Assert.Equal(["director@test/1.1"], Steps(routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutOfficer)));
        Assert.Equal(["chief-executive@test/1.2"], Steps(routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutSeniorOfficer)));
        Assert.Equal(["hr|line-manager@test/1.3"], Steps(routes.Routes.Single(r => r.Scenario == Scenario.OfficerAboutMember)));
        Assert.Equal(RouteStatus.NotStated, routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutChiefExecutive).Status);
    }

    [Theory]
    [InlineData("hackney", Scenario.MemberAboutOfficer, 0, "director", "Group Director")]
    [InlineData("hounslow", Scenario.MemberAboutOfficer, 0, "director", "Chief Officer")]
    [InlineData("hackney", Scenario.MemberAboutService, 0, "head-of-service", "manager of the service")]
    [InlineData("hackney", Scenario.OfficerAboutMember, 0, "director", "Group Director")]
    public void Roles_keep_their_printed_titles(string slug, Scenario scenario, int step, string role, string printed)
    {
        var s = Route(slug, scenario).Steps[step];
        var index = s.Roles.IndexOf(role);
        Assert.True(index >= 0, $"{role} not in step {step + 1}: {string.Join(", ", s.Roles)}");
        Assert.Equal(printed, s.Printed[index]);
    }

    [Fact]
    public void Merton_officers_reporting_a_members_pressure_to_their_service_head_is_officer_about_member()
    {
        // ¶1.6 under "Members can expect officers to:": "report to their Service Heads any time that a Member asks or
        // pressurises the officer to deal with a matter outside of Council procedure or policy".
        var route = Route("merton", Scenario.OfficerAboutMember);
        Assert.Equal(RouteStatus.Stated, route.Status);
        Assert.Equal(["head-of-service@merton/p1.6"], Steps(route));
        Assert.Equal("Service Heads", route.Steps[0].Printed[0]);
    }

    [Fact]
    public void Haringey_officer_about_a_member_starts_with_a_senior_manager()
    {
        // 5.2 under "Procedure for officers": "If conciliation via a senior manager is not possible, officers can have recourse to the Chief Executive".
        Assert.Equal(["senior-manager@haringey/5.2", "chief-executive@haringey/5.2"], Steps(Route("haringey", Scenario.OfficerAboutMember)));
    }

    internal static Protocol Normalise(string body) => TestProtocols.Normalise(body, "Test protocol");
}

/// <summary>Complaint sentences read from what they say about who complains about whom, and hostile ones read in linear time.</summary>
[Trait("Kind", "Pure")]
public class EscalationReadingTests
{
    private static EscalationRoutes Routes(string body) => TestRoutes.Of(body, "Test protocol");

    private static string[] Steps(EscalationRoutes routes, Scenario scenario) => routes.Steps(scenario);

    [Fact]
    public void An_employees_grievance_against_a_member_heading_makes_every_step_officer_about_member()
    {
        var routes = Routes("""
            ## Procedure to be used in the event of a Grievance by an Employee against a Member

            1.1 The employee should first raise the matter with their Director.
            1.2 The Member will be told of the complaint and may respond to it in writing.
            1.3 If the matter is not resolved, the Director will refer it to the Monitoring Officer.
            """);
        Assert.Equal(["director=Director", "monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.OfficerAboutMember));
        Assert.Empty(routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutOfficer).Steps);
    }

    [Fact]
    public void A_complaint_about_the_chief_executive_heading_gives_the_situation_to_its_clauses()
    {
        var routes = Routes("""
            ## Complaint about the Chief Executive

            4.1 Any such complaint by a councillor should be made in writing to the Monitoring Officer.
            """);
        Assert.Equal(["monitoring-officer=Monitoring Officer"], Steps(routes, Scenario.MemberAboutChiefExecutive));
        Assert.Equal(RouteStatus.Stated, routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutChiefExecutive).Status);
    }

    [Fact]
    public void Steps_chain_through_sub_items_and_keep_printed_titles()
    {
        var routes = Routes("""
            ## Resolving concerns

            7.1 An officer who is concerned about the behaviour of a councillor should:
              (a) in the first instance, discuss it with their Service Manager;
              (b) if the matter is not resolved, ask the Service Manager to refer it to the Group Director;
              (c) if still dissatisfied, raise it with the Head of Paid Service, who will refer it to the Monitoring Officer.
            """);
        Assert.Equal(
            ["head-of-service=Service Manager", "director=Group Director", "chief-executive=Head of Paid Service", "monitoring-officer=Monitoring Officer"],
            Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_failed_attempt_names_the_step_before_the_next()
    {
        var routes = Routes("""
            ## Procedure for officers

            5.2 If conciliation via a senior manager is not possible, officers can have recourse to the Chief Executive.
            """);
        Assert.Equal(["senior-manager=senior manager", "chief-executive=Chief Executive"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_route_carried_into_a_clause_that_does_not_say_so_needs_review_and_is_never_stated()
    {
        var routes = Routes("""
            ## When things go wrong

            9.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant Director.
            9.2 The Standards Committee meets four times a year and may be approached by the Leader.
            """);
        var route = routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
        Assert.Contains("para 9.2", route.Review);
        Assert.Equal(["director=Director", "leader=Leader"], Steps(routes, Scenario.MemberAboutOfficer));
    }

    [Fact]
    public void Without_words_saying_whose_concern_no_route_is_given()
    {
        var routes = Routes("""
            ## When things go wrong

            9.1 Relationships may sometimes become strained. Matters should be referred to the Monitoring Officer.
            """);
        Assert.All(routes.Routes, r => Assert.Equal(RouteStatus.NotStated, r.Status));
    }

    [Fact]
    public void Titles_outside_the_vocabulary_are_kept_as_printed()
    {
        var routes = Routes("""
            ## If there is a problem

            6.1 Where a member of staff is unhappy about the way a councillor has treated them, they should speak to the Town Clerk. If the matter is not resolved, the Town Clerk will refer it to the Chair of the Staffing Committee.
            """);
        Assert.Equal(["other=Town Clerk", "other=Chair of the Staffing Committee"], Steps(routes, Scenario.OfficerAboutMember));
    }

    [Fact]
    public void An_alternative_with_its_own_condition_answers_that_situation()
    {
        var routes = Routes("""
            ## Resolving problems

            11 Where a Member is concerned about the conduct of an Officer, the Member should raise it with the Officer's Chief Officer, or with the Chief Executive where the Officer is a Chief Officer.
            """);
        Assert.Equal(["director=Chief Officer"], Steps(routes, Scenario.MemberAboutOfficer));
        Assert.Equal(["chief-executive=Chief Executive"], Steps(routes, Scenario.MemberAboutSeniorOfficer));
    }

    [Fact]
    public void One_huge_complaint_sentence_is_read_in_linear_time()
    {
        // "with the director" 23,500 times: about 400 KB in one sentence. Reading it used to take 43 s (each role
        // re-scanned everything before it). The budget is generous so that a loaded machine cannot fail it; the old
        // quadratic pass needed far more than it.
        var sentence = "If a councillor is concerned about an officer they should raise it" + string.Concat(Enumerable.Repeat(" with the director", 23_500)) + ".";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var routes = Routes("## When things go wrong\n\n1.1 " + sentence);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
        var route = routes.Routes.Single(r => r.Scenario == Scenario.MemberAboutOfficer);
        Assert.Equal(["director"], [.. route.Steps.Single().Roles]);
    }
}

/// <summary>Sentences whose role titles overlap in the text are read without a crash.</summary>
[Trait("Kind", "Pure")]
public class OverlappingMentionTests
{
    [Fact]
    public void A_title_holding_another_role_followed_by_who_is_read_without_a_crash()
    {
        var protocol = EscalationExtractorTests.Normalise("""
            ## When things go wrong

            5.4 A councillor's concern about a Strategic Director should go to the Chief Executive. A concern about the Chief Executive should go to the Director of Human Resources, who will advise the councillor.
            """);
        var routes = new EscalationExtractor(SeedAnalysis.Content.Taxonomy).Extract(protocol, null);
        string Read(Scenario s) => string.Join(" > ", routes.Routes.Single(r => r.Scenario == s) is var r
            ? r.Steps.Select(x => string.Join("|", x.Roles) + "=" + string.Join("|", x.Printed)).Prepend(r.Status.ToString()) : []);
        Assert.Equal("Stated > chief-executive=Chief Executive / Stated > hr=Director of Human Resources",
            Read(Scenario.MemberAboutSeniorOfficer) + " / " + Read(Scenario.MemberAboutChiefExecutive));
    }
}
