using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Word's automatic numbering rendered as the printed label: counters per list follow the abstract numbering's levels
/// (start, format, level text such as "%1.%2" or "(%3)"), restarting where a numbering instance overrides the start.
/// </summary>
internal sealed class WordNumbering
{
    private sealed record Level(int Start, string Format, string Text, bool Legal, int? RestartAfter);

    private readonly Dictionary<int, Dictionary<int, Level>> abstractLevels = new();
    private readonly Dictionary<int, int> numToAbstract = new();
    private readonly Dictionary<int, Dictionary<int, Level>> numLevelOverrides = new();
    private readonly Dictionary<int, Dictionary<int, int>> numStartOverrides = new();
    private readonly Dictionary<int, int[]> counters = new();
    private readonly Dictionary<int, bool[]> used = new();
    private readonly HashSet<int> numsSeen = new();

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null) return;
        foreach (var an in numbering.Elements<AbstractNum>())
        {
            if (an.AbstractNumberId?.Value is not { } id) continue;
            abstractLevels[id] = Levels(an.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>());
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } abs) continue;
            numToAbstract[numId] = abs;
            var starts = new Dictionary<int, int>();
            var levels = new Dictionary<int, Level>();
            foreach (var o in num.Elements<LevelOverride>())
            {
                var ilvl = o.LevelIndex?.Value ?? 0;
                if (o.StartOverrideNumberingValue?.Val?.Value is { } start) starts[ilvl] = start;
                if (o.Level is { } lvl) foreach (var (k, v) in Levels([lvl])) levels[k] = v;
            }
            numStartOverrides[numId] = starts;
            numLevelOverrides[numId] = levels;
        }
    }

    private static Dictionary<int, Level> Levels(IEnumerable<DocumentFormat.OpenXml.Wordprocessing.Level> levels)
    {
        var result = new Dictionary<int, Level>();
        foreach (var l in levels)
        {
            var ilvl = l.LevelIndex?.Value ?? 0;
            var format = l.NumberingFormat?.Val?.HasValue == true ? l.NumberingFormat.Val.InnerText ?? "decimal" : "decimal";
            result[ilvl] = new Level(
                l.StartNumberingValue?.Val?.Value ?? 1,
                format,
                l.LevelText?.Val?.Value ?? "",
                l.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
                l.LevelRestart?.Val?.Value);
        }
        return result;
    }

    /// <summary>The label a numbered paragraph prints, advancing the counters; null for no label, "•" for a bullet.</summary>
    public string? Next(int numId, int ilvl)
    {
        if (numId == 0 || !numToAbstract.TryGetValue(numId, out var abs) || !abstractLevels.TryGetValue(abs, out var levels)) return null;
        ilvl = Math.Clamp(ilvl, 0, 8);
        Level? LevelAt(int i) => numLevelOverrides[numId].TryGetValue(i, out var o) ? o : levels.GetValueOrDefault(i);
        var level = LevelAt(ilvl);
        if (level is null) return null;

        if (!counters.TryGetValue(abs, out var count))
        {
            counters[abs] = count = new int[9];
            used[abs] = new bool[9];
            for (var i = 0; i < 9; i++) count[i] = (LevelAt(i)?.Start ?? 1) - 1;
        }
        var seen = used[abs];
        // A numbering instance with a start override restarts its list the first time it is used.
        if (numsSeen.Add(numId) && numStartOverrides[numId].Count > 0)
        {
            foreach (var (i, start) in numStartOverrides[numId]) { count[i] = start - 1; seen[i] = false; }
        }
        count[ilvl]++;
        seen[ilvl] = true;
        for (var deeper = ilvl + 1; deeper < 9; deeper++)
        {
            var d = LevelAt(deeper);
            if (d is null) continue;
            // lvlRestart 0 means "never restart"; otherwise restart after any level at or above the one named.
            if (d.RestartAfter is 0) continue;
            count[deeper] = (numStartOverrides[numId].TryGetValue(deeper, out var s) ? s : d.Start) - 1;
            seen[deeper] = false;
        }

        if (level.Format == "bullet") return "•";
        if (level.Text.Length == 0) return null;
        var label = new System.Text.StringBuilder();
        for (var i = 0; i < level.Text.Length; i++)
        {
            var ch = level.Text[i];
            if (ch == '%' && i + 1 < level.Text.Length && char.IsDigit(level.Text[i + 1]))
            {
                var which = level.Text[i + 1] - '1';
                i++;
                if (which < 0 || which > 8) continue;
                var at = LevelAt(which);
                // A level above that has not printed yet shows its start value (its counter is one below it).
                var value = which == ilvl || seen[which] ? count[which] : count[which] + 1;
                var format = level.Legal && which < ilvl ? "decimal" : at?.Format ?? "decimal";
                label.Append(ListLabels.Format(value, format));
            }
            else label.Append(ch);
        }
        return label.ToString().Trim();
    }
}
