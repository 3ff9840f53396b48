using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Checks;
using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Checks.Tools;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>What <c>sitegen check</c> was asked to do.</summary>
/// <param name="Build">Build the site first (as <c>sitegen build</c> does); false checks the output folder as it is.</param>
/// <param name="EveryPage">Audit every page for accessibility instead of one page of each kind.</param>
/// <param name="Tools">A node_modules folder with the pinned checking tools (else SITEGEN_CHECK_TOOLS, else the per-user cache).</param>
/// <param name="Install">Install the checking tools into the per-user cache with npm when they are missing.</param>
internal sealed record CheckSettings(
    bool Build = true,
    bool EveryPage = false,
    bool Html = true,
    bool Accessibility = true,
    string? Tools = null,
    string? Browser = null,
    bool Install = true,
    bool ListExternal = false,
    bool Verbose = false,
    string? BaseUrl = null);

/// <summary>
/// <c>sitegen check</c>: builds the site (unless told not to), then checks every internal link and anchor, validates
/// every page with the Nu Html Checker, and audits pages with axe-core in a real browser against WCAG 2.2 AA, in
/// light and dark colour schemes and at 320 pixels wide.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var noBuild = new Option<bool>("--no-build") { Description = "Check the output folder (_site/) as it is, without building first." };
        var everyPage = new Option<bool>("--every-page") { Description = "Audit every page for accessibility. By default one page of each kind is audited (the home page, one protocol, one report…), which is much faster." };
        var skipHtml = new Option<bool>("--skip-html") { Description = "Do not run the HTML check (it needs Java)." };
        var skipAccessibility = new Option<bool>("--skip-accessibility") { Description = "Do not run the accessibility check (it needs Node.js and Chrome, Edge or Chromium)." };
        var tools = new Option<DirectoryInfo?>("--tools")
        {
            Description = $"A node_modules folder where the checking tools (vnu-jar, axe-core) are already installed. Also read from {CheckToolsLocator.ToolsVariable}. " +
                          "Without it, SiteGen installs them once into your user profile with npm.",
            HelpName = "folder",
        };
        var browser = new Option<FileInfo?>("--browser")
        {
            Description = $"The Chrome, Edge or Chromium program to audit pages in. Also read from {CheckToolsLocator.BrowserVariable}; otherwise the usual install locations are searched.",
            HelpName = "program",
        };
        tools.AcceptExistingOnly();
        browser.AcceptExistingOnly();
        var noInstall = new Option<bool>("--no-install") { Description = "Never download the checking tools; report them as missing instead (for offline machines)." };
        var listExternal = new Option<bool>("--list-external") { Description = "List every link to another website, for you to check by hand (they are never fetched)." };
        var verbose = BuildCommand.VerboseOption();
        var baseUrl = BuildCommand.BaseUrlOption();

        var command = new Command("check", "Check the site before you publish it: broken links and missing anchors, invalid HTML (Nu Html Checker) and " +
                                           "accessibility failures against WCAG 2.2 AA (axe-core in a real browser, in light and dark mode and at 320 pixels wide). " +
                                           "Builds the site first unless you say --no-build.")
        {
            noBuild, everyPage, skipHtml, skipAccessibility, tools, browser, noInstall, listExternal, verbose, baseUrl,
        };
        command.SetAction((parse, ct) => RunAsync(Program.SiteFolder(parse, siteOption), new CheckSettings(
            Build: !parse.GetValue(noBuild),
            EveryPage: parse.GetValue(everyPage),
            Html: !parse.GetValue(skipHtml),
            Accessibility: !parse.GetValue(skipAccessibility),
            Tools: parse.GetValue(tools)?.FullName,
            Browser: parse.GetValue(browser)?.FullName,
            Install: !parse.GetValue(noInstall),
            ListExternal: parse.GetValue(listExternal),
            Verbose: parse.GetValue(verbose),
            BaseUrl: parse.GetValue(baseUrl)), CommandOutput.ForConsole(), ct));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo site, CheckSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string? siteFolder;
        if (settings.Build)
        {
            siteFolder = BuildCommand.BuildToOutput(site, settings.Verbose, output, settings.BaseUrl);
            if (siteFolder is null) return ExitCodes.BuildFailed;
        }
        else
        {
            siteFolder = ExistingOutput(site, output);
            if (siteFolder is null) return ExitCodes.BuildFailed;
        }

        var kinds = PageKinds.Classify(siteFolder);
        if (kinds.Count == 0)
        {
            output.Bad($"There are no pages in {siteFolder} to check.");
            return ExitCodes.ProblemsFound;
        }
        var axePages = settings.EveryPage ? kinds.SelectMany(k => k.Pages).Order(StringComparer.Ordinal).ToList() : [.. kinds.Select(k => k.Representative)];

        var report = await output.WithStatusAsync("Checking the site…", async status =>
        {
            CheckTools tools = new(null, null, null, null, []);
            if (settings.Html || settings.Accessibility)
            {
                status("Finding the checking tools (Java, Node.js, a browser)…");
                tools = await CheckToolsLocator.LocateAsync(new CheckToolsOptions
                {
                    NodeModulesFolder = settings.Tools,
                    BrowserPath = settings.Browser,
                    InstallIfMissing = settings.Install,
                }, status, cancellationToken).ConfigureAwait(false);
            }
            return await SiteChecks.RunAsync(siteFolder, tools,
                new SiteCheckOptions(Html: settings.Html, Accessibility: settings.Accessibility, AccessibilityPages: axePages),
                cancellationToken, status).ConfigureAwait(false);
        }).ConfigureAwait(false);

        return Summarise(report, kinds, axePages, siteFolder, settings, output, clock.Elapsed);
    }

    private static string? ExistingOutput(DirectoryInfo site, CommandOutput output)
    {
        // The output folder named in site.json; if site.json cannot be read, the default.
        var outputDir = "_site";
        if (File.Exists(Path.Combine(site.FullName, ContentLoader.ConfigFile))
            && ContentReader.Read(site.FullName, ContentLoader.ConfigFile).File is { } file
            && SiteConfigParser.Parse(file).Config is { } config)
            outputDir = config.OutputDir;
        var folder = Path.Combine(site.FullName, outputDir);
        if (Directory.Exists(folder)) return folder;
        output.Bad($"There is no built site in {folder} to check. Run sitegen build first, or leave out --no-build.");
        return null;
    }

    private static int Summarise(SiteCheckReport report, IReadOnlyList<PageKind> kinds, IReadOnlyList<string> axePages, string siteFolder,
        CheckSettings settings, CommandOutput output, TimeSpan elapsed)
    {
        foreach (var finding in report.Findings.Where(f => settings.Verbose || f.Severity != Severity.Info))
            output.Report(finding);
        if (report.Findings.Any()) output.Line("");

        var pageCount = kinds.Sum(k => k.Pages.Count);
        foreach (var check in report.Checks)
        {
            var what = check.Check switch
            {
                "links" => Count(report.LinkCounts.Links, "link") + " on " + Count(report.LinkCounts.Pages, "page"),
                NuHtmlChecker.Name => "HTML of " + Count(pageCount, "page") + " (Nu Html Checker)",
                AxeChecker.Name => "Accessibility of " + (settings.EveryPage || axePages.Count == pageCount
                        ? Count(axePages.Count, "page")
                        : $"{Count(axePages.Count, "page")}, one of each kind") +
                    $" (axe-core, WCAG 2.2 AA, light and dark, {AxeChecker.ReflowWidth} px wide)",
                _ => check.Check,
            };
            var seconds = string.Create(CultureInfo.InvariantCulture, $"{check.Elapsed.TotalSeconds:0.0} s");
            if (!check.Ran)
            {
                output.Bad($"{Capitalise(what)}: not checked, a tool is missing (see above).");
                continue;
            }
            var errors = check.Findings.Count(f => f.Severity == Severity.Error);
            var warnings = check.Findings.Count(f => f.Severity == Severity.Warning);
            var tail = warnings > 0 ? $", {Count(warnings, "warning")}" : "";
            if (errors == 0) output.Good($"{Capitalise(what)}: no problems{tail} ({seconds}).");
            else output.Bad($"{Capitalise(what)}: {Count(errors, "problem")}{tail} ({seconds}).");
        }
        if (!settings.Html) output.Line("HTML: not checked (--skip-html).");
        if (!settings.Accessibility) output.Line("Accessibility: not checked (--skip-accessibility).");
        if (settings.Verbose && settings.Accessibility && !settings.EveryPage)
        {
            foreach (var kind in kinds)
                output.Line($"  {kind.Pattern}: audited {SiteFilePaths.Relative(siteFolder, kind.Representative)} ({Count(kind.Pages.Count, "page")} of this kind)");
        }

        var external = report.ExternalLinks.Select(l => l.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (external.Count > 0)
        {
            output.Line($"Links to other websites: {external.Count} (never fetched; check them by hand{(settings.ListExternal ? "" : ", --list-external lists them")}).");
            if (settings.ListExternal)
            {
                foreach (var link in report.ExternalLinks.OrderBy(l => l.Url, StringComparer.Ordinal).ThenBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line))
                    output.Line(string.Create(CultureInfo.InvariantCulture, $"  {link.Url}  ({link.File}:{link.Line})"));
            }
        }

        var problems = report.Checks.Where(c => c.Ran).Sum(c => c.Findings.Count(f => f.Severity == Severity.Error));
        var incomplete = report.Checks.Any(c => !c.Ran);
        var total = string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");
        if (problems > 0)
        {
            output.Bad($"Found {Count(problems, "problem")} in {total}. Fix them before publishing; each line above says where.");
            return ExitCodes.ProblemsFound;
        }
        if (incomplete)
        {
            output.Bad($"No problems found, but not every check could run ({total}). Install what is missing (see above) and check again.");
            return ExitCodes.ChecksIncomplete;
        }
        output.Good($"All checks passed in {total}: the site is ready to publish.");
        return ExitCodes.Success;
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
