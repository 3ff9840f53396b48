using System.Diagnostics;
using System.Globalization;
using SiteGen.Analysis;
using SiteGen.Synthetic;

namespace SiteGen.Bench;

/// <summary>
/// Times "similar wording" on a synthetic corpus (tests/SiteGen.Tests/Analysis/SyntheticSimilarityCorpus.cs), to show it
/// scales without all-pairs work, and prints how many of the copied wordings it found. Asserts nothing.
/// </summary>
internal static class SimilarityBenchmark
{
    public static void Run(int clauses, int authorities, TextWriter stdout)
    {
        var corpus = SyntheticSimilarityCorpus.Generate(clauses, authorities, seed: 20100412);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var similar = SimilarWording.Find(corpus);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var matches = similar.Sum(s => s.Matches.Length);
        // CPU time is reported beside wall time: on a shared machine the wall clock mostly measures the neighbours.
        // About 30% of the corpus copies a model wording with three words changed, so about that share should have matches.
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Similar wording: {corpus.Count:N0} clauses in {authorities:N0} authorities on {Environment.ProcessorCount} cores: {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU; {similar.Length:N0} clauses have matches ({100.0 * similar.Length / corpus.Count:0}%, {matches:N0} links)."));
    }
}
