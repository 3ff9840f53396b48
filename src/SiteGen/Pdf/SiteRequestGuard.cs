using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using PuppeteerSharp;

namespace SiteGen.Pdf;

/// <summary>What to do with one request a page makes.</summary>
internal abstract record RequestDecision
{
    private RequestDecision() { }

    /// <summary>A file of the site: SiteGen reads it (<see cref="SiteFiles"/>) and answers with its bytes.</summary>
    public sealed record Serve(string LocalPath) : RequestDecision;

    /// <summary>Nothing is read: an inline <c>data:</c> URL within the size limit, or <c>about:blank</c>.</summary>
    public sealed record Allow : RequestDecision;

    /// <summary>Refused for <paramref name="Reason"/>, written for the user.</summary>
    public sealed record Refuse(string Reason) : RequestDecision;
}

/// <summary>A request a page made that was refused, and why.</summary>
internal sealed record RefusedRequest(string Url, string Reason);

/// <summary>The pure rule deciding which requests a page of the site may make: only files inside the site.</summary>
internal static class SiteRequestPolicy
{
    /// <summary>Longest <c>data:</c> URL a printed page may use (2 million characters, about 1.5 MB of image).</summary>
    public const int MaxDataUrlChars = 2_000_000;

    /// <summary>Decides what to do with a request for <paramref name="url"/> from a page of the site in <paramref name="siteRoot"/>.</summary>
    public static RequestDecision Decide(string url, string siteRoot, int maxDataUrlChars = MaxDataUrlChars)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return url.Length <= maxDataUrlChars
                ? new RequestDecision.Allow()
                : new RequestDecision.Refuse(string.Create(CultureInfo.InvariantCulture,
                    $"an inline data: URL of {url.Length:N0} characters, more than the {maxDataUrlChars:N0} allowed; save the image as a file in the site's assets instead"));
        }

        if (url is "about:blank" or "about:srcdoc")
        {
            return new RequestDecision.Allow();
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new RequestDecision.Refuse("not a valid address");
        }

        if (uri.Scheme != Uri.UriSchemeFile)
        {
            return new RequestDecision.Refuse(uri.Scheme is "http" or "https" or "ws" or "wss" or "ftp"
                ? $"an address on the network ({uri.Scheme}:); printing never fetches anything from a network, so copy the file into the site's assets"
                : $"a {uri.Scheme}: address; printing only reads files of the site");
        }

        if (!string.IsNullOrEmpty(uri.Host) && !string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            // "//host/x.png" in a file: page: a share on another machine (a UNC path on Windows).
            return new RequestDecision.Refuse($"a file on another machine (//{uri.Host}); printing only reads files of the site");
        }

        // The path alone: a query or fragment ("print.css?v=2") names the same file. .NET keeps a file URL's "?" in
        // its path, so both are cut from the text (a "?" or "#" in a file's name reaches here escaped, as %3F or %23).
        var end = url.IndexOfAny(['?', '#']);
        var path = new Uri(end < 0 ? url : url[..end]).LocalPath;
        return SiteFiles.IsInside(siteRoot, path)
            ? new RequestDecision.Serve(Path.GetFullPath(path))
            : new RequestDecision.Refuse("a file outside the site folder; printing only reads files of the site");
    }

    /// <summary>The Content-Type sent with a served file, from its extension.</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        ".ttf" => "font/ttf",
        ".otf" => "font/otf",
        ".txt" or ".csv" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}

/// <summary>
/// Intercepts every request of one browser page: files inside the site are read by SiteGen (regular files only, size
/// limited) and handed to the page; everything else (the network, other paths on disk, other machines' shares, large
/// data URLs) is refused at once, so it is never read and never makes the page wait. Refusals are recorded for the caller.
/// </summary>
internal sealed class SiteRequestGuard
{
    private readonly string _siteRoot;
    private readonly ConcurrentQueue<RefusedRequest> _refused = new();

    private SiteRequestGuard(string siteRoot)
    {
        _siteRoot = Path.GetFullPath(siteRoot);
    }

    /// <summary>Requests refused so far, in the order they were made.</summary>
    public IReadOnlyList<RefusedRequest> Refused => [.. _refused];

    /// <summary>Switches interception on for <paramref name="page"/> before it loads anything.</summary>
    public static async Task<SiteRequestGuard> AttachAsync(IPage page, string siteRoot)
    {
        var guard = new SiteRequestGuard(siteRoot);
        // Each handler catches its own failures, so nothing is left unobserved.
        page.Request += (_, e) => _ = guard.HandleAsync(e.Request);
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        return guard;
    }

    /// <summary>Forgets earlier refusals (a page object reused for another document).</summary>
    public void Clear() => _refused.Clear();

    private async Task HandleAsync(IRequest request)
    {
        try
        {
            switch (SiteRequestPolicy.Decide(request.Url, _siteRoot))
            {
                case RequestDecision.Allow:
                    await request.ContinueAsync().ConfigureAwait(false);
                    break;
                case RequestDecision.Refuse refuse:
                    _refused.Enqueue(new RefusedRequest(request.Url, refuse.Reason));
                    await request.AbortAsync(RequestAbortErrorCode.AccessDenied).ConfigureAwait(false);
                    break;
                case RequestDecision.Serve serve:
                    await ServeAsync(request, serve.LocalPath).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is PuppeteerException or InvalidOperationException or ObjectDisposedException)
        {
            // The page or browser went away while the request was being answered; nothing is left waiting on it.
        }
    }

    private async Task ServeAsync(IRequest request, string path)
    {
        switch (SiteFiles.TryRead(_siteRoot, path))
        {
            case SiteFileRead.Read read:
                await request.RespondAsync(new ResponseData
                {
                    Status = HttpStatusCode.OK,
                    BodyData = read.Bytes,
                    ContentType = SiteRequestPolicy.ContentType(path),
                    Headers = new Dictionary<string, object> { ["Access-Control-Allow-Origin"] = "*" },
                }).ConfigureAwait(false);
                break;
            case SiteFileRead.Missing:
                await request.AbortAsync(RequestAbortErrorCode.Failed).ConfigureAwait(false);
                break;
            case SiteFileRead.Refused refused:
                _refused.Enqueue(new RefusedRequest(request.Url, refused.Reason));
                await request.AbortAsync(RequestAbortErrorCode.AccessDenied).ConfigureAwait(false);
                break;
        }
    }
}
