using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;

namespace SiteGen.Bench;

/// <summary>
/// The build and edit figures alone, for N synthetic authorities (`bash scripts/benchmark.sh edits 100,400`): a cold
/// build in a new process, then in this process a first build with a cache and a rebuild after a one-protocol edit
/// (the stages that ran again and their times), and the edit-to-page latency under `sitegen serve`. The machine's
/// load average is printed before each figure: the machines this runs on are shared.
/// </summary>
internal static class EditBenchmark
{
    public static void Run(string root, IReadOnlyList<int> sizes, TextWriter output)
    {
        var sitegenDll = Path.Combine(AppContext.BaseDirectory, "SiteGen.dll");
        output.WriteLine($"# Build and edit benchmark");
        output.WriteLine();
        output.WriteLine($"`bash scripts/benchmark.sh edits {string.Join(',', sizes)}` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        output.WriteLine();
        foreach (var n in sizes)
        {
            var dir = Directory.CreateTempSubdirectory($"sitegen-edits-{n}-");
            try
            {
                One(root, dir.FullName, n, sitegenDll, output);
            }
            finally
            {
                try { dir.Delete(recursive: true); } catch (IOException) { }
            }
        }
    }

    private static void One(string root, string dir, int n, string sitegenDll, TextWriter output)
    {
        var authorities = SyntheticAuthorities.Generate(root, n);
        var site = ScaleBenchmark.WriteSite(root, dir, authorities);
        output.WriteLine($"## {n} authorities");
        output.WriteLine();

        output.WriteLine($"- load before the cold build: {Load()}");
        var cold = ScaleBenchmark.Timed("dotnet", [sitegenDll, "build", "--site", site], site);
        output.WriteLine($"- cold build (new process, writes the site): {cold}");

        var cache = new BuildCache();
        var (first, firstWall, firstCpu) = Measure(() => SiteBuild.Run(site, cache: cache));
        output.WriteLine($"- first build in this process, with a cache (its code not yet compiled): {firstWall:0.00} s wall, {firstCpu:0.00} s CPU, {first.Files.Length:N0} files");
        var (again, againWall, againCpu) = Measure(() => SiteBuild.Run(site, cache: cache));
        output.WriteLine($"- rebuild with nothing changed: {againWall:0.00} s wall, {againCpu:0.00} s CPU; {Counts(cache)}");

        var file = Path.Combine(site, "content", "protocols", authorities[n / 2].Slug + ".md");
        File.AppendAllText(file, "\n\n98. Benchmark\n\n98.1 Members and officers will read the in-process benchmark notice carefully.\n");
        output.WriteLine($"- load before the edit rebuild: {Load()}");
        var (edited, editWall, editCpu) = Measure(() => SiteBuild.Run(site, cache: cache));
        output.WriteLine($"- rebuild after a one-protocol edit (in memory, not written): {editWall:0.00} s wall, {editCpu:0.00} s CPU{(edited.Succeeded ? "" : " — FAILED")}");
        output.WriteLine($"  - stages: {string.Join(", ", edited.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds:0.00} s"))}");
        output.WriteLine($"  - {Counts(cache)}; {cache.PagesKeyed} view models fingerprinted in {cache.PageKeyTime.TotalSeconds:0.00} s");

        output.WriteLine($"- load before the serve edit: {Load()}");
        var latency = ScaleBenchmark.EditUnderServe(sitegenDll, site, authorities[n / 3]);
        output.WriteLine($"- one-protocol edit under serve, save to page showing it: {latency}");
        output.WriteLine();
    }

    private static string Counts(BuildCache cache) =>
        "ran again: " + string.Join(", ", cache.Counts.Select(c => $"{c.Stage} {c.Ran}/{c.Ran + c.Reused}"));

    private static (T Result, double Wall, double Cpu) Measure<T>(Func<T> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        return (result, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load unknown";
}
