using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>Finds a table of contents (a "Contents" heading and entries ending in page numbers after dot leaders or tabs) so it yields no clauses.</summary>
internal static partial class TableOfContentsDetector
{
    private const int MinEntriesWithoutHeading = 3;

    /// <summary>The inclusive index ranges (into <paramref name="lines"/>) that form tables of contents.</summary>
    public static IReadOnlyList<(int First, int Last)> Find(IReadOnlyList<SourceLine> lines)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            var heading = IsContentsHeading(lines[i].Text);
            var start = i;
            var j = heading ? i + 1 : i;
            var entries = 0;
            var lastEntry = i;
            while (j < lines.Count)
            {
                if (lines[j].Text.Trim().Length == 0) { j++; continue; }
                if (!IsEntry(lines[j].Text)) break;
                entries++;
                lastEntry = j;
                j++;
            }

            if ((heading && entries > 0) || entries >= MinEntriesWithoutHeading)
            {
                found.Add((start, lastEntry));
                i = lastEntry + 1;
            }
            else if (!heading && j > i)
            {
                // A scan starting anywhere before j sees only these blanks and fewer entries, none of them a heading:
                // jump straight to j, so a run of blank lines is read once, not once per line.
                i = j;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    public static bool IsContentsHeading(string line)
    {
        var text = InlineText.Clean(line.Trim().TrimStart('#').Trim()).TrimEnd(':').Trim();
        return text.Equals("contents", StringComparison.OrdinalIgnoreCase)
            || text.Equals("table of contents", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsEntry(string line) => Entry().IsMatch(line.TrimEnd());

    // Text, then dot leaders or a tab, then a page number at the end of the line.
    [GeneratedRegex(@"^\S.{0,200}?(\.{2,}|…+|\t)\s*[0-9]{1,4}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Entry();
}
