using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>
/// Checks the <c>appendices</c> list of a report's front matter and locates each entry on its line. What an include
/// names is checked later, against the protocols, by the Reports stage; here only the shape is.
/// </summary>
internal static partial class AppendixDeclarations
{
    public static ImmutableArray<ReportAppendix> Read(string file, FrontMatterSplit split, List<AppendixFrontMatter>? declared, FieldValidator v)
    {
        if (declared is null || declared.Count == 0) return [];
        var listLine = FrontMatterReader.LineOf(split, "appendices");
        var itemLines = ItemLines(split, listLine);
        var appendices = ImmutableArray.CreateBuilder<ReportAppendix>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < declared.Count; i++)
        {
            var item = declared[i];
            var line = i < itemLines.Count ? itemLines[i] : listLine;
            var nextLine = i + 1 < itemLines.Count ? itemLines[i + 1] : int.MaxValue;
            if (item is null)
            {
                v.Add(Diagnostic.Error(file, line, "SG0160", "This appendix is empty. Give it a letter, a title and what to include (see README: 'Appendices')."));
                continue;
            }

            var letter = item.Letter?.Trim() ?? "";
            if (!LetterPattern().IsMatch(letter))
            {
                v.Add(Diagnostic.Error(file, LineWithin(split, line, nextLine, "letter:") ?? line, "SG0161",
                    letter.Length == 0
                        ? "This appendix has no letter. Add a line like: letter: A"
                        : $"'{letter}' cannot be an appendix letter. Use one capital letter (A to Z) or a number (1 to 99)."));
            }
            else if (seen.TryGetValue(letter, out var first))
            {
                v.Add(Diagnostic.Error(file, line, "SG0162", $"There are two appendices '{letter}' (the other is declared on line {first}). Give each its own letter."));
            }
            else
            {
                seen[letter] = line;
            }

            if (string.IsNullOrWhiteSpace(item.Title))
                v.Add(Diagnostic.Error(file, line, "SG0163", "This appendix has no title. Add a line like: title: Extracts from other authorities' protocols"));

            var include = (item.Include ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).ToList();
            if (include.Count == 0)
                v.Add(Diagnostic.Error(file, line, "SG0164",
                    "This appendix includes nothing. Add an include list, for example:\n    include:\n      - \"[[protocol merton]]\"\n      - \"[[compare hackney/7.2 haringey/3.1]]\""));

            appendices.Add(new ReportAppendix(
                letter,
                item.Title?.Trim() ?? "",
                item.Cover ?? true,
                [.. include.Select(text => Locate(split, line, nextLine, text.Trim()))],
                line));
        }
        return appendices.ToImmutable();
    }

    /// <summary>File lines where each item of the list under <c>appendices:</c> starts ("- …" at the list's indentation).</summary>
    private static List<int> ItemLines(FrontMatterSplit split, int listLine)
    {
        var lines = split.Yaml.Split('\n');
        var starts = new List<int>();
        string? indent = null;
        for (var i = listLine - split.YamlFirstLine + 1; i >= 0 && i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]) && !line.StartsWith('-')) break; // the next top-level field
            var dash = ItemStart().Match(line);
            if (!dash.Success) continue;
            indent ??= dash.Groups[1].Value;
            if (dash.Groups[1].Value == indent) starts.Add(split.YamlFirstLine + i);
        }
        return starts;
    }

    /// <summary>An include with the line and column where its text is written, or the appendix's line (column unknown) if it cannot be found as written (escaped quotes).</summary>
    private static AppendixInclude Locate(FrontMatterSplit split, int from, int to, string text)
    {
        if (LineWithin(split, from, to, text) is not { } line) return new AppendixInclude(text, from);
        var column = split.Yaml.Split('\n')[line - split.YamlFirstLine].IndexOf(text, StringComparison.Ordinal) + 1;
        return new AppendixInclude(text, line, column);
    }

    /// <summary>The first file line in [from, to) that contains <paramref name="text"/>, if any.</summary>
    private static int? LineWithin(FrontMatterSplit split, int from, int to, string text)
    {
        var lines = split.Yaml.Split('\n');
        for (var line = from; line < to && line - split.YamlFirstLine < lines.Length; line++)
        {
            var index = line - split.YamlFirstLine;
            if (index >= 0 && lines[index].Contains(text, StringComparison.Ordinal)) return line;
        }
        return null;
    }

    [GeneratedRegex(@"^([A-Z]|[1-9][0-9]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^(\s*)-(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemStart();
}
