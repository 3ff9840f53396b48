using System.Diagnostics;
using System.Reflection;
using SiteGen.Cli;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Serve;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

using static SiteGen.Tests.TestSupport.SiteBuilds;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The README's install route, for real: dotnet pack the tool into a folder, dotnet tool install it from that folder
/// alone (no other package source, an empty package cache), then run the installed sitegen on a site that has no
/// templates of its own, so everything it renders comes from the templates inside the package.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class ToolPackageTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["CI"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await stdout + await stderr);
    }


    [Fact]
    public async Task Dotnet_pack_then_tool_install_gives_a_sitegen_command_that_builds_a_site_with_the_packaged_templates()
    {
        using var temp = new TempFolder();
        var packages = Path.Combine(temp.Path, "packages");
        var project = Path.Combine(RepoPaths.Root, "src", "SiteGen", "SiteGen.csproj");
        var watch = Stopwatch.StartNew();
        // --no-build: the test run has just built this configuration; pack only lays it out as a tool package.
        var pack = await RunAsync("dotnet", ["pack", project, "-c", Configuration, "--no-build", "-o", packages]);
        Assert.True(pack.Exit == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(packages, "SiteGen.*.nupkg"));
        output.WriteLine($"dotnet pack: {watch.Elapsed.TotalSeconds:F1} s, {new FileInfo(package).Length / 1024} KiB");

        // Install from that folder only, into a private tool path, with an empty package cache, so nothing stale is used.
        temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var toolPath = Path.Combine(temp.Path, "tools");
        watch.Restart();
        var install = await RunAsync("dotnet", ["tool", "install", "SiteGen", "--tool-path", toolPath, "--configfile", Path.Combine(temp.Path, "nuget.config")],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-cache") });
        Assert.True(install.Exit == 0, install.Output);
        output.WriteLine($"dotnet tool install: {watch.Elapsed.TotalSeconds:F1} s");
        var sitegen = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
        Assert.True(File.Exists(sitegen), "no sitegen command in the tool path");

        var version = await RunAsync(sitegen, ["--version"]);
        Assert.True(version.Exit == 0, version.Output);
        Assert.Equal(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, version.Output.Trim());

        // A site with content and settings only: every page comes from the templates in the package.
        using var site = Repo.CopyDefaultSite();
        Directory.Delete(site.File("templates"), recursive: true);
        var build = await RunAsync(sitegen, ["build", "--site", site.Path]);
        Assert.True(build.Exit == 0, build.Output);
        Assert.Contains("Built 10 protocols", build.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "templates", "assets", "site.css")), File.ReadAllBytes(site.File("_site/assets/site.css")));

        // The installed tool builds exactly what the program under test builds.
        using var reference = Repo.CopyDefaultSite();
        Directory.Delete(reference.File("templates"), recursive: true);
        Assert.Equal(0, BuildCommand.Run(new DirectoryInfo(reference.Path), false, new StringWriter(), new StringWriter()));
        Assert.Equal(HashTree(reference.File("_site")), HashTree(site.File("_site")));

        var check = await RunAsync(sitegen, ["check", "--site", site.Path, "--no-build", "--skip-html", "--skip-accessibility"]);
        Assert.True(check.Exit == 0, check.Output);
    }
}
