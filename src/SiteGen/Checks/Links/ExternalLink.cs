namespace SiteGen.Checks.Links;

/// <summary>A link leaving the site (http, https, mailto, tel…), listed for a person to review; never fetched.</summary>
internal sealed record ExternalLink(string Url, string File, int Line, int Column);
