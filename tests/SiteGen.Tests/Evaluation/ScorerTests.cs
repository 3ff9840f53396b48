using System.Collections.Immutable;
using SiteGen.Evaluation;
using SiteGen.Model;

namespace SiteGen.Tests.Evaluation;

/// <summary>The scorer on small in-memory cases: each rule of FORMAT.md's "How eval scores".</summary>
[Trait("Kind", "Pure")]
public class ScorerTests
{
    private static DocumentTruth Truth(
        string[]? clauses = null,
        TruthRoute[]? routes = null,
        TruthExpectation[]? expectations = null,
        TruthThemes[]? themes = null,
        TruthActor[]? addressed = null,
        string[]? furniture = null,
        string[]? sections = null) =>
        new("t.truth.yml", "t.md", "t", "plain", [.. clauses ?? ["1", "2", "3"]], [.. sections ?? []], [.. furniture ?? []],
            [.. routes ?? []], [.. expectations ?? []], [.. themes ?? []], [.. addressed ?? []], []);

    private static DocumentReadings Read(
        string[]? clauses = null,
        RouteReading[]? routes = null,
        ExpectationReading[]? expectations = null,
        ThemeReading[]? themes = null,
        string[]? sections = null,
        Func<string, string>? text = null) =>
        new([.. (clauses ?? ["1", "2", "3"]).Select(n => new ClauseReading(n, text?.Invoke(n) ?? "Text of " + n, Actor.Members, Modality.Should))],
            [.. sections ?? []], [.. routes ?? []], [.. expectations ?? []], [.. themes ?? []]);

    private static TruthStep Step(string role, string clause = "3", string? printed = null) => new([new RoleName(role, printed)], clause, 1);

    private static StepReading ReadStep(int order, string role, string clause = "3", string? printed = null) =>
        new(order, [new RoleName(role, printed)], clause, "evidence " + role);

    private static readonly TruthRoute OfficerRoute = new(Scenario.OfficerAboutMember,
        [Step("line-manager"), Step("chief-executive"), Step("monitoring-officer")], 1);

    [Fact]
    public void A_route_read_in_the_stated_order_agrees_in_full()
    {
        var score = Scorer.Score(Truth(routes: [OfficerRoute]), Read(routes: [new(Scenario.OfficerAboutMember, true, "stated",
            [ReadStep(1, "line-manager"), ReadStep(2, "chief-executive"), ReadStep(3, "monitoring-officer")])]));

        Assert.Equal(new Counts(3, 0, 0), score.EscalationRoles);
        Assert.Equal(new Counts(1, 0, 0), score.RouteSituations);
    }

    [Fact]
    public void A_wrong_order_lowers_escalation_precision_and_recall()
    {
        var score = Scorer.Score(Truth(routes: [OfficerRoute]), Read(routes: [new(Scenario.OfficerAboutMember, true, "stated",
            [ReadStep(1, "monitoring-officer"), ReadStep(2, "chief-executive"), ReadStep(3, "line-manager")])]));

        // Only the middle step is in its place.
        Assert.Equal(new Counts(1, 2, 2), score.EscalationRoles);
        Assert.True(score.EscalationRoles.Precision < 0.5);
        Assert.Contains(score.Disagreements, d => d is { Field: Field.EscalationRoles, Kind: Disagreement.FalsePositive, What: "officer-about-member step 1: monitoring-officer" });
    }

    [Fact]
    public void A_route_under_the_wrong_situation_is_a_false_positive_and_a_miss()
    {
        var score = Scorer.Score(Truth(routes: [OfficerRoute]), Read(routes: [new(Scenario.MemberAboutOfficer, true, "stated",
            [ReadStep(1, "line-manager"), ReadStep(2, "chief-executive"), ReadStep(3, "monitoring-officer")])]));

        Assert.Equal(new Counts(0, 1, 1), score.RouteSituations);
        Assert.Equal(new Counts(0, 3, 3), score.EscalationRoles);
    }

    [Fact]
    public void A_route_SiteGen_does_not_assert_counts_as_not_said()
    {
        var needsReview = new RouteReading(Scenario.OfficerAboutMember, Asserted: false, "needs-review",
            [ReadStep(1, "line-manager"), ReadStep(2, "chief-executive"), ReadStep(3, "monitoring-officer")]);

        var score = Scorer.Score(Truth(routes: [OfficerRoute]), Read(routes: [needsReview]));

        Assert.Equal(new Counts(0, 0, 3), score.EscalationRoles);
        Assert.Equal(1.0, score.EscalationRoles.Precision);
        Assert.Equal(0.0, score.EscalationRoles.Recall);
        Assert.Contains(score.Disagreements, d => d.Field == Field.EscalationRoles && d.Evidence.Contains("holds this route as needs-review", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_route_SiteGen_does_not_assert_costs_no_precision()
    {
        var wrongButUnsure = new RouteReading(Scenario.MemberAboutChiefExecutive, Asserted: false, "needs-review", [ReadStep(1, "director")]);

        var score = Scorer.Score(Truth(), Read(routes: [wrongButUnsure]));

        Assert.Equal(new Counts(0, 0, 0), score.EscalationRoles);
        Assert.Equal(new Counts(0, 0, 0), score.RouteSituations);
    }

    [Theory]
    [InlineData(RouteStatus.Stated, true)]
    [InlineData(RouteStatus.NotStated, false)]
    [InlineData(RouteStatus.NotInExtract, false)]
    [InlineData(RouteStatus.NotAvailable, false)]
    public void Only_a_route_shown_as_stated_is_asserted(RouteStatus status, bool asserted)
    {
        var route = new ScenarioRoute(Scenario.OfficerAboutMember, status, [new EscalationStep(1, ["line-manager"], "x/1", "e")]);
        Assert.Equal(asserted, ReadingAssertion.IsAsserted(route));
    }

    [Fact]
    public void Other_roles_are_compared_by_their_printed_title()
    {
        var truth = Truth(routes: [new(Scenario.OfficerAboutMember, [Step(RoleName.Other, printed: "Town Clerk"), Step(RoleName.Other, printed: "Chair of the Staffing Committee")], 1)]);
        var score = Scorer.Score(truth, Read(routes: [new(Scenario.OfficerAboutMember, true, "stated",
            [ReadStep(1, RoleName.Other, printed: "town  clerk"), ReadStep(2, RoleName.Other, printed: "Chair of Council")])]));

        Assert.Equal(new Counts(1, 1, 1), score.EscalationRoles);
    }

    [Fact]
    public void Alternatives_at_one_step_are_each_a_role_at_that_position()
    {
        var truth = Truth(routes: [new(Scenario.MemberAboutOfficer, [new TruthStep([new RoleName("director", null), new RoleName("chief-executive", null)], "3", 1)], 1)]);
        var score = Scorer.Score(truth, Read(routes: [new(Scenario.MemberAboutOfficer, true, "stated", [ReadStep(1, "director")])]));

        Assert.Equal(new Counts(1, 0, 1), score.EscalationRoles);
    }

    [Fact]
    public void An_expectation_in_the_wrong_direction_is_both_a_false_positive_and_a_miss()
    {
        var truth = Truth(expectations: [new("2", "respect-dignity-and-courtesy", Direction.MembersToOfficers, 1)]);
        var score = Scorer.Score(truth, Read(expectations: [new("2", "respect-dignity-and-courtesy", Direction.Mutual, true, "e")]));

        Assert.Equal(new Counts(0, 1, 1), score.Expectations);
        Assert.Contains(score.Disagreements, d => d is { Field: Field.Expectations, Kind: Disagreement.FalseNegative } && d.Evidence.StartsWith("(SiteGen reads it as mutual)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expectation_SiteGen_does_not_assert_counts_as_not_said()
    {
        var truth = Truth(expectations: [new("2", "timely-response", Direction.OfficersToMembers, 1)]);
        var score = Scorer.Score(truth, Read(expectations: [
            new("2", "timely-response", Direction.OfficersToMembers, Asserted: false, "e"),
            new("3", "respect-dignity-and-courtesy", Direction.Mutual, Asserted: false, "e"),
        ]));

        Assert.Equal(new Counts(0, 0, 1), score.Expectations);
    }

    [Fact]
    public void Expectations_are_exhaustive_so_one_on_any_clause_counts()
    {
        var score = Scorer.Score(Truth(), Read(expectations: [new("1", "respect-dignity-and-courtesy", Direction.Mutual, true, "e")]));
        Assert.Equal(new Counts(0, 1, 0), score.Expectations);
    }

    [Fact]
    public void Themes_are_scored_only_on_the_sampled_clauses()
    {
        var truth = Truth(themes: [new("1", ["confidentiality"], 1), new("2", [], 1)]);
        var score = Scorer.Score(truth, Read(themes: [
            new("1", "confidentiality", "e"),
            new("2", "equalities", "phrase 'equally'"),
            new("3", "training-and-support", "out of the sample"),
        ]));

        Assert.Equal(new Counts(1, 1, 0), score.Themes);
    }

    [Fact]
    public void A_sampled_clause_SiteGen_did_not_produce_loses_its_themes_and_is_wrong_for_addressed_to()
    {
        var truth = Truth(clauses: ["1", "2", "3", "4"], themes: [new("4", ["confidentiality", "codes-of-conduct"], 1)], addressed: [new("4", Actor.Members, 1)]);
        var score = Scorer.Score(truth, Read());

        Assert.Equal(new Counts(0, 0, 2), score.Themes);
        Assert.Equal(new Accuracy(0, 1), score.AddressedTo);
        Assert.Equal(new Counts(3, 0, 1), score.Segmentation);
        Assert.Contains(score.Disagreements, d => d.Field == Field.AddressedTo && d.What == "want members, got no clause");
    }

    [Fact]
    public void Clause_numbers_are_compared_after_folding()
    {
        var score = Scorer.Score(Truth(clauses: ["7.2(g)", "p1"]), Read(clauses: ["7.2(g)", "p1", "t1"]));
        Assert.Equal(new Counts(2, 1, 0), score.Segmentation);
    }

    [Fact]
    public void Furniture_left_in_a_clause_is_found_whatever_its_spacing()
    {
        var truth = Truth(furniture: ["Eastshire County Council – Constitution Part 6", "Page 2 of 4"]);
        var score = Scorer.Score(truth, Read(text: n => n == "2" ? "the employee remains Eastshire County Council – Constitution    Part 6 dissatisfied" : "plain"));

        Assert.Equal(1, score.FurnitureFound);
        Assert.Equal(2, score.FurnitureListed);
    }

    [Fact]
    public void Furniture_read_as_a_heading_is_found_and_is_an_extra_heading()
    {
        var truth = Truth(furniture: ["Version 3.0 – May 2024"], sections: ["Roles"]);
        var score = Scorer.Score(truth, Read(sections: ["Roles", "Version 3.0 - May 2024"]));

        Assert.Equal(1, score.FurnitureFound);
        Assert.Equal(new Counts(1, 1, 0), score.Sections);
    }

    [Fact]
    public void Nothing_said_and_nothing_stated_gives_precision_and_recall_of_one()
    {
        var score = Scorer.Score(Truth(), Read());
        Assert.Equal(1.0, score.EscalationRoles.Precision);
        Assert.Equal(1.0, score.EscalationRoles.Recall);
        Assert.True(score.EscalationRoles.IsEmpty);
    }

    [Fact]
    public void Corpus_figures_sum_the_documents_counts()
    {
        var a = Scorer.Score(Truth(routes: [OfficerRoute]), Read(routes: [new(Scenario.OfficerAboutMember, true, "stated", [ReadStep(1, "line-manager")])]));
        var b = Scorer.Score(Truth(), Read(routes: [new(Scenario.MemberAboutOfficer, true, "stated", [ReadStep(1, "director")])]));
        var corpus = new CorpusScore([a, b]);

        Assert.Equal(new Counts(1, 1, 2), corpus.EscalationRoles);
        Assert.Equal(0.5, corpus.Figures()["escalation-roles.precision"]);
        Assert.Equal(1.0 / 3, corpus.Figures()["escalation-roles.recall"], 6);
    }

    [Fact]
    public void The_report_ends_with_the_three_headline_lines()
    {
        var a = Scorer.Score(Truth(routes: [OfficerRoute], themes: [new("1", ["confidentiality"], 1)]),
            Read(routes: [new(Scenario.OfficerAboutMember, true, "stated", [ReadStep(1, "line-manager"), ReadStep(2, "director")])]));
        var text = EvalReport.Text(new CorpusScore([a]), "corpus", verbose: true);
        var lines = text.TrimEnd('\n').Split('\n');

        Assert.Equal(["escalation roles: precision 0.50, recall 0.33", "expectations: precision 1.00, recall 1.00", "themes: precision 1.00, recall 0.00"], lines[^3..]);
        Assert.Contains("escalation-roles false positive [3]: officer-about-member step 2: director", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.949, "0.94")]
    [InlineData(0.95, "0.95")]
    [InlineData(1.0, "1.00")]
    [InlineData(2.0 / 3, "0.66")]
    public void Figures_are_cut_not_rounded_to_two_decimals(double value, string printed) =>
        Assert.Equal(printed, EvalReport.Figure(value));
}
