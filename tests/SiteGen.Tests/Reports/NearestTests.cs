using SiteGen.Reports;

namespace SiteGen.Tests.Reports;

[Trait("Kind", "Pure")]
public class NearestTests
{
    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("hackney", "hackney", 0)]
    [InlineData("hackny", "hackney", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("7.2(g)", "7.2(a)", 1)]
    [InlineData("7.2g", "7.2(g)", 2)]
    public void Distance_counts_single_character_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Nearest.Distance(a, b));
        Assert.Equal(expected, Nearest.Distance(b, a));
    }

    [Fact]
    public void Ties_keep_document_order_so_a_mistyped_item_suggests_its_neighbours()
    {
        string[] numbers = ["7.1", "7.2", "7.2(a)", "7.2(b)", "7.2(c)", "7.2(d)", "8.1"];
        Assert.Equal(["7.2(a)", "7.2(b)", "7.2(c)"], Nearest.Of("7.2(z)", numbers).ToArray());
    }

    [Fact]
    public void Closest_comes_first_and_repeats_are_dropped()
    {
        Assert.Equal(["hackney", "haringey"], Nearest.Of("hackny", ["merton", "haringey", "hackney", "hackney"], 2).ToArray());
    }

    [Fact]
    public void One_word_of_a_long_hyphenated_id_suggests_the_ids_with_that_word_before_short_lookalikes()
    {
        string[] themes = ["equalities", "confidentiality", "bullying-harassment-and-undue-pressure", "complaints-and-escalation", "codes-of-conduct"];
        Assert.Equal("equalities", Nearest.Of("escalation", themes, 1)[0]); // what plain edit distance would offer
        Assert.Equal(["complaints-and-escalation", "equalities"], Nearest.OfWords("escalation", themes, 2).ToArray());
        Assert.Equal("bullying-harassment-and-undue-pressure", Nearest.OfWords("bullying", themes)[0]);
        Assert.Equal("confidentiality", Nearest.OfWords("confidentality", themes)[0]);
    }
}
