using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>
/// Makes sure a report's Markdown can be rendered before the build relies on it. Markdig refuses nesting deeper than
/// about a hundred levels (by throwing), and some runs of unmatched brackets, emphasis markers or table pipes take it
/// time that grows with the square of their number in one block: both come from conversion accidents or hostile files,
/// never from a real report. Each becomes a located error instead of a crash or a build that never ends. The budget
/// counts work, not seconds, so the same report passes or fails on every machine, however busy.
/// </summary>
internal static class ReportMarkdownCheck
{
    /// <summary>Longer than any real paragraph pasted onto one line (about 3,000 words).</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>Quote and list markers opening one line ("&gt; &gt; - &gt; …"): real reports use two or three.</summary>
    public const int MaxNesting = 32;

    /// <summary>About where Markdig gives up (lists at 100 levels, quotes and brackets at 128): no need to wait for it to say so.</summary>
    private const int MarkdigNesting = 100;

    /// <summary>
    /// The work a report's inline markup may cost: the sum, over its blocks (runs of lines without a blank one), of the
    /// square of the markup characters in each (<see cref="IsMarkup"/>), which is what Markdig's slowest cases grow with.
    /// A 200-row comparison table is about 1.5 million; one block of 2,000 markup characters reaches the limit, which
    /// Markdig renders in well under a second, whereas the 5,000 of a 16,000-character run of "*a " took it 3 s.
    /// </summary>
    public const long MaxMarkupWork = 4_000_000;

    /// <param name="render">Renders the Markdown the way the site will (so the check and the site agree on what parses).</param>
    public static ImmutableArray<Diagnostic> Check(Report report, Action<string> render)
    {
        var lines = report.Body.Split('\n');
        int FileLine(int index) => report.BodyStartLine + index;

        var deepest = 0;
        var deepestLevels = 0;
        long work = 0;
        long blockMarkup = 0;
        var (busiest, busiestMarkup) = (0, 0);
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || string.IsNullOrWhiteSpace(lines[i]))
            {
                // The end of a block: its cost is the square of its markup.
                work += blockMarkup * blockMarkup;
                if (work > MaxMarkupWork)
                    return [Diagnostic.Error(report.ContentFile, FileLine(busiest), "SG0172", string.Create(CultureInfo.InvariantCulture,
                        $"This report has more Markdown markup in one place than SiteGen will read ({blockMarkup:N0} brackets, asterisks, underscores, backticks, pipes and the like in one paragraph, list or table without a blank line). This line has the most ({busiestMarkup:N0}): it probably comes from a conversion. Remove it, or split the block with blank lines."))];
                (blockMarkup, busiest, busiestMarkup) = (0, 0, 0);
                continue;
            }
            if (lines[i].Length > MaxLineLength)
                return [Diagnostic.Error(report.ContentFile, FileLine(i), "SG0170", string.Create(CultureInfo.InvariantCulture,
                    $"This line is {lines[i].Length:N0} characters long; report lines are limited to {MaxLineLength:N0}. It is probably a conversion accident: break it into paragraphs or remove it."))];
            var (markers, levels) = Nesting(lines[i]);
            if (markers > MaxNesting || levels > MarkdigNesting) return [TooDeep(report, FileLine(i), Math.Max(markers, levels))];
            if (levels > deepestLevels) (deepest, deepestLevels) = (i, levels);
            var markup = Markup(lines[i]);
            blockMarkup += markup;
            if (markup > busiestMarkup) (busiest, busiestMarkup) = (i, markup);
        }

        try
        {
            render(report.Body);
            return [];
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            return [TooDeep(report, FileLine(deepest), deepestLevels)];
        }
    }

    /// <summary>Markup characters on a line, not counting SiteGen's own <c>[[…]]</c> references, which its parser reads before Markdig's link parser sees them.</summary>
    internal static int Markup(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '[' && i + 1 < line.Length && line[i + 1] == '[')
            {
                var end = line.IndexOf("]]", i + 2, StringComparison.Ordinal);
                var nested = end < 0 ? -1 : line.IndexOf('[', i + 2, end - i - 2);
                if (end > 0 && nested < 0) { i = end + 1; continue; }
            }
            if (IsMarkup(line[i])) count++;
        }
        return count;
    }

    /// <summary>The characters Markdig's inline parsers open and close on.</summary>
    internal static bool IsMarkup(char ch) => ch is '[' or ']' or '(' or ')' or '*' or '_' or '`' or '<' or '>' or '|' or '!' or '\\' or '~';

    private static Diagnostic TooDeep(Report report, int line, int levels) => Diagnostic.Error(report.ContentFile, line, "SG0171", string.Create(CultureInfo.InvariantCulture,
        $"This report nests quotes, lists or brackets too deeply to read (about {levels} levels here). Flatten it: real reports need two or three."));

    /// <summary>
    /// How deep a line nests: the quote and list markers it opens with, and an estimate that also counts two columns of
    /// indent per level and the deepest run of unclosed square brackets. The estimate only has to point at the culprit.
    /// </summary>
    internal static (int Markers, int Estimate) Nesting(string line)
    {
        var markers = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length && line[i] == ' ') { i++; indent++; }
        while (i < line.Length)
        {
            if (line[i] == '>') { markers++; i++; }
            else if (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ') { markers++; i += 2; }
            else if (line[i] == ' ') i++;
            else break;
        }
        var brackets = 0;
        var open = 0;
        foreach (var ch in line)
        {
            if (ch == '[') brackets = Math.Max(brackets, ++open);
            else if (ch == ']' && open > 0) open--;
        }
        return (markers, Math.Max(markers + (markers > 0 ? indent / 2 : 0), brackets));
    }
}
