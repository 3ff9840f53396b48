using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SiteGen.Analysis;

/// <summary>One word of a text: where it is, its comparable stem, and whether it is a stop-word that never counts for matching.</summary>
/// <param name="Sentence">Which sentence of the text the word is in (counted at . ; : ! ? and line breaks); a phrase never matches across sentences.</param>
internal readonly record struct Word(string Stem, int Start, int Length, bool IsStop, int Sentence = 0);

/// <summary>
/// Splits text into words and reduces each to a stem, the same way for taxonomy phrases and clause text, so
/// "bullying", "bullied" and "bully" compare equal and "Council's" equals "council". Pure and culture-invariant.
/// </summary>
internal static class Words
{
    /// <summary>
    /// Function words that carry no topic. Matching and similarity ignore them entirely, so no clause is ever put on a
    /// theme because it contains "of" or "the". Negations and modals are here too: the analysis reads direction and force
    /// from the clause model, not from phrase matches.
    /// </summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cannot", "could", "did", "do", "does", "doing", "down", "during", "each", "eg", "either", "etc",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "ie", "if", "in", "into", "is", "it", "its", "itself", "may", "me", "might", "more", "most", "must", "my", "myself",
        "neither", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own",
        "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very",
        "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "would", "you", "your", "yours", "yourself", "yourselves", "s", "ll", "re", "ve", "d",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every word of the text, stop-words included (marked), in order.</summary>
    public static ImmutableArray<Word> Split(string text)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var i = 0;
        var sentence = 0;
        var afterBreak = false;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is '.' or ';' or ':' or '!' or '?' or '\n' or '•') afterBreak = true;
                i++;
                continue;
            }
            if (afterBreak && words.Count > 0) sentence++;
            afterBreak = false;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i))) i++;
            var raw = text.AsSpan(start, i - start);
            // "Council's" and "Members'" compare as "council" and "members".
            var apostrophe = raw.IndexOfAny('\'', '’');
            var core = apostrophe >= 0 ? raw[..apostrophe] : raw;
            var lower = core.ToString().ToLowerInvariant();
            if (lower.Length == 0) continue;
            var isStop = StopWords.Contains(lower);
            words.Add(new Word(isStop ? lower : Stem(lower), start, i - start, isStop, sentence));
        }
        return words.ToImmutable();
    }

    /// <summary>Text flattened to one line and cut at a word boundary, for evidence shown beside a reading.</summary>
    public static string Excerpt(string text, int max = 200)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max);
        return flat[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>The stems of the words that count: stop-words dropped.</summary>
    public static ImmutableArray<string> ContentStems(string text) => [.. Split(text).Where(w => !w.IsStop).Select(w => w.Stem)];

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    /// <summary>
    /// A light suffix-stripping stemmer for English plurals, verb endings and a final silent e (-s, -es, -ies, -ed, -ing,
    /// -y, -e). Deliberately conservative: it never strips derivational suffixes, so "respective" stays apart from "respect".
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower)) return word;
        var w = word;

        // Plurals.
        if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        // Past tense and participles; a doubled final consonant is undoubled ("stopped" → "stop").
        if (w.EndsWith("eed", StringComparison.Ordinal)) { }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && HasVowel(w[..^2])) w = Undouble(w[..^2]);
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && HasVowel(w[..^3])) w = Undouble(w[..^3]);

        // "bully", "bullied", "bullies" and "bullying" all end up as "bulli".
        if (w.EndsWith('y') && w.Length > 2 && HasVowel(w[..^1])) w = w[..^1] + "i";
        // A silent e goes, so "state"/"stated" and "name"/"named" meet at "stat" and "nam".
        else if (w.EndsWith('e') && w.Length > 4) w = w[..^1];
        return w;
    }

    private static string Undouble(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem, stem.Length - 1) && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;

    private static bool IsVowel(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => true,
        'y' => i > 0 && !IsVowel(w, i - 1),
        _ => false,
    };

    private static bool HasVowel(string w)
    {
        for (var i = 0; i < w.Length; i++) if (IsVowel(w, i)) return true;
        return false;
    }
}
