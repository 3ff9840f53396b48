using SiteGen.Content;
using SiteGen.Evaluation;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Evaluation;

/// <summary>Flattening SiteGen's protocol and analysis into what the scorer compares.</summary>
[Trait("Kind", "Pure")]
public class SiteGenReadingsTests
{
    private static Protocol Normalise(string body)
    {
        var text = "---\nauthority: Testshire\ncouncil_type: district\nnation: england\ncoverage: full\ntitle: Protocol\nstatus: adopted\nsource: test\n---\n" + body;
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile("corpus/01-testshire.md", text));
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document).Protocol;
    }

    private static readonly Protocol Protocol = Normalise("## 1. Concerns\n\n1.1 Officers should raise concerns with their line manager.\n\n(a) first item.\n\n1.2 Members should raise concerns with the Director.\n");

    [Fact]
    public void Clauses_and_headings_are_read_from_the_normalised_protocol()
    {
        var readings = SiteGenReadings.From(Protocol, null);

        Assert.Equal("1.1 1.1(a) 1.2", string.Join(" ", readings.Clauses.Select(c => c.Number)));
        Assert.Equal("Concerns", Assert.Single(readings.Sections));
        Assert.Empty(readings.Routes);
    }

    [Fact]
    public void Analysis_readings_lose_the_slug_and_keep_their_evidence_and_assertion()
    {
        var analysis = new ProtocolAnalysis("01-testshire",
            [new ClauseThemes("01-testshire/1.1", [new ThemeTag("complaints-and-escalation", [new ThemeReason(ReasonKind.Phrase, "raise a concern", "raise concerns")], Provenance.Read("taxonomy phrase", "raise concerns"))])],
            [new ExpectationStatement("01-testshire/1.1(a)", "respect-dignity-and-courtesy", Direction.MembersToOfficers, StatementForm.Listed, "01-testshire/1.1", "respect", "respect", Provenance.Read("item of a list", "respect"))],
            new EscalationRoutes(null,
                [
                    new ScenarioRoute(Scenario.OfficerAboutMember, RouteStatus.Stated, [new EscalationStep(1, ["line-manager"], "01-testshire/1.1", "Officers should raise concerns with their line manager.")]),
                    new ScenarioRoute(Scenario.MemberAboutOfficer, RouteStatus.NotStated, [new EscalationStep(1, ["director"], "01-testshire/1.2", "the Director")]),
                    new ScenarioRoute(Scenario.MemberAboutChiefExecutive, RouteStatus.NotStated, []),
                ], [], null),
            [], []);

        var readings = SiteGenReadings.From(Protocol, analysis);

        var theme = Assert.Single(readings.Themes);
        Assert.Equal("1.1", theme.Clause);
        Assert.Contains("'raise a concern' matched 'raise concerns'", theme.Evidence, StringComparison.Ordinal);
        var expectation = Assert.Single(readings.Expectations);
        Assert.Equal("1.1(a)", expectation.Clause);
        Assert.Contains("under 1.1", expectation.Evidence, StringComparison.Ordinal);
        Assert.Equal(2, readings.Routes.Length);
        Assert.True(readings.Routes.Single(r => r.Situation == Scenario.OfficerAboutMember).Asserted);
        var unasserted = readings.Routes.Single(r => r.Situation == Scenario.MemberAboutOfficer);
        Assert.False(unasserted.Asserted);
        Assert.Equal("not-stated", unasserted.Status);
        Assert.Equal("1.2", unasserted.Steps[0].Clause);
    }

    [Theory]
    [InlineData("hackney/7.2(g)", "7.2(g)")]
    [InlineData("p3", "p3")]
    public void A_clause_id_gives_its_number(string id, string number) => Assert.Equal(number, SiteGenReadings.Number(id));
}
