using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
            if (!IsSafeUrl(link.Url)) link.Url = "";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url)) link.Url = "";
        }
        return new TrustedHtml(document.ToHtml(_pipeline));
    }

    /// <summary>The report's paragraphs, list items and tables with the ids <see cref="Render"/> gives them.</summary>
    public IReadOnlyList<ReportParagraph> Paragraphs(string markdown) => ReportParagraphs.Anchor(Markdown.Parse(markdown, _pipeline));

    /// <summary>javascript:, data:, vbscript: and other schemes could run code when clicked on an intranet page.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = new string(url.Where(ch => !char.IsWhiteSpace(ch) && !char.IsControl(ch)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // the colon is in a path or query, not a scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }
}
