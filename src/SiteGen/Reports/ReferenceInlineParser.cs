using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Reports;

/// <summary>
/// Recognises <c>[[…]]</c> in report Markdown. Every double bracket is taken as a directive, and one SiteGen cannot
/// read is an error rather than literal text, so a typo never silently prints as "[[qoute …]]" in a committee paper.
/// </summary>
internal sealed class ReferenceInlineParser : InlineParser
{
    public ReferenceInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var open = slice.Start;
        var text = slice.Text;
        if (open + 2 > slice.End) return false;
        var close = text.IndexOf("]]", open + 2, slice.End - (open + 2) + 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var inner = text[(open + 2)..close];
        // A blank line always ends a paragraph, so an unclosed [[ cannot swallow the next one; nested [[ means the first never closed.
        if (inner.Contains("[[", StringComparison.Ordinal)) return false;

        var (directive, problems) = ReferenceSyntax.Parse(inner);
        var start = processor.GetSourcePosition(open, out var line, out var column);
        processor.Inline = new ReferenceInline(inner, directive, problems)
        {
            Span = new SourceSpan(start, processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
