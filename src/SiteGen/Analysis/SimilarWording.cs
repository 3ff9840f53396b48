using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>One clause as the similarity search sees it.</summary>
/// <param name="Group">Clauses in the same group (the same authority) are never each other's matches.</param>
public sealed record SimilarityDocument(string Id, string Group, string Text);

/// <summary>Tuning of the similarity search; the defaults are what the site uses.</summary>
/// <param name="Top">How many similar clauses to keep per clause.</param>
/// <param name="MinScore">Cosine below which two clauses are not called similar.</param>
/// <param name="MinTerms">Clauses with fewer distinct topic words ("Officers:") get no matches and are nobody's match.</param>
/// <param name="QueryTerms">How many of a clause's highest-weighted words are used to find candidates.</param>
/// <param name="Candidates">How many of the best candidates are scored exactly.</param>
/// <param name="MaxPostingShare">Words in more than this share of clauses are too common to find candidates by.</param>
public sealed record SimilarityOptions(int Top = 3, double MinScore = 0.35, int MinTerms = 2, int QueryTerms = 8, int Candidates = 40, double MaxPostingShare = 0.02)
{
    public static SimilarityOptions Default { get; } = new();
}

/// <summary>
/// "Similar wording": for each clause, the closest clauses of other authorities by cosine similarity of TF-IDF vectors
/// over stemmed topic words. It never compares all pairs: an inverted index gives, for each clause, only the clauses
/// sharing one of its most distinctive words, and only the best of those are scored exactly, so the work grows with the
/// number of clauses times a bounded number of postings rather than with its square.
/// </summary>
public static class SimilarWording
{
    /// <summary>Similar clauses for every document that has any, in input order. Deterministic for a given input order.</summary>
    public static ImmutableArray<SimilarClauses> Find(IReadOnlyList<SimilarityDocument> documents, SimilarityOptions? options = null)
    {
        options ??= SimilarityOptions.Default;
        var n = documents.Count;
        if (n == 0) return [];

        // Term ids, per-document term frequencies, then document frequencies.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var docTerms = new (int[] Terms, int[] Counts)[n];
        var groups = new int[n];
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            var counts = new Dictionary<int, int>();
            foreach (var stem in Words.ContentStems(documents[d].Text))
            {
                if (!termIds.TryGetValue(stem, out var id)) termIds[stem] = id = termIds.Count;
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
            var terms = counts.Keys.Order().ToArray();
            docTerms[d] = (terms, [.. terms.Select(t => counts[t])]);
            if (!groupIds.TryGetValue(documents[d].Group, out var g)) groupIds[documents[d].Group] = g = groupIds.Count;
            groups[d] = g;
        }
        var df = new int[termIds.Count];
        foreach (var (terms, _) in docTerms) foreach (var t in terms) df[t]++;

        // L2-normalised weights: sublinear term frequency times smoothed inverse document frequency.
        var weights = new float[n][];
        for (var d = 0; d < n; d++)
        {
            var (terms, counts) = docTerms[d];
            var w = new float[terms.Length];
            double norm = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                var value = (1 + Math.Log(counts[i])) * (Math.Log((n + 1.0) / (df[terms[i]] + 1.0)) + 1);
                w[i] = (float)value;
                norm += value * value;
            }
            norm = Math.Sqrt(norm);
            for (var i = 0; i < w.Length; i++) w[i] = (float)(w[i] / norm);
            weights[d] = w;
        }

        // Inverted index as flat arrays (counting sort by term): postings[offset[t] .. offset[t+1]) are (doc, weight).
        var offsets = new int[termIds.Count + 1];
        for (var t = 0; t < df.Length; t++) offsets[t + 1] = offsets[t] + df[t];
        var postingDocs = new int[offsets[^1]];
        var postingWeights = new float[offsets[^1]];
        var fill = (int[])offsets.Clone();
        for (var d = 0; d < n; d++)
        {
            var (terms, _) = docTerms[d];
            if (terms.Length < options.MinTerms) continue;
            for (var i = 0; i < terms.Length; i++)
            {
                var at = fill[terms[i]]++;
                postingDocs[at] = d;
                postingWeights[at] = weights[d][i];
            }
        }
        var maxPostings = Math.Max(50, (int)(n * options.MaxPostingShare));

        var results = new SimilarClauses?[n];
        Parallel.For(0, n, () => (Scores: new float[n], Touched: new List<int>()), (d, _, scratch) =>
        {
            results[d] = FindFor(d, docTerms, weights, groups, documents, offsets, fill, postingDocs, postingWeights, maxPostings, options, scratch.Scores, scratch.Touched);
            return scratch;
        }, _ => { });
        return [.. results.Where(r => r is not null).Select(r => r!)];
    }

    private static SimilarClauses? FindFor(
        int d, (int[] Terms, int[] Counts)[] docTerms, float[][] weights, int[] groups, IReadOnlyList<SimilarityDocument> documents,
        int[] offsets, int[] ends, int[] postingDocs, float[] postingWeights, int maxPostings, SimilarityOptions options,
        float[] scores, List<int> touched)
    {
        var (terms, _) = docTerms[d];
        if (terms.Length < options.MinTerms) return null;

        // Accumulate partial dot products over this clause's most distinctive, not-too-common words only.
        var query = Enumerable.Range(0, terms.Length)
            .Where(i => ends[terms[i]] - offsets[terms[i]] <= maxPostings)
            .OrderByDescending(i => weights[d][i]).ThenBy(i => terms[i])
            .Take(options.QueryTerms);
        foreach (var i in query)
        {
            var t = terms[i];
            var qw = weights[d][i];
            for (var p = offsets[t]; p < ends[t]; p++)
            {
                var other = postingDocs[p];
                if (groups[other] == groups[d]) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += qw * postingWeights[p];
            }
        }

        var candidates = touched.OrderByDescending(o => scores[o]).ThenBy(o => o).Take(options.Candidates).ToArray();
        foreach (var o in touched) scores[o] = 0;
        touched.Clear();

        var matches = candidates
            .Select(o => (Other: o, Score: Cosine(docTerms[d].Terms, weights[d], docTerms[o].Terms, weights[o])))
            .Where(m => m.Score >= options.MinScore)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Other)
            .Take(options.Top)
            .Select(m => new SimilarClause(documents[m.Other].Id, Math.Round(m.Score, 3, MidpointRounding.AwayFromZero)))
            .ToImmutableArray();
        return matches.IsEmpty ? null : new SimilarClauses(documents[d].Id, matches);
    }

    /// <summary>Exact cosine of two normalised sparse vectors with sorted term ids.</summary>
    private static double Cosine(int[] aTerms, float[] aWeights, int[] bTerms, float[] bWeights)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < aTerms.Length && j < bTerms.Length)
        {
            if (aTerms[i] == bTerms[j]) sum += (double)aWeights[i++] * bWeights[j++];
            else if (aTerms[i] < bTerms[j]) i++;
            else j++;
        }
        return Math.Min(1.0, sum);
    }
}
