namespace SiteGen.Serve;

/// <summary>Turns a raw request target into a <see cref="RequestTarget"/>; pure, so traversal rules are unit-testable.</summary>
internal static class RequestPathResolver
{
    /// <summary>Prefix of the preview's own endpoints; chosen so no generated site file can clash with it.</summary>
    public const string InternalPrefix = "/__sitegen/";

    /// <summary>Resolves <paramref name="rawUrl"/> (path and query as the client sent it, still percent-encoded).</summary>
    public static RequestTarget Resolve(string rawUrl, BasePath basePath)
    {
        // Work on the raw text: Uri normalisation would silently collapse "/a/../../x" and hide the attempt.
        var end = rawUrl.IndexOfAny(['?', '#']);
        var path = end < 0 ? rawUrl : rawUrl[..end];
        var query = end < 0 ? "" : rawUrl[end..];
        if (path.Length == 0 || path[0] != '/')
            return new RequestTarget.Rejected(400, "The request path must start with '/'.");

        if (path.StartsWith(InternalPrefix, StringComparison.Ordinal))
            return new RequestTarget.Internal(path[InternalPrefix.Length..]);

        var prefix = basePath.Value;
        if (string.Equals(path + "/", prefix, StringComparison.Ordinal))
            return new RequestTarget.Redirect(prefix + query);
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            // Opening the bare host is the common slip when a base path is set; send them to the site.
            return path == "/"
                ? new RequestTarget.Redirect(prefix)
                : new RequestTarget.Rejected(404, $"Not under the site's base path {prefix}.");
        }

        var rest = path[prefix.Length..];
        var endsWithSlash = rest.Length == 0 || rest[^1] == '/';
        var rawSegments = rest.Split('/');
        var decoded = new List<string>(rawSegments.Length);
        for (var i = 0; i < rawSegments.Length; i++)
        {
            var raw = rawSegments[i];
            if (raw.Length == 0)
            {
                if (i == rawSegments.Length - 1) break; // the trailing slash
                return new RequestTarget.Rejected(400, "Empty path segment ('//').");
            }
            var segment = Uri.UnescapeDataString(raw);
            if (segment is "." or "..")
                return new RequestTarget.Rejected(400, "Dot segments are not allowed.");
            // Encoded separators, Windows drive letters / alternate data streams and NUL could all reach outside the folder.
            if (segment.IndexOfAny(['/', '\\', ':', '\0']) >= 0)
                return new RequestTarget.Rejected(400, "Path segment contains a separator or reserved character.");
            decoded.Add(segment);
        }
        return new RequestTarget.SiteFile(string.Join('/', decoded), endsWithSlash);
    }
}
