using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>One clause as the similarity search sees it.</summary>
/// <param name="Group">Clauses in the same group (the same authority) are never each other's matches.</param>
internal sealed record SimilarityDocument(string Id, string Group, string Text);

/// <summary>Tuning of the similarity search; the defaults are what the site uses.</summary>
/// <param name="Top">How many similar clauses to keep per clause.</param>
/// <param name="MinScore">Cosine below which two clauses are not called similar.</param>
/// <param name="MinTerms">Clauses with fewer distinct topic words ("Officers:") get no matches and are nobody's match.</param>
/// <param name="MaxDocumentShare">
/// Words in more than this share of the clauses (and in more than 100 of them) carry no meaning for similarity, like
/// stop-words: "officer" in a corpus of protocols. They are left out of the vectors (as scikit-learn's max_df does).
/// </param>
internal sealed record SimilarityOptions(int Top = 3, double MinScore = 0.35, int MinTerms = 2, double MaxDocumentShare = 0.01)
{
    public static SimilarityOptions Default { get; } = new();

    /// <summary>Every word counts, however common.</summary>
    public static SimilarityOptions AllWords { get; } = new(MaxDocumentShare: 1.0);

    /// <summary>How many clauses a word may be in and still count.</summary>
    public int MaxDocuments(int clauses) => Math.Max(100, (int)Math.Ceiling(clauses * MaxDocumentShare));
}

/// <summary>
/// "Similar wording": for each clause, the closest clauses of other authorities by cosine similarity of TF-IDF vectors
/// over stemmed topic words. It never compares all pairs, yet finds exactly what comparing all pairs would. Each clause
/// looks candidates up in an inverted index by its heaviest words, as many as it takes for the rest to weigh less than
/// half the threshold: a clause sharing none of them cannot reach the threshold (prefix filtering), and one whose score
/// over them is below the other half cannot either. The survivors are scored exactly in order of an upper bound,
/// stopping once no remaining one can enter the top list. The work grows with the number of clauses times the postings
/// of their distinctive words, not with the number of pairs.
/// </summary>
internal static class SimilarWording
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
        var maxDf = options.MaxDocuments(n);
        for (var d = 0; d < n; d++)
        {
            var (terms, counts) = docTerms[d];
            if (!terms.Any(t => df[t] > maxDf)) continue;
            var keep = Enumerable.Range(0, terms.Length).Where(i => df[terms[i]] <= maxDf).ToArray();
            docTerms[d] = ([.. keep.Select(i => terms[i])], [.. keep.Select(i => counts[i])]);
        }

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

        var results = new SimilarClauses?[n];
        Parallel.For(0, n, () => (Scores: new float[n], Touched: new List<int>()), (d, _, scratch) =>
        {
            results[d] = FindFor(d, docTerms, weights, groups, documents, offsets, fill, postingDocs, postingWeights, options, scratch.Scores, scratch.Touched);
            return scratch;
        }, _ => { });
        return [.. results.Where(r => r is not null).Select(r => r!)];
    }

    private static SimilarClauses? FindFor(
        int d, (int[] Terms, int[] Counts)[] docTerms, float[][] weights, int[] groups, IReadOnlyList<SimilarityDocument> documents,
        int[] offsets, int[] ends, int[] postingDocs, float[] postingWeights, SimilarityOptions options,
        float[] scores, List<int> touched)
    {
        var (terms, _) = docTerms[d];
        if (terms.Length < options.MinTerms) return null;

        // Heaviest words first; look up until what is left weighs less than half the threshold.
        var order = Enumerable.Range(0, terms.Length).OrderByDescending(i => weights[d][i]).ThenBy(i => terms[i]).ToArray();
        double remaining = 0;
        foreach (var i in order) remaining += (double)weights[d][i] * weights[d][i];
        var half = options.MinScore / 2;
        foreach (var i in order)
        {
            if (Math.Sqrt(Math.Max(0, remaining)) < half) break;
            remaining -= (double)weights[d][i] * weights[d][i];
            var t = terms[i];
            for (var p = offsets[t]; p < ends[t]; p++)
            {
                var other = postingDocs[p];
                if (groups[other] == groups[d]) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += weights[d][i] * postingWeights[p];
            }
        }
        // By Cauchy-Schwarz, the words not looked up add at most the norm of their weights to any cosine.
        var slack = Math.Sqrt(Math.Max(0, remaining));

        const double FloatSlack = 1e-6; // scores were summed in single precision
        var candidates = touched.Where(o => scores[o] + slack + FloatSlack >= options.MinScore)
            .Select(o => (Other: o, Bound: Math.Min(1.0, scores[o] + slack)))
            .OrderByDescending(c => c.Bound).ThenBy(c => c.Other).ToArray();
        foreach (var o in touched) scores[o] = 0;
        touched.Clear();

        var best = new List<(int Other, double Score)>();
        foreach (var (other, bound) in candidates)
        {
            if (best.Count >= options.Top && best[^1].Score > bound + FloatSlack) break;
            var score = Cosine(docTerms[d].Terms, weights[d], docTerms[other].Terms, weights[other]);
            if (score < options.MinScore) continue;
            best.Add((other, score));
            best.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Other.CompareTo(b.Other));
            if (best.Count > options.Top) best.RemoveAt(best.Count - 1);
        }
        var matches = best
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
