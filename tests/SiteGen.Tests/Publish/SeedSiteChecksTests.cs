using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Checks.Links;
using SiteGen.Cli;
using SiteGen.Model;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Publish;

/// <summary>The seed site, built once through the build command, for the whole-site checks below.</summary>
/// <summary>
/// The Bar of issue 7 over the real seed site, with the real tools: axe-core finds no WCAG 2.2 A/AA failure on any
/// page (every kind of page there is, discovered from the output, so page types added later are covered as soon as
/// they are built), in light and dark mode and at 320 px; the Nu Html Checker finds no error on any page; every
/// internal link and anchor resolves.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class SeedSiteChecksTests(BuiltDefaultSite site, ITestOutputHelper output) : IClassFixture<BuiltDefaultSite>
{
    /// <summary>The page kinds the seed site has today; later branches add more (themes, matrices, compare, gaps, search), which the audit picks up by itself.</summary>
    private static readonly string[] KindsToday = ["404.html", "data.html", "index.html", "protocols/*.html", "reports/*.html", "reports/index.html", "sources/*.html"];

    [Fact]
    public async Task Axe_finds_no_wcag_22_aa_failure_on_any_page_of_any_kind_in_light_or_dark_mode_or_at_320_px()
    {
        var tools = await TestTools.RequireAsync();
        var kinds = PageKinds.Classify(site.Output);
        foreach (var kind in kinds) output.WriteLine($"{kind.Pattern}: {kind.Pages.Count} page(s), representative {SiteFilePaths.Relative(site.Output, kind.Representative)}");
        Assert.Superset(KindsToday.ToHashSet(StringComparer.Ordinal), kinds.Select(k => k.Pattern).ToHashSet(StringComparer.Ordinal));

        // Every page, not only one of each kind: pages of one kind differ in content (extracts, drafts, footnotes, long words).
        var pages = kinds.SelectMany(k => k.Pages).ToList();
        var watch = Stopwatch.StartNew();
        var result = await AxeChecker.CheckAsync(site.Output, tools, pages);
        output.WriteLine($"axe over {pages.Count} pages x {AxeChecker.ColorSchemes.Count} colour schemes: {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var finding in result.Result.Findings) output.WriteLine(finding.ToString());

        Assert.True(result.Result.Ran, string.Join("\n", result.Result.Findings));
        Assert.Empty(result.Result.Findings);
    }

    [Fact]
    public async Task The_nu_html_checker_finds_no_error_on_any_page()
    {
        var tools = await TestTools.RequireAsync();
        var result = await NuHtmlChecker.CheckAsync(site.Output, tools);
        output.WriteLine($"vnu over {SiteFilePaths.Pages(site.Output).Count} pages: {result.Elapsed.TotalSeconds:F1} s");
        foreach (var finding in result.Findings) output.WriteLine(finding.ToString());

        Assert.True(result.Ran, string.Join("\n", result.Findings));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        // The seed site is also free of the checker's warnings (e.g. a section without a heading).
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves_and_nothing_depends_on_a_server_root()
    {
        var result = LinkChecker.Check(site.Output);
        output.WriteLine($"{result.LinksChecked} links on {result.PagesChecked} pages in {result.Elapsed.TotalMilliseconds:F0} ms; {result.ExternalLinks.Count} external");
        Assert.Empty(result.Findings);
        Assert.True(result.LinksChecked > 1000, $"only {result.LinksChecked} links were checked");
    }
}
