namespace SiteGen.Presentation;

/// <summary>Which link targets content may carry, wherever Markdown from a report or protocol is written out.</summary>
internal static class SafeUrls
{
    /// <summary>javascript:, data:, vbscript: and other schemes could run code when clicked on an intranet page.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = new string(url.Where(ch => !char.IsWhiteSpace(ch) && !char.IsControl(ch)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // the colon is in a path or query, not a scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }
}
