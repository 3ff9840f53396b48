using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using SiteGen.Checks.Tools;
using SiteGen.Model;
using SiteGen.Pdf;

namespace SiteGen.Checks.Accessibility;

/// <summary>
/// Audits pages with the real axe-core (from its npm package) in a real Chromium-based browser, against WCAG 2.2
/// level A and AA, in light and dark colour schemes, and checks that each page reflows to 320 CSS pixels. The browser
/// is driven by the same PuppeteerSharp launch that prints PDFs (<see cref="ChromiumLaunch"/>), with the same request
/// interception: pages are audited as shipped, offline, reading only files of the site.
/// </summary>
internal static class AxeChecker
{
    /// <summary>Name used in reports.</summary>
    public const string Name = "accessibility";

    /// <summary>The axe tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The colour schemes every page is audited in: readers who set their system to dark get the dark-mode colours.</summary>
    public static readonly IReadOnlyList<string> ColorSchemes = ["light", "dark"];

    /// <summary>The narrowest window a page must fit without sideways scrolling (WCAG 1.4.10 Reflow: 320 CSS pixels).</summary>
    public const int ReflowWidth = 320;

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    /// <summary>axe over one large page (a matrix of every authority) takes tens of seconds on a busy two-core machine.</summary>
    private static readonly TimeSpan AuditTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs axe in the page and returns its violations as JSON (rule, impact, help, and each failing node).</summary>
    private const string RunAxeFunction = """
        async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary || '' })),
          })));
        }
        """;

    /// <summary>
    /// WCAG 1.4.10: at 320 CSS pixels wide nothing may need sideways scrolling, except content that needs two dimensions,
    /// such as data tables, inside its own scrolling box. Returns null, or JSON naming the outermost element that sticks
    /// out as a selector a person can find; what sticks out inside a box that scrolls or clips by itself is not the culprit.
    /// </summary>
    private const string ReflowFunction = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const limit = root.clientWidth;
          const contained = (element) => {
            for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
              if (getComputedStyle(e).overflowX !== 'visible') return true;
            }
            return false;
          };
          const wide = Array.from(document.body.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > limit + 0.5);
          const culprit = wide.find((e) => !contained(e))
            || wide.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0] || null;
          const path = [];
          for (let e = culprit; e && e !== document.body; e = e.parentElement) {
            let step = e.localName;
            if (e.id) { path.unshift(step + '#' + CSS.escape(e.id)); break; }
            if (e.classList.length) step += '.' + Array.from(e.classList, (c) => CSS.escape(c)).join('.');
            path.unshift(step);
          }
          return JSON.stringify({
            scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
            target: path.join(' > ') || 'html', html: culprit ? culprit.outerHTML.slice(0, 200) : '',
          });
        }
        """;

    /// <summary>Audits every page of <paramref name="siteFolder"/>, or only <paramref name="pages"/> (full paths) when given.</summary>
    public static async Task<AccessibilityCheckResult> CheckAsync(string siteFolder, CheckTools tools,
        IReadOnlyList<string>? pages = null, CancellationToken cancellationToken = default)
    {
        if (!tools.CanCheckAccessibility)
            return new AccessibilityCheckResult(CheckResult.NotRun(Name, ToolChecks.Accessibility, tools.Missing), []);

        var started = Stopwatch.GetTimestamp();
        var root = Path.GetFullPath(siteFolder);
        pages ??= SiteFilePaths.Pages(root);
        if (pages.Count == 0) return new AccessibilityCheckResult(new CheckResult(Name, true, [], TimeSpan.Zero), []);

        string axeSource;
        string axeVersion;
        try
        {
            axeSource = await File.ReadAllTextAsync(tools.AxeScript!, cancellationToken).ConfigureAwait(false);
            using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(tools.AxeScript!)!, "package.json"), cancellationToken).ConfigureAwait(false));
            axeVersion = package.RootElement.GetProperty("version").GetString() ?? "unknown";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException)
        {
            return new AccessibilityCheckResult(CheckResult.Failed(Name, $"The accessibility check could not read axe-core: {ex.Message}", Stopwatch.GetElapsedTime(started)), []);
        }

        var profile = Directory.CreateTempSubdirectory("sitegen-axe-").FullName;
        IBrowser? browser = null;
        try
        {
            try
            {
                browser = await ChromiumLaunch.StartAsync(tools.Browser!, profile, StartupTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (PdfPrintException ex)
            {
                return new AccessibilityCheckResult(CheckResult.Failed(Name, $"The accessibility check failed to run the browser: {ex.Message}", Stopwatch.GetElapsedTime(started)), []);
            }

            // Scheme by scheme, page by page, so that the light audit of a page is reported before the dark one.
            var jobs = ColorSchemes.SelectMany(scheme => pages.Select(page => (Page: Path.GetFullPath(page), Scheme: scheme))).ToList();
            var results = new JsonNode?[jobs.Count];
            var workers = Math.Clamp(Environment.ProcessorCount, 1, 4);
            await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count),
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                async (index, ct) => results[index] = await AuditAsync(browser, root, jobs[index].Page, jobs[index].Scheme, axeSource, ct).ConfigureAwait(false))
                .ConfigureAwait(false);

            var report = new JsonObject { ["axeVersion"] = axeVersion, ["results"] = new JsonArray(results) };
            IReadOnlyList<AxeViolation> violations;
            IReadOnlyList<Diagnostic> pageErrors;
            try
            {
                (violations, pageErrors) = AxeResultParser.Parse(report.ToJsonString(), root);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return new AccessibilityCheckResult(CheckResult.Failed(Name, $"The accessibility report could not be read ({ex.Message}).", Stopwatch.GetElapsedTime(started)), []);
            }

            List<Diagnostic> findings = [.. pageErrors, .. violations.Select(AxeResultParser.ToDiagnostic)];
            return new AccessibilityCheckResult(new CheckResult(Name, true, findings, Stopwatch.GetElapsedTime(started)), violations);
        }
        finally
        {
            if (browser is not null)
            {
                try { await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false); }
                catch (Exception ex) when (ex is not OutOfMemoryException) { browser.Process?.Kill(entireProcessTree: true); }
                await browser.DisposeAsync().ConfigureAwait(false);
            }

            try { Directory.Delete(profile, recursive: true); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>One page in one colour scheme: axe's violations plus reflow (measured in the first scheme only: layout does not depend on colours).</summary>
    private static async Task<JsonNode> AuditAsync(IBrowser browser, string root, string pagePath, string scheme, string axeSource, CancellationToken cancellationToken)
    {
        var url = new Uri(pagePath).AbsoluteUri;
        if (!File.Exists(pagePath))
            return new JsonObject { ["url"] = url, ["scheme"] = scheme, ["error"] = "the file does not exist" };

        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync().WaitAsync(PageTimeout, cancellationToken).ConfigureAwait(false);
            // PuppeteerSharp's own bound on each call; every step is also bounded below, the axe run more generously.
            page.DefaultTimeout = (int)AuditTimeout.TotalMilliseconds;
            await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 720 }).ConfigureAwait(false);
            // A page's Content-Security-Policy must not stop axe being injected; the page sees prefers-color-scheme as a
            // reader with that system setting would, so dark-mode colours are audited too.
            await page.SetBypassCSPAsync(true).ConfigureAwait(false);
            await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]).ConfigureAwait(false);
            // Audit the site as shipped, offline: anything outside it is refused at once, so a slow or closed network can
            // neither hang the check nor change its result. (Links leaving the site are the link check's business.)
            await SiteRequestGuard.AttachAsync(page, root).ConfigureAwait(false);
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = (int)PageTimeout.TotalMilliseconds })
                .WaitAsync(PageTimeout, cancellationToken).ConfigureAwait(false);
            await page.AddScriptTagAsync(new AddTagOptions { Content = axeSource }).WaitAsync(PageTimeout, cancellationToken).ConfigureAwait(false);
            var violationsJson = await page.EvaluateFunctionAsync<string>(RunAxeFunction, (object)WcagTags.ToArray()).WaitAsync(AuditTimeout, cancellationToken).ConfigureAwait(false);
            var violations = JsonNode.Parse(violationsJson)!.AsArray();

            if (ReflowWidth > 0 && scheme == ColorSchemes[0])
            {
                await page.SetViewportAsync(new ViewPortOptions { Width = ReflowWidth, Height = 640 }).ConfigureAwait(false);
                var overflowJson = await page.EvaluateFunctionAsync<string?>(ReflowFunction).WaitAsync(AuditTimeout, cancellationToken).ConfigureAwait(false);
                if (overflowJson is not null && JsonNode.Parse(overflowJson) is JsonObject overflow)
                    violations.Add(ReflowViolation(overflow));
            }

            return new JsonObject { ["url"] = url, ["scheme"] = scheme, ["violations"] = violations };
        }
        catch (Exception ex) when (ex is PuppeteerException or TimeoutException or JsonException or InvalidOperationException)
        {
            // First line only: browser errors can carry long call logs.
            return new JsonObject { ["url"] = url, ["scheme"] = scheme, ["error"] = ex.Message.Split('\n')[0] };
        }
        finally
        {
            if (page is not null)
            {
                try { await page.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false); }
                catch (Exception ex) when (ex is not OutOfMemoryException) { /* goes with the browser */ }
            }
        }
    }

    private static JsonObject ReflowViolation(JsonObject overflow) => new()
    {
        ["id"] = "reflow",
        ["impact"] = "serious",
        ["help"] = $"Content must fit {ReflowWidth} CSS pixels wide without scrolling sideways (WCAG 1.4.10 Reflow)",
        ["helpUrl"] = "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
        ["nodes"] = new JsonArray(new JsonObject
        {
            ["target"] = new JsonArray(overflow["target"]?.GetValue<string>() ?? "html"),
            ["html"] = overflow["html"]?.GetValue<string>() ?? "",
            ["failureSummary"] = $"The page is {overflow["scrollWidth"]} CSS pixels wide in a {overflow["clientWidth"]}-pixel window; this element reaches past the edge.",
        }),
    };
}

/// <summary>The accessibility check's findings plus the raw axe violations (rule, impact, selectors) behind them.</summary>
internal sealed record AccessibilityCheckResult(CheckResult Result, IReadOnlyList<AxeViolation> Violations);
