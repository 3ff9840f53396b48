using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Content;

[Trait("Kind", "Pure")]
public class ProtocolFileParserTests
{
    private const string Valid = "---\nauthority: Test Council\ncouncil_type: district\nnation: england\ntitle: Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n1.1 Text.\n";

    private static (ProtocolDocument? Doc, Diagnostic[] Errors) Parse(string text, string path = "content/protocols/test.md")
    {
        var (doc, errors) = ProtocolFileParser.Parse(new SourceFile(path, text));
        return (doc, errors.ToArray());
    }

    [Fact]
    public void Valid_front_matter_becomes_metadata_and_the_body_keeps_its_line_numbers()
    {
        var (doc, errors) = Parse(Valid);
        Assert.Empty(errors);
        Assert.Equal("test", doc!.Metadata.Slug);
        Assert.Equal(CouncilType.District, doc.Metadata.CouncilType);
        Assert.Equal("Test Council", doc.Metadata.ShortName);
        Assert.Equal(10, doc.BodyFirstLine);
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line_in_the_file()
    {
        var (doc, errors) = Parse("---\nauthority: Test\ntitle: \"unclosed\nstatus: adopted\n---\nbody");
        Assert.Null(doc);
        var error = Assert.Single(errors);
        Assert.Equal("content/protocols/test.md", error.File);
        Assert.InRange(error.Line, 3, 5);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_line_and_the_known_fields()
    {
        var (_, errors) = Parse(Valid.Replace("council_type", "councl_type", StringComparison.Ordinal));
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("Unknown field 'councl_type'", error.Message);
        Assert.Contains("council_type", error.Message.Split("fields are:")[1]);
    }

    [Fact]
    public void A_bad_choice_lists_the_allowed_values_at_the_fields_line()
    {
        var (_, errors) = Parse(Valid.Replace("status: adopted", "status: approved", StringComparison.Ordinal));
        var error = Assert.Single(errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("'approved' is not a valid status", error.Message);
        Assert.Contains("adopted, draft", error.Message);
    }

    [Fact]
    public void Missing_required_fields_are_all_reported_together()
    {
        var (_, errors) = Parse("---\nauthority: Test\n---\nbody");
        Assert.Contains(errors, e => e.Message.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'source'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("council_type", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_that_is_a_list_gets_a_plain_explanation()
    {
        var (_, errors) = Parse("---\n- authority\n- title\n---\nbody");
        var error = Assert.Single(errors);
        Assert.Contains("is a list", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_file_without_front_matter_or_with_an_unclosed_one_says_how_to_fix_it()
    {
        Assert.Contains("Start it with a line '---'", Assert.Single(Parse("1.1 Just text").Errors).Message);
        Assert.Contains("never closed", Assert.Single(Parse("---\nauthority: x\n").Errors).Message);
    }

    [Theory]
    [InlineData("content/protocols/Hackney Council.md")]
    [InlineData("content/protocols/index.md")]
    [InlineData("content/protocols/..md")]
    public void Unsafe_or_reserved_file_names_are_refused_with_a_suggestion(string path)
    {
        var (doc, errors) = Parse(Valid, path);
        Assert.Null(doc);
        Assert.Contains(errors, e => e.Code == "SG0130");
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        var (_, errors) = Parse(Valid.Replace("coverage: full", "coverage: full\ndate: 2023-02-30", StringComparison.Ordinal));
        Assert.Contains("yyyy-mm-dd", Assert.Single(errors).Message);
    }
}
