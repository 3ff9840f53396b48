using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>
/// Consumes classified lines in order and builds sections and clause trees, deciding from context what the
/// line-level classifier cannot: whether a line continues a clause split by a page break, whether a heading
/// starts a section or a sub-section, which list an item label continues, and where unrecognised text belongs
/// (always somewhere: text is never dropped, and a warning says where it went).
/// </summary>
internal sealed partial class ClauseTreeBuilder
{
    private readonly string _file;
    private readonly bool _documentHasPrintedNumbers;
    private readonly List<SectionNode> _sections = [];
    private readonly List<(int Line, string Text)> _printedTitle = [];
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly HashSet<string> _sectionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSectionSuffix = new(StringComparer.Ordinal);

    /// <summary>The chain of open clauses, outermost first: new items attach somewhere along it.</summary>
    private readonly List<ClauseNode> _open = [];
    private SectionNode? _section;
    private SectionNode? _topSection;
    private ClauseNode? _lastWritten;
    private string? _lastTopNumber;
    private int[]? _lastNumberParts;
    private int _positionalCount;
    private int _tableCount;
    private bool _blankBefore;

    private readonly string _documentTitle;

    public ClauseTreeBuilder(string file, bool documentHasPrintedNumbers, string? documentTitle = null)
    {
        _file = file;
        _documentHasPrintedNumbers = documentHasPrintedNumbers;
        _documentTitle = TitleWords(documentTitle ?? "");
    }

    public IReadOnlyList<SectionNode> Sections => _sections;
    /// <summary>The title block's lines in document order (they are found in more than one pass).</summary>
    public IReadOnlyList<string> PrintedTitle => [.. _printedTitle.OrderBy(t => t.Line).Select(t => t.Text)];
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>Feeds the document, one block at a time, after marking numbered sub-headings and reading the printed title.</summary>
    public void Build(IReadOnlyList<Block> input)
    {
        var blocks = MarkNumberedSubheadings(input);
        var start = ReadPrintedTitle(blocks);
        var taken = ReadTitleBelowScraps(blocks, start);
        var nextClauseTop = new string?[blocks.Count + 1];
        for (var i = blocks.Count - 1; i >= 0; i--)
            nextClauseTop[i] = blocks[i] is LineBlock { Shape.Kind: ShapeKind.Clause or ShapeKind.QuotedParagraph } lb ? TopOf(lb.Shape.Key) : nextClauseTop[i + 1];

        for (var i = start; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TableBlock table:
                    AddTable(table.Table);
                    _blankBefore = false;
                    break;
                case LineBlock { Shape: var shape }:
                    if (shape.Kind == ShapeKind.Blank || taken.Contains(i)) { _blankBefore = true; continue; }
                    Add(shape, nextClauseTop[i + 1], NextKind(blocks, i + 1));
                    _blankBefore = false;
                    break;
            }
        }

        foreach (var section in _sections)
        {
            if (section.ItemOwner is not { } owner || owner.Paragraphs.Count > 0) continue;
            var at = section.Clauses.IndexOf(owner);
            section.Clauses.RemoveAt(at);
            section.Clauses.InsertRange(at, owner.Children);
        }
    }

    private void Add(LineShape shape, string? nextClauseTop, ShapeKind? nextKind)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Clause or ShapeKind.NumberedHeading when WrappedAtANumber(shape):
                _lastWritten!.ContinueParagraph(shape.Label + " " + shape.Text, shape.Number);
                break;
            case ShapeKind.Heading:
                AddHeading(shape, null, nextClauseTop, nextKind);
                break;
            case ShapeKind.NumberedHeading:
                AddHeading(shape, shape.Key, nextClauseTop, nextKind);
                break;
            case ShapeKind.Clause when FirstItemOf(shape) is { } item:
                // "3  (a)  The Managing Director will …": clause 3 opens straight into its first item.
                AddNumberedClause(shape with { Text = "" });
                AddItem(item);
                break;
            case ShapeKind.Clause:
                AddNumberedClause(shape);
                break;
            case ShapeKind.QuotedParagraph:
                AddNumberedClause(shape);
                _lastWritten!.Notes.Add(new Note(NoteKind.Context, "", shape.Context.TrimEnd(), shape.Number));
                break;
            case ShapeKind.Item:
                AddItem(shape);
                break;
            case ShapeKind.Bullet:
                AddBullet(shape);
                break;
            case ShapeKind.Text when (shape.LooksLikeHeading || LongTitleBeforeClause(shape, nextKind)) && !Continues(shape):
                AddHeading(shape, null, nextClauseTop, nextKind);
                break;
            default:
                if (NumberLevels(shape.Text) is > MaxNumberLevels and var levels)
                    Warn(shape.Number, "SG0209", string.Create(CultureInfo.InvariantCulture,
                        $"This line starts with a number {levels} levels deep; clause numbers have at most {MaxNumberLevels} levels (like 1.2.3.4.5.6), so it is kept as text. Check the source."));
                AddText(shape);
                break;
        }
    }

    /// <summary>The item a numbered line starts with after its number ("3 (a) The …"), if it starts with one.</summary>
    private static LineShape? FirstItemOf(LineShape shape)
    {
        if (shape.Text.Length < 3 || shape.Text[0] != '(') return null;
        var inner = LineClassifier.Classify(shape.Line with { Text = shape.Text }, blankBefore: false, blankAfter: false);
        return inner.Kind == ShapeKind.Item && inner.Text.Length > 0 ? inner : null;
    }

    /// <summary>The deepest numbering the line classifier reads as a clause number.</summary>
    private const int MaxNumberLevels = 6;

    /// <summary>How many dot-separated numbers a line starts with ("1.2.3 …" is 3).</summary>
    private static int NumberLevels(string text)
    {
        var levels = 0;
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            levels++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1])) i++;
            else break;
        }
        return levels;
    }

    private void AddHeading(LineShape shape, string? number, string? nextClauseTop, ShapeKind? nextKind)
    {
        var nothingYet = _sections.Count == 0 && _lastWritten is null;
        if (nothingYet && number is null && nextKind is ShapeKind.Heading or ShapeKind.NumberedHeading or null)
        {
            // Lines above the first section that only introduce it are the document's printed title.
            _printedTitle.Add((shape.Number, shape.Text));
            return;
        }

        // An unnumbered heading inside a numbered section's run of clauses, or a numbered sub-heading ("9.1 Introduction")
        // under the numbered heading it belongs to ("9. Member Officer Protocol"), is a sub-section.
        var isSubsection = (number is null && _topSection is not null && _lastTopNumber is not null && nextClauseTop == _lastTopNumber)
            || (number is not null && number.Contains('.', StringComparison.Ordinal) && _topSection?.Number == TopOf(number));
        var level = isSubsection ? 2 : 1;
        var path = isSubsection ? [.. _topSection!.HeadingPath, shape.Text] : new List<string> { shape.Text };
        var section = new SectionNode(UniqueSectionId(number, shape.Text), number, shape.Text, path, level, shape.Number);
        _sections.Add(section);
        _section = section;
        if (level == 1) _topSection = section;
        _open.Clear();
        _lastWritten = null;
    }

    private void AddNumberedClause(LineShape shape)
    {
        var number = shape.Key;
        CheckOrder(number, shape.Number);
        while (_open.Count > 0 && !(_open[^1].Kind == ClauseKind.Numbered && number.StartsWith(_open[^1].Number + ".", StringComparison.Ordinal)))
            _open.RemoveAt(_open.Count - 1);

        var parent = _open.Count > 0 ? _open[^1] : null;
        var node = NewClause(number, shape.Label, parent, shape.Number, ClauseKind.Numbered);
        node.AddParagraph(shape.Text, shape.Number);
        _lastTopNumber = TopOf(number);
    }

    private void AddText(LineShape shape)
    {
        if (Continues(shape))
        {
            _lastWritten!.ContinueParagraph(shape.Text, shape.Number);
            return;
        }

        // A second unnumbered paragraph under a heading is a paragraph of its own, as the first was, not part of it.
        if (!_documentHasPrintedNumbers || _open.Count == 0 || _open[0].Kind == ClauseKind.Positional)
        {
            if (_documentHasPrintedNumbers)
                Warn(shape.Number, "SG0202", $"This paragraph has no number and follows a heading; it is published as paragraph {NextPositional()} of its section. Number it in the source if it is a clause.");
            _open.Clear();
            var node = NewPositionalClause(shape.Number);
            node.AddParagraph(shape.Text, shape.Number);
            return;
        }

        var owner = _open[^1];
        owner.AddParagraph(shape.Text, shape.Number);
        _lastWritten = owner;
        Warn(shape.Number, "SG0201", $"This paragraph has no number of its own; it is kept as part of clause {owner.Number}.");
    }

    /// <summary>
    /// A bullet under an unnumbered paragraph is citable on its own: "p2.3" is the third bullet under paragraph 2, whether
    /// or not the rest of the document prints numbers ("4. Expectations", then "Members can expect:" and its list). A bullet
    /// under a printed clause or item has no number of its own: it is a paragraph of that clause, as printed.
    /// </summary>
    private void AddBullet(LineShape shape)
    {
        if (_documentHasPrintedNumbers && _open.Count > 0 && _open[^1].Kind is not (ClauseKind.Positional or ClauseKind.Bullet))
        {
            var owner = _open[^1];
            owner.AddParagraph("• " + shape.Text, shape.Number);
            _lastWritten = owner;
            return;
        }

        var parent = _open.FirstOrDefault(n => n.Kind == ClauseKind.Positional) ?? StartPositionalOwner(shape);
        var index = ++parent.BulletCount;
        var bullet = NewClause(parent.Number + "." + index.ToString(CultureInfo.InvariantCulture), null, parent, shape.Number, ClauseKind.Bullet);
        bullet.AddParagraph(shape.Text, shape.Number);
    }

    private ClauseNode StartPositionalOwner(LineShape shape)
    {
        Warn(shape.Number, "SG0203", "This list has no introducing paragraph; SiteGen gives it an empty one so its items can be cited.");
        _open.Clear();
        var owner = NewPositionalClause(shape.Number);
        return owner;
    }

    /// <summary>A line continues the clause before it when a page break or wrap split a sentence: it starts in lower case, or the text before it is unfinished.</summary>
    private bool Continues(LineShape shape)
    {
        if (_lastWritten is null || shape.Text.Length == 0) return false;
        if (!_blankBefore) return true;
        if (char.IsLower(shape.Text[0])) return true;
        // A capitalised title line standing alone ("PART 5", "WHEN THINGS GO WRONG") is a heading even after unfinished
        // text: the second half of a sentence split by a page break is not printed in capitals.
        if (shape.LooksLikeHeading && IsAllCapitals(shape.Text)) return false;
        // A title-like line standing alone after a line in capitals ("APPENDIX B") starts something new: capitals are a
        // heading's, not the first half of a sentence.
        if (shape.Standalone && LineClassifier.StartsLikeATitle(shape.Text) && _lastWritten.LastParagraphIsCapitals) return false;
        // A list's entries are often printed without closing punctuation ("- treat them with courtesy"), so an entry
        // without a full stop is no unfinished sentence: a capitalised paragraph after it, past a blank line, starts
        // something new (the next lead-in, a heading), unless the entry breaks off on a word no phrase ends with ("… to the").
        if (_lastWritten.LastParagraphIsBullet) return !_lastWritten.EndsComplete && LinkWords.Contains(_lastWritten.LastWord());
        return !_lastWritten.EndsComplete;
    }

    /// <summary>
    /// A hard wrap that put a number at the start of a line ("… must follow paragraph" / "3 of the Code when …"): the line
    /// follows unfinished text with no blank line between, its number is a bare one (no dot, one level) and its words start
    /// in lower case, which a clause's never do.
    /// </summary>
    private bool WrappedAtANumber(LineShape shape) =>
        !_blankBefore && _lastWritten is { EndsComplete: false } && shape.Text.Length > 0 && char.IsLower(shape.Text[0])
        && shape.Label.Length > 0 && shape.Label.All(char.IsDigit);

    /// <summary>Articles, prepositions, conjunctions and possessives: a phrase that ends on one of these was cut off.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "for", "with", "by", "in", "on", "at", "from", "into",
        "onto", "than", "as", "that", "which", "who", "whom", "whose", "their", "his", "her", "its", "our", "your", "my",
        "any", "all", "each", "every", "no", "not", "between", "about", "under", "within", "without", "through", "via",
        "is", "are", "be", "will", "should", "must", "may", "can", "shall", "would", "could",
    };

    private static bool IsAllCapitals(string text) =>
        text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower);

    /// <summary>
    /// "Procedure to be used in the event of a Grievance by an Employee against a Member of the Council": a line standing
    /// alone, without closing punctuation, right before a numbered clause, is the heading of what follows even when it is
    /// longer than a short title.
    /// </summary>
    private const int MaxLongTitleWords = 25;

    private static bool LongTitleBeforeClause(LineShape shape, ShapeKind? nextKind) =>
        shape.Standalone && nextKind == ShapeKind.Clause && LineClassifier.IsShortTitle(shape.Text, MaxLongTitleWords) && LineClassifier.StartsLikeATitle(shape.Text);

    private ClauseNode NewClause(string number, string? label, ClauseNode? parent, int line, ClauseKind kind)
    {
        _section ??= NewUntitledSection(line);
        var node = new ClauseNode(number, label, _section, parent, line, kind);
        if (parent is null) _section.Clauses.Add(node); else parent.Children.Add(node);
        var at = parent is null ? 0 : _open.IndexOf(parent) + 1;
        if (at < _open.Count) _open.RemoveRange(at, _open.Count - at);
        _open.Add(node);
        _lastWritten = node;
        _section.Touch(line);
        return node;
    }

    private SectionNode NewUntitledSection(int line)
    {
        var section = new SectionNode(UniqueSectionId(null, "text"), null, "", [], 1, line);
        _sections.Add(section);
        _topSection = section;
        return section;
    }

    private string NextPositional() => "p" + (_positionalCount + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A top-level clause numbered by its position (p1, p2 …), for text the source does not number.</summary>
    private ClauseNode NewPositionalClause(int line)
    {
        var node = NewClause(NextPositional(), null, null, line, ClauseKind.Positional);
        _positionalCount++;
        return node;
    }

    private void CheckOrder(string number, int line)
    {
        var parts = number.Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (_lastNumberParts is { } last && Compare(parts, last) <= 0)
            Warn(line, "SG0204", $"Clause {number} comes after clause {string.Join('.', last)}: the numbering goes backwards or repeats. Check the source.");
        _lastNumberParts = parts;
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length.CompareTo(b.Length);
    }

    private string UniqueSectionId(string? number, string title)
    {
        var baseId = "s-" + (number is null ? Content.Slugs.Suggest(title) : number + "-" + Content.Slugs.Suggest(title));
        if (_sectionIds.Add(baseId)) return baseId;
        // Resume counting where the last heading with this id stopped, so a thousand headings of one title stay linear.
        var n = _nextSectionSuffix.GetValueOrDefault(baseId, 2);
        var id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
        while (!_sectionIds.Add(id)) id = baseId + "-" + (++n).ToString(CultureInfo.InvariantCulture);
        _nextSectionSuffix[baseId] = n + 1;
        return id;
    }

    private void Warn(int line, string code, string message) => _diagnostics.Add(Diagnostic.Warning(_file, line, code, message));

    private void Note(int line, string code, string message) => _diagnostics.Add(Diagnostic.Info(_file, line, code, message));

    private static string TopOf(string number) => number.Split('.')[0];

    private static ShapeKind? NextKind(IReadOnlyList<Block> blocks, int from)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock) return ShapeKind.Heading;
            if (blocks[i] is LineBlock { Shape.Kind: var k } && k != ShapeKind.Blank)
                return k == ShapeKind.Text && ((LineBlock)blocks[i]).Shape.LooksLikeHeading ? ShapeKind.Heading : k;
        }
        return null;
    }
}

/// <summary>A unit the tree builder consumes: one classified line, or a whole tab table.</summary>
internal abstract record Block;
internal sealed record LineBlock(LineShape Shape) : Block;
internal sealed record TableBlock(TabTable Table) : Block;
