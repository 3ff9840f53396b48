using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// Where a rendered report's references point. On the site every citation links to the clause on its authority's
/// page. A printed document is read as a PDF, where a relative link would point into the printing machine's disk:
/// there a citation links to the clause inside the same document if the document prints it, else to the published
/// site when <c>baseUrl</c> is set, else it is plain text.
/// </summary>
internal sealed record LinkPolicy(bool ForPrint, string Root, string? BaseUrl, ImmutableHashSet<string> PlacedClauseIds)
{
    /// <summary>Links for a site page whose path is <paramref name="root"/> below the site root (e.g. "../").</summary>
    public static LinkPolicy Site(string root) => new(false, root, null, []);

    /// <summary>Links for a printed document that prints the clauses <paramref name="placed"/> itself.</summary>
    public static LinkPolicy Print(string? baseUrl, IEnumerable<string> placed) => new(true, "", baseUrl, [.. placed]);

    public string? TargetHref(ReferenceTarget target)
    {
        if (ForPrint && target is ReferenceTarget.ClauseTarget c && PlacedClauseIds.Contains(c.Clause.Id)) return "#" + PrintAnchor(c.Clause);
        return SiteHref($"protocols/{target.Protocol.Metadata.Slug}.html#{target.Anchor}");
    }

    public string? ClauseHref(Protocol protocol, Clause clause) => TargetHref(new ReferenceTarget.ClauseTarget(protocol, clause));

    public string? ProtocolHref(Protocol protocol) => SiteHref($"protocols/{protocol.Metadata.Slug}.html");

    private string? SiteHref(string path) => !ForPrint ? Root + path : BaseUrl is null ? null : BaseUrl + path;

    /// <summary>The id a printed document gives a clause it prints: its clause id, unique across authorities.</summary>
    public static string PrintAnchor(Clause clause) => clause.Id;
}
