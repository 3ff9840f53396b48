using SiteGen.Content;
using SiteGen.Evaluation;

namespace SiteGen.Tests.Evaluation;

[Trait("Kind", "Pure")]
public class FloorsTests
{
    private static readonly string[] Known = ["escalation-roles.precision", "escalation-roles.recall", "themes.precision"];

    [Fact]
    public void A_figure_below_its_floor_is_an_error_at_the_floors_line()
    {
        var (floors, errors) = Floors.Parse(new SourceFile("floors.yml", "# comment\nescalation-roles.precision: 0.60\nthemes.precision: 0.50\n"), Known);
        Assert.Empty(errors);

        var below = Floors.Check(new Dictionary<string, double> { ["escalation-roles.precision"] = 0.599, ["themes.precision"] = 0.5 }, floors, "floors.yml");

        var error = Assert.Single(below);
        Assert.Equal("floors.yml:2: error SG1213: escalation-roles.precision is 0.59, below its floor 0.60. Find what got worse with 'sitegen eval --verbose'.", error.ToString());
    }

    [Fact]
    public void A_figure_equal_to_its_floor_passes()
    {
        var (floors, _) = Floors.Parse(new SourceFile("floors.yml", "themes.precision: 0.95\n"), Known);
        Assert.Empty(Floors.Check(new Dictionary<string, double> { ["themes.precision"] = 19.0 / 20 }, floors, "floors.yml"));
    }

    [Theory]
    [InlineData("escalation-role.precision: 0.5", "SG1212", "Did you mean 'escalation-roles.precision'?")]
    [InlineData("themes.precision: high", "SG1212", "a number from 0 to 1")]
    [InlineData("themes.precision: 1.5", "SG1212", "a number from 0 to 1")]
    [InlineData("themes.precision: [0.5", "SG1201", "not valid YAML")]
    public void A_bad_floor_is_an_error(string yaml, string code, string hint)
    {
        var (_, errors) = Floors.Parse(new SourceFile("floors.yml", yaml), Known);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }
}
