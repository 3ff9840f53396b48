using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// Where a rendered report's references point. On the site every citation links to the clause on its authority's
/// page. A printed document is read as a PDF, where a relative link would point into the printing machine's disk:
/// there a citation links to the clause inside the same document if the document prints it, else to the published
/// site when <c>baseUrl</c> is set, else it is plain text.
/// </summary>
internal sealed record LinkPolicy(bool ForPrint, SitePage Here, string? BaseUrl, ImmutableHashSet<string> PlacedClauseIds)
{
    /// <summary>Links for the site page <paramref name="here"/>.</summary>
    public static LinkPolicy Site(SitePage here) => new(false, here, null, []);

    /// <summary>Links for the printed document <paramref name="here"/>, which prints the clauses <paramref name="placed"/> itself.</summary>
    public static LinkPolicy Print(SitePage here, string? baseUrl, IEnumerable<string> placed) => new(true, here, baseUrl, [.. placed]);

    public string? TargetHref(ReferenceTarget target)
    {
        if (ForPrint && target is ReferenceTarget.ClauseTarget c && PlacedClauseIds.Contains(c.Clause.Id)) return "#" + PrintAnchor(c.Clause);
        return SiteHref(SitePage.Protocol(target.Protocol.Metadata.Slug).At(target.Anchor));
    }

    public string? ClauseHref(Protocol protocol, Clause clause) => TargetHref(new ReferenceTarget.ClauseTarget(protocol, clause));

    public string? ProtocolHref(Protocol protocol) => SiteHref(SitePage.Protocol(protocol.Metadata.Slug));

    private string? SiteHref(SitePage page) => !ForPrint ? page.From(Here) : page.AbsoluteOrNull(BaseUrl);

    /// <summary>The id a printed document gives a clause it prints: its clause id, unique across authorities.</summary>
    public static string PrintAnchor(Clause clause) => clause.Id;
}
