using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Tests.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Kills the real sitegen program (SIGKILL: no clean-up code runs) part-way through a build, and checks that the
/// published site is exactly the previous one and that the next build clears up after the killed one.
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Kind", "Disk")]
public partial class KilledBuildTests
{
    /// <summary>A copy of the default site with enough extra authorities that writing it takes a noticeable time.</summary>
    private static TempSite LargeSite()
    {
        var site = Repo.CopyDefaultSite();
        var hackney = File.ReadAllText(site.File("content/protocols/hackney.md"));
        for (var n = 1; n <= 60; n++)
        {
            var copy = AuthorityLine().Replace(hackney, $"authority: Test Borough {n}", 1);
            copy = ShortNameLine().Replace(copy, $"short_name: Test {n}", 1);
            File.WriteAllText(site.File($"content/protocols/test-{n}.md"), copy);
        }
        return site;
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.6)]
    public async Task A_build_killed_while_writing_leaves_the_previous_site_and_the_next_build_cleans_up(double written)
    {
        using var site = LargeSite();
        var (exit, _, err) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, err);
        var files = Directory.EnumerateFiles(site.File("_site"), "*", SearchOption.AllDirectories).Count();

        // Writing takes a fraction of a second, so on a busy machine the test may look too late; then the build it
        // missed is simply the new previous site, and it tries again with another change.
        string? staging = null;
        string previous = "";
        for (var attempt = 1; attempt <= 5 && staging is null; attempt++)
        {
            previous = SiteBuilds.HashTree(site.File("_site"));
            ChangeAProtocol(site, attempt);
            staging = await KillWhenStagingHolds(site, Math.Max(1, (int)(files * written)));
        }

        Assert.True(staging is not null, "five builds finished before the test saw them writing; the test site needs to be larger");
        Assert.True(Directory.Exists(staging), "the killed build's half-written staging folder should still be there for the next build to remove");
        Assert.Equal(previous, SiteBuilds.HashTree(site.File("_site")));

        var (again, _, againErr) = SiteBuilds.Build(site.Path);
        Assert.True(again == 0, againErr);
        Assert.False(Directory.Exists(staging));
        Assert.Empty(Leftovers(site));
        Assert.Contains("Changed after the first build", File.ReadAllText(site.File("_site/protocols/hackney.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Builds_killed_at_any_moment_leave_one_whole_build_or_the_other()
    {
        // Two versions of the content, and what each builds to when a build runs to its end.
        using var site = LargeSite();
        var variants = new[] { "\n\n99.1 The first version.\n", "\n\n99.1 The second version.\n" };
        var original = File.ReadAllText(site.File("content/protocols/hackney.md"));
        var wholeBuilds = new string[2];
        var duration = TimeSpan.Zero;
        for (var v = 0; v < 2; v++)
        {
            File.WriteAllText(site.File("content/protocols/hackney.md"), original + variants[v]);
            var clock = Stopwatch.StartNew();
            var run = await SiteGenCli.RunAsync(["build", "--site", site.Path]);
            duration = clock.Elapsed;
            Assert.True(run.ExitCode == 0, run.ToString());
            wholeBuilds[v] = SiteBuilds.HashTree(site.File("_site"));
        }
        Assert.NotEqual(wholeBuilds[0], wholeBuilds[1]);

        // Switch the content back and forth, killing each build at a different point of a whole build's duration.
        var fractions = new[] { 0.05, 0.2, 0.35, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.0 };
        for (var k = 0; k < fractions.Length; k++)
        {
            File.WriteAllText(site.File("content/protocols/hackney.md"), original + variants[k % 2]);
            using var process = Process.Start(SiteGenCli.StartInfo(["build", "--site", site.Path]))!;
            process.StandardInput.Close();
            await Task.Delay(duration * fractions[k]);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var after = SiteBuilds.HashTree(site.File("_site"));
            Assert.True(wholeBuilds.Contains(after), $"killed at {fractions[k]:P0} of a build's time, the site is not one whole build");
        }

        var final = await SiteGenCli.RunAsync(["build", "--site", site.Path]);
        Assert.True(final.ExitCode == 0, final.ToString());
        Assert.Equal(wholeBuilds[(fractions.Length - 1) % 2], SiteBuilds.HashTree(site.File("_site")));
        Assert.Empty(Leftovers(site));
    }

    private static void ChangeAProtocol(TempSite site, int change)
    {
        var path = site.File("content/protocols/hackney.md");
        File.AppendAllText(path, $"\n\n99.{change} Changed after the first build.\n");
    }

    /// <summary>Starts a build and kills it once its staging folder holds <paramref name="files"/> files; returns that folder, or null if the build ended first.</summary>
    private static async Task<string?> KillWhenStagingHolds(TempSite site, int files)
    {
        using var process = Process.Start(SiteGenCli.StartInfo(["build", "--site", site.Path]))!;
        process.StandardInput.Close();
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var staging = Directory.EnumerateDirectories(site.Path, "._site.building-*").FirstOrDefault();
            if (staging is not null && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(files).Count() == files)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return staging;
            }
            await Task.Delay(1);
        }
        if (!process.HasExited) process.Kill(entireProcessTree: true); // a build that hangs must not outlive the test
        return null;
    }

    /// <summary>Staging and retired folders; the lock file is left by a killed build but is free (the system released it) and harmless.</summary>
    private static IEnumerable<string> Leftovers(TempSite site) =>
        Directory.EnumerateDirectories(site.Path, "._site.*").Select(Path.GetFileName)!;

    [GeneratedRegex("^authority: .*$", RegexOptions.Multiline)]
    private static partial Regex AuthorityLine();

    [GeneratedRegex("^short_name: .*$", RegexOptions.Multiline)]
    private static partial Regex ShortNameLine();
}
