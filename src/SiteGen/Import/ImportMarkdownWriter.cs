using System.Text;

namespace SiteGen.Import;

/// <summary>Front matter fields of an imported protocol, as they will be written.</summary>
internal sealed record ImportFrontMatter(
    string Authority,
    string ShortName,
    string CouncilType,
    string Nation,
    string? Region,
    string? Code,
    string Title,
    string Status,
    string? Date,
    string? Version,
    string Source,
    string? SourceUrl);

/// <summary>Blocks → the Markdown shape the normaliser reads: one block a paragraph, labels at line starts, tables as tab-separated rows.</summary>
internal static class ImportMarkdownWriter
{
    public static string Write(ImportFrontMatter fm, IReadOnlyList<ImportBlock> blocks)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        Field(sb, "authority", fm.Authority);
        Field(sb, "short_name", fm.ShortName);
        sb.Append("council_type: ").Append(fm.CouncilType).Append('\n');
        sb.Append("nation: ").Append(fm.Nation).Append('\n');
        if (fm.Region is not null) Field(sb, "region", fm.Region);
        if (fm.Code is not null) Field(sb, "code", fm.Code);
        Field(sb, "title", fm.Title);
        sb.Append("status: ").Append(fm.Status).Append('\n');
        if (fm.Date is not null) sb.Append("date: ").Append(fm.Date).Append('\n');
        if (fm.Version is not null) Field(sb, "version", fm.Version);
        Field(sb, "source", fm.Source);
        if (fm.SourceUrl is not null) Field(sb, "source_url", fm.SourceUrl);
        sb.Append("coverage: full\n");
        sb.Append("---\n");
        sb.Append(Body(blocks));
        return sb.ToString();
    }

    /// <summary>The body alone: blocks separated by blank lines, table rows and footnotes kept together.</summary>
    public static string Body(IReadOnlyList<ImportBlock> blocks)
    {
        var sb = new StringBuilder();
        ImportBlock? previous = null;
        foreach (var block in blocks)
        {
            var together = previous is FootnoteBlock && block is FootnoteBlock;
            if (previous is not null && !together) sb.Append('\n');
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append(new string('#', Math.Clamp(h.Level + 1, 2, 6))).Append(' ').Append(OneLine(h.Text)).Append('\n');
                    break;
                case ParagraphBlock p:
                    var text = OneLine(p.Text);
                    if (p.Bold && p.Label is null && text.Length > 0) text = "**" + text + "**";
                    sb.Append(p.Label is null ? Escape(text) : p.Label + " " + text).Append('\n');
                    break;
                case BulletBlock b:
                    sb.Append("- ").Append(OneLine(b.Text)).Append('\n');
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                        sb.Append(string.Join('\t', row.Select(c => OneLine(c).Replace('\t', ' ')))).Append('\n');
                    break;
                case FootnoteBlock f:
                    sb.Append(f.Marker).Append(' ').Append(OneLine(f.Text)).Append('\n');
                    break;
                case RawTextBlock r:
                    sb.Append(r.Text.TrimEnd('\n')).Append('\n');
                    break;
            }
            previous = block;
        }
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append(name).Append(": \"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");

    private static string OneLine(string text) => Whitespace.Collapse(text);

    // An unlabelled paragraph that happens to begin like Markdown structure would be read as a heading or a list.
    private static string Escape(string text) =>
        text.Length > 1 && (text[0] == '#' || (text[0] is '-' or '*' or '+' && text[1] == ' ')) ? "\\" + text : text;
}

/// <summary>Whitespace rules shared by the readers.</summary>
internal static class Whitespace
{
    /// <summary>Runs of spaces, tabs, no-break spaces and line breaks become one space; ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || ch == '\u200B')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
