using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The sharded index a site ships answers every query exactly as one lunr.js 2.3.9 index over the same documents:
/// the same refs in the same order, the same scores (compared exactly) and the same matched terms, read through
/// the search page's own store in Node with real lunr.js. With LunrConformanceTests (the C# index is lunr's, byte
/// for byte), this proves the page's results are lunr's.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class ShardConformanceTests
{
    /// <summary>Every kind of query, plus queries of only prohibited words, which score every document.</summary>
    public static IReadOnlyList<string> Queries { get; } = [.. LunrConformanceTests.Queries, "-mayor", "-officer -member", "-zzz", "b*", "*", "o*r"];

    [Fact]
    public void Seed_paragraphs_sharded_answer_every_query_as_one_lunr_index()
    {
        var report = Compare(SeedCorpus.Documents());
        Assert.True(report.Queries.Count(q => q.Results > 0) >= 40, "too few queries found anything");
        Assert.True(report.Queries[0].TotalShards >= 5, $"only {report.Queries[0].TotalShards} shards: the comparison would not exercise sharding");
        // A plain word needs one shard, not the whole index.
        Assert.Equal(1, report.Queries.Single(q => q.Query == "bullied").Shards);
    }

    [Fact]
    public void Ten_thousand_synthetic_clauses_sharded_answer_every_query_as_one_lunr_index()
    {
        var report = Compare(SyntheticCorpus.Clauses(10_000));
        Assert.True(report.Queries[0].TotalShards >= 100, $"only {report.Queries[0].TotalShards} shards");
        Assert.Equal(10_000, report.Queries.Single(q => q.Query == "-zzz").Results); // a query of only -words scores every document
        Assert.All(report.Queries.Where(q => !q.Query.Contains('~') && !q.Query.Contains('*')),
            q => Assert.True(q.Shards <= 4, $"'{q.Query}' loads {q.Shards} shards"));
    }

    private static Report Compare(IReadOnlyList<SearchDocument> original)
    {
        // A site's refs are document positions.
        var documents = original.Select((d, i) => d with { Ref = SiteSearch.Ref(i) }).ToList();
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var documentsFile = Path.Combine(directory.FullName, "documents.json");
            var queriesFile = Path.Combine(directory.FullName, "queries.json");
            var reportFile = Path.Combine(directory.FullName, "report.json");
            File.WriteAllText(documentsFile, JsonSerializer.Serialize(new
            {
                fields = SeedCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
                documents = documents.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.FieldTexts }),
            }));
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(Queries));
            var index = LunrIndexBuilder.Build(SeedCorpus.Fields, documents);
            var shards = SearchShards.Files(index, new SiteSearchCorpus([], []), "search", documents.Count);
            foreach (var file in shards.Files)
            {
                var target = Path.Combine(directory.FullName, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }
            NodeHarness.Run("compare-shards.js", "--documents", documentsFile, "--shards", Path.Combine(directory.FullName, "search"),
                "--search-js", Path.Combine(NodeHarness.RepoRoot, "templates", "assets", "search.js"), "--queries", queriesFile, "--report", reportFile).EnsureSuccess();
            return JsonSerializer.Deserialize<Report>(File.ReadAllText(reportFile), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed record Report(ImmutableArray<QueryOutcome> Queries);

    private sealed record QueryOutcome(string Query, int Results, string? Error, int Shards, int TotalShards);
}
