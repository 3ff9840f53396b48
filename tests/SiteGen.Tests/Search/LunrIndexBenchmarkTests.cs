using System.Diagnostics;
using System.IO.Compression;
using SiteGen.Search;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>Measures index size and build time and prints them; it asserts only what the index must contain, never a time.</summary>
[Trait("Category", "Benchmark")]
[Trait("Kind", "Pure")]
public class LunrIndexBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_the_size_of_the_seed_index()
    {
        var documents = SeedCorpus.Documents();
        var json = LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(SeedCorpus.Fields, documents));
        var gzip = GzipLength(json);

        Report($"Seed index: {documents.Count} documents, {json.Length:N0} bytes JSON, {gzip:N0} bytes gzipped.");
        Assert.InRange(gzip, 1, json.Length / 2);
    }

    [Fact]
    public void Prints_how_long_60000_synthetic_clauses_take_to_index()
    {
        LunrIndexBuilder.Build(SeedCorpus.Fields, SyntheticCorpus.Clauses(10_000)); // let tiered JIT settle first

        foreach (var count in new[] { 15_000, 30_000, 60_000 })
        {
            var documents = SyntheticCorpus.Clauses(count);
            var words = documents.Sum(d => d.FieldTexts.Values.Sum(t => t.Count(c => c == ' ') + 1));
            GC.Collect();
            // CPU time as well as wall time: the machine is shared, and CPU time is what the work costs.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var index = LunrIndexBuilder.Build(SeedCorpus.Fields, documents);
            var built = clock.Elapsed;
            var builtCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            using var json = new MemoryStream();
            LunrIndexJson.Write(index, json);
            var total = clock.Elapsed;
            var totalCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            Report($"{count:N0} clauses ({words:N0} words): built in {built.TotalMilliseconds:N0} ms ({builtCpu.TotalMilliseconds:N0} ms CPU), " +
                $"serialised in {(total - built).TotalMilliseconds:N0} ms ({(totalCpu - builtCpu).TotalMilliseconds:N0} ms CPU); " +
                $"{index.InvertedIndex.Count:N0} terms, {json.Length / 1e6:N1} MB JSON, {GzipLength(json.ToArray()) / 1e6:N1} MB gzipped.");
            Assert.Equal(count * 2, index.FieldVectors.Count);
            Assert.Equal($"heading/clause{count - 1}", index.FieldVectors[^2].FieldRef);
        }
    }

    private static long GzipLength(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line); // also in `dotnet test` console output
    }
}
