using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// The search index's size and build time for 15,000, 30,000 and 60,000 clause-shaped documents whose words are drawn
/// from the default site's protocols as often as they use them. Asserts nothing; prints figures.
/// </summary>
internal static class LunrIndexBenchmark
{
    private static readonly IReadOnlyList<SearchField> Fields = [new("heading", 5), new("text")];

    public static void Run(string root, TextWriter stdout)
    {
        var vocabulary = Directory.EnumerateFiles(Path.Combine(root, "content", "protocols"), "*.md")
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        LunrIndexBuilder.Build(Fields, Clauses(vocabulary, 10_000)); // let tiered JIT settle first

        foreach (var count in new[] { 15_000, 30_000, 60_000 })
        {
            var documents = Clauses(vocabulary, count);
            var words = documents.Sum(d => d.FieldTexts.Values.Sum(t => t.Count(c => c == ' ') + 1));
            GC.Collect();
            // CPU time as well as wall time: the machine is shared, and CPU time is what the work costs.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var index = LunrIndexBuilder.Build(Fields, documents);
            var built = clock.Elapsed;
            var builtCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            using var json = new MemoryStream();
            LunrIndexJson.Write(index, json);
            var total = clock.Elapsed;
            var totalCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search index, {count:N0} clauses ({words:N0} words): built in {built.TotalMilliseconds:N0} ms ({builtCpu.TotalMilliseconds:N0} ms CPU), "
                + $"serialised in {(total - built).TotalMilliseconds:N0} ms ({(totalCpu - builtCpu).TotalMilliseconds:N0} ms CPU); "
                + $"{index.InvertedIndex.Count:N0} terms, {json.Length / 1e6:N1} MB JSON, {GzipLength(json.ToArray()) / 1e6:N1} MB gzipped."));
        }
    }

    /// <summary>The same <paramref name="count"/> clauses every time: a numbered short heading and a 20-120 word body.</summary>
    private static List<SearchDocument> Clauses(string[] vocabulary, int count)
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
}
