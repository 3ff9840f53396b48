using System.Text;

namespace SiteGen.Search;

/// <summary>
/// JavaScript's string semantics that lunr.js relies on, reproduced without .NET's culture or ICU:
/// <c>toLowerCase</c>, the regex classes <c>\s</c> and <c>\W</c> (without the <c>u</c> flag), and the
/// UTF-16 code unit ordering of <c>Array.prototype.sort</c>.
/// </summary>
internal static class JsText
{
    private const char CapitalSigma = '\u03A3';
    private const char SmallSigma = '\u03C3';
    private const char FinalSigma = '\u03C2';

    /// <summary>What JavaScript's <c>s.toLowerCase()</c> returns: full Unicode mapping, including Final_Sigma.</summary>
    public static string ToLowerCase(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!NeedsLowering(s, out var asciiOnly)) return s;
        if (asciiOnly)
        {
            return string.Create(s.Length, s, static (lower, source) =>
            {
                for (var i = 0; i < source.Length; i++) lower[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 0x20) : source[i];
            });
        }

        var result = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                result.Append(c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c);
                continue;
            }
            if (c == CapitalSigma)
            {
                result.Append(IsFinalSigma(s, i) ? FinalSigma : SmallSigma);
                continue;
            }
            // A lone surrogate is its own code point to JavaScript and has no case.
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            AppendLowerCodePoint(result, codePoint);
        }
        return result.ToString();
    }

    /// <summary>True for the UTF-16 code units JavaScript's <c>\s</c> matches (WhiteSpace and LineTerminator).</summary>
    /// <remarks>Not <see cref="char.IsWhiteSpace(char)"/>: that includes U+0085 and excludes U+FEFF, JavaScript the reverse.</remarks>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>True for the UTF-16 code units JavaScript's <c>\w</c> matches without the <c>u</c> flag: ASCII letters, digits and underscore.</summary>
    public static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>Orders strings as JavaScript's default <c>sort()</c> does: by UTF-16 code units.</summary>
    public static int CompareCodeUnits(string? a, string? b) => string.CompareOrdinal(a, b);

    private static bool NeedsLowering(string s, out bool asciiOnly)
    {
        var upper = false;
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                asciiOnly = false;
                return true;
            }
            upper |= c is >= 'A' and <= 'Z';
        }
        asciiOnly = true;
        return upper;
    }

    private static void AppendLowerCodePoint(StringBuilder result, int codePoint)
    {
        var expansions = JsUnicodeTables.LowercaseExpansions;
        for (var i = 0; i < expansions.Length; i += 2 + expansions[i + 1])
        {
            if (expansions[i] != codePoint) continue;
            foreach (var mapped in expansions.Slice(i + 2, expansions[i + 1])) AppendCodePoint(result, mapped);
            return;
        }
        AppendCodePoint(result, SimpleLowerCase(codePoint));
    }

    private static int SimpleLowerCase(int codePoint)
    {
        var runs = JsUnicodeTables.LowercaseRuns;
        // Binary search for the last run starting at or before the code point.
        int lo = 0, hi = runs.Length / 4 - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (runs[mid * 4] <= codePoint) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return codePoint;
        int first = runs[found * 4], last = runs[found * 4 + 1], delta = runs[found * 4 + 2], stride = runs[found * 4 + 3];
        if (codePoint > last) return codePoint;
        if (stride > 1 && (codePoint - first) % stride != 0) return codePoint;
        return codePoint + delta;
    }

    private static void AppendCodePoint(StringBuilder result, int codePoint)
    {
        if (codePoint < 0x10000) result.Append((char)codePoint);
        else result.Append(char.ConvertFromUtf32(codePoint));
    }

    // Unicode's Final_Sigma condition as ICU (and so V8) evaluates it: skipping case-ignorable
    // characters, a cased letter comes before the sigma and none comes after it. ICU tests
    // "case-ignorable" before "cased", which matters for modifier letters such as U+02B0 that are both.
    private static bool IsFinalSigma(string s, int index) =>
        CasedLetterAdjacent(s, index, forward: false) && !CasedLetterAdjacent(s, index, forward: true);

    private static bool CasedLetterAdjacent(string s, int index, bool forward)
    {
        var i = index;
        while (true)
        {
            int codePoint;
            if (forward)
            {
                i++;
                if (i >= s.Length) return false;
                codePoint = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(s[i], s[i + 1]);
                    i++;
                }
            }
            else
            {
                i--;
                if (i < 0) return false;
                codePoint = s[i];
                if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
                {
                    codePoint = char.ConvertToUtf32(s[i - 1], s[i]);
                    i--;
                }
            }
            if (InRanges(JsUnicodeTables.CaseIgnorableRanges, codePoint)) continue;
            return InRanges(JsUnicodeTables.CasedRanges, codePoint);
        }
    }

    private static bool InRanges(ReadOnlySpan<int> ranges, int codePoint)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < ranges[mid * 2]) hi = mid - 1;
            else if (codePoint > ranges[mid * 2 + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
