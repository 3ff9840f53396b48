using SiteGen.Model;

namespace SiteGen.Checks.Links;

/// <summary>Everything the link checker found, plus the external links for a person to review.</summary>
internal sealed record LinkCheckResult(
    IReadOnlyList<Diagnostic> Findings,
    IReadOnlyList<ExternalLink> ExternalLinks,
    int PagesChecked,
    int LinksChecked,
    TimeSpan Elapsed);
