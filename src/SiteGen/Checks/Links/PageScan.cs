namespace SiteGen.Checks.Links;

/// <summary>What the link checker needs from one parsed page: the anchors it offers and the URLs it uses.</summary>
/// <param name="RelativePath">Path from the site root with '/' separators.</param>
/// <param name="Anchors">Every id, plus the name of every &lt;a name&gt;: what a #fragment can land on.</param>
/// <param name="BaseElementLine">Line of a &lt;base href&gt; element, or 0 when the page has none.</param>
internal sealed record PageScan(string RelativePath, IReadOnlySet<string> Anchors, IReadOnlyList<LinkReference> Links, int BaseElementLine);
