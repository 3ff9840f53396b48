using System.Text;

namespace SiteGen.Normalise;

/// <summary>
/// Reduces a line of source text to clean plain text: Markdown links keep their words, emphasis and the
/// few inline HTML formatting tags protocols are pasted with are dropped, backslash escapes are resolved
/// and runs of white space collapse. One forward scan, so hostile input cannot make it slow.
/// Anything else (including other tags such as &lt;script&gt;) stays as literal text; output is always escaped later.
/// </summary>
internal static class InlineText
{
    private static readonly string[] FormattingTags = ["u", "b", "i", "em", "strong", "sup", "sub", "span", "br", "mark", "small"];

    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        var emphasisCloser = -1;
        while (i < text.Length)
        {
            var ch = text[i];
            if (i == emphasisCloser)
            {
                i++;
            }
            else if (ch == '\\' && i + 1 < text.Length && IsMarkdownPunctuation(text[i + 1]))
            {
                sb.Append(text[i + 1]);
                i += 2;
            }
            else if (ch == '!' && i + 1 < text.Length && text[i + 1] == '[' && TryLink(text, i + 1, out var altText, out var afterImage))
            {
                sb.Append(altText);
                i = afterImage;
            }
            else if (ch == '[' && TryLink(text, i, out var linkText, out var afterLink))
            {
                sb.Append(Clean(linkText));
                i = afterLink;
            }
            else if ((ch == '*' || ch == '_') && i + 1 < text.Length && text[i + 1] == ch)
            {
                i += 2; // strong emphasis markers carry no words
            }
            else if (ch == '*' && FindEmphasisCloser(text, i) is var closer and > 0)
            {
                emphasisCloser = closer;
                i++;
            }
            else if (ch == '<' && TryFormattingTag(text, i, out var afterTag))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && afterTag < text.Length && IsLineBreakTag(text, i)) sb.Append(' ');
                i = afterTag;
            }
            else
            {
                sb.Append(char.IsWhiteSpace(ch) ? ' ' : ch);
                i++;
            }
        }
        return CollapseSpaces(sb.ToString());
    }

    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Real link texts and targets are short; bounding the search keeps a line of "[[[[…" linear.</summary>
    private const int MaxLinkPart = 500;

    /// <summary>Matches <c>[text](target)</c> starting at <paramref name="open"/> without nesting, so the scan stays linear.</summary>
    private static bool TryLink(string text, int open, out string linkText, out int after)
    {
        linkText = "";
        after = open;
        var close = text.IndexOf(']', open + 1, Math.Min(MaxLinkPart, text.Length - open - 1));
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(') return false;
        if (text.IndexOf('[', open + 1, close - open - 1) >= 0) return false;
        var end = FindClosingParenthesis(text, close + 2);
        if (end < 0) return false;
        linkText = text[(open + 1)..close];
        after = end + 1;
        return true;
    }

    private static int FindClosingParenthesis(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < Math.Min(text.Length, start + MaxLinkPart); i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '(': depth++; break;
                case ')' when depth == 0: return i;
                case ')': depth--; break;
                case ' ' when depth == 0: return -1; // a space ends a Markdown link target
            }
        }
        return -1;
    }

    /// <summary>
    /// A single asterisk is emphasis only in a pair hugging words (<c>*The Role*</c>), not in "bull*" or "5 * 3".
    /// The search is bounded so a line full of asterisks stays linear.
    /// </summary>
    private static int FindEmphasisCloser(string text, int open)
    {
        const int MaxEmphasisLength = 200;
        var before = open > 0 ? text[open - 1] : ' ';
        if (!(char.IsWhiteSpace(before) || char.IsPunctuation(before)) || open + 1 >= text.Length || char.IsWhiteSpace(text[open + 1]))
            return -1;
        var limit = Math.Min(text.Length, open + MaxEmphasisLength);
        for (var j = open + 2; j < limit; j++)
        {
            if (text[j] != '*') continue;
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            if (!char.IsWhiteSpace(text[j - 1]) && (char.IsWhiteSpace(after) || char.IsPunctuation(after)))
                return j;
        }
        return -1;
    }

    private static bool TryFormattingTag(string text, int i, out int after)
    {
        after = i;
        var j = i + 1;
        if (j < text.Length && text[j] == '/') j++;
        var nameStart = j;
        while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
        if (j == nameStart) return false;
        var name = text[nameStart..j].ToLowerInvariant();
        if (!FormattingTags.Contains(name)) return false;
        // Attributes are not allowed on formatting tags we drop; "<span onclick=…>" stays literal text.
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == '/') j++;
        if (j >= text.Length || text[j] != '>') return false;
        after = j + 1;
        return true;
    }

    private static bool IsLineBreakTag(string text, int i) =>
        text.AsSpan(i).StartsWith("<br", StringComparison.OrdinalIgnoreCase);

    private static bool IsMarkdownPunctuation(char ch) => ch is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '<' or '>' or '|';
}
