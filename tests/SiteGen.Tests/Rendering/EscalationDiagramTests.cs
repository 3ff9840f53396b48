using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>Printed titles and review states in the route diagram, its words and the escalation CSV, rendered in memory.</summary>
[Trait("Kind", "Pure")]
public class EscalationDiagramTests
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["director"] = "Director",
        ["chief-executive"] = "Chief Executive",
        ["line-manager"] = "Line manager",
        ["monitoring-officer"] = "Monitoring Officer",
    };

    private static EscalationRoutes Routes(RouteStatus officerAboutMember = RouteStatus.Stated) => new(null,
    [
        new ScenarioRoute(Scenario.MemberAboutOfficer, RouteStatus.Stated,
            [new EscalationStep(1, ["director"], "x/16.2", "raise the matter with the appropriate Group Director") { Printed = ["Group Director"] }]),
        new ScenarioRoute(Scenario.MemberAboutSeniorOfficer, RouteStatus.Stated,
            [new EscalationStep(1, ["chief-executive"], "x/16.3", "raised with the Head of Paid Service") { Printed = ["Head of Paid Service"] }]),
        new ScenarioRoute(Scenario.MemberAboutChiefExecutive, RouteStatus.NotStated, []),
        new ScenarioRoute(Scenario.MemberAboutService, RouteStatus.NotStated, []),
        new ScenarioRoute(Scenario.OfficerAboutMember, officerAboutMember,
            [new EscalationStep(1, ["line-manager", "other"], "x/4.1", "speak to their line manager or the Town Clerk") { Printed = ["line manager", "Town Clerk"] }])
        { Review = officerAboutMember == RouteStatus.NeedsReview ? "Para 4.1 does not say whose concern it deals with." : null },
    ], [], null);

    [Fact]
    public void Steps_show_the_printed_title_beside_the_vocabulary_title()
    {
        var words = EscalationDiagram.Describe(Routes(), Titles, id => id[2..]);
        Assert.Contains("Group Director (Director) (para 16.2)", words);
        Assert.Contains("Head of Paid Service (Chief Executive) (para 16.3)", words);
        // Same words as the vocabulary's title, or a title outside it: shown once, as printed.
        Assert.Contains("line manager or Town Clerk (para 4.1)", words);

        var svg = EscalationDiagram.Render("flow-x", "X", false, Routes(), Titles, id => id[2..]).Value;
        Assert.Contains(">Group Director (Director)<", svg);
        Assert.Contains(">or Town Clerk<", svg);
    }

    [Fact]
    public void A_route_that_needs_review_is_never_drawn_as_stated()
    {
        var routes = Routes(RouteStatus.NeedsReview);
        Assert.Contains("Officer about a member (needs review): line manager", EscalationDiagram.Describe(routes, Titles, id => id[2..]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(needs review)", EscalationDiagram.Render("flow-x", "X", false, routes, Titles, id => id[2..]).Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("needs review", EscalationDiagram.Describe(Routes(), Titles, id => id[2..]), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The escalation CSV and the protocol JSON carry each role's printed title and a route's review.</summary>
[Trait("Kind", "Pure")]
public class EscalationDataTests
{
    [Fact]
    public void Escalation_csv_has_a_printed_column_beside_the_role_ids()
    {
        var analysis = Analysis.SeedAnalysis.Analysis;
        var csv = AnalysisData.Build(Analysis.SeedAnalysis.Protocols, analysis).Single(f => f.Path == AnalysisData.Escalation);
        var text = csv.AsText();
        Assert.Contains("authority,scenario,status,step,roles,printed,clause_id,evidence,", text);
        Assert.Contains("hackney,member about an officer,stated,1,director,Group Director,hackney/16.2,", text);
    }

    [Fact]
    public void Protocol_json_keeps_printed_titles()
    {
        var json = DataJson.Serialize(Analysis.SeedAnalysis.Of("hounslow").Escalation);
        Assert.Contains("\"printed\": [\n", json.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("\"Chief Officer\"", json);
    }
}
