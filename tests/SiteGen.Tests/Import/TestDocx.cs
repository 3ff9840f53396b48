using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Import;

/// <summary>
/// Builds a Word document from seed blocks the way Word itself would store it: headings as Heading styles, every label
/// as automatic numbering (numPr pointing at abstract numbering levels with formats such as "%1.%2" or "(%1)"), bullets
/// as a bullet list, tables as tables, footnotes as real footnotes. No label is typed into the text.
/// </summary>
internal static class TestDocx
{
    public static byte[] Build(IReadOnlyList<SeedBlock> blocks)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main);
            var numbering = new NumberingBuilder();
            var footnotes = new List<(string Marker, string Text)>();
            foreach (var f in blocks.OfType<SeedFootnote>()) footnotes.Add((f.Marker, f.Text));
            var footnotesPart = main.AddNewPart<FootnotesPart>();
            footnotesPart.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            var footnoteIds = new Dictionary<string, int>();
            foreach (var (marker, text) in footnotes)
            {
                var id = footnoteIds.Count + 1;
                footnoteIds[marker] = id;
                footnotesPart.Footnotes.Append(new Footnote(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = id });
            }

            foreach (var block in blocks)
            {
                switch (block)
                {
                    case SeedHeading h:
                        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + Math.Clamp(h.Level, 1, 6) }), TextRun(h.Text, false)));
                        break;
                    case SeedParagraph p:
                        var props = new ParagraphProperties();
                        if (p.Label is not null)
                        {
                            var (numId, ilvl) = numbering.For(p.Label);
                            props.Append(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId }));
                        }
                        var para = new Paragraph(props);
                        foreach (var run in Runs(p.Text, p.Bold, footnoteIds)) para.Append(run);
                        body.Append(para);
                        break;
                    case SeedBullet b:
                        var bulletPara = new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numbering.Bullet() })));
                        foreach (var run in Runs(b.Text, false, footnoteIds)) bulletPara.Append(run);
                        body.Append(bulletPara);
                        break;
                    case SeedTable t:
                        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
                        var columns = t.Rows.Max(r => r.Count);
                        foreach (var row in t.Rows)
                        {
                            var tr = new TableRow();
                            for (var c = 0; c < columns; c++)
                                tr.Append(new TableCell(new Paragraph(TextRun(c < row.Count ? row[c] : "", false))));
                            table.Append(tr);
                        }
                        body.Append(table);
                        break;
                }
            }
            var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
            numberingPart.Numbering = numbering.Build();
        }
        return stream.ToArray();
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return run;
    }

    /// <summary>Text runs, with each superscript footnote marker that has a footnote turned into a real footnote reference.</summary>
    private static IEnumerable<Run> Runs(string text, bool bold, Dictionary<string, int> footnotes)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var marker = text[i].ToString();
            if (!footnotes.TryGetValue(marker, out var id)) continue;
            if (i > start) yield return TextRun(text[start..i], bold);
            yield return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
            start = i + 1;
        }
        if (start < text.Length) yield return TextRun(text[start..], bold);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        styles.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "heading " + level.ToString(CultureInfo.InvariantCulture) },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading" + level.ToString(CultureInfo.InvariantCulture) });
        }
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    /// <summary>
    /// One abstract numbering per label shape ("%1.%2", "(%1)" lower-letter …). A label that continues the list in use
    /// reuses its numbering instance, as Word does; one that does not starts a new instance with start overrides.
    /// </summary>
    private sealed class NumberingBuilder
    {
        private readonly List<AbstractNum> abstracts = [];
        private readonly List<NumberingInstance> instances = [];
        private readonly Dictionary<string, int> abstractIds = new();
        private readonly Dictionary<string, (int NumId, int[] Values)> current = new();
        private int bulletNum;

        public int Bullet()
        {
            if (bulletNum != 0) return bulletNum;
            var abs = Abstract("bullet", [("bullet", "•")]);
            bulletNum = Instance(abs, []);
            return bulletNum;
        }

        public (int NumId, int Ilvl) For(string label)
        {
            var (key, formats, values) = Shape(label);
            var ilvl = values.Length - 1;
            if (current.TryGetValue(key, out var state) && Continues(state.Values, values))
            {
                current[key] = (state.NumId, values);
                return (state.NumId, ilvl);
            }
            var abs = Abstract(key, formats);
            var overrides = values.Select((v, i) => (Level: i, Start: v)).ToArray();
            var num = Instance(abs, overrides);
            current[key] = (num, values);
            return (num, ilvl);
        }

        // Word continues a list when the next label is the previous one with its last number advanced by one, or a
        // new deeper level starting at 1 under the same prefix.
        private static bool Continues(int[] previous, int[] next)
        {
            if (next.Length == previous.Length)
                return next[..^1].SequenceEqual(previous[..^1]) && next[^1] == previous[^1] + 1;
            return false;
        }

        private (string Key, (string Format, string Text)[] Levels, int[] Values) Shape(string label)
        {
            var multi = System.Text.RegularExpressions.Regex.Match(label, @"^([0-9]+(?:\.[0-9]+)*)(\.?)$");
            if (multi.Success)
            {
                var values = multi.Groups[1].Value.Split('.').Select(int.Parse).ToArray();
                var dot = multi.Groups[2].Value;
                var levels = Enumerable.Range(0, values.Length)
                    .Select(i => ("decimal", string.Join(".", Enumerable.Range(1, i + 1).Select(k => "%" + k)) + dot)).ToArray();
                return ($"decimal{values.Length}{dot}", levels, values);
            }
            var paren = label.StartsWith('(');
            var key = label.Trim('(', ')');
            string format;
            int value;
            if (int.TryParse(key, out var n)) { format = "decimal"; value = n; }
            else
            {
                var lower = key.ToLowerInvariant();
                var upper = key != lower;
                var letterKey = (paren ? "(" : "") + (upper ? "upperLetter" : "lowerLetter");
                var letterContinues = lower.Length == 1 && current.TryGetValue(letterKey, out var s) && s.Values[0] + 1 == lower[0] - 'a' + 1;
                var romanKey = (paren ? "(" : "") + (upper ? "upperRoman" : "lowerRoman");
                var romanValue = Roman(lower);
                var romanContinues = romanValue > 0 && current.TryGetValue(romanKey, out var r) && r.Values[0] + 1 == romanValue;
                if (!letterContinues && romanValue > 0 && (romanContinues || lower == "i" || lower.Length > 1)) { format = upper ? "upperRoman" : "lowerRoman"; value = romanValue; }
                else { format = upper ? "upperLetter" : "lowerLetter"; value = lower[0] - 'a' + 1; }
            }
            var text = paren ? "(%1)" : "%1)";
            return ((paren ? "(" : "") + format, [(format, text)], [value]);
        }

        private static int Roman(string s)
        {
            var map = new Dictionary<char, int> { ['i'] = 1, ['v'] = 5, ['x'] = 10, ['l'] = 50, ['c'] = 100 };
            var total = 0;
            for (var i = 0; i < s.Length; i++)
            {
                if (!map.TryGetValue(s[i], out var v)) return 0;
                total += i + 1 < s.Length && map.TryGetValue(s[i + 1], out var next) && next > v ? -v : v;
            }
            return total;
        }

        private int Abstract(string key, (string Format, string Text)[] levels)
        {
            if (abstractIds.TryGetValue(key, out var id)) return id;
            id = abstracts.Count + 1;
            var abs = new AbstractNum { AbstractNumberId = id };
            for (var i = 0; i < levels.Length; i++)
            {
                abs.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                    new LevelText { Val = levels[i].Text },
                    new PreviousParagraphProperties(new Indentation { Left = (720 * (i + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "720" }))
                { LevelIndex = i });
            }
            abstracts.Add(abs);
            abstractIds[key] = id;
            return id;
        }

        private int Instance(int abstractId, (int Level, int Start)[] overrides)
        {
            var id = instances.Count + 1;
            var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
            foreach (var (level, start) in overrides)
                num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
            instances.Add(num);
            return id;
        }

        public Numbering Build()
        {
            var numbering = new Numbering();
            foreach (var a in abstracts) numbering.Append(a);
            foreach (var n in instances) numbering.Append(n);
            return numbering;
        }
    }
}
