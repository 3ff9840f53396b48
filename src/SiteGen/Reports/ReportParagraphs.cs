using System.Globalization;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Reports;

/// <summary>One anchored unit of a report's text: a paragraph, a list item or a table.</summary>
/// <param name="Id">The element id on the report page, <c>para-N</c>.</param>
/// <param name="Number">N: the unit's position among the report's units, from 1.</param>
/// <param name="Section">The text of the nearest heading above it, or null.</param>
/// <param name="Text">Its plain text, inline markup removed; a list item's text leaves out its sub-items, which are units of their own.</param>
internal sealed record ReportParagraph(string Id, int Number, string? Section, string Text)
{
    /// <summary>Ids of the protocol clauses the unit quotes (an extract it holds word for word, or a <c>[[quote …]]</c>), in order.</summary>
    public System.Collections.Immutable.ImmutableArray<string> QuotedClauseIds { get; init; } = [];
}

/// <summary>
/// Gives every paragraph, list item and table of a report an id (<c>para-1</c>, <c>para-2</c>, …) so that search
/// results and citations can link to it, and reads back their text. Units without text get no id.
/// </summary>
internal static class ReportParagraphs
{
    /// <summary>The id prefix; heading ids come from the heading text, so a heading would need the text "Para 3" to collide.</summary>
    public const string IdPrefix = "para-";

    /// <summary>Sets the ids on a parsed report (before it is rendered) and returns the units in document order.</summary>
    public static IReadOnlyList<ReportParagraph> Anchor(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var units = new List<Unit>();
        var takenIds = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string? section = null;
        Collect(document, null, units, ref section);

        var paragraphs = new List<ReportParagraph>();
        foreach (var unit in units)
        {
            var text = Collapse(unit.Text.ToString());
            if (text.Length == 0) continue;
            var number = paragraphs.Count + 1;
            var id = IdPrefix + number.ToString(CultureInfo.InvariantCulture);
            while (!takenIds.Add(id)) id += "-p"; // a heading already took it: keep the id unique, the number as is
            unit.Block.GetAttributes().Id = id;
            paragraphs.Add(new ReportParagraph(id, number, unit.Section, text) { QuotedClauseIds = [.. unit.Quoted.Distinct(StringComparer.Ordinal)] });
        }
        return paragraphs;
    }

    private static void Collect(Block block, Unit? current, List<Unit> units, ref string? section)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var title = Collapse(InlineText(heading.Inline, current?.Quoted));
                if (current is null) section = title.Length > 0 ? title : section;
                else current.Append(title);
                return;
            // Markdig renders a list item's and a table cell's paragraphs without <p> (and so without their
            // attributes), so the id goes on the item or the table, which always render their attributes.
            case ListItemBlock or Table:
                var unit = new Unit((ContainerBlock)block, section);
                units.Add(unit);
                foreach (var child in (ContainerBlock)block) Collect(child, unit, units, ref section);
                return;
            case ParagraphBlock paragraph when current is null:
                var own = new Unit(paragraph, section);
                own.Append(InlineText(paragraph.Inline, own.Quoted));
                units.Add(own);
                return;
            case LeafBlock leaf when current is not null:
                current.Append(InlineText(leaf.Inline, current.Quoted));
                return;
            case ContainerBlock container:
                foreach (var child in container) Collect(child, current, units, ref section);
                return;
        }
    }

    /// <summary>The text a reader sees: literal text, code and entities, links by their text, line breaks as spaces.</summary>
    /// <param name="quoted">Receives the ids of the clauses the inlines quote, for search to show the unit under them.</param>
    private static string InlineText(ContainerInline? inline, List<string>? quoted = null)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        Append(inline, text, quoted);
        return text.ToString();

        static void Append(Inline node, StringBuilder text, List<string>? quoted)
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LineBreakInline: text.Append(' '); break;
                case Reports.ReferenceInline { Resolved: Reports.ResolvedEmbed.Citation citation }: text.Append(citation.Target.Citation); break;
                case Reports.ReferenceInline { Resolved: Reports.ResolvedEmbed.Quotation quotation }: quoted?.AddRange(quotation.PlacedClauseIds); break;
                case Reports.QuotedClauseInline extract: quoted?.Add(extract.Clause.Id); break;
                case ContainerInline container:
                    foreach (var child in container) Append(child, text, quoted);
                    break;
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class Unit(Block block, string? section)
    {
        public Block Block { get; } = block;
        public string? Section { get; } = section;
        public StringBuilder Text { get; } = new();
        public List<string> Quoted { get; } = [];

        public void Append(string text)
        {
            if (text.Length == 0) return;
            if (Text.Length > 0) Text.Append(' ');
            Text.Append(text);
        }
    }
}
