using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>One row of a routes table: who raises it, about whom, and the steps in the columns' order.</summary>
/// <param name="Evidence">The row as it stands in the clause text.</param>
internal sealed record TableRoute(Party? Complainant, ImmutableArray<Subject> Subjects, ImmutableArray<TargetGroup> Steps, string Evidence);

/// <summary>
/// Reads a table of routes, in Markdown ("| If you are | and your concern is about | first raise it with | if it is not
/// resolved |") or as a Word paste leaves it ("Concern | First contact | If not resolved", one row a line). The columns
/// whose headings ask who you are and what the concern is about give the situation (or one "concern" column whose cells
/// say both: "An officer's concern about a councillor"); every column after them is a step, in order. A table without
/// such columns is not a routes table.
/// </summary>
internal static partial class EscalationTable
{
    private readonly record struct Cell(int Start, int End, string Text);

    public static ImmutableArray<TableRoute> Read(string text, Func<string, ImmutableArray<Mention>> mentions)
    {
        if (text.IndexOf('|', StringComparison.Ordinal) < 0) return [];
        var rows = MarkdownRows(text);
        if (rows.Count < 2) rows = LineRows(text);
        if (rows.Count < 2) return [];
        var header = rows[0];
        var columns = header.Count;
        if (columns < 2) return [];
        var who = header.FindIndex(h => WhoColumn().IsMatch(h.Text));
        var about = header.FindIndex(h => AboutColumn().IsMatch(h.Text));
        var concern = header.FindIndex(h => ConcernColumn().IsMatch(h.Text));
        int firstStep;
        if (who >= 0 && about >= 0 && who != about) firstStep = Math.Max(who, about) + 1;
        else if (concern >= 0) { who = about = concern; firstStep = concern + 1; }
        else return [];
        if (firstStep >= columns) return [];

        var routes = ImmutableArray.CreateBuilder<TableRoute>();
        // A row may stop short of the last columns ("A Member's concern about a Chief Officer | The Head of Paid Service"): its
        // route has fewer steps. A row wider than the header is not of this table.
        foreach (var row in rows.Skip(1).Where(r => r.Count > firstStep && r.Count <= columns))
        {
            Party? complainant;
            ImmutableArray<Subject> subjects;
            if (who == about)
            {
                // "An officer's concern about a councillor": read as a sentence.
                var cell = row[who].Text;
                var situation = SituationIn(cell, mentions);
                // "If your concern is about | …" over "a Director (for board members)": the heading asks about whom, and the
                // cell answers it, with whom the row is for in brackets.
                Party? rowFor = null;
                if (situation is null && HeaderAsksAbout().IsMatch(header[who].Text))
                {
                    var forWhom = RowFor().Match(cell);
                    if (forWhom.Success) rowFor = mentions(forWhom.Groups["who"].Value).Select(EscalationSentence.SideOf).FirstOrDefault(p => p is not null);
                    situation = SituationIn(header[who].Text.TrimEnd(':', ' ') + " " + RowFor().Replace(cell, ""), mentions);
                }
                if (situation is null) continue;
                complainant = situation.Complainant ?? rowFor;
                subjects = situation.Subjects;
            }
            else
            {
                complainant = mentions(row[who].Text).Select(EscalationSentence.SideOf).FirstOrDefault(p => p is not null);
                subjects = [.. mentions(row[about].Text).Select(EscalationSentence.SubjectOf).Where(s => s is not null).Select(s => s!.Value).Distinct()];
            }
            var steps = ImmutableArray.CreateBuilder<TargetGroup>();
            for (var c = firstStep; c < row.Count; c++)
            {
                // A cell names whom to go to ("your senior manager"), perhaps with who goes on ("…, who may refer it to the Monitoring Officer").
                // A cell may list steps in turn ("the employee's Head of Service, then the Director responsible"): each is read apart.
                const string lead = "raise it with ";
                foreach (var part in ThenNext().Split(row[c].Text))
                {
                    var sentence = lead + part;
                    var reading = EscalationSentence.Read(sentence, mentions(sentence));
                    foreach (var g in reading.Groups.Where(g => !g.IsPrior)) steps.Add(g with { IsAlternative = false });
                }
            }
            routes.Add(new TableRoute(complainant, subjects, steps.ToImmutable(), text[row[0].Start..row[^1].End]));
        }
        return routes.ToImmutable();
    }

    /// <summary>
    /// Markdown rows: a row of N cells has N+1 bars, and a line break between rows (joined to a space in clause text)
    /// leaves two bars side by side, so rows are counted off by the header's width; empty cells stay in place.
    /// </summary>
    private static List<List<Cell>> MarkdownRows(string text)
    {
        var bars = new List<int>();
        for (var i = 0; i < text.Length; i++) if (text[i] == '|') bars.Add(i);
        var rows = new List<List<Cell>>();
        // The rule row ("|---|---|") fixes the width; the header is the row before it.
        var ruleStart = -1;
        for (var b = 0; b + 1 < bars.Count; b++)
            if (RuleCell().IsMatch(text[(bars[b] + 1)..bars[b + 1]].Trim())) { ruleStart = b; break; }
        if (ruleStart < 1) return rows;
        var width = 0;
        while (ruleStart + width + 1 < bars.Count && RuleCell().IsMatch(text[(bars[ruleStart + width] + 1)..bars[ruleStart + width + 1]].Trim())) width++;
        if (width < 2 || ruleStart < width + 1) return rows;
        var headerStart = ruleStart - width - 1;
        rows.Add(CellsBetween(text, bars, headerStart, width));
        for (var b = ruleStart + width + 1; b + width < bars.Count; b += width + 1)
        {
            // Rows are separated by white space only; anything else ends the table.
            if (b > 0 && text.AsSpan(bars[b - 1] + 1, bars[b] - bars[b - 1] - 1).Trim().Length > 0 && b != ruleStart + width + 1) break;
            rows.Add(CellsBetween(text, bars, b, width));
        }
        return rows;
    }

    private static List<Cell> CellsBetween(string text, List<int> bars, int first, int width)
    {
        var cells = new List<Cell>(width);
        for (var k = 0; k < width; k++)
        {
            var (a, b) = Trim(text, bars[first + k] + 1, bars[first + k + 1]);
            cells.Add(new Cell(a, b, text[a..b]));
        }
        return cells;
    }

    /// <summary>Rows a Word paste leaves: lines of cells split by " | ", none wider than the first (a row may stop short).</summary>
    private static List<List<Cell>> LineRows(string text)
    {
        var rows = new List<List<Cell>>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var cells = new List<Cell>();
            var from = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && text[i] != '|') continue;
                var (a, b) = Trim(text, from, i);
                cells.Add(new Cell(a, b, text[a..b]));
                from = i + 1;
            }
            if (cells.Count >= 2 && cells.All(c => c.Text.Length > 0 || cells.IndexOf(c) > 0)) rows.Add(cells);
            start = end + 1;
        }
        return rows.Count > 0 ? [.. rows.Where(r => r.Count <= rows[0].Count)] : rows;
    }

    private static (int, int) Trim(string text, int a, int b)
    {
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return (a, b);
    }

    private static Situation? SituationIn(string text, Func<string, ImmutableArray<Mention>> mentions) =>
        EscalationSentence.Read(text, mentions(text)).Situations.FirstOrDefault(s => s.Subjects.Length > 0);

    /// <summary>A concern column's heading that ends by asking about whom: "If your concern is about", "Complaint against".</summary>
    [GeneratedRegex(@"\b(?:about|against|concerning|regarding|involving|relates\s+to)\s*:?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderAsksAbout();

    /// <summary>"(for board members)", "(by employees)": whom a row of the table is for.</summary>
    [GeneratedRegex(@"\s*\((?:for|by|from)\s+(?<who>[^()]{3,40})\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RowFor();

    [GeneratedRegex(@"\s*[,;]?\s+(?:and\s+)?then\s+(?=(?:to\s+|with\s+)?(?:the|their|your|a|an)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThenNext();

    [GeneratedRegex(@"^:?-{3,}:?$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCell();

    [GeneratedRegex(@"\b(?:if\s+you\s+are|you\s+are|who|complainant|raised\s+by|concern\s+raised\s+by|complaint\s+by)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhoColumn();

    [GeneratedRegex(@"\babout\b|\bconcerns?\b.*\b(?:is|are)\b|\bsubject\b|\bagainst\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutColumn();

    [GeneratedRegex(@"\b(?:concerns?|complaints?|grievances?|situation|issue)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConcernColumn();
}
