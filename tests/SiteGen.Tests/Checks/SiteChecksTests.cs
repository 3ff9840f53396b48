using System.Diagnostics;
using SiteGen.Checks;
using Xunit.Abstractions;

namespace SiteGen.Tests.Checks;

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class SiteChecksTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("clean", 0, 0, 0)]
    [InlineData("broken-links", 13, -1, -1)]
    [InlineData("invalid-html", 0, 4, -1)]
    [InlineData("inaccessible", 0, -1, 2)]
    public async Task Every_check_runs_on_each_fixture_and_finds_what_was_planted(string fixture, int linkFindings, int htmlFindings, int axeFindings)
    {
        var tools = await TestTools.RequireAsync();
        var watch = Stopwatch.StartNew();
        var report = await SiteChecks.RunAsync(RepoPaths.Fixture(fixture), tools);
        output.WriteLine($"{fixture}: all checks {watch.ElapsedMilliseconds} ms (" +
                         string.Join(", ", report.Checks.Select(c => $"{c.Check} {c.Elapsed.TotalMilliseconds:F0} ms, {c.Findings.Count} findings")) + ")");

        Assert.Equal(["links", "html", "accessibility"], report.Checks.Select(c => c.Check));
        Assert.All(report.Checks, c => Assert.True(c.Ran, c.Check));
        Assert.Equal(linkFindings, report.Checks[0].Findings.Count);
        if (htmlFindings >= 0) Assert.Equal(htmlFindings, report.Checks[1].Findings.Count);
        else Assert.NotEmpty(report.Checks[1].Findings); // the broken fixtures are not valid HTML either (e.g. img without alt)
        if (axeFindings >= 0) Assert.Equal(axeFindings, report.Checks[2].Findings.Count);
        Assert.Equal(fixture != "clean", report.HasErrors);
    }
}
