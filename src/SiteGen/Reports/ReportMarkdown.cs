using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Rendering;

namespace SiteGen.Reports;

/// <summary>
/// Report Markdown: CommonMark with tables, footnotes and heading ids, raw HTML shown as text, unsafe link schemes
/// dropped, and SiteGen's <c>[[…]]</c> references. The references are a Markdig extension rather than Scriban in
/// content because report text is untrusted and copied verbatim: a template language would run whatever "{{" a pasted
/// report contains, lose the Markdown line numbers errors need, and could build arbitrary markup, whereas a parser
/// extension sees only its own syntax (never inside code), knows each reference's line, and renders nothing but
/// SiteGen's escaped HTML. The pipeline is built once and reused, as Markdig recommends.
/// </summary>
internal sealed class ReportMarkdown
{
    private readonly MarkdownPipeline _pipeline;

    public ReportMarkdown()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .DisableHtml();
        // Before the link parser, which also opens on '[' and would otherwise read "[[x]]" as a bracketed "[x]".
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new ReferenceInlineParser());
        _pipeline = builder.Build();
    }

    /// <summary>
    /// Parses report Markdown, removes unsafe link targets, and lifts each block embed that stands alone in its
    /// paragraph out into an <see cref="EmbedBlock"/>. Block embeds left inside running text keep their inline node,
    /// for <see cref="ReportCompiler"/> to report.
    /// </summary>
    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        ReportLinks.AvoidPageIds(document);
        foreach (var link in document.Descendants<LinkInline>())
            if (!MarkdownRenderer.IsSafeUrl(link.Url)) link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!MarkdownRenderer.IsSafeUrl(link.Url)) link.Url = "";

        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (StandaloneEmbed(paragraph) is not { } reference) continue;
            var parent = paragraph.Parent!;
            var index = parent.IndexOf(paragraph);
            parent.RemoveAt(index);
            parent.Insert(index, new EmbedBlock(reference) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span });
        }
        return document;
    }

    /// <summary>Every reference in the document in document order; <c>Standalone</c> is true for those lifted into an <see cref="EmbedBlock"/>.</summary>
    public static IEnumerable<(ReferenceInline Reference, bool Standalone)> References(MarkdownDocument document) =>
        document.Descendants().SelectMany(node => node switch
        {
            EmbedBlock embed => [(embed.Reference, true)],
            ReferenceInline inline => [(inline, false)],
            _ => Enumerable.Empty<(ReferenceInline, bool)>(),
        });

    /// <summary>Renders a parsed report with <paramref name="embeds"/> deciding what each reference becomes.</summary>
    public string Render(MarkdownDocument document, EmbedWriter embeds)
    {
        using var text = new StringWriter();
        var renderer = new HtmlRenderer(text);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new ReferenceInlineRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new EmbedBlockRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new QuotedClauseInlineRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new AuthorityLinkInlineRenderer(embeds));
        renderer.Render(document);
        text.Flush();
        return text.ToString();
    }

    private static ReferenceInline? StandaloneEmbed(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return null;
        ReferenceInline? found = null;
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case ReferenceInline { Directive.IsBlock: true } reference when found is null:
                    found = reference;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }
        return found;
    }

    private sealed class ReferenceInlineRenderer(EmbedWriter embeds) : HtmlObjectRenderer<ReferenceInline>
    {
        protected override void Write(HtmlRenderer renderer, ReferenceInline inline)
        {
            // Unresolved references fail the build, so only resolved ones ever reach a written page.
            if (inline.Resolved is ResolvedEmbed.Citation citation) renderer.Write(embeds.Citation(citation.Target));
        }
    }

    private sealed class EmbedBlockRenderer(EmbedWriter embeds) : HtmlObjectRenderer<EmbedBlock>
    {
        protected override void Write(HtmlRenderer renderer, EmbedBlock block)
        {
            if (block.Reference.Resolved is { } resolved) renderer.EnsureLine().Write(embeds.Block(resolved));
        }
    }

    private sealed class QuotedClauseInlineRenderer(EmbedWriter embeds) : HtmlObjectRenderer<QuotedClauseInline>
    {
        protected override void Write(HtmlRenderer renderer, QuotedClauseInline inline) =>
            renderer.Write(" ").Write(embeds.QuotedFrom(inline.Protocol, inline.Clause));
    }

    private sealed class AuthorityLinkInlineRenderer(EmbedWriter embeds) : HtmlObjectRenderer<AuthorityLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AuthorityLinkInline inline) =>
            renderer.Write(embeds.AuthorityLink(inline.Protocol, inline.Text));
    }
}
