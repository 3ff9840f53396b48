using System.Text;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Content;

/// <summary>Pure, in-memory checks of how the parsers treat hostile or careless input: a located error, never a crash, a guess or a blow-up.</summary>
[Trait("Kind", "Pure")]
public class UntrustedInputParsingTests
{
    private const string Theme = "themes:\n  - id: respect\n    title: Respect\n    phrases: [respect]\n";

    private static Taxonomy RespectOnly() => TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", Theme)).Taxonomy!;

    /// <summary>Each list of taxonomy.yml and overrides.yml, with one empty entry ('-' alone or '~') and the line it is on.</summary>
    public static TheoryData<string, string, int> EmptyEntries() => new()
    {
        { "taxonomy.yml", "themes:\n  -\n", 2 },
        { "taxonomy.yml", "themes:\n  - ~\n", 2 },
        { "taxonomy.yml", Theme + "expectations:\n  - ~\n", 6 },
        { "taxonomy.yml", Theme + "roles:\n  -\n", 6 },
        { "taxonomy.yml", Theme + "escalation:\n  side_routes:\n    - ~\n", 7 },
        { "taxonomy.yml", "themes:\n  - id: respect\n    title: Respect\n    phrases:\n      - respect\n      -\n", 6 },
        { "taxonomy.yml", "themes:\n  - id: respect\n    title: Respect\n    phrases: [respect]\n    headings: [~]\n", 5 },
        { "taxonomy.yml", Theme + "escalation:\n  informal: [~]\n", 6 },
        { "taxonomy.yml", Theme + "roles:\n  - id: mo\n    title: MO\n    synonyms: [monitoring officer, ~]\n", 8 },
        { "overrides.yml", "themes:\n  -\n", 2 },
        { "overrides.yml", "themes:\n  - clause: base/1.1\n    add: [respect, ~]\n", 3 },
        { "overrides.yml", "not_quoted:\n  - ~\n", 2 },
        { "overrides.yml", "not_quoted:\n  - authority: base\n    paragraphs: \"2\"\n    covers:\n      -\n", 5 },
    };

    [Theory]
    [MemberData(nameof(EmptyEntries))]
    public void An_empty_list_entry_is_a_located_error_not_a_crash(string file, string yaml, int line)
    {
        var source = new SourceFile("content/" + file, yaml);
        var diagnostics = file == "taxonomy.yml"
            ? TaxonomyFileParser.Parse(source).Diagnostics
            : OverridesFileParser.Parse(source, RespectOnly()).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("SG0601", line), (error.Code, error.Line));
        Assert.Contains("This entry is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("themes:\n  - id: respect\n    title: Respect\n    phrases: [respect]\n    title: Courtesy\n", 5, "title")]
    [InlineData("themes:\n  - id: respect\n    id: courtesy\n    title: Respect\n    phrases: [respect]\n", 3, "id")]
    [InlineData("themes: []\nthemes:\n  - id: respect\n    title: Respect\n    phrases: [respect]\n", 2, "themes")]
    public void A_key_given_twice_in_the_taxonomy_is_refused_at_the_second(string yaml, int line, string key)
    {
        var error = Assert.Single(TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml)).Diagnostics);
        Assert.Equal(("SG0601", line), (error.Code, error.Line));
        Assert.Contains($"The field '{key}' is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_in_site_json_is_refused_with_its_line()
    {
        var (config, errors) = SiteConfigParser.Parse(new SourceFile("site.json", "{\n  \"title\": \"A\",\n  \"strict\": false,\n  \"strict\": true\n}\n"));
        Assert.Null(config);
        var error = Assert.Single(errors);
        Assert.Equal(("SG0101", 4), (error.Code, error.Line));
        Assert.Contains("'strict' is given twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("themes: 5\n")]
    [InlineData("themes:\n  - id: respect\n    title: Respect\n    phrases: 7\n")]
    [InlineData("themes:\n  - id: respect\n    title: [a, b]\n    phrases: [respect]\n")]
    [InlineData("themes:\n  - [a, b]\n")]
    public void A_value_of_the_wrong_kind_is_explained_without_dotnet_type_names(string yaml)
    {
        var error = Assert.Single(TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml)).Diagnostics);
        Assert.Equal("SG0601", error.Code);
        Assert.True(error.Line >= 1);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_that_expand_a_file_past_the_limit_are_refused_before_it_is_read()
    {
        // Nine levels of ten aliases each: under 600 bytes that stand for 10^9 phrases.
        var yaml = new StringBuilder("themes:\n  - id: a\n    title: A\n    phrases: &l0 [w, w, w, w, w, w, w, w, w, w]\n");
        for (var level = 1; level <= 9; level++)
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{ id: t{level}, title: T, phrases: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}] }}\n");

        var error = Assert.Single(TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml.ToString())).Diagnostics);

        Assert.Equal("SG1510", error.Code);
        Assert.Equal(8, error.Line); // the fourth level (111,111 entries) passes 100,000
        Assert.Null(YamlExpansion.FirstExcess("a: &x [1, 2, 3]\nb: *x\nc: *x\n"));
        Assert.Equal(16, YamlExpansion.FirstExcess("a: &x [1, 2, 3]\nb: *x\nc: *x\n", limit: 12)?.Nodes);
    }

    [Fact]
    public void A_field_over_its_length_limit_is_refused_at_its_line()
    {
        var text = "---\nauthority: Long Council\nshort_name: " + new string('L', 200_000) + "\ncouncil_type: district\nnation: england\n" +
                   "title: Protocol\nstatus: adopted\nsource: test\ncoverage: full\npage_furniture:\n  - " + new string('F', 1_001) + "\n---\n1.1 Text.\n";

        var (document, errors) = ProtocolFileParser.Parse(new SourceFile("content/protocols/long.md", text));

        Assert.Null(document);
        Assert.Equal([("SG1501", 3), ("SG1501", 11)], errors.Select(e => (e.Code, e.Line)));
        Assert.Contains("'short_name' is 200,000 characters long; it may be at most 100", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_si\u0000te")]
    [InlineData("out\nput")]
    [InlineData("C:/site")]
    [InlineData("a|b")]
    public void An_output_folder_with_characters_no_folder_can_have_is_refused(string outputDir)
    {
        var json = "{ \"title\": \"T\",\n  \"outputDir\": " + System.Text.Json.JsonSerializer.Serialize(outputDir) + " }";
        var (config, errors) = SiteConfigParser.Parse(new SourceFile("site.json", json));
        Assert.Null(config);
        Assert.Contains(errors, e => e.Code is "SG1509" or "SG0105" && e.Line == 2);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_and_without_one_is_named()
    {
        const string text = "---\nauthority: A\n---\n1.1 Café.\n";
        foreach (var encoding in new[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
        {
            var (file, error) = ContentReader.Decode("a.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
            Assert.Null(error);
            Assert.Equal(text, file!.Text);
        }
        var (none, noBom) = ContentReader.Decode("b.md", new UnicodeEncoding(false, false).GetBytes(text));
        Assert.Null(none);
        Assert.Equal("SG1512", noBom!.Code);
        Assert.Contains("UTF-16", noBom.Message, StringComparison.Ordinal);
        Assert.Equal("SG0144", ContentReader.Decode("c.md", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x10, 0x00]).Error!.Code);
    }

    [Theory]
    [InlineData("---\rauthority: A\r---\r1.1 Text.\r")]
    [InlineData("---\r\nauthority: A\r\n---\r\n1.1 Text.\r\n")]
    [InlineData("---\nauthority: A\n---\n1.1 Text.\n")]
    public void Every_kind_of_line_ending_reads_the_same(string text)
    {
        var (file, error) = ContentReader.Decode("a.md", Encoding.UTF8.GetBytes(text));
        Assert.Null(error);
        Assert.Equal("---\nauthority: A\n---\n1.1 Text.\n", file!.Text);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("index")]
    [InlineData("lpt1")]
    public void A_taxonomy_id_that_names_a_device_or_a_page_of_the_site_is_refused(string id)
    {
        var yaml = $"themes:\n  - id: fine\n    title: Fine\n    phrases: [fine]\n  - id: {id}\n    title: X\n    phrases: [respect]\n";
        var error = Assert.Single(TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml)).Diagnostics);
        Assert.Equal(("SG1513", 5), (error.Code, error.Line));
        var longId = new string('a', Slugs.MaxLength + 1);
        Assert.Equal("SG1513", Assert.Single(TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml.Replace($"id: {id}", $"id: {longId}", StringComparison.Ordinal))).Diagnostics).Code);
    }

    [Theory]
    [InlineData("İstanbul Şehir", "istanbul-sehir")]
    [InlineData("Ŵyl Ŷr Ẁyddfa", "wyl-yr-wyddfa")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Straße ı", "stra-e")]
    [InlineData("e\u0301te\u0301", "ete")]
    public void Slugs_drop_accents_the_same_way_with_or_without_the_system_unicode_library(string heading, string slug) =>
        Assert.Equal(slug, Slugs.Suggest(heading));
}
