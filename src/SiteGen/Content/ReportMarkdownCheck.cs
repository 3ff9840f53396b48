using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>
/// Makes sure a report's Markdown can be rendered before the build relies on it. Markdig refuses nesting deeper than
/// about a hundred levels (by throwing) and some runs of unmatched brackets take it time that grows with the square of
/// the line: both come from conversion accidents or hostile files, never from a real report. Each becomes a located
/// error instead of a crash or a build that never ends.
/// </summary>
public static class ReportMarkdownCheck
{
    /// <summary>Longer than any real paragraph pasted onto one line (about 3,000 words).</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>Quote and list markers opening one line ("&gt; &gt; - &gt; …"): real reports use two or three.</summary>
    public const int MaxNesting = 32;

    /// <summary>About where Markdig gives up (lists at 100 levels, quotes and brackets at 128): no need to wait for it to say so.</summary>
    private const int MarkdigNesting = 100;

    /// <summary>Real reports render in milliseconds; this leaves a slow, shared machine a thousand times that.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(10);

    /// <param name="render">Renders the Markdown the way the site will (so the check and the site agree on what parses).</param>
    public static ImmutableArray<Diagnostic> Check(Report report, Action<string> render, TimeSpan budget)
    {
        var lines = report.Body.Split('\n');
        int FileLine(int index) => report.BodyStartLine + index;

        var longest = 0;
        var deepest = 0;
        var deepestLevels = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > MaxLineLength)
                return [Diagnostic.Error(report.ContentFile, FileLine(i), "SG0170", string.Create(CultureInfo.InvariantCulture,
                    $"This line is {lines[i].Length:N0} characters long; report lines are limited to {MaxLineLength:N0}. It is probably a conversion accident: break it into paragraphs or remove it."))];
            if (lines[i].Length > lines[longest].Length) longest = i;
            var (markers, levels) = Nesting(lines[i]);
            if (markers > MaxNesting || levels > MarkdigNesting) return [TooDeep(report, FileLine(i), Math.Max(markers, levels))];
            if (levels > deepestLevels) (deepest, deepestLevels) = (i, levels);
        }

        // Markdig cannot be cancelled, so it runs on a thread of its own that is left to finish (and is discarded) when the
        // budget runs out: the build reports the problem now rather than waiting.
        var parse = Task.Factory.StartNew(() => render(report.Body), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (parse.Wait(budget)) return [];
        }
        catch (AggregateException e) when (e.InnerException is ArgumentException or InsufficientExecutionStackException)
        {
            return [TooDeep(report, FileLine(deepest), deepestLevels)];
        }
        return [Diagnostic.Error(report.ContentFile, FileLine(longest), "SG0172", string.Create(CultureInfo.InvariantCulture,
            $"SiteGen stopped reading this report's Markdown after {budget.TotalSeconds:0.#} seconds. The longest line, this one ({lines[longest].Length:N0} characters), probably holds a long run of brackets, asterisks or backticks from a conversion: remove it or break it up."))];
    }

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
