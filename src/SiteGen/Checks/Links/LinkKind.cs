namespace SiteGen.Checks.Links;

/// <summary>What sort of URL a link is, decided from its text alone.</summary>
internal abstract record LinkKind
{
    private LinkKind() { }

    /// <summary>Nothing to check: data:, javascript:, blob:, about:.</summary>
    public sealed record Ignored : LinkKind;
    /// <summary>Leaves the site (http:, https:, mailto:, tel:, …): listed, not fetched.</summary>
    public sealed record External : LinkKind;
    /// <summary>file: URL or a Windows drive path: points at one machine's disk.</summary>
    public sealed record LocalFile : LinkKind;
    /// <summary>"//host/path": inherits file: when the site is opened from a share.</summary>
    public sealed record ProtocolRelative : LinkKind;
    /// <summary>"/path": relative to the host root rather than the site.</summary>
    public sealed record RootAbsolute(string Path, string? Fragment) : LinkKind;
    /// <summary>Contains '\', which browsers on other systems do not treat as a separator.</summary>
    public sealed record Backslash : LinkKind;
    /// <summary>A path relative to the page (empty for "#x" or "?q", which stay on the page), percent-decoded.</summary>
    public sealed record Relative(string Path, string? Fragment) : LinkKind;
}
