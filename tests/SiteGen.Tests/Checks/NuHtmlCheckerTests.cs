using SiteGen.Checks;
using SiteGen.Checks.Html;
using SiteGen.Checks.Tools;
using SiteGen.Model;
using Xunit.Abstractions;

namespace SiteGen.Tests.Checks;

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class NuHtmlCheckerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_clean_fixture_passes_the_real_nu_html_checker()
    {
        var result = await NuHtmlChecker.CheckAsync(RepoPaths.Fixture("clean"), await TestTools.RequireAsync());
        output.WriteLine($"vnu over the clean fixture: {result.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var f in result.Findings) output.WriteLine(f.ToString());
        Assert.True(result.Ran);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Invalid_markup_is_reported_with_file_line_and_column()
    {
        var site = RepoPaths.Fixture("invalid-html");
        var page = Path.Combine(site, "index.html");

        var result = await NuHtmlChecker.CheckAsync(site, await TestTools.RequireAsync());
        output.WriteLine($"vnu over the invalid-html fixture: {result.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var f in result.Findings) output.WriteLine(f.ToString());

        Assert.True(result.Ran);
        Assert.All(result.Findings, f => Assert.Equal("index.html", f.File));
        AssertFinding(result, Severity.Error, RepoPaths.LineOf(page, "<span><div>"), "Element “div” not allowed as child of element “span”");
        AssertFinding(result, Severity.Error, RepoPaths.LineOf(page, "Clause 4 again"), "Duplicate ID “clause-4”");
        AssertFinding(result, Severity.Warning, RepoPaths.LineOf(page, "<p id=\"clause-4\">Clause 4</p>"), "The first occurrence of ID “clause-4” was here");
        AssertFinding(result, Severity.Error, RepoPaths.LineOf(page, "</p></li>"), "No “li” element in scope but a “li” end tag seen");
    }

    [Fact]
    public async Task Without_java_the_check_reports_why_instead_of_throwing()
    {
        var tools = await TestTools.RequireAsync() with { Java = null, Missing = [new MissingTool("Java", ToolChecks.Html, "Install Java.")] };
        var result = await NuHtmlChecker.CheckAsync(RepoPaths.Fixture("clean"), tools);
        Assert.False(result.Ran);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(CheckCodes.ToolUnavailable, finding.Code);
        Assert.Contains("The HTML check (Nu Html Checker) did not run: Java was not found. Install Java.", finding.Message, StringComparison.Ordinal);
    }

    private static void AssertFinding(CheckResult result, Severity severity, int line, string messageStart)
    {
        var finding = Assert.Single(result.Findings, f => f.Line == line && f.Message.StartsWith(messageStart, StringComparison.Ordinal));
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(severity == Severity.Error ? CheckCodes.HtmlError : CheckCodes.HtmlWarning, finding.Code);
        Assert.True(finding.Column > 0);
    }
}
