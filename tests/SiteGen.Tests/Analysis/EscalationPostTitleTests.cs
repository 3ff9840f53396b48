using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Post titles placed on the role ladder by their words or by what the protocol says of them: a holder's standing or a
/// top-tier word before a director's title ("Acting Director", "Executive Chief Officer"), a post in the HR function,
/// a qualified rank the text says manages services under a director ("services are managed by Divisional Directors"), a
/// "chief officer" the text defines as a band of ranks. Anything else stays under its printed title, held for review.
/// Also the case where the one a step names raises the concern themself ("Where the grievance is the Town Clerk's own"),
/// and a condition on the matter's own progress ("Where the complaint is investigated"). Invented sentences throughout.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationPostTitleTests
{
    private const string Wrong = "## When relationships go wrong\n\n";

    [Theory]
    [InlineData("Executive Chief Officer")]
    [InlineData("Corporate Chief Officer")]
    [InlineData("Acting Director")]
    [InlineData("Interim Strategic Director")]
    public void A_standing_or_top_tier_word_before_a_directors_title_keeps_it_a_director(string title)
    {
        var routes = TestRoutes.Of(Wrong + $"4.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant {title}.");
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal([$"director={title}"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Theory]
    [InlineData("Divisional Director")]
    [InlineData("Regional Director")]
    [InlineData("Deputy Director")]
    [InlineData("Area Chief Officer")]
    public void Any_other_word_before_a_rank_is_held_for_review(string title)
    {
        var route = TestRoutes.Of(Wrong + $"4.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant {title}.").Route(Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
    }

    [Theory]
    [InlineData("Each Director leads a directorate whose services are managed by Divisional Directors.")]
    [InlineData("The council's services are each run by Divisional Directors, who answer to the Directors.")]
    public void A_qualified_rank_the_text_says_manages_services_is_a_head_of_service(string definition)
    {
        var routes = TestRoutes.Of($"## Roles\n\n1.1 {definition}\n\n" + Wrong
            + "4.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant Divisional Director. If the councillor is not satisfied, they may take it to the Director.");
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["head-of-service=Divisional Director", "director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Theory]
    // Says nothing of services: no rank given.
    [InlineData("Divisional Directors attend the Corporate Management Team.")]
    // The services are managed by someone else.
    [InlineData("Each Divisional Director leads a division whose services are managed by Heads of Service.")]
    public void A_qualified_rank_the_text_does_not_say_manages_services_stays_held_for_review(string definition)
    {
        var route = TestRoutes.Of($"## Roles\n\n1.1 {definition}\n\n" + Wrong
            + "4.1 A councillor who is unhappy with the conduct of an officer should raise it with the relevant Divisional Director.").Route(Scenario.MemberAboutOfficer);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
    }

    [Theory]
    [InlineData("HR Business Partner")]
    [InlineData("Human Resources Business Partner")]
    [InlineData("HR Adviser")]
    [InlineData("Human Resources Manager")]
    public void A_post_in_the_hr_function_is_hr_under_its_title(string title)
    {
        var routes = TestRoutes.Of(Wrong + $"6.1 An officer who has a concern about the conduct of a councillor should raise it with their line manager or with an {title}.");
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal([$"line-manager|hr=line manager|{title}"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Theory]
    [InlineData("Finance Business Partner")]
    [InlineData("Community Safety Adviser")]
    public void A_post_in_another_function_is_still_unknown(string title)
    {
        var route = TestRoutes.Of(Wrong + $"6.1 An officer who has a concern about the conduct of a councillor should raise it with their {title}.").Route(Scenario.OfficerAboutMember);
        Assert.Equal(RouteStatus.NeedsReview, route.Status);
    }

    [Fact]
    public void An_hr_committee_is_a_body_not_the_hr_function()
    {
        var routes = TestRoutes.Of(Wrong + "6.1 An officer who has a concern about the conduct of a councillor should raise it with the HR Committee.");
        Assert.Equal(["other=HR Committee"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Theory]
    [InlineData("In this protocol \"chief officers\" means the Chief Executive, the Directors and the Heads of Service.")]
    [InlineData("The reference to 'chief officer' below covers the Chief Executive, the Depute Chief Executive and the Directors.")]
    public void A_chief_officer_defined_as_a_band_of_ranks_is_a_senior_manager(string definition)
    {
        var routes = TestRoutes.Of($"## Interpretation\n\n{definition}\n\n" + Wrong
            + "4.1 A councillor who is unhappy with the conduct of an employee should raise it with the relevant chief officer.");
        Assert.Equal(["senior-manager=chief officer"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Theory]
    // One rank: the term is that rank.
    [InlineData("In this protocol \"chief officers\" means the Executive Directors.")]
    // No definition at all: a chief officer is a director (FORMAT.md).
    [InlineData("This protocol applies to every employee.")]
    public void A_chief_officer_not_defined_as_a_band_stays_a_director(string definition)
    {
        var routes = TestRoutes.Of($"## Interpretation\n\n{definition}\n\n" + Wrong
            + "4.1 A councillor who is unhappy with the conduct of an employee should raise it with the relevant chief officer.");
        Assert.Equal(["director=chief officer"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Fact]
    public void A_band_definition_does_not_reach_a_longer_capitalised_title()
    {
        var routes = TestRoutes.Of("## Interpretation\n\nIn this protocol \"chief officers\" means the Chief Executive, the Depute Chief Executive and the Executive Chief Officers.\n\n" + Wrong
            + "4.1 A councillor who is unhappy with the conduct of an employee should raise it with the relevant Executive Chief Officer.");
        Assert.Equal(["director=Executive Chief Officer"], routes.Steps(Scenario.MemberAboutOfficer));
    }

    [Theory]
    [InlineData("Where the grievance is the Town Clerk's own, it should be raised with the Chairman of the Staffing Committee.")]
    [InlineData("If the complaint is the Town Clerk’s own, it should be taken to the Chairman of the Staffing Committee.")]
    [InlineData("Should the grievance be the Town Clerk's own, it should be raised with the Chairman of the Staffing Committee.")]
    public void The_holders_own_concern_goes_to_someone_else_at_the_same_step(string sentence)
    {
        var routes = TestRoutes.Of("## Grievance by an employee against a councillor\n\n1. The employee should first raise the grievance with the Town Clerk. " + sentence
            + "\n\n2. If the grievance is not resolved, it will be referred to the Monitoring Officer.");
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["other|other=Town Clerk|Chairman of the Staffing Committee", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
    }

    [Fact]
    public void A_case_naming_someone_other_than_the_last_holder_is_still_unplaced()
    {
        // The Chairman's own grievance is not the Town Clerk's: SiteGen cannot tell which step it replaces.
        var route = TestRoutes.Of("## Grievance by an employee against a councillor\n\n1. The employee should first raise the grievance with the Town Clerk. "
            + "Where the grievance is the Deputy Clerk's own, it should be raised with the Chairman of the Staffing Committee.").Route(Scenario.OfficerAboutMember);
        Assert.NotEqual(RouteStatus.Stated, route.Status);
    }

    [Fact]
    public void A_concern_that_is_someones_own_is_not_a_concern_about_them()
    {
        var routes = TestRoutes.Of(Wrong + "6.1 A member of staff who has a concern about the conduct of a councillor should raise it with the Town Clerk or, if the concern is the Town Clerk's own, with the Chair of the Personnel Committee.");
        Assert.Equal(["other|other=Town Clerk|Chair of the Personnel Committee"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.Equal(RouteStatus.NotStated, routes.Route(Scenario.MemberAboutChiefExecutive).Status);
    }

    [Theory]
    [InlineData("Where the complaint is investigated, the investigating officer's report will be considered by the Standards Committee.")]
    [InlineData("If the matter is referred for a hearing, it will be heard by the Standards Committee.")]
    public void A_condition_on_the_matters_progress_carries_the_route_on(string sentence)
    {
        var routes = TestRoutes.Of(Wrong + "6.1 An officer who has a concern about the conduct of a councillor should raise it with their line manager, who will refer it to the Monitoring Officer. " + sentence);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
        Assert.Equal(["line-manager", "monitoring-officer", "standards-committee"], routes.Steps(Scenario.OfficerAboutMember).Select(s => s.Split('=')[0]));
    }

    [Fact]
    public void A_condition_naming_a_case_is_still_unplaced()
    {
        var route = TestRoutes.Of(Wrong + "6.1 An officer who has a concern about the conduct of a councillor should raise it with their line manager, who will refer it to the Monitoring Officer. Where the grievance is a collective one, it should be raised with the Standards Committee.").Route(Scenario.OfficerAboutMember);
        Assert.NotEqual(RouteStatus.Stated, route.Status);
    }
}
