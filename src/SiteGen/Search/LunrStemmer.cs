namespace SiteGen.Search;

/// <summary>
/// lunr.js 2.3.9's <c>lunr.stemmer</c>: Martin Porter's 1980 algorithm with the exact behaviour of
/// lunr's JavaScript version, quirks included.
/// </summary>
/// <remarks>
/// The quirks that make it differ from a textbook Porter stemmer, all reproduced here:
/// <list type="bullet">
/// <item>Letters are classified by code unit: only a, e, i, o, u are vowels, y is a vowel that cannot
/// continue a vowel run and a consonant that cannot continue a consonant run, and everything else
/// (digits, apostrophes, accented letters) is a consonant.</item>
/// <item>A leading y is upper-cased for the duration, which makes it a plain consonant.</item>
/// <item>In steps 2 to 4 the longest listed suffix that leaves a non-empty stem is chosen; if its
/// measure condition fails, no shorter suffix is tried.</item>
/// <item>Words shorter than three code units are left alone.</item>
/// </list>
/// </remarks>
internal static class LunrStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>The stem lunr.js would index or search for <paramref name="word"/> (already lower-cased and trimmed).</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3) return word;

        var startsWithY = word[0] == 'y';
        var w = startsWithY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceLongestSuffix(w, Step2Suffixes, stem => Measure(stem) > 0);
        w = ReplaceLongestSuffix(w, Step3Suffixes, stem => Measure(stem) > 0);
        w = Step4(w);
        w = Step5(w);

        return startsWithY ? "y" + w[1..] : w;
    }

    // sses -> ss, ies -> i, s -> "" after a letter other than s; each needs at least one more letter before it.
    private static string Step1a(string w)
    {
        if (w.Length >= 5 && w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.Length >= 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^2];
        if (w.Length >= 3 && w[^1] == 's' && w[^2] != 's') return w[..^1];
        return w;
    }

    private static string Step1b(string w)
    {
        if (w.Length >= 4 && w.EndsWith("eed", StringComparison.Ordinal))
        {
            // A word ending in "eed" never falls through to the "ed" rule, even when m = 0.
            return Measure(w[..^3]) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.Length >= 3 && w.EndsWith("ed", StringComparison.Ordinal)) stem = w[..^2];
        else if (w.Length >= 4 && w.EndsWith("ing", StringComparison.Ordinal)) stem = w[..^3];
        else return w;

        if (!ContainsVowel(stem)) return w;

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
            return stem + "e";
        if (EndsWithDoubleConsonantOtherThanLsz(stem)) return stem[..^1];
        if (IsShortCvc(stem)) return stem + "e";
        return stem;
    }

    // y -> i after a non-vowel that is not the first letter (that non-vowel may itself be a y).
    private static string Step1c(string w) =>
        w.Length >= 3 && w[^1] == 'y' && !IsPlainVowel(w[^2]) ? w[..^1] + "i" : w;

    private static string Step4(string w)
    {
        var suffix = LongestSuffix(w, Step4Suffixes, s => s);
        if (suffix is not null) return Measure(w[..^suffix.Length]) > 1 ? w[..^suffix.Length] : w;

        // (s|t)ion -> (s|t), only when none of the suffixes above matched at all.
        if (w.Length >= 5 && w.EndsWith("ion", StringComparison.Ordinal) && w[^4] is 's' or 't')
        {
            var stem = w[..^3];
            return Measure(stem) > 1 ? stem : w;
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (w.Length >= 2 && w[^1] == 'e')
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !IsShortCvc(stem))) w = stem;
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w) > 1) w = w[..^1];
        return w;
    }

    private static string ReplaceLongestSuffix(string w, (string Suffix, string Replacement)[] rules, Func<string, bool> condition)
    {
        var rule = LongestSuffix(w, rules, r => r.Suffix);
        if (rule.Suffix is null) return w;
        var stem = w[..^rule.Suffix.Length];
        return condition(stem) ? stem + rule.Replacement : w;
    }

    // The longest listed suffix of w that still leaves at least one code unit in front of it.
    private static T? LongestSuffix<T>(string w, IEnumerable<T> candidates, Func<T, string> suffixOf)
    {
        T? best = default;
        var bestLength = 0;
        foreach (var candidate in candidates)
        {
            var suffix = suffixOf(candidate);
            if (suffix.Length > bestLength && w.Length > suffix.Length && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                best = candidate;
                bestLength = suffix.Length;
            }
        }
        return best;
    }

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Porter's m: the number of vowel-run/consonant-run pairs after an optional leading consonant run,
    // where a run starts with its own class or y and continues only with its own class.
    private static int Measure(string s)
    {
        var i = SkipLeadingConsonants(s);
        var m = 0;
        while (i < s.Length)
        {
            // Vowel run: a vowel or y, then plain vowels.
            i++;
            while (i < s.Length && IsPlainVowel(s[i])) i++;
            if (i == s.Length) break;
            // Consonant run: any non-vowel (y included), then non-vowels other than y.
            i++;
            while (i < s.Length && IsStrictConsonant(s[i])) i++;
            m++;
        }
        return m;
    }

    private static bool ContainsVowel(string s) => SkipLeadingConsonants(s) < s.Length;

    // Index of the first vowel or y, or s.Length. A leading y never reaches here (it is upper-cased).
    private static int SkipLeadingConsonants(string s)
    {
        if (s.Length == 0 || IsPlainVowel(s[0])) return 0;
        var i = 1;
        while (i < s.Length && IsStrictConsonant(s[i])) i++;
        return i;
    }

    private static bool IsStrictConsonant(char c) => !IsPlainVowel(c) && c != 'y';

    // The whole stem is consonant-run, vowel (or y), final letter other than a vowel, w, x or y.
    private static bool IsShortCvc(string s)
    {
        if (s.Length < 3) return false;
        if (s[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y') return false;
        if (!IsPlainVowel(s[^2]) && s[^2] != 'y') return false;
        if (IsPlainVowel(s[0])) return false;
        for (var i = 1; i < s.Length - 2; i++)
        {
            if (!IsStrictConsonant(s[i])) return false;
        }
        return true;
    }

    private static bool EndsWithDoubleConsonantOtherThanLsz(string s) =>
        s.Length >= 2 && s[^1] == s[^2] && s[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'l' or 's' or 'z');
}
