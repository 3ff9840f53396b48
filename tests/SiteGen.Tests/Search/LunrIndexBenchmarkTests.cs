using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using SiteGen.Search;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>Measures index size and build time and prints them; it asserts only what the index must contain, never a time.</summary>
[Trait("Category", "Benchmark")]
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
        var vocabulary = SeedCorpus.Documents()
            .SelectMany(d => d.FieldTexts.Values)
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToArray(); // with repeats, so words are drawn as often as the seeds use them

        LunrIndexBuilder.Build(SeedCorpus.Fields, SyntheticClauses(vocabulary, 2_000)); // warm up the JIT

        foreach (var count in new[] { 15_000, 30_000, 60_000 })
        {
            var documents = SyntheticClauses(vocabulary, count);
            var words = documents.Sum(d => d.FieldTexts.Values.Sum(t => t.Count(c => c == ' ') + 1));
            var clock = Stopwatch.StartNew();
            var index = LunrIndexBuilder.Build(SeedCorpus.Fields, documents);
            var built = clock.Elapsed;
            var json = LunrIndexJson.ToUtf8Json(index);
            var total = clock.Elapsed;

            Report($"{count:N0} clauses ({words:N0} words): built in {built.TotalMilliseconds:N0} ms, serialised in {(total - built).TotalMilliseconds:N0} ms " +
                $"({words / total.TotalSeconds:N0} words/s); {index.InvertedIndex.Count:N0} terms, {json.Length / 1e6:N1} MB JSON, {GzipLength(json) / 1e6:N1} MB gzipped.");
            Assert.Equal(count * 2, index.FieldVectors.Count);
            Assert.Equal($"heading/clause{count - 1}", index.FieldVectors[^2].FieldRef);
        }
    }

    // Clause-shaped documents: a numbered short heading and a 20-120 word body, words drawn from the seeds.
    private static List<SearchDocument> SyntheticClauses(string[] vocabulary, int count)
    {
        var random = new Random(20130121);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(new SearchDocument(string.Create(CultureInfo.InvariantCulture, $"clause{i}"), new Dictionary<string, string>
            {
                ["heading"] = string.Create(CultureInfo.InvariantCulture, $"{i / 40 + 1}.{i % 40 + 1} {Words(random.Next(2, 7))}"),
                ["text"] = Words(random.Next(20, 121)),
            }));
        }
        return documents;
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
