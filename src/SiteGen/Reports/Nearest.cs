using System.Collections.Immutable;

namespace SiteGen.Reports;

/// <summary>"Did you mean …?" suggestions: the candidates closest to a mistyped id by edit distance. Pure.</summary>
internal static class Nearest
{
    /// <summary>
    /// Up to <paramref name="take"/> candidates, closest first; ties keep the candidates' own order (document
    /// order for clauses), so 7.2(z) suggests 7.2(a), 7.2(b), 7.2(c) rather than an alphabetical scatter.
    /// </summary>
    public static ImmutableArray<string> Of(string wanted, IEnumerable<string> candidates, int take = 3) =>
        [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select((candidate, index) => (candidate, index, distance: Distance(wanted, candidate)))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.index)
            .Take(take)
            .Select(c => c.candidate)];

    /// <summary>
    /// Like <see cref="Of"/> for hyphenated ids (<c>bullying-harassment-and-undue-pressure</c>): ids sharing a word with
    /// the one wanted, or with a word starting with one of its words, come first, since people type one word of a long
    /// id ("bullying") and edit distance alone would rank short unrelated ids nearer.
    /// </summary>
    public static ImmutableArray<string> OfWords(string wanted, IEnumerable<string> candidates, int take = 3)
    {
        var words = wanted.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToArray();
        bool SharesAWord(string candidate) => candidate.Split('-').Any(c => words.Any(w => c.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(c, StringComparison.Ordinal) && c.Length >= 3));
        var list = candidates.Distinct(StringComparer.Ordinal).ToList();
        return [.. Of(wanted, list.Where(SharesAWord), take).Concat(Of(wanted, list.Where(c => !SharesAWord(c)), take)).Take(take)];
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions each cost 1), compared ordinally.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
