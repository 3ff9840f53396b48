using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The bar for the search index: real lunr.js 2.3.9, given the same documents, must build the very
/// same JSON, and every query must give the same refs, order, scores and matches on both indexes.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class LunrConformanceTests
{
    /// <summary>Queries covering every kind of clause lunr's query language has.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        // single terms and stems
        "officer", "officers", "councillor", "bullied", "bullying", "harassing", "harassment", "relationships",
        "relationship", "confidentiality", "complaints", "monitoring",
        // prefixes and other wildcards
        "bull*", "rel*", "confid*", "*ment", "c*l",
        // field-scoped terms
        "heading:confidential", "heading:introduction", "text:respect", "heading:bull*", "heading:officer text:mayor",
        // presence
        "+officer -mayor", "+member +officer", "-councillor officer", "+harassment bullying", "+chief +executive -monitoring",
        // fuzzy
        "courtesy~1", "respect~2", "protocl~1", "officer~1 +council",
        // boosts
        "respect^10 officers", "text:member^2 heading:protocol", "mayor^0.5 officer",
        // several words
        "mutual respect and trust", "monitoring officer complaint", "political groups", "gifts hospitality",
        "standards committee report", "close personal relationships", "when things go wrong",
        // stop words only, and terms absent from the corpus
        "the and of", "it was", "zebra", "xylophone~1", "qqq*",
        // numbers and the Unicode document
        "2010", "2024", "café", "caf", "istanbul", "i̇stanbul", "naïv", "respect—and", "£250", "250",
        "councillors’", "straße", "👍🏽", "",
    ];

    [Fact]
    public void Seed_paragraphs_index_is_byte_for_byte_lunrs_and_every_query_matches()
    {
        var report = CompareWithRealLunr(SeedCorpus.Documents(), Queries, queryLunr: null);

        Assert.True(report.IdenticalBytes);
        Assert.True(report.Queries.Count >= 30, $"only {report.Queries.Count} queries ran");
        // The comparison means something only if the queries find things, and nothing where nothing is.
        Assert.True(report.Queries.Count(q => q.Results > 0) >= 40, "too few queries found anything: " + string.Join(", ", report.Queries.Where(q => q.Results == 0).Select(q => q.Query)));
        Assert.All(new[] { "zebra", "xylophone~1", "the and of" }, q => Assert.Equal(0, report.Queries.Single(r => r.Query == q).Results));
        Assert.All(new[] { "bullied", "harassing", "relationships", "bull*", "heading:confidential", "+officer -mayor", "courtesy~1", "respect^10 officers" },
            q => Assert.True(report.Queries.Single(r => r.Query == q).Results > 0, $"'{q}' found nothing"));
    }

    [Fact]
    public void Unicode_document_terms_are_lunrs()
    {
        var documents = SeedCorpus.QuirkDocuments().ToList();
        var report = CompareWithRealLunr(documents, Queries, queryLunr: null);
        Assert.True(report.IdenticalBytes);
        // The quirks this document is there for must really be in play.
        var terms = LunrIndexBuilder.Build(SeedCorpus.Fields, documents).InvertedIndex.Select(p => p.Term).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("", terms);                // punctuation-only tokens trim to the empty term
        Assert.Contains("i\u0307stanbul", terms);  // İ lower-cases to i + combining dot
        Assert.Contains("caf", terms);             // the trimmer's \W is ASCII-only
        Assert.Contains("respect—and", terms);     // only U+002D splits
    }

    [Fact]
    public void Ten_thousand_synthetic_clauses_index_is_byte_for_byte_lunrs()
    {
        // At scale every document-frequency value, and so every idf rounding, gets exercised.
        var report = CompareWithRealLunr(SyntheticCorpus.Clauses(10_000), Queries, queryLunr: null);
        Assert.True(report.IdenticalBytes);
        Assert.True(report.IndexBytes > 5_000_000, $"only {report.IndexBytes} bytes");
    }

    internal static ComparisonReport CompareWithRealLunr(IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> queries, string? queryLunr)
    {
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var documentsFile = Path.Combine(directory.FullName, "documents.json");
            var indexFile = Path.Combine(directory.FullName, "index.json");
            var queriesFile = Path.Combine(directory.FullName, "queries.json");
            var reportFile = Path.Combine(directory.FullName, "report.json");

            File.WriteAllText(documentsFile, JsonSerializer.Serialize(new
            {
                fields = SeedCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
                documents = documents.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.FieldTexts }),
            }));
            File.WriteAllBytes(indexFile, LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(SeedCorpus.Fields, documents)));
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(queries));

            var arguments = new List<string> { "--documents", documentsFile, "--index", indexFile, "--queries", queriesFile, "--report", reportFile };
            if (queryLunr is not null) arguments.AddRange(["--query-lunr", queryLunr]);
            NodeHarness.Run("compare-index.js", [.. arguments]).EnsureSuccess();

            return JsonSerializer.Deserialize<ComparisonReport>(File.ReadAllText(reportFile), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException("empty report");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    internal sealed record ComparisonReport(bool IdenticalBytes, int IndexBytes, IReadOnlyList<QueryOutcome> Queries);

    internal sealed record QueryOutcome(string Query, int Results, string? Error);
}
