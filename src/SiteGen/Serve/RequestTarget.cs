namespace SiteGen.Serve;

/// <summary>What a request URL asks for, decided before touching the disk.</summary>
internal abstract record RequestTarget
{
    private RequestTarget() { }

    /// <summary>A path inside the site: decoded segments joined by '/', and whether the URL ended in '/'.</summary>
    public sealed record SiteFile(string RelativePath, bool EndsWithSlash) : RequestTarget;

    /// <summary>One of the preview's own endpoints under <c>/__sitegen/</c>.</summary>
    public sealed record Internal(string Name) : RequestTarget;

    /// <summary>The browser should go to <paramref name="Location"/> instead (e.g. "/repo" to "/repo/").</summary>
    public sealed record Redirect(string Location) : RequestTarget;

    /// <summary>Refused without touching the disk: 400 for malformed or traversal paths, 404 outside the base path.</summary>
    public sealed record Rejected(int StatusCode, string Reason) : RequestTarget;
}
