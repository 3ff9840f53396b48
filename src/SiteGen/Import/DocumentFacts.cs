using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Title, date, version and status as the document states them; null where it does not say (never guessed).</summary>
internal static partial class DocumentFacts
{
    /// <summary>The protocol's title: the first early heading or short paragraph that names a protocol, else the first heading.</summary>
    public static string? Title(IReadOnlyList<ImportBlock> blocks, string? declared)
    {
        var early = blocks.Take(40).ToList();
        string? Text(ImportBlock b) => b switch { HeadingBlock h => h.Text, ParagraphBlock { Label: null } p when p.Text.Length < 120 => p.Text, _ => null };
        bool Names(string? t, bool strict) => t is not null && t.Contains("protocol", StringComparison.OrdinalIgnoreCase) && !t.TrimEnd().EndsWith('.')
            && (!strict || t.Contains("member", StringComparison.OrdinalIgnoreCase) || t.Contains("officer", StringComparison.OrdinalIgnoreCase) || t.Contains("councillor", StringComparison.OrdinalIgnoreCase));
        var named = early.Select(Text).FirstOrDefault(t => Names(t, strict: true)) ?? early.Select(Text).FirstOrDefault(t => Names(t, strict: false));
        if (named is not null) return Clean(named);
        if (declared is not null && declared.Contains("protocol", StringComparison.OrdinalIgnoreCase)) return Clean(declared);
        return early.OfType<HeadingBlock>().Select(h => Clean(h.Text)).FirstOrDefault() ?? (declared is null ? null : Clean(declared));
    }

    private static string Clean(string title) => Whitespace.Collapse(title.Replace("**", "")).TrimEnd(':');

    /// <summary>The date the document gives next to "adopted", "approved", "updated", "effective", "date" or a version, as yyyy-mm-dd or yyyy-mm.</summary>
    public static string? Date(string text)
    {
        foreach (Match m in DatedLine().Matches(text))
        {
            var line = m.Value;
            var iso = IsoDate().Match(line);
            if (iso.Success) return iso.Value;
            var full = LongDate().Match(line);
            if (full.Success && DateTime.TryParseExact($"{full.Groups["d"].Value} {full.Groups["m"].Value} {full.Groups["y"].Value}",
                    ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var month = MonthYear().Match(line);
            if (month.Success && DateTime.TryParseExact($"1 {month.Groups["m"].Value} {month.Groups["y"].Value}",
                    ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                return first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var numeric = UkDate().Match(line);
            if (numeric.Success && DateTime.TryParseExact(numeric.Value, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var uk))
                return uk.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>"Version 1.0", "v2.3" as the document prints it.</summary>
    public static string? Version(string text)
    {
        var m = VersionPattern().Match(text);
        return m.Success ? m.Groups["v"].Value : null;
    }

    /// <summary>"draft" when the title or the first lines call the document a draft; otherwise "adopted".</summary>
    public static string Status(string? title, string text) =>
        (title?.Contains("draft", StringComparison.OrdinalIgnoreCase) ?? false) || DraftMark().IsMatch(text.Length > 2000 ? text[..2000] : text) ? "draft" : "adopted";

    [GeneratedRegex(@"^.*\b(adopted|approved|agreed|updated|revised|effective|last reviewed|date|version|v[0-9])\b.*$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DatedLine();

    [GeneratedRegex(@"\b(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(st|nd|rd|th)?\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+(?<y>(19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b[0-9]{1,2}/[0-9]{1,2}/(19|20)[0-9]{2}\b")]
    private static partial Regex UkDate();

    [GeneratedRegex(@"\bversion\s*:?\s*(?<v>[0-9]{1,3}(\.[0-9]{1,3}){0,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\s*(\*\*)?draft\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex DraftMark();
}
