using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

[Trait("Kind", "RealTool")]
public sealed class ChromiumLaunchTests
{
    [Fact]
    public void Flags_keep_the_browser_offline_and_are_the_only_list_in_the_program()
    {
        var arguments = ChromiumLaunch.Arguments;

        string[] required =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ];
        Assert.All(required, flag => Assert.Contains(flag, arguments));
        Assert.Contains(arguments, a => a.StartsWith("--host-resolver-rules=", StringComparison.Ordinal));
        Assert.Equal(arguments.Count, arguments.Distinct(StringComparer.Ordinal).Count());

        // One place for Chromium's flags: no other source file spells them.
        var elsewhere = SourceFiles().Where(f => !f.EndsWith("ChromiumLaunch.cs", StringComparison.Ordinal)
            && File.ReadAllText(f).Contains("\"--disable-background-networking\"", StringComparison.Ordinal));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Nothing_in_the_program_can_download_a_browser_or_use_a_second_driver()
    {
        // PuppeteerSharp downloads Chrome only through its BrowserFetcher (or a launch without ExecutablePath);
        // SiteGen never names the fetcher, and every launch goes through ChromiumLaunch with an executable path.
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("BrowserFetcher", text, StringComparison.Ordinal);
            Assert.DoesNotContain("CdpConnection", text, StringComparison.Ordinal);
            Assert.DoesNotContain("playwright-core", text, StringComparison.Ordinal);
            if (!file.EndsWith("ChromiumLaunch.cs", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("Puppeteer.LaunchAsync", text, StringComparison.Ordinal);
            }
        }

        var launch = File.ReadAllText(Path.Combine(RepoFiles.Root, "src", "SiteGen", "Pdf", "ChromiumLaunch.cs"));
        Assert.Contains("ExecutablePath = executablePath", launch, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tests_and_benchmark_drive_chromium_with_the_same_driver_and_flags_and_npm_brings_no_second_driver()
    {
        string[] drivers = ["playwright", "puppeteer-core", "selenium-webdriver"];
        var testFiles = Files(Path.Combine(RepoFiles.Root, "tests"))
            .Concat(Files(Path.Combine(RepoFiles.Root, "scripts")))
            .Concat(Files(Path.Combine(RepoFiles.Root, "bench")))
            .Where(f => !f.EndsWith("ChromiumLaunchTests.cs", StringComparison.Ordinal));
        foreach (var file in testFiles)
        {
            var text = File.ReadAllText(file);
            Assert.All(drivers, d => Assert.False(text.Contains(d, StringComparison.OrdinalIgnoreCase), $"{file} names {d}"));
            // Chromium's flags are spelled once, in ChromiumLaunch; a test that starts a browser goes through it.
            Assert.False(text.Contains("--disable-background-networking", StringComparison.Ordinal), $"{file} spells Chromium's flags");
        }
        foreach (var npmLock in new[] { Path.Combine("tests", "js", "package-lock.json"), Path.Combine("bench", "js", "package-lock.json") })
        {
            var text = File.ReadAllText(Path.Combine(RepoFiles.Root, npmLock));
            Assert.All(drivers, d => Assert.False(text.Contains("node_modules/" + d, StringComparison.Ordinal), $"{npmLock} installs {d}"));
        }
    }

    [Fact]
    public async Task A_missing_browser_is_an_error_saying_how_to_install_one_and_nothing_is_downloaded()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitegen-no-such-chromium-" + Guid.NewGuid().ToString("N"));
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => PdfBrowser.StartAsync(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("never downloads a browser", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        // PuppeteerSharp's fetcher would have put a "Chrome" folder beside the program or in the working directory.
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "Chrome")), "A browser download folder appeared beside the program.");
        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "Chrome")), "A browser download folder appeared in the working directory.");
    }

    private static IEnumerable<string> SourceFiles() => Files(Path.Combine(RepoFiles.Root, "src"));

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".sh", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("node_modules", StringComparison.Ordinal));
}
