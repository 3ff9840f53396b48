using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// Link and id rules for report Markdown that need a located error or a change to the parsed document, beside the
/// scheme rule (<see cref="Presentation.SafeUrls.IsSafe"/>) that quietly drops <c>javascript:</c> and the like.
/// </summary>
internal static class ReportLinks
{
    /// <summary>
    /// A link or image starting <c>//</c> or with a backslash has no scheme, so it passes the scheme rule, but it goes to
    /// another computer: from a page on a Windows file share, <c>//host/x</c> and <c>\\host\x</c> open a UNC path, which
    /// sends the reader's Windows credentials to that host, and on the web <c>//host</c> loads from any server. A
    /// report must say which it means, <c>https://host/x</c>, or link within the site.
    /// </summary>
    public static ImmutableArray<Diagnostic> Check(MarkdownDocument document, Report report)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = (link.Url ?? "").Trim();
            if (!IsOtherHost(url)) continue;
            errors.Add(new Diagnostic(report.ContentFile, report.BodyStartLine + link.Line, link.Column + 1, Severity.Error, "SG1508",
                $"The {(link.IsImage ? "image" : "link")} '{url}' has no http:// or https:// but leads to another computer (on a Windows file share, a network path that is sent the reader's login). " +
                "Write the full address, such as https://example.org/page, or a path within the site."));
        }
        return errors.ToImmutable();
    }

    internal static bool IsOtherHost(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("/\\", StringComparison.Ordinal);

    /// <summary>Ids SiteGen's own templates and report pages use; a report heading named "Main" must not take the page's <c>main</c>.</summary>
    public static readonly ImmutableHashSet<string> PageIds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "main", "header-search-input", "contents-heading", "print-heading", "provenance-heading", "quoted-heading", "appendix-list",
        "authorities", "authorities-caption", "authorities-heading", "data", "diagrams", "directions-heading", "gaps", "gap-sections", "reports",
        "roles", "routes-caption", "search", "search-filters", "search-hint", "search-input", "search-more", "search-results", "search-results-heading",
        "search-status", "search-tips", "search-tips-heading", "silent", "theme-matrix-caption", "themes-caption", "unstated",
        "compare-index", "compare-result", "compare-theme");

    /// <summary>Gives a heading whose automatic id is one of <see cref="PageIds"/> the next free id instead ("main" → "main-1"), so every id on a page is unique.</summary>
    public static void AvoidPageIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var taken = headings.Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { } id || !PageIds.Contains(id)) continue;
            var n = 1;
            while (taken.Contains($"{id}-{n}") || PageIds.Contains($"{id}-{n}")) n++;
            attributes.Id = $"{id}-{n}";
            taken.Add(attributes.Id);
        }
    }
}
