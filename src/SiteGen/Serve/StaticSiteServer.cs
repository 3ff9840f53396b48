using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Serve;

/// <summary>
/// Serves the hub's current site folder over HTTP on the loopback interface only, injecting the live-reload
/// script into HTML responses and streaming build changes as Server-Sent Events.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly HttpListener _listener;
    private readonly PreviewStateHub _hub;
    private readonly BasePath _basePath;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private int _disposed;

    private StaticSiteServer(HttpListener listener, PreviewStateHub hub, BasePath basePath, Uri rootUrl)
    {
        _listener = listener;
        _hub = hub;
        _basePath = basePath;
        RootUrl = rootUrl;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The host root, e.g. <c>http://127.0.0.1:5173/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>Where the site starts (the root plus the base path): the address to open in a browser.</summary>
    public Uri SiteUrl => new(RootUrl, _basePath.Value);

    /// <summary>Starts listening on 127.0.0.1; <paramref name="port"/> 0 picks a free port.</summary>
    public static StaticSiteServer Start(PreviewStateHub hub, BasePath basePath, int port = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        // A free port can be taken by someone else between probing and binding; retry a few times then give up.
        const int attempts = 10;
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port == 0 ? ProbeFreeLoopbackPort() : port;
            var host = HostForPrefix();
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://{host}:{chosen}/"));
            // A browser sent to localhost:PORT sends "Host: localhost:PORT"; the listener matches prefixes by host name,
            // so without this it answered 404. "localhost" binds the loopback address too, never another interface.
            if (host != "localhost") listener.Prefixes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://localhost:{chosen}/"));
            try
            {
                listener.Start();
                return new StaticSiteServer(listener, hub, basePath,
                    new Uri(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://{host}:{chosen}/")));
            }
            catch (HttpListenerException) when (port == 0 && attempt < attempts)
            {
                listener.Close();
            }
            catch (HttpListenerException ex)
            {
                listener.Close();
                throw new IOException(port == 0
                    ? "Could not find a free port on 127.0.0.1 for the preview server."
                    : $"Port {port} on 127.0.0.1 is already in use or not allowed ({ex.Message}). Choose another port, or 0 for any free one.", ex);
            }
        }
    }

    // Windows' http.sys lets a non-administrator listen on "localhost" prefixes only (which it binds to loopback);
    // elsewhere the managed listener binds exactly the literal address we give it.
    private static string HostForPrefix() => OperatingSystem.IsWindows() ? "localhost" : "127.0.0.1";

    private static int ProbeFreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try { return ((IPEndPoint)probe.LocalEndpoint).Port; }
        finally { probe.Stop(); }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => HandleSafelyAsync(context));
        }
    }

    private async Task HandleSafelyAsync(HttpListenerContext context)
    {
        try
        {
            await HandleAsync(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // The build folder was swapped and cleared between locating the file and opening it: a reload fixes it.
            TrySendError(context.Response, 404, "The page changed while it was being sent; reload.");
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away mid-response (closed tab, reload); nothing to tell anyone.
        }
        catch (Exception ex)
        {
            // Nobody awaits this task, so an escaping exception would vanish; say it in the browser instead.
            TrySendError(context.Response, 500, $"The preview server failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            try { context.Response.Close(); } catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    private static void TrySendError(HttpListenerResponse response, int status, string message)
    {
        try
        {
            var body = Encoding.UTF8.GetBytes(message);
            response.StatusCode = status; // throws once headers have gone out; then there is nothing left to do
            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpListenerException or IOException or ObjectDisposedException or ProtocolViolationException)
        {
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers["Cache-Control"] = "no-store"; // a preview must never show yesterday's build from cache
        response.Headers["X-Content-Type-Options"] = "nosniff";

        var isHead = request.HttpMethod == "HEAD";
        if (!isHead && request.HttpMethod != "GET")
        {
            response.Headers["Allow"] = "GET, HEAD";
            await WriteTextAsync(response, 405, "text/plain; charset=utf-8", "Only GET and HEAD are supported.", isHead).ConfigureAwait(false);
            return;
        }

        var state = _hub.Current;
        switch (RequestPathResolver.Resolve(request.RawUrl ?? "", _basePath))
        {
            case RequestTarget.Rejected rejected:
                await WriteTextAsync(response, rejected.StatusCode, "text/plain; charset=utf-8", rejected.Reason, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Redirect redirect:
                response.RedirectLocation = redirect.Location;
                await WriteTextAsync(response, 302, "text/plain; charset=utf-8", "Moved to " + redirect.Location, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Internal { Name: "events" }:
                await StreamEventsAsync(response, state).ConfigureAwait(false);
                return;
            case RequestTarget.Internal { Name: "live-reload.js" }:
                await WriteTextAsync(response, 200, "text/javascript; charset=utf-8", LiveReloadMarkup.Script, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Internal:
                await WriteTextAsync(response, 404, "text/plain; charset=utf-8", "Unknown preview endpoint.", isHead).ConfigureAwait(false);
                return;
            case RequestTarget.SiteFile file:
                await ServeSiteFileAsync(request, response, file, state, isHead).ConfigureAwait(false);
                return;
        }
    }

    private async Task ServeSiteFileAsync(HttpListenerRequest request, HttpListenerResponse response, RequestTarget.SiteFile file, PreviewState state, bool isHead)
    {
        if (!state.HasSite)
        {
            // No build has ever succeeded: show the errors on every URL and reload once a save fixes them.
            var page = LiveReloadMarkup.StandalonePage("The site has not been built yet",
                state.HasErrors ? "The first build failed." : "The first build is still running.");
            await WriteHtmlAsync(response, 503, Encoding.UTF8.GetBytes(page), state, isHead).ConfigureAwait(false);
            return;
        }

        if (state.Files is { } memory)
        {
            var found = memory.Locate(file);
            if (found.IsFolder) await RedirectToFolderAsync(request, response, isHead).ConfigureAwait(false);
            else if (found.File is { } hit) await ServeBytesAsync(response, hit.Path, hit.Content, state, isHead).ConfigureAwait(false);
            else await ServeNotFoundAsync(response, state, _basePath, isHead).ConfigureAwait(false);
            return;
        }

        var located = SiteFileLocator.Locate(state.SiteFolder!, file);
        switch (located)
        {
            case SiteFileLocation.Found found:
                await ServeFileAsync(response, found.FullPath, state, isHead).ConfigureAwait(false);
                return;
            case SiteFileLocation.IsFolder:
                await RedirectToFolderAsync(request, response, isHead).ConfigureAwait(false);
                return;
            default:
                await ServeNotFoundAsync(response, state, _basePath, isHead).ConfigureAwait(false);
                return;
        }
    }

    // Without the slash, relative links on the folder's index page would resolve one level too high.
    private static async Task RedirectToFolderAsync(HttpListenerRequest request, HttpListenerResponse response, bool isHead)
    {
        var raw = request.RawUrl ?? "/";
        var queryAt = raw.IndexOf('?', StringComparison.Ordinal);
        response.RedirectLocation = queryAt < 0 ? raw + "/" : raw[..queryAt] + "/" + raw[queryAt..];
        await WriteTextAsync(response, 301, "text/plain; charset=utf-8", "Moved to " + response.RedirectLocation, isHead).ConfigureAwait(false);
    }

    private static async Task ServeBytesAsync(HttpListenerResponse response, string path, byte[] content, PreviewState state, bool isHead)
    {
        var contentType = MimeTypes.For(path);
        if (MimeTypes.IsHtml(contentType)) await WriteHtmlAsync(response, 200, content, state, isHead).ConfigureAwait(false);
        else await WriteBytesAsync(response, 200, contentType, content, isHead).ConfigureAwait(false);
    }

    private static async Task ServeNotFoundAsync(HttpListenerResponse response, PreviewState state, BasePath basePath, bool isHead)
    {
        // GitHub Pages serves the site's own 404.html; do the same so the preview matches what users will see. It is
        // sent for a missing address at any depth, so its relative links are anchored at the site's root with a base.
        var custom = state.Files is { } memory ? memory.Get("404.html")
            : Path.Combine(state.SiteFolder!, "404.html") is var file && File.Exists(file) ? await File.ReadAllBytesAsync(file).ConfigureAwait(false) : null;
        var body = custom is not null
            ? HtmlInjection.InsertBase(custom, basePath.Value)
            : Encoding.UTF8.GetBytes(LiveReloadMarkup.StandalonePage("Page not found", "There is no page at this address in the current build."));
        await WriteHtmlAsync(response, 404, body, state, isHead).ConfigureAwait(false);
    }

    private static async Task ServeFileAsync(HttpListenerResponse response, string fullPath, PreviewState state, bool isHead)
    {
        var contentType = MimeTypes.For(fullPath);
        if (MimeTypes.IsHtml(contentType))
        {
            await WriteHtmlAsync(response, 200, await File.ReadAllBytesAsync(fullPath).ConfigureAwait(false), state, isHead).ConfigureAwait(false);
            return;
        }
        await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        response.StatusCode = 200;
        response.ContentType = contentType;
        response.ContentLength64 = stream.Length;
        if (!isHead) await stream.CopyToAsync(response.OutputStream).ConfigureAwait(false);
    }

    private static async Task WriteHtmlAsync(HttpListenerResponse response, int status, byte[] html, PreviewState state, bool isHead)
    {
        var body = HtmlInjection.InsertBeforeBodyEnd(html, LiveReloadMarkup.Snippet(state));
        await WriteBytesAsync(response, status, "text/html; charset=utf-8", body, isHead).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(HttpListenerResponse response, int status, string contentType, string text, bool isHead) =>
        WriteBytesAsync(response, status, contentType, Encoding.UTF8.GetBytes(text), isHead);

    private static async Task WriteBytesAsync(HttpListenerResponse response, int status, string contentType, byte[] body, bool isHead)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!isHead) await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
    }

    private async Task StreamEventsAsync(HttpListenerResponse response, PreviewState state)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        var output = response.OutputStream;
        var token = state.Token;
        // Send the current token at once: a page served just before a rebuild learns here that it is stale.
        await WriteEventAsync(output, "retry: 1000\n\n" + StateEvent(token)).ConfigureAwait(false);
        while (!_stopping.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            wait.CancelAfter(HeartbeatInterval);
            try
            {
                var next = await _hub.WaitForChangeAsync(token, wait.Token).ConfigureAwait(false);
                token = next.Token;
                await WriteEventAsync(output, StateEvent(token)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
            {
                // Heartbeat: the write fails once the browser has gone, which ends this stream.
                await WriteEventAsync(output, ": keep-alive\n\n").ConfigureAwait(false);
            }
        }
    }

    private static string StateEvent(string token) => "event: state\ndata: " + token + "\n\n";

    private static async Task WriteEventAsync(Stream output, string text)
    {
        await output.WriteAsync(Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Stops listening and ends open event streams.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try { _listener.Stop(); } catch (ObjectDisposedException) { }
        try { await _acceptLoop.ConfigureAwait(false); } catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { }
        // _stopping is left undisposed on purpose: event streams still unwinding read its token.
        // On Linux the managed listener's Close can touch the port again after Stop and fail if another
        // process has taken it meanwhile; the server is already stopped, so that failure is harmless.
        try { _listener.Close(); } catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or SocketException) { }
    }
}
