using System.Net;
using System.Net.Sockets;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// A static web server on 127.0.0.1 that answers as GitHub Pages does, independent of SiteGen's own preview server:
/// files under <see cref="Prefix"/>, a folder redirected to its slash form and answered with its index.html, and
/// anything else 404 with the site's own 404.html.
/// </summary>
internal sealed class PagesLikeServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".json"] = "application/json",
        [".csv"] = "text/csv",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener listener;
    private readonly string folder;
    private readonly Task serving;

    private PagesLikeServer(HttpListener listener, string folder, string prefix, int port)
    {
        this.listener = listener;
        this.folder = Path.GetFullPath(folder);
        Prefix = prefix;
        Root = $"http://127.0.0.1:{port}{prefix}";
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The path the site is published under, starting and ending with "/".</summary>
    public string Prefix { get; }

    /// <summary>The site's address, ending with "/".</summary>
    public string Root { get; }

    /// <summary>Serves <paramref name="folder"/> under <paramref name="prefix"/> on a free port.</summary>
    public static PagesLikeServer Start(string folder, string prefix)
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new PagesLikeServer(listener, folder, prefix, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between the probe and the start: try another
            }
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Answer(context); }
            catch (Exception e) when (e is HttpListenerException or IOException) { /* the browser went away */ }
            finally { context.Response.Close(); }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            NotFound(context.Response);
            return;
        }

        var file = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path[Prefix.Length..])));
        if (!file.StartsWith(folder, StringComparison.Ordinal))
        {
            NotFound(context.Response);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = 301;
                context.Response.RedirectLocation = path + "/";
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            NotFound(context.Response);
            return;
        }

        Send(context.Response, 200, Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"), File.ReadAllBytes(file));
    }

    private void NotFound(HttpListenerResponse response)
    {
        var page = Path.Combine(folder, "404.html");
        Send(response, 404, Types[".html"], File.Exists(page) ? File.ReadAllBytes(page) : "Not found"u8.ToArray());
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
