using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Serve;

/// <summary>
/// Serves the hub's current site (from memory, or a folder) over HTTP on the loopback interface only, with ASP.NET
/// Core's Kestrel: the live-reload script is injected into HTML responses and build changes are streamed to open
/// pages as server-sent events. Only requests addressed to a loopback name (127.0.0.1, localhost, [::1]) are
/// answered, so a web page elsewhere cannot reach the preview by pointing a name of its own at 127.0.0.1.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly PreviewStateHub _hub;
    private readonly BasePath _basePath;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private StaticSiteServer(WebApplication app, PreviewStateHub hub, BasePath basePath, CancellationTokenSource stopping, Uri rootUrl)
    {
        _app = app;
        _hub = hub;
        _basePath = basePath;
        _stopping = stopping;
        RootUrl = rootUrl;
    }

    /// <summary>The host root, e.g. <c>http://127.0.0.1:5173/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>Where the site starts (the root plus the base path): the address to open in a browser.</summary>
    public Uri SiteUrl => new(RootUrl, _basePath.Value);

    /// <summary>Starts listening on 127.0.0.1; <paramref name="port"/> 0 lets the system pick a free port.</summary>
    public static StaticSiteServer Start(PreviewStateHub hub, BasePath basePath, int port = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        // The empty builder: no configuration files, no console logging (serve prints its own lines), Kestrel alone.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        StaticSiteServer? server = null;
        app.Run(context => server!.HandleSafelyAsync(context));
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            (app as IAsyncDisposable).DisposeAsync().AsTask().GetAwaiter().GetResult();
            stopping.Dispose();
            throw new IOException(port == 0
                ? "Could not find a free port on 127.0.0.1 for the preview server."
                : $"Port {port} on 127.0.0.1 is already in use or not allowed ({ex.Message}). Choose another port, or 0 for any free one.", ex);
        }
        // Kestrel knows the port it was given when it was asked for any (0).
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).FirstOrDefault()?.Port ?? port;
        server = new StaticSiteServer(app, hub, basePath, stopping,
            new Uri(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://{(OperatingSystem.IsWindows() ? "localhost" : "127.0.0.1")}:{bound}/")));
        return server;
    }

    private static bool IsLoopbackName(HostString host) =>
        host.Host is var name && (name == "127.0.0.1" || name == "[::1]" || string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase));

    private async Task HandleSafelyAsync(HttpContext context)
    {
        try
        {
            await HandleAsync(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // The build folder was swapped and cleared between locating the file and opening it: a reload fixes it.
            await TrySendErrorAsync(context.Response, 404, "The page changed while it was being sent; reload.").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away mid-response (closed tab, reload); nothing to tell anyone.
        }
        catch (Exception ex)
        {
            // Say it in the browser rather than as a stack trace on the console.
            await TrySendErrorAsync(context.Response, 500, $"The preview server failed: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
    }

    private static async Task TrySendErrorAsync(HttpResponse response, int status, string message)
    {
        if (response.HasStarted) return; // the headers have gone out; there is nothing left to do
        try
        {
            await WriteTextAsync(response, status, "text/plain; charset=utf-8", message, isHead: false).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store"; // a preview must never show yesterday's build from cache
        response.Headers.XContentTypeOptions = "nosniff";

        var isHead = HttpMethods.IsHead(request.Method);
        if (!IsLoopbackName(request.Host))
        {
            await WriteTextAsync(response, 400, "text/plain; charset=utf-8", "The preview answers only to 127.0.0.1 and localhost.", isHead).ConfigureAwait(false);
            return;
        }
        if (!isHead && !HttpMethods.IsGet(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteTextAsync(response, 405, "text/plain; charset=utf-8", "Only GET and HEAD are supported.", isHead).ConfigureAwait(false);
            return;
        }

        var state = _hub.Current;
        // The target exactly as sent, percent-escapes and all: the resolver refuses encoded traversal itself.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        switch (RequestPathResolver.Resolve(raw, _basePath))
        {
            case RequestTarget.Rejected rejected:
                await WriteTextAsync(response, rejected.StatusCode, "text/plain; charset=utf-8", rejected.Reason, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Redirect redirect:
                response.Headers.Location = redirect.Location;
                await WriteTextAsync(response, 302, "text/plain; charset=utf-8", "Moved to " + redirect.Location, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Internal { Name: "events" }:
                await StreamEventsAsync(context, state).ConfigureAwait(false);
                return;
            case RequestTarget.Internal { Name: "live-reload.js" }:
                await WriteTextAsync(response, 200, "text/javascript; charset=utf-8", LiveReloadMarkup.Script, isHead).ConfigureAwait(false);
                return;
            case RequestTarget.Internal:
                await WriteTextAsync(response, 404, "text/plain; charset=utf-8", "Unknown preview endpoint.", isHead).ConfigureAwait(false);
                return;
            case RequestTarget.SiteFile file:
                await ServeSiteFileAsync(raw, response, file, state, isHead).ConfigureAwait(false);
                return;
        }
    }

    private async Task ServeSiteFileAsync(string raw, HttpResponse response, RequestTarget.SiteFile file, PreviewState state, bool isHead)
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
            if (found.IsFolder) await RedirectToFolderAsync(raw, response, isHead).ConfigureAwait(false);
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
                await RedirectToFolderAsync(raw, response, isHead).ConfigureAwait(false);
                return;
            default:
                await ServeNotFoundAsync(response, state, _basePath, isHead).ConfigureAwait(false);
                return;
        }
    }

    // Without the slash, relative links on the folder's index page would resolve one level too high.
    private static async Task RedirectToFolderAsync(string raw, HttpResponse response, bool isHead)
    {
        var queryAt = raw.IndexOf('?', StringComparison.Ordinal);
        var location = queryAt < 0 ? raw + "/" : raw[..queryAt] + "/" + raw[queryAt..];
        response.Headers.Location = location;
        await WriteTextAsync(response, 301, "text/plain; charset=utf-8", "Moved to " + location, isHead).ConfigureAwait(false);
    }

    private static async Task ServeBytesAsync(HttpResponse response, string path, byte[] content, PreviewState state, bool isHead)
    {
        var contentType = MimeTypes.For(path);
        if (MimeTypes.IsHtml(contentType)) await WriteHtmlAsync(response, 200, content, state, isHead).ConfigureAwait(false);
        else await WriteBytesAsync(response, 200, contentType, content, isHead).ConfigureAwait(false);
    }

    private static async Task ServeNotFoundAsync(HttpResponse response, PreviewState state, BasePath basePath, bool isHead)
    {
        // GitHub Pages serves the site's own 404.html; do the same so the preview matches what users will see. It is
        // sent for a missing address at any depth, so its relative links are anchored at the site's root with a base.
        var custom = state.Files is { } memory ? memory.Get(Model.SitePage.NotFound.Path)
            : Path.Combine(state.SiteFolder!, Model.SitePage.NotFound.Path) is var file && File.Exists(file) ? await File.ReadAllBytesAsync(file).ConfigureAwait(false) : null;
        var body = custom is not null
            ? HtmlInjection.InsertBase(custom, basePath.Value)
            : Encoding.UTF8.GetBytes(LiveReloadMarkup.StandalonePage("Page not found", "There is no page at this address in the current build."));
        await WriteHtmlAsync(response, 404, body, state, isHead).ConfigureAwait(false);
    }

    private static async Task ServeFileAsync(HttpResponse response, string fullPath, PreviewState state, bool isHead)
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
        response.ContentLength = stream.Length;
        if (!isHead) await stream.CopyToAsync(response.Body).ConfigureAwait(false);
    }

    private static async Task WriteHtmlAsync(HttpResponse response, int status, byte[] html, PreviewState state, bool isHead)
    {
        var body = HtmlInjection.InsertBeforeBodyEnd(html, LiveReloadMarkup.Snippet(state));
        await WriteBytesAsync(response, status, "text/html; charset=utf-8", body, isHead).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(HttpResponse response, int status, string contentType, string text, bool isHead) =>
        WriteBytesAsync(response, status, contentType, Encoding.UTF8.GetBytes(text), isHead);

    private static async Task WriteBytesAsync(HttpResponse response, int status, string contentType, byte[] body, bool isHead)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!isHead) await response.Body.WriteAsync(body).ConfigureAwait(false);
    }

    private async Task StreamEventsAsync(HttpContext context, PreviewState state)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        var output = response.Body;
        var token = state.Token;
        // Send the current token at once: a page served just before a rebuild learns here that it is stale.
        await WriteEventAsync(output, "retry: 1000\n\n" + StateEvent(token)).ConfigureAwait(false);
        while (!ended.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
            wait.CancelAfter(HeartbeatInterval);
            try
            {
                var next = await _hub.WaitForChangeAsync(token, wait.Token).ConfigureAwait(false);
                token = next.Token;
                await WriteEventAsync(output, StateEvent(token)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ended.IsCancellationRequested)
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

    /// <summary>Ends open event streams, then stops the server (waiting briefly for responses under way).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        // _stopping is left undisposed on purpose: event streams still unwinding read its token.
    }
}
