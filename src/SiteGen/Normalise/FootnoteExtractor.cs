using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>A footnote's text as it stands at the foot of a page, with its marker ("¹").</summary>
internal sealed record FootnoteText(string Marker, string Text, int Line);

/// <summary>Finds footnote text lines (a superscript marker, then text) so they become notes, not clause text.</summary>
internal static partial class FootnoteExtractor
{
    public const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static FootnoteText? TryRead(SourceLine line)
    {
        var m = FootnoteLine().Match(line.Text.Trim());
        return m.Success ? new FootnoteText(m.Groups["marker"].Value, InlineText.Clean(m.Groups["text"].Value), line.Number) : null;
    }

    [GeneratedRegex(@"^(?<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FootnoteLine();
}
