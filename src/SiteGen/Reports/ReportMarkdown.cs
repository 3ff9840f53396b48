using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Presentation;

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

    /// <summary>The pipeline reports are parsed with, for the renderer to set up the same extensions.</summary>
    public MarkdownPipeline Pipeline => _pipeline;

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
    /// for <see cref="ReportResolver"/> to report.
    /// </summary>
    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        ReportLinks.AvoidPageIds(document);
        foreach (var link in document.Descendants<LinkInline>())
            if (!SafeUrls.IsSafe(link.Url)) link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!SafeUrls.IsSafe(link.Url)) link.Url = "";

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
}
