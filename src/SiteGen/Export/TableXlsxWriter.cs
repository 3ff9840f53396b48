using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SiteGen.Presentation;
using SitePage = SiteGen.Model.SitePage;
using TableModel = SiteGen.Tables.TableModel;

namespace SiteGen.Export;

/// <summary>
/// Renders table models as one workbook: a sheet per table (caption in row 1, headers in row 2, header row and first
/// column frozen, filters on), each cell's first citation a hyperlink to its clause, and a last sheet listing every
/// citation with its own hyperlink (a spreadsheet cell holds only one). Same input, same bytes.
/// </summary>
internal static class TableXlsxWriter
{
    // Style indexes into the stylesheet below.
    private const uint Caption = 1, Header = 2, Body = 3, Linked = 4, RowHeader = 5, Number = 6;
    private const int HeaderRow = 2;

    public static byte[] Write(ExportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Parts are stored, not deflated: DeterministicZip compresses the package once, so the bytes are the same and half the deflating is saved.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var workbook = package.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Stylesheet();
            var sheets = new Sheets();
            var names = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var citations = new List<(string Sheet, string Row, string Column, Tables.ClauseCitation Citation)>();
            uint index = 0;
            foreach (var table in document.Tables)
            {
                var name = SheetName(table.Id, used);
                var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{index + 1}");
                var filter = WriteSheet(table, part, document.Link);
                sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = $"rIdSheet{index + 1}" });
                names.Append(new DefinedName($"'{name.Replace("'", "''")}'!{Absolute(filter)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
                foreach (var row in table.Rows)
                    for (var c = 0; c < row.Cells.Length; c++)
                        foreach (var e in row.Cells[c].Entries.Where(e => e.Citation is not null))
                            citations.Add((name, row.Header.Text, table.Columns[c + 1].Text, e.Citation!));
                index++;
            }
            if (citations.Count > 0)
            {
                var name = SheetName("Citations", used);
                var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{index + 1}");
                var model = new TableModel("citations", "Every clause cited in this workbook, linked to its page",
                    [new("Table"), new("Row"), new("Column"), new("Citation")],
                    [.. citations.Select(x => new Tables.TableRow(new Tables.RowHeader(x.Sheet),
                        [new Tables.TableCell("", "", [new Tables.CellEntry(x.Row)]), new Tables.TableCell("", "", [new Tables.CellEntry(x.Column)]),
                         new Tables.TableCell("", "", [new Tables.CellEntry(x.Citation.Text, Href: x.Citation.Href)])]))],
                    []);
                var filter = WriteSheet(model, part, document.Link);
                sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = $"rIdSheet{index + 1}" });
                names.Append(new DefinedName($"'{name}'!{Absolute(filter)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
            }
            workbook.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets, names);
        }
        return DeterministicZip.Normalise(stream);
    }

    /// <summary>
    /// Writes the table's sheet into its part row by row (the same XML as building the sheet whole and saving it: the
    /// comparison of every authority is tens of megabytes of it); returns the range its filter covers.
    /// </summary>
    private static string WriteSheet(TableModel table, WorksheetPart part, Func<SitePage, string> link)
    {
        var lastColumn = Column(table.Columns.Length - 1);
        var lastRow = HeaderRow + Math.Max(table.Rows.Length, 1);
        var filter = $"A{HeaderRow}:{lastColumn}{lastRow}";

        // The columns' widths come before the rows in a sheet, so they are measured first.
        var widths = table.Columns.Select(c => Width(c.Text)).ToArray();
        foreach (var row in table.Rows)
        {
            widths[0] = Math.Max(widths[0], Width(RowHead(row)));
            for (var c = 0; c < row.Cells.Length; c++) widths[c + 1] = Math.Max(widths[c + 1], Width(row.Cells[c].PlainText()));
        }

        using var writer = OpenXmlWriter.Create(part, ExportDocument.Utf8NoBom);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
                new Pane { HorizontalSplit = 1D, VerticalSplit = HeaderRow, TopLeftCell = $"B{HeaderRow + 1}", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = $"B{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"B{HeaderRow + 1}" } })
        { WorkbookViewId = 0U }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15D });
        writer.WriteElement(new Columns(widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));

        writer.WriteStartElement(new SheetData());
        writer.WriteElement(new Row(TextCell($"A1", table.Caption, Caption)) { RowIndex = 1U });
        writer.WriteElement(new Row(table.Columns.Select((c, i) => TextCell($"{Column(i)}{HeaderRow}", c.Tag == "" ? c.Text : $"{c.Text} ({c.Tag})", Header))) { RowIndex = (uint)HeaderRow });

        var hyperlinks = new Hyperlinks();
        var linkCount = 0; // counted here: the element list counts its children by walking them, which made a sheet quadratic in its links
        string AddLink(string reference, SitePage href, string tooltip)
        {
            var id = $"rIdLink{++linkCount}";
            part.AddHyperlinkRelationship(ExportDocument.Uri(link(href)), true, id);
            var h = new Hyperlink { Reference = reference, Id = id };
            if (tooltip != "") h.Tooltip = Safe(tooltip);
            hyperlinks.Append(h);
            return id;
        }
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var rowIndex = (uint)(HeaderRow + 1 + r);
            var cells = new List<Cell> { TextCell($"A{rowIndex}", RowHead(row), RowHeader) };
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var cell = row.Cells[c];
                var reference = $"{Column(c + 1)}{rowIndex}";
                var target = cell.Entries.Select(e => (e.Target, Tip: e.Citation?.Text ?? "")).FirstOrDefault(e => e.Target is not null);
                if (target.Target is not null) AddLink(reference, target.Target, target.Tip);
                cells.Add(cell.Number is { } n && cell.Entries.Length <= 1 && cell.Status == ""
                    ? new Cell(new CellValue(n.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.Number, StyleIndex = target.Target is null ? Number : Linked }
                    : TextCell(reference, cell.PlainText(), target.Target is null ? Body : Linked));
            }
            writer.WriteElement(new Row(cells) { RowIndex = rowIndex });
        }
        writer.WriteEndElement();

        writer.WriteElement(new AutoFilter { Reference = filter });
        if (hyperlinks.HasChildren) writer.WriteElement(hyperlinks);
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = table.IsWide ? OrientationValues.Landscape : OrientationValues.Portrait, PaperSize = 9U });
        writer.WriteEndElement();
        return filter;
    }

    /// <summary>The row's header cell: its text, tag and detail.</summary>
    private static string RowHead(Tables.TableRow row)
    {
        var head = row.Header.Tag == "" ? row.Header.Text : $"{row.Header.Text} ({row.Header.Tag})";
        return row.Header.Detail != "" ? head + $" ({row.Header.Detail})" : head;
    }

    /// <summary>A readable width: the longest line, within 10 to 60 characters (longer text wraps).</summary>
    private static double Width(string text) => Math.Clamp(text.Split('\n').Max(l => l.Length) * 1.1 + 2, 10, 60);

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(Safe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style };

    // Inline strings are never formulas, so text starting with "=" stays text.
    private static string Safe(string text) => ExportDocument.XmlSafe(text);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string Absolute(string range) => string.Join(':', range.Split(':').Select(r =>
    {
        var letters = new string(r.TakeWhile(char.IsAsciiLetter).ToArray());
        return $"${letters}${r[letters.Length..]}";
    }));

    /// <summary>"members-to-officers" → "Members to officers": unique, at most 31 characters, none Excel forbids.</summary>
    private static string SheetName(string id, HashSet<string> used)
    {
        var words = new string([.. id.Replace('-', ' ').Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']' or '\''))]).Trim();
        var name = words.Length == 0 ? "Table" : char.ToUpperInvariant(words[0]) + words[1..];
        if (name.Length > 31) name = name[..31].TrimEnd();
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = $" {i}";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 10D }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 12D }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10D }, new FontName { Val = "Arial" }),
            new Font(new Underline(), new FontSize { Val = 10D }, new Color { Rgb = "FF1D5EA8" }, new FontName { Val = "Arial" }))
        { Count = 4U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E9EC" }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { FontId = 1U, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 2U, FillId = 2U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0U, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 3U, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 2U, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0U, ApplyAlignment = true })
        { Count = 7U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
