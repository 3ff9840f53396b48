using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Normalise;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>A seed protocol's body read line by line into what a council's document would hold: headings, numbered
/// paragraphs (the label apart from the text, so Word and HTML can number them), bullets, tables and footnotes.</summary>
internal abstract record SeedBlock;
internal sealed record SeedHeading(int Level, string Text) : SeedBlock;
internal sealed record SeedParagraph(string? Label, string Text, bool Bold) : SeedBlock;
internal sealed record SeedBullet(string Text) : SeedBlock;
internal sealed record SeedTable(List<List<string>> Rows) : SeedBlock;
internal sealed record SeedFootnote(string Marker, string Text) : SeedBlock;

internal static partial class SeedBlocks
{
    public static readonly string[] Slugs = ["hackney", "haringey", "hounslow", "surrey", "merton", "epsom-and-ewell", "thurrock", "somerset", "north-yorkshire", "staffordshire"];

    public static List<SeedBlock> Read(string slug)
    {
        var (document, _) = ProtocolFileParser.Parse(Repo.ContentFile($"content/protocols/{slug}.md"));
        var lines = document!.Body.Replace("\r", "").Split('\n');
        var blocks = new List<SeedBlock>();
        List<List<string>>? table = null;
        foreach (var raw in lines)
        {
            if (raw.Contains('\t') && raw.Trim().Length > 0)
            {
                table ??= [];
                table.Add([.. raw.Trim('\r', '\n', ' ').Split('\t').Select(c => InlineText.Clean(c))]);
                continue;
            }
            if (table is not null) { blocks.Add(new SeedTable(table)); table = null; }
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var heading = Regex.Match(line, @"^(#{1,6})\s+(.*)$");
            if (heading.Success) { blocks.Add(new SeedHeading(heading.Groups[1].Value.Length - 1, InlineText.Clean(heading.Groups[2].Value))); continue; }
            var footnote = Regex.Match(line, @"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$");
            if (footnote.Success) { blocks.Add(new SeedFootnote(footnote.Groups[1].Value, InlineText.Clean(footnote.Groups[2].Value))); continue; }
            var bulleted = Regex.Match(line, @"^[-*•]\s+(.*)$");
            var rest = bulleted.Success ? bulleted.Groups[1].Value : line;
            var label = Label().Match(rest);
            if (label.Success && label.Groups["rest"].Value.Trim().Length > 0)
            {
                blocks.Add(new SeedParagraph(label.Groups["label"].Value, InlineText.Clean(label.Groups["rest"].Value), false));
                continue;
            }
            if (bulleted.Success) { blocks.Add(new SeedBullet(InlineText.Clean(rest))); continue; }
            var bold = Regex.IsMatch(line, @"^(\*\*|__|<b>|<strong>|<u>).*(\*\*|__|</b>|</strong>|</u>)$");
            blocks.Add(new SeedParagraph(null, InlineText.Clean(line), bold));
        }
        if (table is not null) blocks.Add(new SeedTable(table));
        return blocks;
    }

    [GeneratedRegex(@"^(?<label>[0-9]{1,3}(\.[0-9]{1,3}){0,5}\.?|\([a-zA-Z]{1,6}\)|\([0-9]{1,2}\)|[a-z]\)|[ivx]{1,5}\))\s+(?<rest>.*)$")]
    private static partial Regex Label();
}
