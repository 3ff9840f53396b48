using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>
/// Finds running headers and footers that a PDF-to-text conversion leaves in the middle of the text
/// ("Part 9 - Codes and Protocols", "1.0 - 4 September 2023", "Page 3 of 12"), so they never become clause text.
/// </summary>
public static partial class PageFurnitureDetector
{
    /// <summary>Indexes (into <paramref name="lines"/>) of furniture lines.</summary>
    /// <param name="declared">Lines the user listed under <c>page_furniture</c> in front matter, matched after normalisation.</param>
    public static IReadOnlySet<int> Find(IReadOnlyList<SourceLine> lines, IReadOnlyCollection<string> declared)
    {
        // Each line is cleaned twice, once per question, not again for every neighbour that asks about it.
        var keys = lines.Select(l => Key(l.Text)).ToArray();
        var candidates = lines.Select(l => IsCandidate(l.Text)).ToArray();
        var declaredKeys = declared.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<int>();

        // A repeated header block is two or more lines that recur together; a single repeated line may be a
        // legitimate sub-heading used in two sections, so it only counts as furniture when its neighbour repeats with it.
        var content = Enumerable.Range(0, lines.Count).Where(i => keys[i].Length > 0).ToArray();
        var pairCounts = new Dictionary<(string, string), int>();
        for (var k = 0; k + 1 < content.Length; k++)
        {
            var pair = (keys[content[k]], keys[content[k + 1]]);
            if (candidates[content[k]] && candidates[content[k + 1]] && pair.Item1 != pair.Item2)
                pairCounts[pair] = pairCounts.GetValueOrDefault(pair) + 1;
        }

        for (var k = 0; k < content.Length; k++)
        {
            var i = content[k];
            // The footer patterns ignore case, so the lower-cased key answers them as the line would.
            if (declaredKeys.Contains(keys[i]) || IsFooterText(keys[i]))
            {
                found.Add(i);
                continue;
            }
            if (!candidates[i]) continue;
            var repeatsWithNext = k + 1 < content.Length && pairCounts.GetValueOrDefault((keys[i], keys[content[k + 1]])) >= 2;
            var repeatsWithPrevious = k > 0 && pairCounts.GetValueOrDefault((keys[content[k - 1]], keys[i])) >= 2;
            if (repeatsWithNext || repeatsWithPrevious) found.Add(i);
        }
        return found;
    }

    /// <summary>Compares lines ignoring Markdown heading marks, emphasis, case and spacing.</summary>
    public static string Key(string line)
    {
        var text = line.Trim().TrimStart('#').Trim();
        return InlineText.Clean(text).ToLowerInvariant();
    }

    /// <summary>Headers are short and never numbered clauses or list items.</summary>
    private static bool IsCandidate(string line)
    {
        var text = InlineText.Clean(line.Trim().TrimStart('#').Trim().TrimStart('-', '*').Trim());
        if (text.Length is 0 or > 120) return false;
        if (NumberedStart().IsMatch(text)) return false;
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 16;
    }

    public static bool IsFooterPattern(string line) => IsFooterText(InlineText.Clean(line.Trim().TrimStart('#').Trim()));

    private static bool IsFooterText(string clean) => PageNumber().IsMatch(clean) || VersionAndDate().IsMatch(clean);

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)*\.?\s|\(?[a-zA-Z]{1,4}\)\s)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumberedStart();

    // "Page 3", "Page 3 of 12", "- 3 -", "3 | Page", a lone number.
    [GeneratedRegex(@"^(page [0-9]{1,4}( of [0-9]{1,4})?|-\s*[0-9]{1,4}\s*-|[0-9]{1,4}\s*\|\s*page|[0-9]{1,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PageNumber();

    // "1.0 - 4 September 2023", "Version 2.1 – 12 March 2019": a document version and date line.
    [GeneratedRegex(@"^(version |v)?[0-9]{1,2}(\.[0-9]{1,3}){1,2}\s*[-–—]\s*[0-9]{1,2}(st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|october|november|december) [0-9]{4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VersionAndDate();
}
