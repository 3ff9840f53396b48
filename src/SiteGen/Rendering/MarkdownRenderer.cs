using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Presentation;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>Renders report Markdown to HTML. Raw HTML in content is shown as text, and links may only go to web, mail or relative addresses.</summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public TrustedHtml Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        ReportParagraphs.Anchor(document);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!SafeUrls.IsSafe(link.Url)) link.Url = "";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!SafeUrls.IsSafe(link.Url)) link.Url = "";
        }
        return new TrustedHtml(document.ToHtml(_pipeline));
    }

    /// <summary>The report's paragraphs, list items and tables with the ids <see cref="Render"/> gives them.</summary>
    public IReadOnlyList<ReportParagraph> Paragraphs(string markdown) => ReportParagraphs.Anchor(Markdown.Parse(markdown, _pipeline));
}
