using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>A <c>[[…]]</c> in report Markdown, as parsed; <see cref="Resolved"/> is set once the build has checked it against the protocols.</summary>
internal sealed class ReferenceInline : LeafInline
{
    public ReferenceInline(string text, ReportDirective? directive, ImmutableArray<SyntaxProblem> problems)
    {
        Text = text;
        Directive = directive;
        Problems = problems;
    }

    /// <summary>The text between the brackets, as written.</summary>
    public string Text { get; }

    public ReportDirective? Directive { get; }

    public ImmutableArray<SyntaxProblem> Problems { get; }

    /// <summary>What the directive names, once resolved; null while unresolved or if it named something that does not exist.</summary>
    public ResolvedEmbed? Resolved { get; set; }

    /// <summary>0-based line (within the Markdown) of a position inside <see cref="Text"/>: directives may run over several lines.</summary>
    public int LineOf(int offset) => Line + Text.AsSpan(0, Math.Clamp(offset, 0, Text.Length)).Count('\n');

    /// <summary>1-based column of a position inside <see cref="Text"/> when it is on the directive's first line, else 0 (unknown).</summary>
    public int ColumnOf(int offset)
    {
        var before = Text.AsSpan(0, Math.Clamp(offset, 0, Text.Length));
        return before.Contains('\n') ? 0 : Column + 1 + 2 + before.Length;
    }
}

/// <summary>A block embed (quotation, comparison, protocol) that stood alone as a paragraph, lifted out of it so it renders as a block.</summary>
internal sealed class EmbedBlock(ReferenceInline reference) : LeafBlock(null)
{
    public ReferenceInline Reference { get; } = reference;
}

/// <summary>Added after a passage of a report that quotes an extract SiteGen holds: links the passage to the clause it quotes.</summary>
internal sealed class QuotedClauseInline(Protocol protocol, Clause clause) : LeafInline
{
    public Protocol Protocol { get; } = protocol;
    public Clause Clause { get; } = clause;
}

/// <summary>
/// An authority's name in a report heading ("10.1 London Borough of Merton:"), linked to the protocol SiteGen holds.
/// A container holding the name as text, so whatever reads the report's words (search, contents) still reads it.
/// </summary>
internal sealed class AuthorityLinkInline : ContainerInline
{
    public AuthorityLinkInline(Protocol protocol, string text)
    {
        Protocol = protocol;
        Text = text;
        AppendChild(new LiteralInline(text));
    }

    public Protocol Protocol { get; }
    public string Text { get; }
}
