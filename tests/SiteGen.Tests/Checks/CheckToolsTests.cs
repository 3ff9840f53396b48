using System.Text.Json;
using SiteGen.Checks;
using SiteGen.Checks.Tools;
using SiteGen.Tests.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Checks;

[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public class CheckToolsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_manifest_shipped_inside_sitegen_pins_the_same_versions_the_tests_use()
    {
        using var shipped = JsonDocument.Parse(EmbeddedToolManifest.PackageLockJson);
        using var tested = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "js", "package-lock.json")));
        foreach (var package in new[] { "vnu-jar", "axe-core" })
        {
            var a = shipped.RootElement.GetProperty("packages").GetProperty("node_modules/" + package);
            var b = tested.RootElement.GetProperty("packages").GetProperty("node_modules/" + package);
            Assert.Equal(b.GetProperty("version").GetString(), a.GetProperty("version").GetString());
            Assert.Equal(b.GetProperty("integrity").GetString(), a.GetProperty("integrity").GetString());
        }
        using var manifest = JsonDocument.Parse(EmbeddedToolManifest.PackageJson);
        Assert.Equal(["axe-core", "vnu-jar"], manifest.RootElement.GetProperty("dependencies").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Matches("^[0-9a-f]{16}$", EmbeddedToolManifest.LockHash);
    }

    [Fact]
    public async Task A_configured_folder_without_the_packages_is_reported_with_what_is_missing()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "axe-core"));
        var tools = await CheckToolsLocator.LocateAsync(new CheckToolsOptions { NodeModulesFolder = temp.Path });

        Assert.Null(tools.NodeModules);
        Assert.False(tools.CanCheckHtml);
        Assert.False(tools.CanCheckAccessibility);
        var missing = Assert.Single(tools.Missing, m => m.Tool.Contains("npm package", StringComparison.Ordinal));
        Assert.Equal(ToolChecks.Html | ToolChecks.Accessibility, missing.Blocks);
        Assert.Contains("vnu-jar", missing.Tool, StringComparison.Ordinal);
        Assert.DoesNotContain("axe-core", missing.Tool, StringComparison.Ordinal);

        var report = await SiteChecks.RunAsync(RepoPaths.Fixture("clean"), tools);
        Assert.True(report.HasErrors);
        Assert.Equal([true, false, false], report.Checks.Select(c => c.Ran));
        Assert.All(report.Checks.Skip(1), c => Assert.Contains(c.Findings, f => f.Code == CheckCodes.ToolUnavailable));
    }

    [Fact]
    public async Task With_installing_disabled_an_empty_cache_is_reported_not_filled()
    {
        using var temp = new TempFolder();
        var tools = await CheckToolsLocator.LocateAsync(new CheckToolsOptions { CacheFolder = temp.Path, InstallIfMissing = false });
        Assert.Null(tools.NodeModules);
        Assert.Contains(tools.Missing, m => m.Tool.Contains("not yet installed", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Programs_are_found_only_in_the_given_path_folders_and_only_when_executable()
    {
        using var temp = new TempFolder();
        var bin = Path.Combine(temp.Path, "bin");
        var tool = temp.Write("bin/mytool", "#!/bin/sh\n");
        temp.Write("bin/not-executable", "x");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        Assert.Equal(tool, ExecutableFinder.OnPath("mytool", string.Join(Path.PathSeparator, Path.Combine(temp.Path, "empty"), bin)));
        Assert.Null(ExecutableFinder.OnPath("mytool", Path.Combine(temp.Path, "elsewhere")));
        if (!OperatingSystem.IsWindows()) Assert.Null(ExecutableFinder.OnPath("not-executable", bin));
    }

    [Fact]
    [Trait("Category", "RealTools")]
    public async Task On_a_machine_without_a_checkout_the_tools_install_once_with_npm_ci_and_the_checks_run_from_the_cache()
    {
        using var cache = new TempFolder();
        var messages = new List<string>();
        var started = DateTime.UtcNow;
        var tools = await CheckToolsLocator.LocateAsync(new CheckToolsOptions { CacheFolder = cache.Path }, messages.Add);
        output.WriteLine($"first locate including npm ci: {(DateTime.UtcNow - started).TotalSeconds:F1} s");

        Assert.Empty(tools.Missing);
        Assert.StartsWith(Path.Combine(cache.Path, EmbeddedToolManifest.LockHash), tools.NodeModules, StringComparison.Ordinal);
        Assert.Contains(messages, m => m.StartsWith("Installing the checking tools", StringComparison.Ordinal));
        Assert.Equal([EmbeddedToolManifest.LockHash], Directory.GetFileSystemEntries(cache.Path).Select(Path.GetFileName)); // no staging left behind

        messages.Clear();
        var again = await CheckToolsLocator.LocateAsync(new CheckToolsOptions { CacheFolder = cache.Path }, messages.Add);
        Assert.Equal(tools.NodeModules, again.NodeModules);
        Assert.Empty(messages);

        var report = await SiteChecks.RunAsync(RepoPaths.Fixture("clean"), again);
        foreach (var check in report.Checks) output.WriteLine($"{check.Check}: ran={check.Ran}, {check.Findings.Count} findings, {check.Elapsed.TotalMilliseconds:F0} ms");
        Assert.All(report.Checks, c => Assert.True(c.Ran));
        Assert.Empty(report.Findings);
        Assert.False(report.HasErrors);
    }
}
