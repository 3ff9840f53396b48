using SiteGen.Checks;
using SiteGen.Checks.Accessibility;
using Xunit.Abstractions;

namespace SiteGen.Tests.Checks;

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class AxeCheckerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_clean_fixture_has_no_wcag_a_or_aa_violations_in_a_real_browser()
    {
        var result = await AxeChecker.CheckAsync(RepoPaths.Fixture("clean"), await TestTools.RequireAsync());
        output.WriteLine($"axe over the clean fixture (3 pages): {result.Result.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var f in result.Result.Findings) output.WriteLine(f.ToString());
        Assert.True(result.Result.Ran);
        Assert.Empty(result.Result.Findings);
    }

    [Fact]
    public async Task A_missing_alt_text_and_low_contrast_text_are_found_on_their_elements()
    {
        var result = await AxeChecker.CheckAsync(RepoPaths.Fixture("inaccessible"), await TestTools.RequireAsync());
        output.WriteLine($"axe over the inaccessible fixture: {result.Result.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var f in result.Result.Findings) output.WriteLine(f.ToString());

        Assert.True(result.Result.Ran);
        var missingAlt = Assert.Single(result.Violations, v => v.RuleId == "image-alt");
        Assert.Equal(("index.html", "critical"), (missingAlt.Page, missingAlt.Impact));
        Assert.Contains("class=\"crest\"", missingAlt.Html, StringComparison.Ordinal);
        Assert.Single(missingAlt.Target);
        Assert.StartsWith("https://dequeuniversity.com/rules/axe/", missingAlt.HelpUrl, StringComparison.Ordinal);

        var contrast = Assert.Single(result.Violations, v => v.RuleId == "color-contrast");
        Assert.Contains("class=\"faint\"", contrast.Html, StringComparison.Ordinal);
        Assert.Contains("#b0b0b0", contrast.FailureSummary, StringComparison.Ordinal);

        Assert.Equal(result.Violations.Count, result.Result.Findings.Count);
        Assert.All(result.Result.Findings, f => Assert.Equal(CheckCodes.AccessibilityViolation, f.Code));
        Assert.Contains(result.Result.Findings, f => f.File == "index.html" && f.Message.StartsWith($"[image-alt] Images must have alternative text (critical) at {missingAlt.Target[0]}: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_does_not_exist_is_reported_not_skipped()
    {
        var site = RepoPaths.Fixture("clean");
        var result = await AxeChecker.CheckAsync(site, await TestTools.RequireAsync(), [Path.Combine(site, "index.html"), Path.Combine(site, "gone.html")]);
        var finding = Assert.Single(result.Result.Findings);
        Assert.Equal((CheckCodes.AccessibilityNotChecked, "gone.html"), (finding.Code, finding.File));
    }

    [Fact]
    public async Task Colours_that_fail_only_in_dark_mode_and_a_page_wider_than_320_px_are_found()
    {
        var site = RepoPaths.Fixture("dark-and-narrow");
        var result = await AxeChecker.CheckAsync(site, await TestTools.RequireAsync(), [Path.Combine(site, "index.html")]);
        foreach (var f in result.Result.Findings) output.WriteLine(f.ToString());

        // The grey text passes in light mode, so only the dark audit reports it, and says so.
        var contrast = Assert.Single(result.Violations, v => v.RuleId == "color-contrast");
        Assert.Equal("dark", contrast.ColorScheme);
        Assert.Contains("class=\"quiet\"", contrast.Html, StringComparison.Ordinal);
        Assert.Contains(result.Result.Findings, f => f.Message.StartsWith("[color-contrast]", StringComparison.Ordinal) && f.Message.Contains(" in the dark colour scheme: ", StringComparison.Ordinal));

        // The 600 px banner makes a 320 px window scroll sideways (WCAG 1.4.10), and the finding names it.
        var reflow = Assert.Single(result.Violations, v => v.RuleId == "reflow");
        Assert.Equal(["main > p.banner"], reflow.Target);
        Assert.Contains("320-pixel window", reflow.FailureSummary, StringComparison.Ordinal);
        Assert.Equal(2, result.Violations.Count);
    }

    [Fact]
    public async Task A_wide_table_scrolling_in_its_own_box_does_not_count_as_the_page_failing_to_reflow()
    {
        var site = RepoPaths.Fixture("dark-and-narrow");
        var result = await AxeChecker.CheckAsync(site, await TestTools.RequireAsync(), [Path.Combine(site, "wide-table.html")]);
        foreach (var f in result.Result.Findings) output.WriteLine(f.ToString());
        Assert.True(result.Result.Ran);
        Assert.Empty(result.Result.Findings);
    }
}
