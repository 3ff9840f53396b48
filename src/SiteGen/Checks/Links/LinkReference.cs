namespace SiteGen.Checks.Links;

/// <summary>One URL found in a page, with where it was written.</summary>
/// <param name="Url">The attribute value as the browser sees it (entities decoded, whitespace trimmed).</param>
/// <param name="Attribute">Which attribute held it, e.g. "a href", "img srcset".</param>
internal sealed record LinkReference(string Url, string Attribute, int Line, int Column);
