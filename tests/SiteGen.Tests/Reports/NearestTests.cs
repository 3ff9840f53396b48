using SiteGen.Reports;

namespace SiteGen.Tests.Reports;

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
}
