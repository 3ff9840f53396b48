using System.Diagnostics;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM sent to the real sitegen program during a build: it must stop, publish nothing, remove
/// its half-built copy and exit with 130, instead of finishing, publishing and exiting 0.
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Kind", "Disk")]
public class StopSignalTests(StopSignalTests.BuiltSite built) : IClassFixture<StopSignalTests.BuiltSite>
{
    /// <summary>
    /// One site of twenty authorities, built once for the three signals (each then changes it and builds again), with
    /// the time its first build took.
    /// </summary>
    public sealed class BuiltSite : IDisposable
    {
        public TempSite Site { get; } = Repo.CopyDefaultSiteWithExtraAuthorities(10);
        public TimeSpan FirstBuild { get; }
        public int Changes { get; set; }

        public BuiltSite()
        {
            var clock = Stopwatch.StartNew();
            var (exit, _, err) = SiteBuilds.Build(Site.Path);
            FirstBuild = clock.Elapsed;
            Assert.True(exit == 0, err);
        }

        public void Dispose() => Site.Dispose();
    }

    [Theory]
    [InlineData("TERM", "loading")]
    [InlineData("INT", "loading")]
    [InlineData("TERM", "writing")]
    public async Task A_build_stopped_by_a_signal_publishes_nothing_and_exits_130(string signal, string when)
    {
        if (OperatingSystem.IsWindows()) return; // POSIX signals
        var site = built.Site;
        var duration = built.FirstBuild;

        CliResult? stopped = null;
        var before = "";
        var fractions = new[] { 0.4, 0.55, 0.7, 0.8, 0.9 };
        for (var attempt = 0; attempt < fractions.Length && stopped is null; attempt++)
        {
            // A build that finished before the signal arrived is simply the new previous site, and one signalled while the
            // runtime was still starting never ran SiteGen at all: change something and try again, later.
            before = SiteBuilds.HashTree(site.File("_site"));
            File.AppendAllText(site.File("content/protocols/hackney.md"), $"\n\n99.{++built.Changes} Changed after the first build.\n");
            stopped = await SignalDuringBuild(site, signal, when == "loading" ? duration * fractions[attempt] : null);
        }

        Assert.True(stopped is not null, "five builds finished (or had not started) when the signal was sent; the test site needs to be larger");
        Assert.True(stopped!.ExitCode == 130, stopped.ToString());
        Assert.Contains("error SG1503: The build was cancelled", stopped.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Built ", stopped.Out, StringComparison.Ordinal);
        Assert.Equal(before, SiteBuilds.HashTree(site.File("_site")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "._site.*"));
    }

    /// <summary>
    /// Starts a build and signals it after <paramref name="after"/>, or once it is writing its staging folder when null;
    /// null if the build ended before the signal, or the signal came before SiteGen itself was running.
    /// </summary>
    private static async Task<CliResult?> SignalDuringBuild(TempSite site, string signal, TimeSpan? after)
    {
        using var process = Process.Start(SiteGenCli.StartInfo(["build", "--site", site.Path]))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var sent = false;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var due = after is { } delay
                ? clock.Elapsed >= delay
                : Directory.EnumerateDirectories(site.Path, "._site.building-*").Any(d => Directory.EnumerateFileSystemEntries(d).Any());
            if (due)
            {
                using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
                sent = true;
                break;
            }
            await Task.Delay(5);
        }
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException("sitegen did not stop after the signal"); }
        var result = new CliResult(process.ExitCode, await stdout, await stderr);
        var finishedFirst = result.ExitCode == 0 && result.Out.Contains("Built ", StringComparison.Ordinal);
        var beforeSiteGenRan = result.ExitCode is 143 or 130 && result.Out.Length == 0 && result.Err.Length == 0;
        return sent && !finishedFirst && !beforeSiteGenRan ? result : null;
    }
}
