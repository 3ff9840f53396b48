using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CellEntry = SiteGen.Tables.CellEntry;
using ModelCell = SiteGen.Tables.TableCell;
using SitePage = SiteGen.Model.SitePage;
using TableModel = SiteGen.Tables.TableModel;

namespace SiteGen.Export;

/// <summary>
/// Renders table models as one Word document: each table under its caption, its header row repeated on every page,
/// wide tables in a landscape section of their own, every cited clause a hyperlink to its page. Same input, same bytes.
/// </summary>
internal static class TableDocxWriter
{
    private const string FontSizeWide = "16";   // 8 pt, the smallest print SiteGen allows, for tables of many authorities
    private const string FontSizeNarrow = "19"; // 9.5 pt

    public static byte[] Write(ExportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts are stored, not deflated: DeterministicZip compresses the package once, so the bytes are the same and half the deflating is saved.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Explicit relationship ids throughout: the SDK would otherwise invent random ones.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = Styles();
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            string LinkId(SitePage href)
            {
                var target = document.Link(href);
                if (links.TryGetValue(target, out var id)) return id;
                id = $"rIdLink{links.Count + 1}";
                main.AddHyperlinkRelationship(ExportDocument.Uri(target), true, id);
                links[target] = id;
                return id;
            }

            // Written row by row (the same XML as building the document whole and saving it): the side-by-side comparison
            // of every authority is tens of megabytes of XML, and its object tree was the largest thing a build held.
            using var writer = OpenXmlWriter.Create(main, ExportDocument.Utf8NoBom);
            writer.WriteStartDocument();
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            writer.WriteElement(Para("Title", Run(document.Title)));
            if (document.Subtitle != "") writer.WriteElement(Para("Subtitle", Run(document.Subtitle)));
            for (var i = 0; i < document.Tables.Length; i++)
            {
                var table = document.Tables[i];
                var last = i == document.Tables.Length - 1;
                writer.WriteElement(Para("Caption", Run(table.Caption)));
                writer.WriteStartElement(new Table());
                foreach (var part in Table(table, LinkId)) writer.WriteElement(part);
                writer.WriteEndElement();
                foreach (var note in table.Notes.Where(n => n != ""))
                    writer.WriteElement(Para("Note", Run(note)));
                // A section ends with the paragraph that carries its properties; the last one's sit at the end of the body.
                if (!last) writer.WriteElement(new Paragraph(new ParagraphProperties(Section(table.IsWide))));
                else writer.WriteElement(Section(table.IsWide));
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return DeterministicZip.Normalise(stream);
    }

    private static SectionProperties Section(bool landscape) => new(
        new SectionType { Val = SectionMarkValues.NextPage },
        landscape
            ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 851, Bottom = 851, Left = 851U, Right = 851U, Header = 425U, Footer = 425U, Gutter = 0U });

    /// <summary>A table's children in order (its properties, grid, header row, then one row at a time), for the writer to write and forget.</summary>
    private static IEnumerable<OpenXmlElement> Table(TableModel model, Func<SitePage, string> linkId)
    {
        var size = model.IsWide ? FontSizeWide : FontSizeNarrow;
        yield return new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U }, new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U }, new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableCaption { Val = ExportDocument.XmlSafe(model.Caption) });
        yield return Grid(model);

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var column in model.Columns)
        {
            var runs = new List<OpenXmlElement> { column.Href is { } href ? Link(column.Text, href, null, linkId, size, bold: true) : Run(column.Text, size, bold: true) };
            if (column.Tag != "") runs.AddRange([new Run(new Break()), Run(column.Tag, size, italic: true)]);
            header.Append(Cell(size, shade: true, new Paragraph(runs)));
        }
        yield return header;

        foreach (var row in model.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            var head = new List<OpenXmlElement> { row.Header.Href is { } href ? Link(row.Header.Text, href, null, linkId, size, bold: true) : Run(row.Header.Text, size, bold: true) };
            if (row.Header.Tag != "") head.AddRange([new Run(new Break()), Run(row.Header.Tag, size, italic: true)]);
            if (row.Header.Detail != "")
                head.AddRange([new Run(new Break()), row.Header.DetailHref is { } d ? Link(row.Header.Detail, d, null, linkId, size) : Run(row.Header.Detail, size)]);
            tr.Append(Cell(size, shade: false, new Paragraph(head)));
            foreach (var cell in row.Cells) tr.Append(Cell(size, shade: false, [.. CellParagraphs(cell, size, linkId)]));
            yield return tr;
        }
    }

    /// <summary>Column widths shared out by how much each column holds (its longest text, within 6 to 60 characters).</summary>
    private static TableGrid Grid(TableModel model)
    {
        var usable = model.IsWide ? 16838 - 2 * 851 : 11906 - 2 * 851;
        var weights = model.Columns.Select((c, i) => Math.Clamp(
            model.Rows.Select(r => i == 0 ? r.Header.Text.Length : r.Cells[i - 1].PlainText().Length).Append(c.Text.Length).Max(), 6, 60)).ToArray();
        var total = weights.Sum();
        return new TableGrid(weights.Select(w => new GridColumn { Width = (usable * w / total).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static IEnumerable<Paragraph> CellParagraphs(ModelCell cell, string size, Func<SitePage, string> linkId)
    {
        var first = new List<OpenXmlElement>();
        if (cell.Status != "") first.Add(Run(cell.Status, size, bold: true));
        if (cell.Numbered)
        {
            if (first.Count > 0) yield return new Paragraph(first);
            first = [];
            for (var i = 0; i < cell.Entries.Length; i++)
                yield return new Paragraph(Entry(cell.Entries[i], $"{i + 1}. ", size, linkId));
        }
        else
        {
            for (var i = 0; i < cell.Entries.Length; i++)
            {
                if (i == 0 && first.Count > 0) first.Add(Run(": ", size));
                if (i > 0) first.Add(Run(", ", size));
                first.AddRange(Entry(cell.Entries[i], "", size, linkId));
            }
        }
        if (cell.Note != "")
        {
            if (first.Count > 0) first.Add(new Run(new Break()));
            first.Add(Run(cell.Note, size, italic: true));
        }
        if (first.Count > 0 || cell.Entries.IsEmpty && !cell.Numbered) yield return new Paragraph(first);
    }

    private static IEnumerable<OpenXmlElement> Entry(CellEntry entry, string prefix, string size, Func<SitePage, string> linkId)
    {
        if (prefix != "") yield return Run(prefix, size);
        if (entry.Citation is { } c)
        {
            if (entry.Label != "") yield return Run(entry.Label + " (", size);
            yield return Link(c.Number, c.Href, c.Text, linkId, size);
            if (entry.Label != "") yield return Run(")", size);
        }
        else if (entry.Href is { } href) yield return Link(entry.Label, href, null, linkId, size);
        else yield return Run(entry.Label, size);
        if (entry.Qualifier != "") yield return Run($" ({entry.Qualifier})", size, italic: true);
    }

    private static TableCell Cell(string size, bool shade, params Paragraph[] paragraphs)
    {
        var props = new TableCellProperties();
        if (shade) props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7E9EC", Color = "auto" });
        var cell = new TableCell(props);
        cell.Append(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs);
        return cell;
    }

    private static Hyperlink Link(string text, SitePage href, string? tooltip, Func<SitePage, string> linkId, string? size = null, bool bold = false)
    {
        var run = Run(text, size, bold);
        run.RunProperties!.PrependChild(new RunStyle { Val = "Hyperlink" });
        var link = new Hyperlink(run) { Id = linkId(href), History = true };
        if (tooltip is not null) link.Tooltip = ExportDocument.XmlSafe(tooltip);
        return link;
    }

    private static Run Run(string text, string? size = null, bool bold = false, bool italic = false)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (italic) props.Append(new Italic());
        if (size is not null) props.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(props, new Text(ExportDocument.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph Para(string style, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. content]);

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, string size, bool bold = false, bool italic = false, int after = 120, bool keepNext = false)
        {
            var run = new StyleRunProperties();
            if (bold) run.Append(new Bold());
            if (italic) run.Append(new Italic());
            run.Append(new FontSize { Val = size });
            var para = new StyleParagraphProperties(new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (keepNext) para.PrependChild(new KeepNext());
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), para, run) { Type = StyleValues.Paragraph, StyleId = id };
        }
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", "32", bold: true, after: 80),
            Paragraph("Subtitle", "Subtitle", "20", italic: true, after: 240),
            Paragraph("Caption", "caption", "22", bold: true, after: 120, keepNext: true),
            Paragraph("Note", "Note", "16", after: 40),
            new Style(new StyleName { Val = "Hyperlink" }, new StyleRunProperties(new Color { Val = "1D5EA8" }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = "Hyperlink" });
    }
}
