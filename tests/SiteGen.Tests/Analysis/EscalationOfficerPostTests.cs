using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Kinds of route wording from the sixth held-out set: a post whose name ends in "Officer" that the protocol equates
/// with a role ("The Chief Operating Officer is the Head of Paid Service"), a manager named as a particular officer's
/// own ("that officer's manager"), and someone a handler discusses the complaint with before trying to resolve it
/// themself. Each on invented sentences, with a look-alike that must not be read as a step.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationOfficerPostTests
{
    [Fact]
    public void A_post_ending_in_officer_that_the_protocol_equates_with_a_role_is_that_role()
    {
        var routes = TestRoutes.Of("""
            ## Roles

            1.1 The Chief Operating Officer is the Head of Paid Service of the Board.

            ## Concerns about senior officers

            7.1 A member with a concern about a Director should take it to the Chief Operating Officer.
            """);
        var route = routes.Route(Scenario.MemberAboutSeniorOfficer);
        Assert.Equal(["chief-executive=Chief Operating Officer"], routes.Steps(Scenario.MemberAboutSeniorOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_post_equated_with_one_role_or_another_is_not_an_alias_of_the_first()
    {
        var routes = TestRoutes.Of("""
            ## Roles

            1.1 The Designated Officer is the Monitoring Officer or, where the complaint concerns the Monitoring Officer, the Head of Paid Service.

            ## Concerns about senior officers

            7.1 A member with a concern about a Director should take it to the Designated Officer.
            """);
        Assert.DoesNotContain(routes.Routes.SelectMany(r => r.Steps), s => s.Roles.Contains("monitoring-officer") && string.Join("|", s.Printed).Contains("Designated Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_side_named_before_is_the_is_still_not_a_post()
    {
        var routes = TestRoutes.Of("""
            ## Roles

            1.1 Each Senior Officer is the Monitoring Officer's deputy for one directorate.

            ## Concerns about officers

            7.1 A councillor with a concern about an officer should raise it with a Senior Officer.
            """);
        Assert.DoesNotContain(routes.Routes.SelectMany(r => r.Steps), s => s.Roles.Contains("monitoring-officer"));
    }

    [Fact]
    public void That_officers_manager_is_their_line_manager()
    {
        var routes = TestRoutes.Of("""
            ## When a councillor is unhappy with an officer

            4.1 A councillor who is unhappy with the work of an officer should first speak to that officer's manager. If this does not settle it, the matter should be taken to the relevant Director.
            """);
        var route = routes.Route(Scenario.MemberAboutOfficer);
        Assert.Equal(["line-manager=manager", "director=Director"], routes.Steps(Scenario.MemberAboutOfficer));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void A_manager_of_something_else_is_not_a_line_manager()
    {
        var routes = TestRoutes.Of("""
            ## When a councillor is unhappy with an officer

            4.1 A councillor who is unhappy with the work of an officer should first speak to that officer's manager of projects. If this does not settle it, the matter should be taken to the relevant Director.
            """);
        Assert.DoesNotContain(routes.Routes.SelectMany(r => r.Steps), s => s.Roles.Contains("line-manager"));
    }

    [Fact]
    public void Someone_the_handler_discusses_it_with_before_trying_to_resolve_it_is_consulted_not_a_step()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff about councillors

            6.1 An employee who is concerned about the conduct of a councillor should report it to their Director.
            6.2 The Director will discuss the complaint with the Chief Executive and will seek to resolve it informally.
            6.3 If the complaint cannot be resolved informally, the Director will refer it to the Monitoring Officer.
            """);
        var route = routes.Route(Scenario.OfficerAboutMember);
        Assert.Equal(["director=Director", "monitoring-officer=Monitoring Officer"], routes.Steps(Scenario.OfficerAboutMember));
        Assert.True(route.Status == RouteStatus.Stated, TestRoutes.Show(route));
    }

    [Fact]
    public void Someone_the_handler_discusses_it_with_who_then_resolves_it_is_a_step()
    {
        var routes = TestRoutes.Of("""
            ## Concerns of staff about councillors

            6.1 An employee who is concerned about the conduct of a councillor should report it to their Director.
            6.2 The Director will discuss the complaint with the Chief Executive, who will seek to resolve it informally.
            """);
        Assert.Contains(routes.Steps(Scenario.OfficerAboutMember), s => s.StartsWith("chief-executive", StringComparison.Ordinal));
    }
}
