using SiteGen.Content;
using SiteGen.Evaluation;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Evaluation;

/// <summary>Reading annotations: a slip in an id or a clause is an error at its line naming the nearest ids.</summary>
[Trait("Kind", "Pure")]
public class TruthFileReaderTests
{
    private static readonly Taxonomy Taxonomy = TaxonomyFileParser.Parse(Repo.ContentFile("content/taxonomy.yml")).Taxonomy!;

    private const string Valid = """
        shape: plain
        clauses: ["1", "1.1", "1.2", "2.1(a)"]
        sections: ["Introduction"]
        furniture: ["Page 1 of 2"]
        routes:
          officer-about-member:
            - { roles: [line-manager], printed: ["line manager"], clause: "1.1" }
            - { roles: [director, chief-executive], printed: ["Group Director", "Chief Executive"], clause: "1.2" }
          member-about-officer:
            - { roles: [other], printed: ["Town Clerk"], clause: "1.2" }
        expectations:
          - { clause: "2.1(a)", expectation: respect-dignity-and-courtesy, direction: members-to-officers }
        themes:
          - { clause: "1.1", themes: [confidentiality] }
          - { clause: "1", themes: [] }
        addressed_to:
          - { clause: "1.1", actor: statutory-officers }
        force:
          - { clause: "1.1", modality: must-not }
        """;

    private static (DocumentTruth? Truth, string Messages) Parse(string yaml)
    {
        var (truth, diagnostics) = TruthFileReader.Parse(new SourceFile("corpus/04-x.truth.yml", yaml), "corpus/04-x.md", Taxonomy);
        return (truth, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Reads_every_field_of_a_valid_annotation()
    {
        var (truth, messages) = Parse(Valid);

        Assert.True(truth is not null, messages);
        Assert.Equal("04-x", truth.Name);
        Assert.Equal("1 1.1 1.2 2.1(a)", string.Join(" ", truth.Clauses));
        var route = Assert.Single(truth.Routes, r => r.Situation == Scenario.OfficerAboutMember);
        Assert.Equal(2, route.Steps.Length);
        Assert.Equal("director chief-executive", string.Join(" ", route.Steps[1].Roles.Select(r => r.Id)));
        Assert.Equal("Group Director", route.Steps[1].Roles[0].Printed);
        Assert.Equal("other:town clerk", truth.Routes.Single(r => r.Situation == Scenario.MemberAboutOfficer).Steps[0].Roles[0].Key);
        Assert.Equal(Direction.MembersToOfficers, Assert.Single(truth.Expectations).Direction);
        Assert.Empty(truth.Themes.Single(t => t.Clause == "1").Themes);
        Assert.Equal(Actor.StatutoryOfficers, Assert.Single(truth.AddressedTo).Actor);
        Assert.Equal(Modality.MustNot, Assert.Single(truth.Force).Modality);
        Assert.Equal("Page 1 of 2", Assert.Single(truth.Furniture));
    }

    [Theory]
    [InlineData("themes: [confidentiality] }", "themes: [confidentialty] }", 14, "SG1206", "Did you mean 'confidentiality'?")]
    [InlineData("expectation: respect-dignity-and-courtesy", "expectation: respect-dignity-courtesy", 12, "SG1205", "Did you mean 'respect-dignity-and-courtesy'?")]
    [InlineData("roles: [line-manager]", "roles: [line-manger]", 7, "SG1204", "Did you mean 'line-manager'?")]
    [InlineData("  officer-about-member:", "  officer-about-members:", 6, "SG1203", "Did you mean 'officer-about-member'?")]
    [InlineData("direction: members-to-officers", "direction: member-to-officer", 12, "SG1207", "Did you mean 'members-to-officers'?")]
    [InlineData("actor: statutory-officers", "actor: statutory", 17, "SG1207", "")]
    [InlineData("modality: must-not", "modality: must_not", 19, "SG1207", "Did you mean 'must-not'?")]
    [InlineData("{ clause: \"1.1\", themes: [confidentiality] }", "{ clause: \"1.3\", themes: [confidentiality] }", 14, "SG1208", "not in this annotation's 'clauses' list")]
    public void A_slip_is_an_error_at_its_line_with_the_nearest_ids(string right, string wrong, int line, string code, string hint)
    {
        Assert.Contains(right, Valid, StringComparison.Ordinal);
        var (truth, messages) = Parse(Valid.Replace(right, wrong, StringComparison.Ordinal));

        Assert.Null(truth);
        Assert.Contains($"corpus/04-x.truth.yml:{line}: error {code}: ", messages, StringComparison.Ordinal);
        Assert.Contains(hint, messages, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_an_error_at_its_line()
    {
        var (truth, messages) = Parse(Valid.Replace("sections:", "section:", StringComparison.Ordinal));
        Assert.Null(truth);
        Assert.Contains("corpus/04-x.truth.yml:3", messages, StringComparison.Ordinal);
        Assert.Contains("SG1201", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void An_other_role_needs_its_printed_title()
    {
        var (truth, messages) = Parse(Valid.Replace("{ roles: [other], printed: [\"Town Clerk\"], clause: \"1.2\" }", "{ roles: [other], clause: \"1.2\" }", StringComparison.Ordinal));
        Assert.Null(truth);
        Assert.Contains(":10: error SG1209: A role 'other' is compared by its printed title", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_sampled_twice_is_an_error()
    {
        var (truth, messages) = Parse(Valid.Replace("- { clause: \"1\", themes: [] }", "- { clause: \"1.1\", themes: [] }", StringComparison.Ordinal));
        Assert.Null(truth);
        Assert.Contains(":15: error SG1210", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_is_beside_the_annotation_unless_it_names_one()
    {
        Assert.Equal("corpus/04-x.md", TruthFileReader.TextPathFor(new SourceFile("corpus/04-x.truth.yml", Valid)));
        Assert.Equal("tests/corpus/../../content/protocols/hackney.md",
            TruthFileReader.TextPathFor(new SourceFile("tests/corpus/seed-hackney.truth.yml", "text: ../../content/protocols/hackney.md\n" + Valid)));
    }
}
