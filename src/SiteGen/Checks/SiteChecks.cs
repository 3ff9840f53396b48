using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Checks.Links;
using SiteGen.Checks.Tools;

namespace SiteGen.Checks;

/// <summary>Which checks <see cref="SiteChecks.RunAsync"/> runs.</summary>
/// <param name="Links">Options for the link check, which always runs (it needs no external tool).</param>
public sealed record SiteCheckOptions(LinkCheckOptions? Links = null, bool Html = true, bool Accessibility = true);

/// <summary>All pre-publish check results for one site.</summary>
/// <param name="ExternalLinks">Links leaving the site, for a person to review (never fetched).</param>
/// <param name="AxeViolations">The raw axe results behind the accessibility findings.</param>
public sealed record SiteCheckReport(IReadOnlyList<CheckResult> Checks, IReadOnlyList<ExternalLink> ExternalLinks, IReadOnlyList<AxeViolation> AxeViolations)
{
    /// <summary>Every finding of every check, in check order.</summary>
    public IEnumerable<Model.Diagnostic> Findings => Checks.SelectMany(c => c.Findings);

    /// <summary>True when the site should not be published: some check found an error or could not run.</summary>
    public bool HasErrors => Checks.Any(c => c.HasErrors || !c.Ran);
}

/// <summary>Runs the pre-publish checks over a built site: links (always), then HTML and accessibility side by side.</summary>
public static class SiteChecks
{
    /// <summary>Runs the checks chosen in <paramref name="options"/> over <paramref name="siteFolder"/>.</summary>
    public static async Task<SiteCheckReport> RunAsync(string siteFolder, CheckTools tools, SiteCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SiteCheckOptions();
        var links = LinkChecker.Check(siteFolder, options.Links);
        var linkResult = new CheckResult("links", true, links.Findings, links.Elapsed);

        // Java and the browser mostly wait on their own start-up, so running them together saves wall-clock time.
        var html = options.Html ? NuHtmlChecker.CheckAsync(siteFolder, tools, cancellationToken) : null;
        var accessibility = options.Accessibility ? AxeChecker.CheckAsync(siteFolder, tools, null, cancellationToken) : null;
        var checks = new List<CheckResult> { linkResult };
        if (html is not null) checks.Add(await html.ConfigureAwait(false));
        AccessibilityCheckResult? axe = accessibility is null ? null : await accessibility.ConfigureAwait(false);
        if (axe is not null) checks.Add(axe.Result);
        return new SiteCheckReport(checks, links.ExternalLinks, axe?.Violations ?? []);
    }
}
