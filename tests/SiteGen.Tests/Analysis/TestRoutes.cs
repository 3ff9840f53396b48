using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>The escalation reader run on a test's own protocol text, and its routes shown for assertions.</summary>
internal static class TestRoutes
{
    /// <summary>The routes found in <paramref name="body"/> (see <see cref="TestProtocols.Normalise"/>), with the shipped taxonomy.</summary>
    public static EscalationRoutes Of(string body, string title = "Member and officer protocol") =>
        new EscalationExtractor(SeedAnalysis.Content.Taxonomy).Extract(TestProtocols.Normalise(body, title), null);

    public static ScenarioRoute Route(this EscalationRoutes routes, Scenario scenario) => routes.Routes.Single(r => r.Scenario == scenario);

    /// <summary>A route as an assertion's message: "Stated: line-manager → director or chief-executive (review note)".</summary>
    public static string Show(ScenarioRoute route) =>
        $"{route.Status}: {string.Join(" → ", route.Steps.Select(s => string.Join(" or ", s.Roles)))} ({route.Review})";

    /// <summary>A route's steps as "role|role=printed|printed".</summary>
    public static string[] Steps(this EscalationRoutes routes, Scenario scenario) =>
        [.. routes.Route(scenario).Steps.Select(s => string.Join("|", s.Roles) + "=" + string.Join("|", s.Printed))];
}
