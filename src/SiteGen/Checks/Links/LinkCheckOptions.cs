namespace SiteGen.Checks.Links;

/// <summary>Knobs for the link checker.</summary>
/// <param name="AllowFolderLinks">Accept links to a folder (served as its index.html by web servers) instead of
/// reporting them; leave false when the site must also work opened from a file share.</param>
internal sealed record LinkCheckOptions(bool AllowFolderLinks = false);
