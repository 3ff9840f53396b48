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
    private readonly List<string> _printedTitle = [];
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

    public ClauseTreeBuilder(string file, bool documentHasPrintedNumbers)
    {
        _file = file;
        _documentHasPrintedNumbers = documentHasPrintedNumbers;
    }

    public IReadOnlyList<SectionNode> Sections => _sections;
    public IReadOnlyList<string> PrintedTitle => _printedTitle;
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>Feeds the document, one block at a time; <c>nextClauseTop</c> gives, per block, the top-level number of the next numbered clause.</summary>
    public void Build(IReadOnlyList<Block> blocks)
    {
        var nextClauseTop = new string?[blocks.Count + 1];
        for (var i = blocks.Count - 1; i >= 0; i--)
            nextClauseTop[i] = blocks[i] is LineBlock { Shape.Kind: ShapeKind.Clause or ShapeKind.QuotedParagraph } lb ? TopOf(lb.Shape.Key) : nextClauseTop[i + 1];

        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TableBlock table:
                    AddTable(table.Table);
                    _blankBefore = false;
                    break;
                case LineBlock { Shape: var shape }:
                    if (shape.Kind == ShapeKind.Blank) { _blankBefore = true; continue; }
                    Add(shape, nextClauseTop[i + 1], NextKind(blocks, i + 1));
                    _blankBefore = false;
                    break;
            }
        }
    }

    private void Add(LineShape shape, string? nextClauseTop, ShapeKind? nextKind)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Heading:
                AddHeading(shape, null, nextClauseTop, nextKind);
                break;
            case ShapeKind.NumberedHeading:
                AddHeading(shape, shape.Key, nextClauseTop, nextKind);
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
            case ShapeKind.Text when shape.LooksLikeHeading && !Continues(shape):
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
            _printedTitle.Add(shape.Text);
            return;
        }

        var isSubsection = number is null && _topSection is not null && _lastTopNumber is not null && nextClauseTop == _lastTopNumber;
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

        if (!_documentHasPrintedNumbers || _open.Count == 0)
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

    private void AddBullet(LineShape shape)
    {
        if (_documentHasPrintedNumbers)
        {
            var owner = _open.Count > 0 ? _open[^1] : StartPositionalOwner(shape);
            owner.AddParagraph("• " + shape.Text, shape.Number);
            _lastWritten = owner;
            return;
        }

        // In a document with no printed numbers, each bullet is citable on its own: "p2.3" is the third bullet under paragraph 2.
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
        return char.IsLower(shape.Text[0]) || !_lastWritten.EndsComplete;
    }

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
