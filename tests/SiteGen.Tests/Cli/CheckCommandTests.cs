using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen check</c> end to end with the real Nu Html Checker, axe-core and Chromium.</summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class CheckCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_seed_site_passes_every_check_with_one_page_of_each_kind_audited()
    {
        await TestTools.RequireAsync();
        using var site = Repo.CopyDefaultSite();
        var watch = Stopwatch.StartNew();
        var result = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--tools", RepoPaths.TestNodeModules, "--verbose"]);
        output.WriteLine($"sitegen check (build + links + vnu + axe on one page of each kind, light and dark) over the seed site: {watch.Elapsed.TotalSeconds:F1} s wall clock");
        output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        var kinds = PageKinds.Classify(site.File("_site"));
        Assert.Contains($"Accessibility of {kinds.Count} pages, one of each kind (axe-core, WCAG 2.2 AA, light and dark, 320 px wide): no problems", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"HTML of \d+ pages \(Nu Html Checker\): no problems", result.Out);
        foreach (var kind in kinds)
            Assert.Contains($"  {kind.Pattern}: audited {SiteFilePaths.Relative(site.File("_site"), kind.Representative)}", result.Out, StringComparison.Ordinal);
        Assert.Contains("All checks passed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planted_problems_of_each_kind_fail_the_check_with_their_codes_and_pages()
    {
        await TestTools.RequireAsync();
        using var site = Repo.CopyDefaultSite();
        // One page kind (data.html) gets a broken link, invalid markup, and text too faint to read.
        File.AppendAllText(site.File("templates/data.html"),
            "\n<p><a href=\"protocols/nowhere.html\">Gone</a></p>\n<ul><p>A paragraph where only list items may go.</p></ul>\n" +
            "<p style=\"color:#c8c8c8\">Barely visible grey text.</p>\n");
        var result = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--tools", RepoPaths.TestNodeModules]);
        output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("data.html:", result.Err, StringComparison.Ordinal);
        Assert.Contains("error SG0801", result.Err, StringComparison.Ordinal);   // link
        Assert.Contains("error SG0820", result.Err, StringComparison.Ordinal);   // Nu Html Checker
        Assert.Contains("data.html:1: error SG0830: [color-contrast]", result.Err, StringComparison.Ordinal); // axe
        Assert.Contains("Fix them before publishing", result.Err, StringComparison.Ordinal);
    }
}
