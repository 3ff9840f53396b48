using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// The text the site's search index is built from, as opposed to the text results display. lunr's
/// tokenizer splits only at whitespace and hyphens, so "member/officer" or "(harassment)" would be
/// single terms no query could reach, and "officer's" would stem to "officer'", not to "offic". This
/// turns every character other than a letter, digit, combining mark or full stop into a space and drops
/// possessive "'s", before lunr's own pipeline runs.
/// </summary>
/// <remarks>
/// <c>templates/assets/search.js</c> applies the same rule (<c>SiteGenSearch.normaliseText</c>) to typed
/// queries and to result snippets before highlighting them; <c>SiteSearchTextTests</c> holds the two to the
/// same output.
/// </remarks>
internal static partial class SiteSearchText
{
    /// <summary>The text with word-breaking punctuation turned into spaces, ready for <see cref="LunrIndexBuilder"/>.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutPossessives = Possessive().Replace(text, "$1");
        var builder = new StringBuilder(withoutPossessives.Length);
        foreach (var rune in withoutPossessives.EnumerateRunes())
        {
            if (IsWordRune(rune)) builder.Append(rune.ToString());
            else builder.Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>Letters, digits and marks of every script (JavaScript's <c>[\p{L}\p{N}\p{M}]</c>), and the full stop that joins "7.2".</summary>
    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '.') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }

    // "officer's", "Council’s": the 's after a letter (and any marks on it), when no letter, digit or mark follows.
    [GeneratedRegex(@"(\p{L}\p{M}*)['’]s(?![\p{L}\p{N}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
