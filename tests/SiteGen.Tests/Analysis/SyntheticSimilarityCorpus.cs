using System.Globalization;
using System.Text;
using SiteGen.Analysis;

namespace SiteGen.Synthetic;

// Compiled into the tests and into bench/SiteGen.Bench (linked there), so both use the same corpus.
/// <summary>
/// A deterministic synthetic corpus shaped like protocols: a Zipf-distributed vocabulary, clauses of 6 to 60 words, and
/// a share of clauses that reuse a model wording with a few words changed, as councils copy each other's protocols.
/// </summary>
internal static class SyntheticSimilarityCorpus
{
    public static IReadOnlyList<SimilarityDocument> Generate(int clauses, int authorities, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(6_000, random);
        // Zipf weights: word k is drawn with probability proportional to 1/(k+1).
        var cumulative = new double[vocabulary.Length];
        var total = 0.0;
        for (var k = 0; k < vocabulary.Length; k++) cumulative[k] = total += 1.0 / (k + 1);
        string Draw()
        {
            var r = random.NextDouble() * total;
            var i = Array.BinarySearch(cumulative, r);
            return vocabulary[i < 0 ? ~i : i];
        }
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Draw()));

        var models = Enumerable.Range(0, 500).Select(_ => Sentence(random.Next(8, 40)).Split(' ')).ToArray();
        var documents = new List<SimilarityDocument>(clauses);
        for (var i = 0; i < clauses; i++)
        {
            var authority = "authority-" + (i % authorities).ToString("D4", CultureInfo.InvariantCulture);
            string text;
            if (random.NextDouble() < 0.3)
            {
                var words = (string[])models[random.Next(models.Length)].Clone();
                for (var edit = 0; edit < 3; edit++) words[random.Next(words.Length)] = Draw();
                text = string.Join(' ', words);
            }
            else
            {
                text = Sentence(random.Next(6, 60));
            }
            documents.Add(new SimilarityDocument($"{authority}/{i.ToString(CultureInfo.InvariantCulture)}", authority, text));
        }
        return documents;
    }

    private static string[] Vocabulary(int size, Random random)
    {
        string[] syllables = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui", "ro", "su", "ta", "ve", "wo", "xa", "ze"];
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var sb = new StringBuilder();
            var n = random.Next(2, 5);
            for (var s = 0; s < n; s++) sb.Append(syllables[random.Next(syllables.Length)]);
            sb.Append('x'); // ends in a consonant, so the stemmer leaves it alone
            words.Add(sb.ToString());
        }
        return [.. words];
    }
}
