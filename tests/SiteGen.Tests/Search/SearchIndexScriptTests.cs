using System.Text;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

[Trait("Kind", "Pure")]
public class SearchIndexScriptTests
{
    private static readonly SearchField[] Fields = [new("text")];

    [Fact]
    public void Script_assigns_the_index_json_to_a_global()
    {
        var index = LunrIndexBuilder.Build(Fields, [new SearchDocument("a", new Dictionary<string, string> { ["text"] = "Officers and members" })]);
        var script = Encoding.UTF8.GetString(SearchIndexScript.ToBytes(index, "SEARCH"));
        Assert.Equal("var SEARCH = " + LunrIndexJson.ToJson(index) + ";\n", script);
    }

    [Fact]
    public void Line_and_paragraph_separators_are_escaped_for_engines_before_es2019()
    {
        var index = LunrIndexBuilder.Build(Fields, [new SearchDocument("ref\u2028with\u2029separators", new Dictionary<string, string> { ["text"] = "x" })]);
        var json = LunrIndexJson.ToJson(index);
        var script = Encoding.UTF8.GetString(SearchIndexScript.ToBytes(index));

        Assert.Contains('\u2028', json);
        Assert.DoesNotContain('\u2028', script);
        Assert.DoesNotContain('\u2029', script);
        Assert.Contains("ref\\u2028with\\u2029separators", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-b")]
    [InlineData("x;alert(1)")]
    [InlineData("1abc")]
    public void Refuses_a_global_name_that_is_not_an_identifier(string name)
    {
        var index = LunrIndexBuilder.Build(Fields, []);
        Assert.Throws<ArgumentException>(() => SearchIndexScript.ToBytes(index, name));
    }
}
