using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>One row of a routes table: who raises it, about whom, and the steps in the columns' order.</summary>
/// <param name="Evidence">The row as it stands in the clause text.</param>
internal sealed record TableRoute(Party? Complainant, ImmutableArray<Subject> Subjects, ImmutableArray<TargetGroup> Steps, string Evidence);

/// <summary>
/// Reads a table of routes ("If you are | and your concern is about | first raise it with | if it is not resolved"):
/// the column whose heading asks who you are gives the complainant, the one that says "about" the subject, and every
/// column after them a step, in order. A table without both such columns is not a routes table.
/// </summary>
internal static partial class EscalationTable
{
    private readonly record struct Cell(int Start, int End, string Text);

    public static ImmutableArray<TableRoute> Read(string text, Func<string, ImmutableArray<Mention>> mentions)
    {
        if (text.IndexOf('|', StringComparison.Ordinal) < 0) return [];
        var cells = new List<Cell>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '|') continue;
            if (start >= 0)
            {
                var (a, b) = Trim(text, start, i);
                if (b > a) cells.Add(new Cell(a, b, text[a..b]));
            }
            start = i + 1;
        }
        var rule = cells.FindIndex(c => RuleCell().IsMatch(c.Text));
        if (rule < 1) return [];
        var columns = 0;
        while (rule + columns < cells.Count && RuleCell().IsMatch(cells[rule + columns].Text)) columns++;
        if (columns < 3 || rule < columns) return [];
        var header = cells.GetRange(rule - columns, columns);
        var who = header.FindIndex(h => WhoColumn().IsMatch(h.Text));
        var about = header.FindIndex(h => AboutColumn().IsMatch(h.Text));
        if (who < 0 || about < 0 || about == who) return [];
        var firstStep = Math.Max(who, about) + 1;
        if (firstStep >= columns) return [];

        var routes = ImmutableArray.CreateBuilder<TableRoute>();
        for (var r = rule + columns; r + columns <= cells.Count; r += columns)
        {
            var row = cells.GetRange(r, columns);
            var complainant = mentions(row[who].Text).Select(EscalationSentence.SideOf).FirstOrDefault(p => p is not null);
            var subjects = mentions(row[about].Text).Select(EscalationSentence.SubjectOf).Where(s => s is not null).Select(s => s!.Value).Distinct().ToImmutableArray();
            var steps = ImmutableArray.CreateBuilder<TargetGroup>();
            for (var c = firstStep; c < columns; c++)
            {
                // A cell names whom to go to ("your senior manager"), perhaps with who goes on ("…, who may refer it to the Monitoring Officer").
                const string lead = "raise it with ";
                var sentence = lead + row[c].Text;
                var reading = EscalationSentence.Read(sentence, mentions(sentence));
                foreach (var g in reading.Groups.Where(g => !g.IsPrior)) steps.Add(g with { IsAlternative = false });
            }
            routes.Add(new TableRoute(complainant, subjects, steps.ToImmutable(), text[row[0].Start..row[^1].End]));
        }
        return routes.ToImmutable();
    }

    private static (int, int) Trim(string text, int a, int b)
    {
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return (a, b);
    }

    [GeneratedRegex(@"^:?-{3,}:?$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCell();

    [GeneratedRegex(@"\b(?:if\s+you\s+are|you\s+are|who|complainant|raised\s+by|concern\s+raised\s+by|complaint\s+by)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhoColumn();

    [GeneratedRegex(@"\babout\b|\bconcerns?\b.*\b(?:is|are)\b|\bsubject\b|\bagainst\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutColumn();
}
