namespace SiteGen.Model;

/// <summary>Site-wide settings from <c>site.json</c>.</summary>
/// <param name="BaseUrl">Absolute URL where the site is published (for canonical links and the sitemap); pages link relatively either way.</param>
/// <param name="Language">BCP 47 language of the content, e.g. en-GB.</param>
/// <param name="Owner">The organisation publishing the site, shown in the footer.</param>
/// <param name="Strict">Warnings fail the build too, for sites that must publish nothing with a known problem (duplicate or backwards numbering, text kept with the wrong clause, …).</param>
internal sealed record SiteConfig(
    string Title,
    string Description,
    string? BaseUrl,
    string Language,
    string Owner,
    string ContentDir,
    string TemplatesDir,
    string OutputDir,
    bool Strict = false);
