using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Checks.Tools;

/// <summary>
/// Finds Node.js, Java, a Chromium-based browser and the pinned npm tools on a user's machine (no repository
/// checkout needed), installing the npm tools into a per-user cache when allowed. Anything missing is reported as
/// a <see cref="MissingTool"/> with install instructions instead of an exception.
/// </summary>
internal static partial class CheckToolsLocator
{
    /// <summary>Environment variable naming a node_modules folder with the tools already installed.</summary>
    public const string ToolsVariable = "SITEGEN_CHECK_TOOLS";

    /// <summary>Environment variable naming the browser executable to use.</summary>
    public const string BrowserVariable = "SITEGEN_BROWSER";

    private const ToolChecks HtmlCheck = ToolChecks.Html;
    private const ToolChecks AccessibilityCheck = ToolChecks.Accessibility;
    private const ToolChecks BothChecks = ToolChecks.Html | ToolChecks.Accessibility;

    /// <summary>Locates every tool; <paramref name="progress"/> hears about a first-time install.</summary>
    public static async Task<CheckTools> LocateAsync(CheckToolsOptions options, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var missing = new List<MissingTool>();
        // Node.js only matters for installing the npm tools with npm; when it is missing, that install step says so.
        var node = await FindNodeAsync([], cancellationToken).ConfigureAwait(false);
        var java = await FindJavaAsync(options, missing, cancellationToken).ConfigureAwait(false);
        var browser = FindBrowser(options, missing);
        var nodeModules = await FindNodeModulesAsync(options, node is not null, progress, missing, cancellationToken).ConfigureAwait(false);
        return new CheckTools(nodeModules, node, java, browser, missing);
    }

    private static async Task<string?> FindNodeAsync(List<MissingTool> missing, CancellationToken ct)
    {
        const string install = "Install Node.js 20 or later (the LTS version) from https://nodejs.org — on Windows: winget install OpenJS.NodeJS.LTS; " +
                               "on Debian/Ubuntu: sudo apt-get install nodejs npm; on macOS: brew install node — then open a new terminal.";
        var node = ExecutableFinder.OnPath("node");
        if (node is null)
        {
            missing.Add(new MissingTool("Node.js", AccessibilityCheck, install));
            return null;
        }
        var major = await MajorVersionAsync(node, "--version", VersionNumber(), ct).ConfigureAwait(false);
        if (major is null or < 20)
        {
            missing.Add(new MissingTool($"Node.js 20 or later (found {(major is null ? "an unusable one" : "version " + major)} at {node})", AccessibilityCheck, install));
            return null;
        }
        return node;
    }

    private static async Task<string?> FindJavaAsync(CheckToolsOptions options, List<MissingTool> missing, CancellationToken ct)
    {
        const string install = "Install a Java runtime, version 11 or later — on Windows: winget install Microsoft.OpenJDK.17; " +
                               "on Debian/Ubuntu: sudo apt-get install default-jre-headless; on macOS: brew install openjdk — or set JAVA_HOME to one.";
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var fromHome = string.IsNullOrWhiteSpace(javaHome) ? null : Path.Combine(javaHome, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java");
        var java = ExecutableFinder.FirstExisting([options.JavaPath, fromHome]) ?? ExecutableFinder.OnPath("java");
        if (java is null)
        {
            missing.Add(new MissingTool("Java", HtmlCheck, install));
            return null;
        }
        // "java -version" prints e.g. openjdk version "17.0.15" or "1.8.0_392" (Java 8) on standard error.
        var major = await MajorVersionAsync(java, "-version", JavaVersion(), ct).ConfigureAwait(false);
        if (major is null or < 11)
        {
            missing.Add(new MissingTool($"Java 11 or later (found {(major is null ? "an unusable one" : "version " + major)} at {java})", HtmlCheck, install));
            return null;
        }
        return java;
    }

    private static string? FindBrowser(CheckToolsOptions options, List<MissingTool> missing)
    {
        var browser = ExecutableFinder.FirstExisting([options.BrowserPath, Environment.GetEnvironmentVariable(BrowserVariable)])
            ?? new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable" }
                .Select(ExecutableFinder.OnPath).FirstOrDefault(p => p is not null)
            ?? ExecutableFinder.FirstExisting(WellKnownBrowserPaths());
        if (browser is null)
        {
            missing.Add(new MissingTool("A Chromium-based browser (Chromium, Google Chrome or Microsoft Edge)", AccessibilityCheck,
                $"Install one (Debian/Ubuntu: sudo apt-get install chromium), or set {BrowserVariable} to the browser's full path."));
        }
        return browser;
    }

    private static IEnumerable<string> WellKnownBrowserPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }.Select(Environment.GetEnvironmentVariable).OfType<string>())
            {
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
        }
        else
        {
            yield return "/usr/bin/chromium";
            yield return "/usr/bin/chromium-browser";
            yield return "/usr/bin/google-chrome";
        }
    }

    private static async Task<string?> FindNodeModulesAsync(CheckToolsOptions options, bool haveNode, Action<string>? progress,
        List<MissingTool> missing, CancellationToken ct)
    {
        var configured = options.NodeModulesFolder ?? NullIfBlank(Environment.GetEnvironmentVariable(ToolsVariable));
        if (configured is not null)
        {
            var full = Path.GetFullPath(configured);
            var absent = new[] { "vnu-jar", "axe-core" }.Where(p => !Directory.Exists(Path.Combine(full, p))).ToList();
            if (absent.Count == 0) return full;
            missing.Add(new MissingTool($"the npm package(s) {string.Join(", ", absent)} in {full}", BothChecks,
                "Point --tools (or " + ToolsVariable + ") at a node_modules folder where the pinned tools were installed with npm ci, or leave it unset to let SiteGen install them itself."));
            return null;
        }

        var cacheRoot = options.CacheFolder ?? NpmToolCache.DefaultRoot;
        if (NpmToolCache.FindInstalled(cacheRoot) is { } installed) return installed;

        var manual = $"Or install them by hand: write SiteGen's pinned package.json and package-lock.json into a folder, run npm ci there, and set {ToolsVariable} to its node_modules folder.";
        if (!options.InstallIfMissing)
        {
            missing.Add(new MissingTool($"the checking tools (not yet installed in {cacheRoot})", BothChecks, "Run the check again allowing the one-time install. " + manual));
            return null;
        }
        var npm = haveNode ? ExecutableFinder.OnPath("npm") : null;
        if (npm is null)
        {
            missing.Add(new MissingTool("npm (comes with Node.js)", BothChecks, "Install Node.js 20 or later from https://nodejs.org, which includes npm, then run the check again."));
            return null;
        }
        try
        {
            return await NpmToolCache.EnsureInstalledAsync(cacheRoot, npm, progress, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ToolInstallException or TimeoutException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            missing.Add(new MissingTool("the checking tools (npm packages vnu-jar, axe-core)", BothChecks,
                $"Installing them failed: {ex.Message} Check the internet connection or proxy settings (npm config set proxy …). {manual}"));
            return null;
        }
    }

    private static async Task<int?> MajorVersionAsync(string executable, string argument, Regex pattern, CancellationToken ct)
    {
        try
        {
            var result = await ToolProcess.RunAsync(executable, [argument], null, TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
            var match = pattern.Match(result.StandardOutput + "\n" + result.StandardError);
            if (!match.Success) return null;
            var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
            // Java 8 and older call themselves "1.8".
            return major == 1 && match.Groups["minor"].Success ? int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture) : major;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException or IOException)
        {
            return null;
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"v(?<major>\d+)\.")]
    private static partial Regex VersionNumber();

    [GeneratedRegex("version \"(?<major>\\d+)(\\.(?<minor>\\d+))?")]
    private static partial Regex JavaVersion();
}
