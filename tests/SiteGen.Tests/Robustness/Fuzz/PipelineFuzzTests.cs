using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Robustness.Fuzz;

/// <summary>
/// Puts thousands of generated protocol files through the whole pipeline and checks <see cref="PipelineProperties"/>
/// on each. CI runs a fixed seed, so a failure reproduces; SITEGEN_FUZZ_SEED, SITEGEN_FUZZ_COUNT and SITEGEN_FUZZ_DOC
/// choose another seed, a longer run, or one document (see README: "Security and robustness").
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Kind", "Disk")]
public class PipelineFuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20_240_516;
    public const int DefaultCount = 3_000;
    public const int BatchSize = 20;

    private static readonly Lazy<(TemplateSet Templates, AnalysisContent Analysis, ISet<string> Assets)> Inputs = new(() =>
    {
        var (set, errors) = TemplateFiles.Load(Repo.Root, "templates");
        Assert.True(set is not null, string.Join("\n", errors));
        // The shipped taxonomy without the overrides, which name the seed authorities' clauses.
        var (analysis, analysisErrors) = AnalysisContentLoader.Load(Repo.Root, "content");
        Assert.True(analysis is not null, string.Join("\n", analysisErrors));
        var assets = set!.Assets.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        return (set, analysis! with { Overrides = AnalysisOverrides.Empty }, assets);
    });

    public static FuzzDocuments Generator() => new(Directory.EnumerateFiles(Path.Combine(Repo.Root, "content", "protocols"), "*.md")
        .Order(StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));

    [Fact]
    public void Generated_documents_never_crash_the_pipeline_and_keep_every_property()
    {
        var seed = Setting("SITEGEN_FUZZ_SEED", DefaultSeed);
        var count = Setting("SITEGEN_FUZZ_COUNT", DefaultCount);
        var only = Environment.GetEnvironmentVariable("SITEGEN_FUZZ_DOC") is { Length: > 0 } doc ? int.Parse(doc, CultureInfo.InvariantCulture) : (int?)null;
        var generator = Generator();
        var (templates, analysis, assets) = Inputs.Value;

        var failures = new ConcurrentBag<(FuzzDocument Document, string Problem)>();
        var stages = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long bytes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var indexes = only is { } one ? [one] : Enumerable.Range(0, count);
        // Documents go through in sites of BatchSize protocols: the pages every site has are rendered once per batch.
        Parallel.ForEach(indexes.Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chunk =>
        {
            if (failures.Count >= 5) return; // enough to go on; stop early rather than flood the log
            var documents = chunk.Select(i => generator.Make(seed, i)).ToList();
            Interlocked.Add(ref bytes, documents.Sum(d => (long)d.Bytes.Length));
            try
            {
                var outcome = PipelineProperties.CheckBatch([.. documents.Select(d => d.Bytes)], templates, analysis, assets);
                for (var k = 0; k < documents.Count; k++)
                {
                    stages.AddOrUpdate(outcome.Documents[k].Stage, 1, (_, n) => n + 1);
                    if (outcome.Documents[k].Violations.Count > 0)
                        failures.Add((documents[k], $"(as {PipelineProperties.FileOf(k)}) " + string.Join("\n  ", outcome.Documents[k].Violations.Take(10))));
                }
                if (outcome.SharedViolations.Count > 0)
                    failures.Add((documents[0], $"on a page shared by documents {chunk[0]}-{chunk[^1]}: " + string.Join("\n  ", outcome.SharedViolations.Take(10))));
            }
            catch (Exception e)
            {
                failures.Add((documents[0], $"exception escaped from the batch of documents {chunk[0]}-{chunk[^1]}: " + e));
            }
        });
        var elapsed = clock.Elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        var outcomes = string.Join(", ", stages.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key}")));
        var run = only is null ? count : 1;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Fuzz seed {seed}: {run} documents ({bytes / 1e6:0.0} MB) in {elapsed.TotalSeconds:0.0} s ({cpuSeconds:0.0} s CPU on {Environment.ProcessorCount} cores): {run / elapsed.TotalSeconds:0} documents/s, {run / cpuSeconds:0} per CPU-second; {outcomes}");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(failures.IsEmpty, Report(seed, failures.OrderBy(f => f.Document.Index).ToList()));
    }

    private static string Report(int seed, List<(FuzzDocument Document, string Problem)> failures)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitegen-fuzz-failures");
        Directory.CreateDirectory(folder);
        var sb = new StringBuilder();
        foreach (var (document, problem) in failures)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"seed-{seed}-doc-{document.Index}.md"));
            File.WriteAllBytes(path, document.Bytes);
            sb.Append(CultureInfo.InvariantCulture, $"\nDocument {document.Index} of seed {seed} ({document.Recipe}), saved as {path}\n");
            sb.Append(CultureInfo.InvariantCulture, $"Reproduce: SITEGEN_FUZZ_SEED={seed} SITEGEN_FUZZ_DOC={document.Index} dotnet test tests/SiteGen.Tests --filter FullyQualifiedName~PipelineFuzzTests\n");
            sb.Append("  ").Append(problem).Append('\n');
            if (document.Text.Length <= 6000) sb.Append("----- document -----\n").Append(document.Text).Append("\n----- end -----\n");
        }
        return sb.ToString();
    }

    private static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    [Fact]
    public void The_same_seed_gives_the_same_documents_and_another_seed_others()
    {
        var a = Generator();
        var b = Generator();
        for (var i = 0; i < 50; i++) Assert.Equal(a.Make(7, i).Bytes, b.Make(7, i).Bytes);
        Assert.NotEqual(a.Make(7, 3).Bytes, a.Make(8, 3).Bytes);
        var recipes = Enumerable.Range(0, 400).Select(i => a.Make(DefaultSeed, i).Recipe).ToList();
        Assert.Contains(recipes, r => r.Contains("random structure", StringComparison.Ordinal));
        Assert.Contains(recipes, r => r.Contains("front matter mutated", StringComparison.Ordinal));
        Assert.Contains(recipes, r => r.Contains("whole", StringComparison.Ordinal));
    }

    [Fact]
    public void The_provenance_property_catches_text_on_the_wrong_lines_or_out_of_order()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "content", "protocols", "hackney.md"));
        var (document, _) = ProtocolFileParser.Parse(new SourceFile(PipelineProperties.File, text));
        var protocol = ProtocolNormaliser.Normalise(document!).Protocol;
        var lines = text.Split('\n');
        var clean = new List<string>();
        PipelineProperties.CheckClauses(protocol, document!.BodyFirstLine, lines, clean);
        Assert.Empty(clean);

        var clause = protocol.AllClauses().First(c => c.Number == "7.2(g)");
        Assert.Null(PipelineProperties.FoundIn(clause.Text, lines, clause.Lines.First, clause.Lines.Last));
        Assert.NotNull(PipelineProperties.FoundIn(clause.Text, lines, clause.Lines.First + 1, clause.Lines.Last + 1)); // shifted by a line
        var reversed = string.Join(' ', clause.Text.Split(' ').Reverse());
        Assert.NotNull(PipelineProperties.FoundIn(reversed, lines, clause.Lines.First, clause.Lines.Last));
        Assert.NotNull(PipelineProperties.FoundIn(clause.Text + " invented", lines, clause.Lines.First, clause.Lines.Last));

        var broken = new List<string>();
        var moved = protocol with
        {
            Sections = [.. protocol.Sections.Select(s => s with { Clauses = [.. s.Clauses.Select(c => c with { Lines = new(c.Lines.First + 2, c.Lines.Last + 2) })] })],
        };
        PipelineProperties.CheckClauses(moved, document.BodyFirstLine, lines, broken);
        Assert.NotEmpty(broken);
    }
}
