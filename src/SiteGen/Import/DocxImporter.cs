using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// A Word document → blocks: headings by style, Word's automatic numbering as printed labels, tables, footnotes.
/// Headers and footers are separate parts in Word, so they never reach the text.
/// </summary>
internal static class DocxImporter
{
    public static ImportedDocument Read(Stream stream)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            throw new ImportException(ImportCodes.CorruptDocx,
                $"This is not a Word document SiteGen can read ({FirstSentence(e.Message)}). Open it in Word and save it again as a .docx, or save it as PDF and import that.");
        }
        using (document)
        {
            try
            {
                return ReadBody(document);
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
            {
                throw new ImportException(ImportCodes.CorruptDocx,
                    $"The Word document is damaged ({FirstSentence(e.Message)}). Open it in Word and save it again as a .docx.");
            }
        }
    }

    private static string FirstSentence(string message) => message.Split('\n')[0].TrimEnd('.');

    private static ImportedDocument ReadBody(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new ImportException(ImportCodes.CorruptDocx, "The Word document has no main text part. Open it in Word and save it again as a .docx.");
        var body = main.Document?.Body ?? throw new ImportException(ImportCodes.CorruptDocx, "The Word document has no body. Open it in Word and save it again as a .docx.");
        var styles = new StyleChain(main.StyleDefinitionsPart?.Styles);
        var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
        var footnoteTexts = (main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
            .Where(f => f.Type is null || f.Type.Value == FootnoteEndnoteValues.Normal)
            .Where(f => f.Id?.Value is not null)
            .ToDictionary(f => f.Id!.Value, f => Whitespace.Collapse(string.Join(" ", f.Elements<Paragraph>().Select(p => ParagraphText(p, null)))));

        var context = new Context(styles, numbering, footnoteTexts);
        var blocks = ImmutableArray.CreateBuilder<ImportBlock>();
        var warnings = ImmutableArray.CreateBuilder<ImportWarning>();
        foreach (var element in body.ChildElements) Element(element, blocks, context);
        foreach (var (marker, text) in context.FootnotesUsed) blocks.Add(new FootnoteBlock(marker, text));
        if (main.WordprocessingCommentsPart?.Comments?.HasChildren == true)
            warnings.Add(new ImportWarning(ImportCodes.CommentsDropped, "The document has comments; they were left out of the text. Check none of them changes the protocol."));
        return new ImportedDocument(blocks.ToImmutable(), warnings.ToImmutable());
    }

    private sealed class Context(StyleChain styles, WordNumbering numbering, Dictionary<long, string> footnotes)
    {
        public StyleChain Styles { get; } = styles;
        public WordNumbering Numbering { get; } = numbering;
        public Dictionary<long, string> Footnotes { get; } = footnotes;
        public List<(string Marker, string Text)> FootnotesUsed { get; } = [];
    }

    private static void Element(OpenXmlElement element, ImmutableArray<ImportBlock>.Builder blocks, Context context)
    {
        switch (element)
        {
            case Paragraph p:
                Paragraph(p, blocks, context);
                break;
            case Table t:
                Table(t, blocks, context);
                break;
            case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                foreach (var child in content.ChildElements) Element(child, blocks, context);
                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements) Element(child, blocks, context);
                break;
        }
    }

    private static void Paragraph(Paragraph p, ImmutableArray<ImportBlock>.Builder blocks, Context context)
    {
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var text = Whitespace.Collapse(ParagraphText(p, context));
        var heading = context.Styles.HeadingLevel(styleId, p.ParagraphProperties?.OutlineLevel?.Val?.Value);

        var numPr = p.ParagraphProperties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int? ilvl = numPr?.NumberingLevelReference?.Val?.Value;
        if (numId is null && context.Styles.Numbering(styleId) is { } fromStyle) { numId = fromStyle.NumId; ilvl ??= fromStyle.Ilvl; }
        var label = numId is { } id ? context.Numbering.Next(id, ilvl ?? 0) : null;
        if (text.Length == 0) return;

        if (heading is { } level)
        {
            blocks.Add(new HeadingBlock(level, label is null or "•" ? text : label + " " + text));
            return;
        }
        if (label == "•") { blocks.Add(new BulletBlock(text, ilvl ?? 0)); return; }
        blocks.Add(new ParagraphBlock(string.IsNullOrEmpty(label) ? null : label, text, ilvl ?? 0, Bold: label is null && IsAllBold(p, context.Styles, styleId)));
    }

    private static void Table(Table table, ImmutableArray<ImportBlock>.Builder blocks, Context context)
    {
        blocks.AddRange(TableBlock.From(table.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => Whitespace.Collapse(string.Join(" ", c.Descendants<Paragraph>().Select(p => ParagraphText(p, context))))).ToImmutableArray())));
    }

    /// <summary>The paragraph's visible text: runs, tabs, breaks, symbols and footnote markers; not deleted text or field codes.</summary>
    private static string ParagraphText(Paragraph p, Context? context)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append(' '); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SymbolChar: break;
                case FootnoteReference fr when context is not null && fr.Id?.Value is { } id && context.Footnotes.TryGetValue(id, out var note):
                    var marker = HtmlImporter.Superscript(context.FootnotesUsed.Count + 1);
                    context.FootnotesUsed.Add((marker, note));
                    sb.Append(marker);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool IsAllBold(Paragraph p, StyleChain styles, string? styleId)
    {
        var runs = p.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        if (runs.Count == 0) return false;
        var styleBold = styles.IsBold(styleId);
        return runs.All(r => r.RunProperties?.Bold is { } b ? b.Val is null || b.Val.Value : styleBold);
    }

    /// <summary>Paragraph styles with their basedOn chain: heading levels, numbering and bold come through it.</summary>
    private sealed class StyleChain(Styles? styles)
    {
        private readonly Dictionary<string, Style> byId = (styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());

        private IEnumerable<Style> Chain(string? id)
        {
            for (var depth = 0; id is not null && depth < 20 && byId.TryGetValue(id, out var style); depth++)
            {
                yield return style;
                id = style.BasedOn?.Val?.Value;
            }
        }

        public int? HeadingLevel(string? id, int? outline)
        {
            foreach (var style in Chain(id))
            {
                var name = (style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? "").ToLowerInvariant();
                if (name == "title") return 1;
                if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], out var n)) return Math.Clamp(n, 1, 6);
                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } lvl && lvl < 9) return Math.Clamp(lvl + 1, 1, 6);
            }
            return outline is { } o && o < 9 ? Math.Clamp(o + 1, 1, 6) : null;
        }

        public (int NumId, int? Ilvl)? Numbering(string? id)
        {
            foreach (var style in Chain(id))
                if (style.StyleParagraphProperties?.NumberingProperties is { } n && n.NumberingId?.Val?.Value is { } numId)
                    return (numId, n.NumberingLevelReference?.Val?.Value);
            return null;
        }

        public bool IsBold(string? id)
        {
            foreach (var style in Chain(id))
                if (style.StyleRunProperties?.Bold is { } b) return b.Val is null || b.Val.Value;
            return false;
        }
    }
}
