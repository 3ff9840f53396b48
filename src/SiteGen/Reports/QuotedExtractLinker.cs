using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// Links the passages of a report that quote an extract SiteGen holds (a protocol whose front matter says
/// <c>quoted_in: &lt;this report&gt;</c>) to the clauses they quote, without touching the report's words: each quoted
/// passage gets a link after it, and the authority's name in the line that introduces the extract becomes a link.
/// </summary>
/// <remarks>
/// Matching rule: a protocol's clauses are looked for in document order, each in the first paragraph (or list item
/// or heading) at or after the previous clause's. A clause of six words or more matches the first paragraph that
/// contains it whole, or failing that (a clause the report splits over two paragraphs) its first eight words; a
/// shorter one ("respect, dignity and courtesy;") must be the whole paragraph, apart from a leading item label. Comparison ignores case, quote marks and spacing. Keeping to document order is what tells
/// apart two extracts that share a line, as Merton's and Epsom and Ewell's lists do.
/// </remarks>
internal static partial class QuotedExtractLinker
{
    private const int ShortClauseWords = 6;
    private const int KeyWords = 8;

    /// <summary>Adds the links to <paramref name="document"/>; returns a warning for each clause not found.</summary>
    public static ImmutableArray<Diagnostic> Link(MarkdownDocument document, Report report, IEnumerable<Protocol> quoted)
    {
        var blocks = document.Descendants<LeafBlock>()
            .Where(b => b is ParagraphBlock or HeadingBlock && b.Inline is not null)
            .Select(b => (Block: b, Text: Normalise(PlainText(b.Inline!))))
            .ToList();
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var protocol in quoted)
        {
            var cursor = 0;
            int? first = null;
            foreach (var clause in protocol.AllClauses())
            {
                var found = Find(blocks, cursor, Normalise(clause.Text));
                if (found < 0)
                {
                    warnings.Add(Diagnostic.Warning(protocol.Metadata.ContentFile, clause.Lines.First, "SG0645",
                        $"This clause ({Presentation.Citations.DisplayNumber(clause)}) of an extract quoted in {report.ContentFile} was not found in that report's text, "
                        + "so the report page cannot link it to this clause. Check that the extract is copied from the report word for word."));
                    continue;
                }
                first ??= found;
                cursor = found;
                blocks[found].Block.Inline!.AppendChild(new QuotedClauseInline(protocol, clause));
            }
            if (first is > 0) LinkAuthorityName(blocks[first.Value - 1].Block, protocol);
        }
        return warnings.ToImmutable();
    }

    private static int Find(List<(LeafBlock Block, string Text)> blocks, int from, string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return -1;
        if (words.Length < ShortClauseWords)
            return blocks.FindIndex(from, b => b.Text == clause || ItemLabel().Replace(b.Text, "") == clause);
        // The whole clause first: items that open alike ("Never require an officer to carry out work …") must each
        // find their own paragraph. Only a clause the report splits over two paragraphs falls back to its opening words.
        var whole = blocks.FindIndex(from, b => b.Text.Contains(clause, StringComparison.Ordinal));
        if (whole >= 0) return whole;
        var key = string.Join(' ', words.Take(KeyWords));
        return blocks.FindIndex(from, b => b.Text.Contains(key, StringComparison.Ordinal));
    }

    /// <summary>Turns the authority's full or short name, where it sits in one run of text, into a link.</summary>
    private static void LinkAuthorityName(LeafBlock block, Protocol protocol)
    {
        foreach (var name in new[] { protocol.Metadata.Authority, protocol.Metadata.ShortName })
        {
            foreach (var literal in block.Inline!.Descendants<LiteralInline>().ToList())
            {
                var text = literal.Content.ToString();
                var at = text.IndexOf(name, StringComparison.Ordinal);
                if (at < 0) continue;
                var link = new AuthorityLinkInline(protocol, name);
                literal.ReplaceBy(link);
                if (at > 0) link.InsertBefore(new LiteralInline(text[..at]));
                if (at + name.Length < text.Length) link.InsertAfter(new LiteralInline(text[(at + name.Length)..]));
                return;
            }
        }
    }

    /// <summary>The words of a run of inlines, as a reader sees them.</summary>
    public static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AuthorityLinkInline link: text.Append(link.Text); break;
                case ReferenceInline { Resolved: ResolvedEmbed.Citation c }: text.Append(c.Target.Citation); break;
                case ContainerInline child: text.Append(PlainText(child)); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Lower case, no quote marks or bullets, single spaces.</summary>
    public static string Normalise(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '•') continue;
            kept.Append(char.IsWhiteSpace(ch) ? ' ' : char.ToLowerInvariant(ch));
        }
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^(\([0-9a-z]{1,5}\)|[0-9a-z]{1,3}[.)]|\d+(\.\d+)*)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLabel();
}
