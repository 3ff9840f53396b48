using System.Diagnostics;
using SiteGen.Tests.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Kills the real sitegen program (SIGKILL: no clean-up code runs) part-way through a build, and checks that the
/// published site is exactly the previous one and that the next build clears up after the killed one.
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Kind", "Disk")]
public class KilledBuildTests
{
    /// <summary>Twenty authorities: enough that writing the site takes long enough to be caught part-way.</summary>
    private const int ExtraAuthorities = 10;

    [Fact]
    public async Task Builds_killed_while_writing_leave_the_previous_site_and_the_next_build_cleans_up()
    {
        using var site = Repo.CopyDefaultSiteWithExtraAuthorities(ExtraAuthorities);
        var (exit, _, err) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, err);
        var files = Directory.EnumerateFiles(site.File("_site"), "*", SearchOption.AllDirectories).Count();

        // Killed before the first file is written, a third of the way and two thirds of the way through writing; each
        // time the next build must remove the half-written copy and publish the change the killed build was making.
        var change = 0;
        foreach (var written in new[] { 0.0, 0.3, 0.6 })
        {
            // Writing takes a fraction of a second, so on a busy machine the test may look too late: the build it
            // missed may have finished, or have swapped its new site in just before the kill landed (the exchange leaves
            // the previous site under the staging name while it is deleted). Either way the site must be that whole new
            // build; then the test tries again with another change.
            string? staging = null;
            string previous = "";
            for (var attempt = 1; attempt <= 5 && staging is null; attempt++)
            {
                previous = SiteBuilds.HashTree(site.File("_site"));
                ChangeAProtocol(site, ++change);
                staging = await KillWhenStagingHolds(site, Math.Max(1, (int)(files * written)));
                var after = SiteBuilds.HashTree(site.File("_site"));
                if (staging is not null && after == previous) break;
                staging = null;
                var (rebuilt, _, rebuiltErr) = SiteBuilds.Build(site.Path);
                Assert.True(rebuilt == 0, rebuiltErr);
                Assert.True(after == SiteBuilds.HashTree(site.File("_site")), "a build killed after it published left a site that is not the whole new build");
            }

            Assert.True(staging is not null, $"killing at {written:P0} of the files written: five builds published before the test saw them writing; the test site needs to be larger");
            Assert.True(Directory.Exists(staging), "the killed build's half-written staging folder should still be there for the next build to remove");

            var (again, _, againErr) = SiteBuilds.Build(site.Path);
            Assert.True(again == 0, againErr);
            Assert.False(Directory.Exists(staging));
            Assert.Empty(Leftovers(site));
            Assert.Contains($"Change {change} made after the first build", File.ReadAllText(site.File("_site/protocols/hackney.html")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Builds_killed_at_any_moment_leave_one_whole_build_or_the_other()
    {
        // Two versions of the content, and what each builds to when a build runs to its end.
        using var site = Repo.CopyDefaultSiteWithExtraAuthorities(ExtraAuthorities);
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
        // Most of a build is reading and rendering; the moments that matter most are near its end, when the staging folder
        // is written and swapped in, so the kills crowd there.
        var fractions = new[] { 0.15, 0.45, 0.7, 0.85, 0.92, 0.97, 1.0, 1.03 };
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
        File.AppendAllText(path, $"\n\n99.{change} Change {change} made after the first build.\n");
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
}
