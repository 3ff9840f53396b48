using System.Text;
using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>A clause while the tree builder is still adding to it; frozen into a <see cref="Clause"/> at the end.</summary>
internal sealed class ClauseNode(string number, string? printedLabel, SectionNode section, ClauseNode? parent, int line, ClauseKind kind)
{
    public string Number { get; set; } = number;
    public string? PrintedLabel { get; } = printedLabel;
    public SectionNode Section { get; } = section;
    public ClauseNode? Parent { get; } = parent;
    public ClauseKind Kind { get; } = kind;
    public LineRange Lines { get; private set; } = new(line, line);
    public List<StringBuilder> Paragraphs { get; } = [];
    public List<ClauseNode> Children { get; } = [];
    public List<Note> Notes { get; } = [];

    /// <summary>A two-sided table's column: its header cell ("Councillors will"), which says whose the rows are.</summary>
    public string? SideHeader { get; set; }

    /// <summary>The style and last value of this clause's labelled child items, to tell (i) the letter from (i) the numeral.</summary>
    public (ListStyle Style, int Last)? ChildList { get; set; }

    /// <summary>How many unlabelled bullets have been numbered under this clause (p2.1, p2.2, …).</summary>
    public int BulletCount { get; set; }

    public void Touch(int line) => Lines = Lines.Extend(line);

    public void AddParagraph(string text, int line)
    {
        Paragraphs.Add(new StringBuilder(text));
        _endsComplete = EndingOf(text) ?? true;
        LastParagraphIsCapitals = IsCapitals(text);
        Touch(line);
    }

    /// <summary>Joins a line that a page break or soft wrap split from the paragraph before it.</summary>
    public void ContinueParagraph(string text, int line)
    {
        if (Paragraphs.Count == 0)
        {
            Paragraphs.Add(new StringBuilder());
            _endsComplete = true;
        }
        var last = Paragraphs[^1];
        var broken = WordBrokenAtLineEnd(last, text);
        if (broken == true) last.Length--;
        else if (broken is null && last.Length > 0 && text.Length > 0) last.Append(' ');
        last.Append(text);
        _endsComplete = EndingOf(text) ?? _endsComplete;
        LastParagraphIsCapitals = LastParagraphIsCapitals && IsCapitals(text);
        Touch(line);
    }

    /// <summary>
    /// A line that ends in a hyphen straight after a letter, with a letter next: a word a hard wrap broke ("perform-" /
    /// "ance of an Officer") is one word again, without the hyphen, where both sides are lower case and the part before is
    /// no prefix that keeps its hyphen ("co-", "non-", "self-", "vice-"); any other such hyphen ("Sub-" / "Committee",
    /// "face-to-" / "face") is the word's own and is kept, with no space after it. A spaced dash ("councillors -") is neither.
    /// </summary>
    private static bool? WordBrokenAtLineEnd(StringBuilder last, string next)
    {
        var n = last.Length;
        if (n < 3 || next.Length == 0 || last[n - 1] != '-' || !char.IsLetter(last[n - 2]) || !char.IsLetter(next[0])) return null;
        if (!char.IsLower(last[n - 2]) || !char.IsLower(next[0])) return false;
        var start = n - 2;
        while (start > 0 && char.IsLetter(last[start - 1])) start--;
        // "face-to-" then "face": a word already joined by hyphens keeps them.
        if (start > 0 && last[start - 1] == '-') return false;
        var prefix = last.ToString(start, n - 1 - start).ToLowerInvariant();
        // "sub-" keeps its hyphen before a committee or a group ("sub-committee"), not in "sub-mit".
        if (prefix == "sub") return !next.StartsWith("committee", StringComparison.Ordinal) && !next.StartsWith("group", StringComparison.Ordinal);
        return !KeptPrefixes.Contains(prefix);
    }

    private static readonly HashSet<string> KeptPrefixes = new(StringComparer.Ordinal)
    {
        "co", "non", "self", "ex", "vice", "cross", "anti", "semi", "well", "face", "multi", "full", "long", "short", "one",
        "two", "three", "four", "five", "first", "second", "third", "follow", "decision", "party", "mid", "member", "officer",
        "councillor", "council", "cabinet", "group", "e",
    };

    /// <summary>The last paragraph is a list entry: this clause is a numbered bullet, or its last paragraph is a "• " line.</summary>
    public bool LastParagraphIsBullet =>
        Kind == ClauseKind.Bullet || (Paragraphs.Count > 0 && Paragraphs[^1].Length > 0 && Paragraphs[^1][0] == '•');

    /// <summary>The last word of the last paragraph, trailing punctuation left off ("" when there is none).</summary>
    public string LastWord()
    {
        if (Paragraphs.Count == 0) return "";
        var last = Paragraphs[^1];
        var end = last.Length;
        while (end > 0 && !char.IsLetter(last[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(last[start - 1])) start--;
        return last.ToString(start, end - start);
    }

    /// <summary>The last paragraph is written in capitals ("(C) : A PROTOCOL FOR MEMBER/OFFICER RELATIONS"), as headings are.</summary>
    public bool LastParagraphIsCapitals { get; private set; }

    private static bool IsCapitals(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= 3 && lower == 0;
    }

    private bool _endsComplete = true;

    /// <summary>True when the text so far ends like a finished sentence or lead-in, so a following capitalised line starts something new.</summary>
    /// <remarks>
    /// Kept up to date as text is added, looking only at the added text: re-reading the paragraph on every line would make
    /// a clause of many short lines of closing brackets quadratic.
    /// </remarks>
    public bool EndsComplete => _endsComplete;

    /// <summary>Whether <paramref name="text"/> ends complete, looking back over closing quotes and brackets; null if it is nothing but those.</summary>
    private static bool? EndingOf(string text)
    {
        // A paragraph ending in a closed quotation or a reference marker ("… a complementary way” [1]") is finished:
        // that is how a quoted motto or a cited passage ends, even without a full stop inside the quotes.
        var closed = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var ch = text[i];
            if (ch is '”' || FootnoteExtractor.SuperscriptDigits.Contains(ch)) { closed = true; continue; }
            if (char.IsWhiteSpace(ch) || ch is '’' or '"' or '\'' or ')') continue;
            if (ch == ']' && text.LastIndexOf('[', i, Math.Min(i + 1, 5)) is var open && open >= 0 && open < i - 1 && i - open <= 4
                && text.AsSpan(open + 1, i - open - 1).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                closed = true;
                i = open;
                continue;
            }
            return closed || ".!?:;".Contains(ch);
        }
        return null;
    }

    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.ToString().Trim()).Where(p => p.Length > 0));
}

/// <summary>How a clause came to be: printed number, labelled item, unlabelled bullet, a position number, or a table cell.</summary>
/// <remarks>
/// <see cref="HeadingList"/> is no clause of its own: it holds the items printed straight under a numbered heading
/// ("4. Conduct" then "(a) …"), numbers them 4(a), 4(b), and is replaced by them when the tree is handed over.
/// </remarks>
internal enum ClauseKind { Numbered, Item, Bullet, Positional, TableColumn, TableRow, HeadingList }

/// <summary>A section while it is being built.</summary>
internal sealed class SectionNode(string id, string? number, string title, IReadOnlyList<string> headingPath, int level, int line)
{
    public string Id { get; } = id;
    public string? Number { get; } = number;
    public string Title { get; } = title;
    public IReadOnlyList<string> HeadingPath { get; } = headingPath;
    public int Level { get; } = level;
    public LineRange Lines { get; private set; } = new(line, line);
    public List<ClauseNode> Clauses { get; } = [];

    /// <summary>The holder of items printed straight under this section's numbered heading, if there are any.</summary>
    public ClauseNode? ItemOwner { get; set; }

    public void Touch(int line) => Lines = Lines.Extend(line);
}
