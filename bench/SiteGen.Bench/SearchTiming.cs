using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using PuppeteerSharp;
using SiteGen.Pdf;

namespace SiteGen.Bench;

/// <summary>
/// The scale benchmark's search figures (never run by the tests): opens a built site's search in headless Chromium,
/// started through <see cref="ChromiumLaunch"/> like every other browser SiteGen and its tests use, and measures when
/// the first results were on screen and how many bytes, gzipped, the page had loaded by then and once it settled.
/// <list type="bullet">
/// <item>server: a local HTTP server that gzips every response (as GitHub Pages does) and counts the bytes it sends.</item>
/// <item>file: the site opened from file://; bytes are each loaded file's gzip size, for comparison.</item>
/// </list>
/// sitegen opens search.html?q=…; pagefind opens pagefind-bench.html?q=…, a page that runs Pagefind's own API and
/// shows the first 20 results' titles and excerpts.
/// </summary>
internal static class SearchTiming
{
    internal sealed record Figures(bool Ok, int Ms, long Bytes, long SearchBytes, int Files, int Results, string? Error, long SettledBytes = 0, int SettledFiles = 0)
    {
        public string Describe() => Ok
            ? $"first results {Ms} ms after navigation, {Results:N0} results; by then {Files} files, {Bytes / 1024.0:0.0} KB gzip ({SearchBytes / 1024.0:0.0} KB of it search data); settled: {SettledFiles} files, {SettledBytes / 1024.0:0.0} KB"
            : "failed: " + Error;

        public static Figures Failed(string error) => new(false, 0, 0, 0, 0, 0, error);
    }

    private static readonly TimeSpan ResultsTimeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html",
        [".js"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>Times one search; a browser that will not start or a page that shows no results is a failed figure, not an exception.</summary>
    public static Figures Run(string siteOut, string engine, string via, string query)
    {
        try
        {
            return Task.Run(() => RunAsync(Path.GetFullPath(siteOut), engine, via, query)).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return Figures.Failed(e.Message.Split('\n')[0].Trim());
        }
    }

    private static async Task<Figures> RunAsync(string site, string engine, string via, string query)
    {
        var lookup = ChromiumLocator.Locate();
        if (lookup is not ChromiumLookup.Found { ExecutablePath: var executable }) return Figures.Failed(((ChromiumLookup.NotFound)lookup).Message);
        var pageName = engine == "pagefind" ? "pagefind-bench.html" : "search.html";
        using var server = via == "server" ? GzipServer.Start(site) : null;
        var root = server?.Root ?? new Uri(site + "/").AbsoluteUri;
        var profile = Directory.CreateTempSubdirectory("sitegen-bench-chromium-");
        try
        {
            var browser = await ChromiumLaunch.StartAsync(executable, profile.FullName, TimeSpan.FromSeconds(60), CancellationToken.None, reachLoopback: true);
            try
            {
                var page = await browser.NewPageAsync();
                var errors = new ConcurrentQueue<string>();
                page.PageError += (_, e) => errors.Enqueue(e.Message);
                page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) errors.Enqueue(e.Message.Text); };
                var requested = new ConcurrentQueue<string>();
                page.Request += (_, e) => requested.Enqueue(e.Request.Url);
                await page.GoToAsync(root + pageName + "?q=" + Uri.EscapeDataString(query), new NavigationOptions { Timeout = (int)ResultsTimeout.TotalMilliseconds });
                var done = engine == "pagefind"
                    ? "() => document.body.hasAttribute('data-done')"
                    : "(q) => document.getElementById('search').getAttribute('data-results-for') === q && document.querySelectorAll('#search-results > li').length > 0";
                try
                {
                    await page.WaitForFunctionAsync(done, new WaitForFunctionOptions { Timeout = (int)ResultsTimeout.TotalMilliseconds }, query);
                }
                catch (Exception e) when (e is WaitTaskTimeoutException or TimeoutException)
                {
                    return Figures.Failed("no results within 60 s" + (errors.IsEmpty ? "" : ": " + string.Join(" | ", errors.Take(3))));
                }

                var atResults = requested.ToList();
                var sentAtResults = server?.Sent.ToList();
                var timingJson = await page.EvaluateFunctionAsync<string>(
                    """
                    (engine) => {
                      const mark = performance.getEntriesByName(engine === 'pagefind' ? 'first-results' : 'sitegen-search-first-results')[0];
                      const nav = performance.getEntriesByType('navigation')[0];
                      return JSON.stringify({
                        firstResults: mark ? mark.startTime : null,
                        results: engine === 'pagefind' ? Number(document.body.getAttribute('data-done')) : Number((/^(\d+)/.exec(document.getElementById('search-status').textContent) || [0, 0])[1]),
                      });
                    }
                    """, engine);
                using var timing = JsonDocument.Parse(timingJson);
                var firstResults = timing.RootElement.GetProperty("firstResults");
                if (firstResults.ValueKind != JsonValueKind.Number)
                    return Figures.Failed("results showed but the page set no first-results performance mark");
                var ms = (int)Math.Round(firstResults.GetDouble());
                var results = (int)timing.RootElement.GetProperty("results").GetDouble();

                // Bytes by the time the first results showed, and once the page had settled (facet counts come after the results).
                try { await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { Timeout = 30_000 }); }
                catch (Exception e) when (e is WaitTaskTimeoutException or TimeoutException) { }
                var searchFolder = engine == "pagefind" ? "/pagefind/" : "/search/";
                var first = Measure(site, atResults, sentAtResults, searchFolder);
                var settled = Measure(site, requested.ToList(), server?.Sent.ToList(), searchFolder);
                return new Figures(true, ms, first.Bytes, first.SearchBytes, first.Files, results, null, settled.Bytes, settled.Files);
            }
            finally
            {
                await browser.CloseAsync();
            }
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static (int Files, long Bytes, long SearchBytes) Measure(string site, List<string> urls, List<(string Path, long Bytes)>? sent, string searchFolder)
    {
        var files = sent ?? urls
            .Where(u => u.StartsWith("file://", StringComparison.Ordinal))
            .Select(u => Uri.UnescapeDataString(new Uri(u).AbsolutePath)[site.Length..])
            .Select(p => (Path: p, Bytes: GzipSize(Path.Combine(site, p.TrimStart('/')))))
            .ToList();
        return (files.Count, files.Sum(f => f.Bytes), files.Where(f => f.Path.StartsWith(searchFolder, StringComparison.Ordinal)).Sum(f => f.Bytes));
    }

    private static readonly ConcurrentDictionary<string, long> GzipSizes = new();

    private static long GzipSize(string file) => GzipSizes.GetOrAdd(file, f => Gzip(File.ReadAllBytes(f)).Length);

    private static byte[] Gzip(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(body);
        return buffer.ToArray();
    }

    /// <summary>Serves the site on 127.0.0.1, gzipping each response a client accepts gzip for, and records the bytes sent per path.</summary>
    private sealed class GzipServer : IDisposable
    {
        private readonly HttpListener listener;
        private readonly string site;
        private readonly ConcurrentQueue<(string Path, long Bytes)> sent = new();

        private GzipServer(HttpListener listener, string site, string root)
        {
            this.listener = listener;
            this.site = site;
            Root = root;
        }

        public string Root { get; }

        public IEnumerable<(string Path, long Bytes)> Sent => sent;

        public static GzipServer Start(string site)
        {
            var port = FreePort();
            var root = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(root);
            listener.Start();
            var server = new GzipServer(listener, site, root);
            _ = Task.Run(server.AcceptAsync);
            return server;
        }

        private async Task AcceptAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                _ = Task.Run(() => Answer(context));
            }
        }

        private void Answer(HttpListenerContext context)
        {
            var response = context.Response;
            try
            {
                var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
                var file = Path.GetFullPath(Path.Combine(site, path.TrimStart('/')));
                if (!file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
                {
                    response.StatusCode = 404;
                    return;
                }

                var body = File.ReadAllBytes(file);
                response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
                if ((context.Request.Headers["Accept-Encoding"] ?? "").Split(',').Any(e => e.Trim().StartsWith("gzip", StringComparison.OrdinalIgnoreCase)))
                {
                    body = Gzip(body);
                    response.AddHeader("Content-Encoding", "gzip");
                }

                sent.Enqueue((path, body.Length));
                response.ContentLength64 = body.Length;
                response.OutputStream.Write(body);
            }
            catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException) { }
            finally
            {
                try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
            }
        }

        private static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose()
        {
            try { listener.Stop(); listener.Close(); } catch (ObjectDisposedException) { }
        }
    }
}
