using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// A step the text offers only on partial evidence never makes a route Stated: advice to complain elsewhere, one of a
/// list of options, someone the holder only consults, a rank read from the end of a longer title, an alternative
/// offered after two steps, a choice joined by "or" read as a next step. Yearly reports are no step at all.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationPartialEvidenceTests
{
    private static EscalationRoutes Routes(string body) => TestRoutes.Of(body);

    [Theory]
    [InlineData("If it is serious, the Monitoring Officer may advise the employee to lodge a complaint with the Ombudsman for Wales.")]
    [InlineData("If it is serious, the Monitoring Officer will advise whether a formal complaint ought to go to the Standards Commission.")]
    public void Advice_to_complain_elsewhere_is_not_a_stated_step(string sentence)
    {
        var route = Routes($"""
            ## Problems between staff and councillors

            4.1 A member of staff who is unhappy with the conduct of a councillor should tell their line manager, who will then refer it to the Monitoring Officer.
            4.2 {sentence}
            """).Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status != RouteStatus.Stated || route.Steps.Length == 2, TestRoutes.Show(route));
    }

    [Fact]
    public void A_step_among_options_under_whether_is_held_for_review()
    {
        var route = Routes("""
            ## Problems between staff and councillors

            9.1 If a member of staff has a concern about a councillor:
            a) the member of staff should speak to their line manager;
            b) the Monitoring Officer will decide whether:
            i) to refer it to the Standards Committee;
            ii) to take no further action.
            """).Route(Scenario.OfficerAboutMember);
        Assert.False(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void Someone_the_holder_consults_before_deciding_is_held_for_review()
    {
        var route = Routes("""
            ## Problems with senior staff

            3.2 A councillor who has a concern about the behaviour of the Chief Executive should take it to the Leader of the Council, who will discuss it with the Monitoring Officer and will decide how to respond.
            """).Route(Scenario.MemberAboutChiefExecutive);
        Assert.False(route.Status == RouteStatus.Stated && route.Steps.Length > 1, TestRoutes.Show(route));
    }

    [Fact]
    public void Someone_the_holder_discusses_it_with_who_then_acts_is_still_a_step()
    {
        var route = Routes("""
            ## Problems between staff and councillors

            6.1 A member of staff who has a concern about a councillor's behaviour should tell their Director, who will discuss it with the Chief Executive.
            """).Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Theory]
    [InlineData("Regional Director")]
    [InlineData("Area Head of Service")]
    public void A_rank_read_from_the_end_of_a_longer_title_is_held_for_review(string title)
    {
        var route = Routes($"""
            ## Problems with staff

            2.1 A councillor who has a concern about the work of an officer should take it to the relevant {title}.
            """).Route(Scenario.MemberAboutOfficer);
        Assert.False(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Theory]
    [InlineData("Regional Director", "director", "Regional")]
    [InlineData("Director of Children's Services", "director", null)]
    [InlineData("Corporate Director", "director", null)]
    [InlineData("the Head of Service", "head-of-service", null)]
    public void A_title_is_left_qualified_only_when_the_vocabulary_matches_its_end(string printed, string role, string? qualifier)
    {
        var roles = new PhraseMatcher<string>(SeedAnalysis.Content.Taxonomy.Roles.SelectMany(r => r.Synonyms.Select(s => (r.Id, s))));
        Assert.Equal(qualifier, EscalationEvidence.LeftQualified(printed, role, roles.Occurrences));
    }

    [Fact]
    public void An_alternative_offered_after_two_steps_is_held_for_review()
    {
        var route = Routes("""
            ## Problems between staff and councillors

            7.1 A member of staff who is concerned about the conduct of a councillor should raise it with their line manager, who will refer it to the Director.
            7.2 Alternatively, the member of staff may also raise it with the Chief Executive.
            """).Route(Scenario.OfficerAboutMember);
        Assert.False(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_conditional_or_read_as_a_next_step_is_held_for_review()
    {
        var route = Routes("""
            ## Problems between staff and councillors

            8.1 A member of staff who is concerned about the conduct of a councillor should write to their Head of Service or, where the councillor is the Leader, to the Chief Executive.
            """).Route(Scenario.OfficerAboutMember);
        Assert.False(route.Status == RouteStatus.Stated && route.Steps.Length > 1, TestRoutes.Show(route));
    }

    [Theory]
    [InlineData("The Monitoring Officer will report annually to the Audit Committee on how many concerns were raised.")]
    [InlineData("Each year the Chief Executive will report the number of concerns to the Standards Committee.")]
    public void A_yearly_report_is_no_step(string sentence)
    {
        var routes = Routes($"""
            ## Problems between staff and councillors

            5.1 A member of staff who is concerned about the conduct of a councillor should raise it with their line manager.
            5.2 {sentence}
            """);
        Assert.Equal(["line-manager=line manager"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Theory]
    [InlineData("Standards and Ethics Committee")]
    [InlineData("Standards Appeals Sub-Committee")]
    public void A_standards_body_under_any_name_is_the_standards_committee(string title)
    {
        var routes = Routes($"""
            ## Problems between staff and councillors

            5.1 A member of staff who is concerned about the conduct of a councillor should raise it with the {title}.
            """);
        Assert.Equal([$"standards-committee={title}"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void An_office_equated_in_lower_case_with_another_title_is_held_for_review()
    {
        var route = Routes("""
            ## Problems with senior staff

            3.1 A councillor with a concern about the Chief Executive should take it to the Leader, as chairman of the Executive.
            """).Route(Scenario.MemberAboutChiefExecutive);
        Assert.False(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }
}
