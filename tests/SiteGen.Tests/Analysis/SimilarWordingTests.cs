using SiteGen.Analysis;
using SiteGen.Synthetic;

namespace SiteGen.Tests.Analysis;

[Trait("Kind", "Pure")]
public class SimilarWordingTests
{
    [Fact]
    public void The_same_expectation_in_three_authorities_is_found_with_full_similarity()
    {
        var similar = SeedAnalysis.Of("hackney").Similar.Single(s => s.ClauseId == "hackney/7.2(e)"); // "Respect, dignity and courtesy;"
        Assert.All(similar.Matches, m => Assert.Equal(1.0, m.Score));
        Assert.Contains(similar.Matches, m => m.ClauseId == "haringey/3.1(c)");
        Assert.Equal(3, similar.Matches.Length);
    }

    [Fact]
    public void Matches_are_never_in_the_same_authority_and_are_ranked_best_first()
    {
        var all = SeedAnalysis.Analysis.Protocols.SelectMany(p => p.Similar).ToArray();
        Assert.NotEmpty(all);
        Assert.All(all, s =>
        {
            var slug = s.ClauseId[..s.ClauseId.IndexOf('/')];
            Assert.All(s.Matches, m => Assert.False(m.ClauseId.StartsWith(slug + "/", StringComparison.Ordinal), $"{s.ClauseId} → {m.ClauseId}"));
            Assert.Equal(s.Matches.OrderByDescending(m => m.Score).Select(m => m.Score), s.Matches.Select(m => m.Score));
            Assert.InRange(s.Matches.Length, 1, SimilarityOptions.Default.Top);
        });
    }

    public static TheoryData<string> Corpora => new() { "seed", "synthetic" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_pruned_search_finds_exactly_what_comparing_every_pair_finds(string corpus)
    {
        IReadOnlyList<SimilarityDocument> documents = corpus == "seed"
            ? [.. SeedAnalysis.Protocols.SelectMany(p => p.AllClauses().Select(c => new SimilarityDocument(c.Id, p.Metadata.Slug, c.Text)))]
            : SyntheticSimilarityCorpus.Generate(1_500, 25, seed: 3);
        // The site's own setting on the seeds, and every word counting on a synthetic corpus whose Zipf vocabulary puts
        // some words in nearly every clause (the hardest case for the bounds).
        var options = corpus == "seed" ? SimilarityOptions.Default : SimilarityOptions.AllWords;
        var pruned = SimilarWording.Find(documents, options).ToDictionary(s => s.ClauseId);
        var brute = BruteForce(documents, options);
        Assert.NotEmpty(brute);
        var differences = new List<string>();
        foreach (var d in documents)
        {
            var a = pruned.TryGetValue(d.Id, out var p) ? string.Join(", ", p.Matches.Select(m => $"{m.ClauseId}:{m.Score:0.000}")) : "";
            var b = brute.TryGetValue(d.Id, out var q) ? string.Join(", ", q.Select(m => $"{m.Id}:{m.Score:0.000}")) : "";
            if (a != b) differences.Add($"{d.Id}\n  pruned: {a}\n  brute:  {b}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void Two_runs_give_the_same_result()
    {
        var corpus = SyntheticSimilarityCorpus.Generate(3_000, 30, seed: 7);
        var first = SimilarWording.Find(corpus);
        var second = SimilarWording.Find(corpus);
        Assert.Equal(first.Select(s => s.ClauseId + string.Concat(s.Matches)), second.Select(s => s.ClauseId + string.Concat(s.Matches)));
    }

    /// <summary>The definition, computed the slow way: every pair's cosine over the same TF-IDF weights.</summary>
    private static Dictionary<string, (string Id, double Score)[]> BruteForce(IReadOnlyList<SimilarityDocument> documents, SimilarityOptions options)
    {
        var n = documents.Count;
        var all = documents.Select(d => Words.ContentStems(d.Text).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count())).ToArray();
        var df = all.SelectMany(t => t.Keys).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var terms = all.Select(t => t.Where(kv => df[kv.Key] <= options.MaxDocuments(n)).ToDictionary(kv => kv.Key, kv => kv.Value)).ToArray();
        var vectors = terms.Select(t =>
        {
            var w = t.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * (Math.Log((n + 1.0) / (df[kv.Key] + 1.0)) + 1));
            var norm = Math.Sqrt(w.Values.Sum(v => v * v));
            return w.ToDictionary(kv => kv.Key, kv => (double)(float)(kv.Value / norm));
        }).ToArray();
        // A pair that shares no counted word scores 0, under any MinScore, so only pairs sharing one are scored; each
        // score is still the full sum over the first clause's words, in the same order, so the figures are unchanged.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = vectors.Select(v => v.Select(kv => (Term: ids.TryGetValue(kv.Key, out var id) ? id : ids[kv.Key] = ids.Count, kv.Value)).ToArray()).ToArray();
        var lookup = ordered.Select(v => v.ToDictionary(x => x.Term, x => x.Value)).ToArray();
        var sharing = new List<int>[ids.Count];
        for (var j = 0; j < n; j++)
            foreach (var (term, _) in ordered[j])
                (sharing[term] ??= []).Add(j);
        double Cosine(int i, int j)
        {
            var sum = 0.0;
            foreach (var (term, weight) in ordered[i])
                if (lookup[j].TryGetValue(term, out var other)) sum += weight * other;
            return Math.Min(1.0, sum);
        }
        var result = new Dictionary<string, (string, double)[]>();
        for (var i = 0; i < n; i++)
        {
            if (terms[i].Count < options.MinTerms) continue;
            var candidates = ordered[i].SelectMany(x => sharing[x.Term]).Distinct().Order();
            var best = candidates
                .Where(j => documents[j].Group != documents[i].Group && terms[j].Count >= options.MinTerms)
                .Select(j => (j, Score: Cosine(i, j)))
                .Where(x => x.Score >= options.MinScore)
                .OrderByDescending(x => x.Score).ThenBy(x => x.j)
                .Take(options.Top)
                .Select(x => (documents[x.j].Id, Math.Round(x.Score, 3, MidpointRounding.AwayFromZero)))
                .ToArray();
            if (best.Length > 0) result[documents[i].Id] = best;
        }
        return result;
    }
}
