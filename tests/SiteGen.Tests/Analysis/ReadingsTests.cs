using System.Collections.Immutable;
using System.Text;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Presentation;
using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Expectations, themes, "addressed to" and force read by general rules, with how sure SiteGen is, and the overrides
/// file's confirmations and corrections. Pure: protocol and taxonomy text in, model out, no disk.
/// </summary>
[Trait("Kind", "Pure")]
public class ReadingsTests
{
    private const string Taxonomy = """
        themes:
          - id: familiarity
            title: Familiarity
            phrases: [close personal familiarity]
          - id: respect
            title: Respect
            phrases: [respect, courtesy]
          - id: committees
            title: Committees
            phrases: [chairs and vice chairs]
          - id: equalities
            title: Equalities
            phrases: [equally, treated equally]
        expectations:
          - id: avoid-familiarity
            title: Close personal familiarity avoided
            theme: familiarity
            phrases: [close personal familiarity]
          - id: respect
            title: Respect
            theme: respect
            phrases: [respect, courtesy]
          - id: confidentiality
            title: Confidentiality
            theme: respect
            phrases: [confidentiality]
        roles:
          - id: line-manager
            title: Line manager
            synonyms: [line manager]
          - id: chief-executive
            title: Chief Executive
            synonyms: [chief executive]
          - id: monitoring-officer
            title: Monitoring Officer
            synonyms: [monitoring officer]
        escalation:
          headings: [things go wrong]
          informal: [resolve matters informally]
        """;

    private static Protocol Normalise(string body, string slug = "eastshire")
    {
        var text = $"---\nauthority: Eastshire District Council\nshort_name: Eastshire\ncouncil_type: district\nnation: england\ntitle: Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n{body}";
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile($"content/protocols/{slug}.md", text));
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    private static (SiteAnalysis Analysis, ImmutableArray<Diagnostic> Diagnostics) Analyse(Protocol protocol, string? overrides = null)
    {
        var (content, diagnostics) = AnalysisContent.Parse(new SourceFile("content/taxonomy.yml", Taxonomy),
            overrides is null ? null : new SourceFile("content/overrides.yml", overrides));
        Assert.True(content is not null, string.Join("\n", diagnostics));
        return SiteAnalyser.Analyse([protocol], [], content!);
    }

    private static ImmutableArray<ExpectationStatement> Expectations(string body) => Analyse(Normalise(body)).Analysis.Protocols[0].Expectations;

    [Fact]
    public void What_can_damage_the_relationship_between_both_sides_is_a_mutual_expectation_to_avoid_it()
    {
        var found = Expectations("Mutual respect between Councillors and officers is essential to good local government. Close personal familiarity between individual Councillors and officers can damage this relationship and prove embarrassing to other Councillors and officers.\n");
        Assert.Contains(found, s => s.Expectation == "avoid-familiarity" && s.Direction == Direction.Mutual && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_member_treated_as_any_other_member_of_the_public_is_not_the_member_officer_relationship()
    {
        var found = Expectations("Officers must distinguish between assisting a member and dealing with the same person as a customer. In the latter case, officers will treat the member with the same degree of helpfulness, courtesy and confidentiality as would be afforded to any other member of the public in the same situation.\n");
        Assert.DoesNotContain(found, s => s.Expectation is "respect" or "confidentiality");
    }

    [Fact]
    public void A_duty_on_members_only_stays_one_way_although_its_consequence_mentions_mutual_trust()
    {
        var found = Expectations("Councillors should avoid undermining respect for officers at meetings. This would be damaging to effective working relationships. It would also undermine the mutual trust and courtesy that is an essential element of a well-run authority.\n");
        Assert.Contains(found, s => s.Expectation == "respect" && s.Direction == Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Direction == Direction.Mutual);
    }

    [Fact]
    public void Each_other_makes_a_duty_mutual()
    {
        var found = Expectations("Members and officers should treat each other with respect.\n");
        Assert.Contains(found, s => s.Expectation == "respect" && s.Direction == Direction.Mutual);
    }

    [Fact]
    public void A_list_lead_in_whose_pronoun_points_back_to_its_subject_sets_the_direction_surely()
    {
        var found = Expectations("1. Councillors have the right to criticise reports, but they should always:\n\n(a) show respect for the officers concerned.\n");
        var s = Assert.Single(found, s => s.Expectation == "respect");
        Assert.Equal(Direction.MembersToOfficers, s.Direction);
        Assert.Equal(ReadingState.Read, s.Provenance.State);
    }

    [Fact]
    public void A_direction_carried_from_the_clause_around_a_sentence_needs_review_and_is_not_stated_in_the_matrix()
    {
        var protocol = Normalise("1. Officers should be helpful to councillors.\n\n2. Members will, however:\n\n(a) show respect and courtesy.\n");
        var analysis = Analyse(protocol).Analysis;
        var weak = analysis.Protocols[0].Expectations.Where(s => s.Provenance.State == ReadingState.NeedsReview).ToArray();
        Assert.All(weak, s => Assert.False(string.IsNullOrEmpty(s.Provenance.Concern)));
        var matrices = AnalysisMatrices.Build([protocol], analysis);
        foreach (var s in weak)
        {
            var cell = matrices.Expectations.Single(r => r.Expectation.Id == s.Expectation && r.Direction == s.Direction).Cells[0];
            if (cell.Statements.All(x => !x.Provenance.IsSettled)) { Assert.False(cell.IsStated); Assert.True(cell.NeedsReview); }
        }
    }

    [Theory]
    [InlineData("1. When dealing with the various party groups:\n\n(a) Any request for information from a political group must be treated with strict confidence by the Officers concerned.\n\n(b) Officers shall exercise care when giving briefings.\n", "1(a)", Actor.Officers)]
    [InlineData("1. When dealing with the various party groups:\n\n(a) Any request for information from a political group must be treated with strict confidence by the Officers concerned.\n\n(b) Officers shall exercise care when giving briefings.\n", "1(b)", Actor.Officers)]
    [InlineData("1. Close familiarity can damage relationships. Officers should refer to Councillors by their title. Councillors should similarly avoid excessive informality with Officers.\n", "1", Actor.Both)]
    [InlineData("1. If conciliation is not possible, officers can have recourse to the Chief Executive. Officers also have recourse to the arrangements for complaints under the Members' Code of Conduct.\n", "1", Actor.Officers)]
    public void Addressed_to_follows_the_subject_of_the_duty_not_every_party_mentioned(string body, string number, Actor expected)
    {
        Assert.Equal(expected, Normalise(body).Clause(number).Actor);
    }

    [Fact]
    public void Who_provides_advice_is_not_whom_a_clause_addresses()
    {
        var clause = Normalise("1. Particular care is required before elections, and advice on this is provided by the Monitoring Officer.\n").Clause("1");
        Assert.NotEqual(Actor.StatutoryOfficers, clause.Actor);
    }

    [Fact]
    public void Addressed_to_read_only_from_mentions_needs_review_and_says_why()
    {
        var analysis = Analyse(Normalise("1. The relationship between members and officers is important.\n")).Analysis;
        var reading = analysis.Protocols[0].Clauses.Single();
        Assert.Equal(ReadingState.NeedsReview, reading.AddressedToProvenance.State);
        Assert.Contains("mention", reading.AddressedToProvenance.Concern, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Equally, any information given to a member must be used only for that purpose.", "equalities")]
    [InlineData("Officers should refer to councillors by their title, for example Mayor, Chair, Vice-Chair, or Councillor.", "committees")]
    public void A_connective_or_a_list_of_titles_does_not_put_a_clause_on_a_theme(string text, string theme)
    {
        var (taxonomy, _) = TaxonomyFileParser.Parse(new SourceFile("t.yml", Taxonomy));
        Assert.DoesNotContain(new ThemeClassifier(taxonomy!).Classify(text, []), t => t.Theme == theme);
        Assert.Contains(new ThemeClassifier(taxonomy!).Classify("All members are treated equally. Chairs and Vice Chairs meet officers.", []), t => t.Theme == theme);
    }

    private const string Procedure = "# When things go wrong\n\n1. If an officer is concerned about the behaviour of a councillor, the officer should raise it with their line manager, who will refer it to the Chief Executive.\n";

    [Fact]
    public void A_route_correction_changes_the_matrix_diagram_csv_and_json_and_says_who_made_it()
    {
        var protocol = Normalise(Procedure);
        const string overrides = """
            routes:
              - authority: eastshire
                scenario: officer-about-member
                action: replace
                steps:
                  - roles: [line-manager]
                    clause: eastshire/1
                  - roles: [monitoring-officer]
                    clause: eastshire/1
                owner: Jane Smith, Monitoring Officer
                note: the Chief Executive passes such matters to the Monitoring Officer
            """;
        var (analysis, diagnostics) = Analyse(protocol, overrides);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var route = analysis.Protocols[0].Escalation.Routes.Single(r => r.Scenario == Scenario.OfficerAboutMember);
        Assert.Equal(["line-manager", "monitoring-officer"], route.Steps.Select(s => s.Roles[0]));
        Assert.Equal(RouteStatus.Stated, route.Status);
        Assert.Equal(ReadingState.Corrected, route.Provenance!.State);

        var files = AnalysisData.Build([protocol], analysis).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
        Assert.Contains("monitoring-officer", files[AnalysisData.Escalation], StringComparison.Ordinal);
        Assert.Contains("corrected,\"Jane Smith, Monitoring Officer\"", files[AnalysisData.Escalation], StringComparison.Ordinal);

        var json = ProtocolData.Build([protocol], analysis).Single(f => f.Path == "data/protocols/eastshire.json");
        var text = Encoding.UTF8.GetString(json.Content);
        Assert.Contains("\"corrected\"", text, StringComparison.Ordinal);
        Assert.Contains("Jane Smith, Monitoring Officer", text, StringComparison.Ordinal);

        var titles = AnalysisLabels.RouteTitles(analysis.Taxonomy);
        var diagram = EscalationDiagram.Render("flow", "Eastshire", false, analysis.Protocols[0].Escalation, titles, id => id[(id.IndexOf('/') + 1)..]).Value;
        Assert.Contains("Corrected by Jane Smith", diagram, StringComparison.Ordinal);
        Assert.Contains("Monitoring Officer", EscalationDiagram.Describe(analysis.Protocols[0].Escalation, titles, id => id), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_step_can_be_replaced_and_a_step_that_does_not_exist_is_a_located_error()
    {
        var protocol = Normalise(Procedure);
        var read = Analyse(protocol).Analysis.Protocols[0].Escalation.Routes.Single(r => r.Scenario == Scenario.OfficerAboutMember);
        var last = read.Steps.Length;
        var (analysis, diagnostics) = Analyse(protocol, $"""
            routes:
              - authority: eastshire
                scenario: officer-about-member
                action: replace-step
                step: {last}
                roles: [monitoring-officer]
                clause: eastshire/1
                owner: J. Smith
              - authority: eastshire
                scenario: officer-about-member
                action: remove-step
                step: 9
                owner: J. Smith
            """);
        var route = analysis.Protocols[0].Escalation.Routes.Single(r => r.Scenario == Scenario.OfficerAboutMember);
        Assert.Equal("monitoring-officer", route.Steps[^1].Roles[0]);
        var error = Assert.Single(diagnostics, d => d.Code == "SG1312");
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void A_correction_naming_a_clause_that_no_longer_exists_is_an_error_with_its_line_and_the_nearest_id()
    {
        var (_, diagnostics) = Analyse(Normalise("1. Members should show respect to officers.\n\n2. Officers should be courteous to members.\n"), """
            expectations:
              - clause: eastshire/1
                expectation: respect
                direction: members-to-officers
                action: confirm
                owner: J. Smith
              - clause: eastshire/3
                expectation: respect
                direction: members-to-officers
                action: remove
                owner: J. Smith
            """);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("content/overrides.yml", 7, "SG1309"), (error.File, error.Line, error.Code));
        Assert.Contains("eastshire/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirmations_and_corrections_of_expectations_addressed_to_and_force_show_in_the_data()
    {
        var protocol = Normalise("1. Members should show respect to officers.\n\n2. The relationship between members and officers is important.\n");
        var (analysis, diagnostics) = Analyse(protocol, """
            expectations:
              - clause: eastshire/1
                expectation: respect
                direction: members-to-officers
                action: redirect
                to: mutual
                owner: J. Smith
            clauses:
              - clause: eastshire/2
                addressed_to: both
                force: should
                owner: J. Smith
              - clause: eastshire/1
                confirm: [addressed_to]
                owner: A. Jones
            """);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var p = analysis.Protocols[0];
        var x = Assert.Single(p.Expectations, s => s.Expectation == "respect");
        Assert.Equal((Direction.Mutual, ReadingState.Corrected, "J. Smith"), (x.Direction, x.Provenance.State, x.Provenance.Owner));
        var two = p.Clauses.Single(c => c.ClauseId == "eastshire/2");
        Assert.Equal((Actor.Both, Modality.Should, ReadingState.Corrected), (two.AddressedTo, two.Force, two.ForceProvenance.State));
        Assert.Equal(ReadingState.Confirmed, p.Clauses.Single(c => c.ClauseId == "eastshire/1").AddressedToProvenance.State);
        var csv = Encoding.UTF8.GetString(ClauseCsv.Build([protocol], analysis).Content);
        Assert.Contains("members and officers,should", csv, StringComparison.Ordinal);
        Assert.Contains("Corrected by J. Smith", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_values_in_the_overrides_file_are_located_errors_with_the_nearest_value()
    {
        var (taxonomy, _) = TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", Taxonomy));
        var (_, diagnostics) = OverridesFileParser.Parse(new SourceFile("content/overrides.yml", """
            expectations:
              - clause: eastshire/1
                expectation: respekt
                direction: member-to-officers
                action: confirm
            """), taxonomy!);
        Assert.Contains(diagnostics, d => d.Code == "SG1300" && d.Line == 2 && d.Message.Contains("'respect'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "SG1305" && d.Message.Contains("members-to-officers", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'owner'", StringComparison.Ordinal));
    }
}
