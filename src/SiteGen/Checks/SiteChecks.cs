using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Checks.Links;
using SiteGen.Checks.Tools;

namespace SiteGen.Checks;

/// <summary>Which checks <see cref="SiteChecks.RunAsync"/> runs.</summary>
/// <param name="Links">Options for the link check, which always runs (it needs no external tool).</param>
/// <param name="AccessibilityPages">The pages (full paths) to audit for accessibility; null audits every page. See <see cref="PageKinds.OneOfEach"/>.</param>
internal sealed record SiteCheckOptions(LinkCheckOptions? Links = null, bool Html = true, bool Accessibility = true, IReadOnlyList<string>? AccessibilityPages = null);

/// <summary>All pre-publish check results for one site.</summary>
/// <param name="ExternalLinks">Links leaving the site, for a person to review (never fetched).</param>
/// <param name="AxeViolations">The raw axe results behind the accessibility findings.</param>
internal sealed record SiteCheckReport(IReadOnlyList<CheckResult> Checks, IReadOnlyList<ExternalLink> ExternalLinks, IReadOnlyList<AxeViolation> AxeViolations)
{
    /// <summary>How many pages and links the link check read.</summary>
    public (int Pages, int Links) LinkCounts { get; init; }

    /// <summary>How many pages the accessibility check audited (each in every colour scheme).</summary>
    public int AccessibilityPages { get; init; }

    /// <summary>Every finding of every check, in check order.</summary>
    public IEnumerable<Model.Diagnostic> Findings => Checks.SelectMany(c => c.Findings);

    /// <summary>True when the site should not be published: some check found an error or could not run.</summary>
    public bool HasErrors => Checks.Any(c => c.HasErrors || !c.Ran);
}

/// <summary>Runs the pre-publish checks over a built site: links (always), then HTML and accessibility side by side.</summary>
internal static class SiteChecks
{
    /// <summary>Runs the checks chosen in <paramref name="options"/> over <paramref name="siteFolder"/>.</summary>
    /// <param name="progress">Told, in words, which checks are running (for a progress display).</param>
    public static async Task<SiteCheckReport> RunAsync(string siteFolder, CheckTools tools, SiteCheckOptions? options = null,
        CancellationToken cancellationToken = default, Action<string>? progress = null)
    {
        options ??= new SiteCheckOptions();
        progress?.Invoke("Checking links and anchors…");
        var links = LinkChecker.Check(siteFolder, options.Links);
        var linkResult = new CheckResult("links", true, links.Findings, links.Elapsed);

        // Java and the browser mostly wait on their own start-up, so running them together saves wall-clock time.
        var axePages = options.AccessibilityPages ?? SiteFilePaths.Pages(siteFolder);
        progress?.Invoke((options.Html, options.Accessibility) switch
        {
            (true, true) => $"Checking the HTML (Nu Html Checker) and accessibility (axe-core, {axePages.Count} page{(axePages.Count == 1 ? "" : "s")})…",
            (true, false) => "Checking the HTML (Nu Html Checker)…",
            (false, true) => $"Checking accessibility (axe-core, {axePages.Count} page{(axePages.Count == 1 ? "" : "s")})…",
            _ => "Finishing…",
        });
        var html = options.Html ? NuHtmlChecker.CheckAsync(siteFolder, tools, cancellationToken) : null;
        var accessibility = options.Accessibility ? AxeChecker.CheckAsync(siteFolder, tools, axePages, cancellationToken) : null;
        var checks = new List<CheckResult> { linkResult };
        if (html is not null) checks.Add(await html.ConfigureAwait(false));
        AccessibilityCheckResult? axe = accessibility is null ? null : await accessibility.ConfigureAwait(false);
        if (axe is not null) checks.Add(axe.Result);
        return new SiteCheckReport(checks, links.ExternalLinks, axe?.Violations ?? [])
        {
            LinkCounts = (links.PagesChecked, links.LinksChecked),
            AccessibilityPages = options.Accessibility ? axePages.Count : 0,
        };
    }
}
