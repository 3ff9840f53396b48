using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>Writes a resolved report's Markdown as HTML, each reference written by an <see cref="EmbedWriter"/>.</summary>
internal static class ReportBodyRenderer
{
    /// <summary>Renders a parsed report with <paramref name="embeds"/> deciding what each reference becomes.</summary>
    public static string Render(ReportMarkdown markdown, MarkdownDocument document, EmbedWriter embeds)
    {
        using var text = new StringWriter();
        var renderer = new HtmlRenderer(text);
        markdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new ReferenceInlineRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new EmbedBlockRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new QuotedClauseInlineRenderer(embeds));
        renderer.ObjectRenderers.Insert(0, new AuthorityLinkInlineRenderer(embeds));
        renderer.Render(document);
        text.Flush();
        return text.ToString();
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
