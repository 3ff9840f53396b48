using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>Classifies single lines by their printed shape. Context (what came before) is the tree builder's job.</summary>
internal static partial class LineClassifier
{
    private const int MaxHeadingWords = 12;
    internal const int MaxNumberedHeadingWords = 8;

    /// <summary>A whole-line bold question ("**Can I be friends with a councillor?**") heads the answer below it, up to this many words.</summary>
    private const int MaxQuestionHeadingWords = 20;

    public static LineShape Classify(SourceLine line, bool blankBefore, bool blankAfter)
    {
        var text = line.Text.Trim();
        if (text.Length == 0) return new LineShape(ShapeKind.Blank, line, "", "", "");

        var isMarkdownHeading = StripMarkdownHeading(ref text);
        var bulleted = StripBullet(ref text);
        var emphasised = StripWholeLineEmphasis(ref text);
        StripQuotationMarks(ref text);

        var multi = MultiLevelNumber().Match(text);
        if (!multi.Success) multi = GluedMultiLevelNumber().Match(text);
        if (multi.Success)
            return new LineShape(ShapeKind.Clause, line, multi.Groups["label"].Value, multi.Groups["num"].Value, InlineText.Clean(multi.Groups["rest"].Value));

        var quoted = QuotedParagraph().Match(text);
        if (quoted.Success)
        {
            var body = quoted.Groups["quote"].Value.TrimEnd().TrimEnd('”', '"');
            return new LineShape(ShapeKind.QuotedParagraph, line, quoted.Groups["num"].Value, quoted.Groups["num"].Value,
                InlineText.Clean(body), Context: InlineText.Clean(quoted.Groups["lead"].Value));
        }

        var item = ParenthesisedItem().Match(text);
        if (!item.Success) item = HalfParenthesisedItem().Match(text);
        // "(C) : A Protocol for …" names a part of the constitution; an item's text never starts with a colon.
        if (item.Success && !item.Groups["rest"].Value.StartsWith(':'))
            return new LineShape(ShapeKind.Item, line, item.Groups["label"].Value, item.Groups["key"].Value, InlineText.Clean(item.Groups["rest"].Value));

        var single = SingleNumber().Match(text);
        if (!single.Success) single = GluedSingleNumber().Match(text);
        if (single.Success)
        {
            var rest = InlineText.Clean(single.Groups["rest"].Value);
            var kind = IsShortTitle(rest, MaxNumberedHeadingWords) ? ShapeKind.NumberedHeading : ShapeKind.Clause;
            return new LineShape(kind, line, single.Groups["label"].Value, single.Groups["num"].Value, rest);
        }

        var clean = InlineText.Clean(text);
        if (isMarkdownHeading || (emphasised && (IsShortTitle(clean, MaxHeadingWords) || IsQuestionHeading(clean))))
            return new LineShape(ShapeKind.Heading, line, "", "", clean);
        if (bulleted)
            return new LineShape(ShapeKind.Bullet, line, "", "", clean);

        var standalone = blankBefore && blankAfter;
        return new LineShape(ShapeKind.Text, line, "", "", clean, LooksLikeHeading: standalone && IsShortTitle(clean, MaxHeadingWords) && StartsLikeATitle(clean), Standalone: standalone);
    }

    /// <summary>A title is short and does not end like a sentence or a lead-in.</summary>
    public static bool IsShortTitle(string text, int maxWords)
    {
        if (text.Length is 0 or > 100) return false;
        if (".,;:!?”\"’".Contains(text[^1])) return false;
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords;
    }

    private static bool IsQuestionHeading(string text) =>
        text.Length is > 1 and <= 200 && text[^1] == '?' && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuestionHeadingWords;

    /// <summary>
    /// "Adopted by the Finance Committee 19th January 2015", "Last reviewed: March 2025": a line saying when the document
    /// was adopted, approved or reviewed. Only its place (at the top, before any clause) makes it part of the title block.
    /// </summary>
    public static bool IsStatusLine(string text) =>
        text.Length <= 160 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20 && StatusLine().IsMatch(text);

    internal static bool StartsLikeATitle(string text) => char.IsUpper(text[0]) || char.IsDigit(text[0]);

    private static bool StripMarkdownHeading(ref string text)
    {
        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#') hashes++;
        if (hashes is 0 or > 6 || hashes >= text.Length || text[hashes] != ' ') return false;
        text = text[(hashes + 1)..].Trim().TrimEnd('#').Trim();
        return true;
    }

    private static bool StripBullet(ref string text)
    {
        if (text.Length >= 2 && "-*•·–◦▪".Contains(text[0]) && text[1] == ' ')
        {
            text = text[2..].TrimStart();
            return true;
        }
        return false;
    }

    /// <summary>
    /// Real headings are wrapped two or three times at most (<c>**&lt;u&gt;Title&lt;/u&gt;**</c>). Stopping there keeps a line
    /// of a million asterisks linear (and off the stack): what is left is ordinary text.
    /// </summary>
    private const int MaxEmphasisWrappers = 4;

    private static bool StripWholeLineEmphasis(ref string text)
    {
        var start = 0;
        var end = text.Length;
        var stripped = 0;
        while (stripped < MaxEmphasisWrappers && WrapperAt(text, start, end) is var (open, close) && open > 0)
        {
            start += open;
            end -= close;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            stripped++;
        }
        if (stripped == 0) return false;
        text = text[start..end];
        return true;
    }

    private static (int Open, int Close) WrapperAt(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var (open, close) in EmphasisWrappers)
        {
            if (span.Length > open.Length + close.Length
                && span.StartsWith(open, StringComparison.OrdinalIgnoreCase)
                && span.EndsWith(close, StringComparison.OrdinalIgnoreCase))
                return (open.Length, close.Length);
        }
        return (0, 0);
    }

    private static readonly (string Open, string Close)[] EmphasisWrappers =
        [("**", "**"), ("__", "__"), ("<b>", "</b>"), ("<u>", "</u>"), ("<strong>", "</strong>"), ("<i>", "</i>"), ("<em>", "</em>")];

    /// <summary>Reports quote paragraphs with curly quotes around them: the quotes are not part of the paragraph.</summary>
    private static void StripQuotationMarks(ref string text)
    {
        if (text.Length > 1 && text[0] is '“' or '"' && char.IsLetterOrDigit(text[1]))
        {
            text = text[1..];
            if (text.EndsWith('”') || (text.EndsWith('"') && !text[..^1].Contains('"', StringComparison.Ordinal)))
                text = text[..^1];
        }
        else if (text.EndsWith('”') && !text.Contains('“', StringComparison.Ordinal))
        {
            text = text[..^1];
        }
    }

    // "1.1", "1.1.", "10.12.3" then text (or nothing); at most six levels, deeper "numbers" are text, so nesting stays shallow.
    // NonBacktracking keeps matching linear on hostile input. Digits are ASCII only: \d would also take "٣" or "３", which
    // are not numbers int.Parse reads.
    [GeneratedRegex(@"^(?<label>(?<num>[0-9]{1,3}(\.[0-9]{1,3}){1,5})\.?)(\s+(?<rest>.*))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MultiLevelNumber();

    // "1.3Unless the context …": a clause number glued to its text by a lost space; only before a capital letter.
    [GeneratedRegex(@"^(?<label>(?<num>[0-9]{1,3}(\.[0-9]{1,3}){1,5})\.?)(?<rest>\p{Lu}.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GluedMultiLevelNumber();

    // "1.Definitions": a heading number glued to its title; the dot and a capital letter are both needed.
    [GeneratedRegex(@"^(?<label>(?<num>[0-9]{1,3})\.)(?<rest>\p{Lu}.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GluedSingleNumber();

    // "Adopted by Council on 3 March 2021", "Last reviewed: March 2025", "Date of adoption: 2019".
    [GeneratedRegex(@"^(?:(?:last|date(?:\s+of)?|this\s+(?:protocol|document|guide)\s+was)\s+)?(?:reviewed|updated|revised|adopted|approved|agreed|amended|adoption|approval|review|issued|effective)\b.*\b(?:19|20)[0-9]{2}\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex StatusLine();

    // "16 For the effective…" or "3. Expectations".
    [GeneratedRegex(@"^(?<label>(?<num>[0-9]{1,3})\.?)\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SingleNumber();

    // "(a) text", "(iv) text", "(I) text", "(12) text".
    [GeneratedRegex(@"^(?<label>\((?<key>[a-zA-Z]|[ivxlcIVXLC]{1,6}|[0-9]{1,2})\))\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ParenthesisedItem();

    // "a) text", "iv) text".
    [GeneratedRegex(@"^(?<label>(?<key>[a-z]|[ivxlc]{1,6})\))\s+(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HalfParenthesisedItem();

    // "Paragraph 18 then goes on to clarify … “Similarly officers should …”".
    [GeneratedRegex(@"^(?<lead>Paragraphs? (?<num>[0-9]{1,3})\b[^“""]{0,300})[“""](?<quote>.+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex QuotedParagraph();
}
