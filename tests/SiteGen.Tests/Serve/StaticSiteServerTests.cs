using System.Net;
using System.Text;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private string _site = "";
    private const string IndexHtml = "<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><p>Welcome</p></body></html>";

    public Task InitializeAsync()
    {
        _site = Path.Combine(_temp.Path, "site");
        _temp.Write("site/index.html", IndexHtml);
        _temp.Write("site/style.css", "body{color:#111}");
        _temp.Write("site/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _temp.Write("site/search-index.json", "{}");
        _temp.Write("site/data.bin", "x");
        _temp.Write("site/protocols/index.html", "<html><body><p>All protocols</p></body></html>");
        _temp.Write("site/protocols/hackney.html", "<html><body><p>Hackney</p></body></html>");
        _temp.Write("secret.txt", "TOP-SECRET");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Serves_index_html_for_the_root_with_the_reload_script_injected_but_leaves_the_file_alone()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        Assert.Equal(OperatingSystem.IsWindows() ? "localhost" : "127.0.0.1", server.RootUrl.Host);

        using var response = await _http.GetAsync(server.SiteUrl);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><p>Welcome</p><script src=\"/__sitegen/live-reload.js\"", body, StringComparison.Ordinal);
        Assert.EndsWith("</script></body></html>", body, StringComparison.Ordinal);
        Assert.Equal(IndexHtml, await File.ReadAllTextAsync(Path.Combine(_site, "index.html")));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        using var script = await _http.GetAsync(new Uri(server.RootUrl, LiveReloadMarkup.ScriptPath));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("style.css", "text/css", "body{color:#111}")]
    [InlineData("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("search-index.json", "application/json", "{}")]
    [InlineData("data.bin", "application/octet-stream", "x")]
    public async Task Sends_other_files_unchanged_with_their_content_type(string file, string mediaType, string content)
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        using var response = await _http.GetAsync(new Uri(server.SiteUrl, file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redirects_a_folder_without_slash_then_serves_its_index()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        using var redirect = await _http.GetAsync(new Uri(server.SiteUrl, "protocols?x=1"));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/protocols/?x=1", redirect.Headers.Location?.OriginalString);

        using var index = await _http.GetAsync(new Uri(server.SiteUrl, "protocols/"));
        Assert.Contains("All protocols", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_pages_get_404_with_the_sites_own_404_page_when_it_has_one()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        using (var builtIn = await _http.GetAsync(new Uri(server.SiteUrl, "nope.html")))
        {
            Assert.Equal(HttpStatusCode.NotFound, builtIn.StatusCode);
            Assert.Contains("Page not found", await builtIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var fileAsFolder = await _http.GetAsync(new Uri(server.SiteUrl, "index.html/")))
            Assert.Equal(HttpStatusCode.NotFound, fileAsFolder.StatusCode);

        _temp.Write("site/404.html", "<html><body><p>Our own not-found page</p></body></html>");
        using var custom = await _http.GetAsync(new Uri(server.SiteUrl, "nope.html"));
        Assert.Equal(HttpStatusCode.NotFound, custom.StatusCode);
        var body = await custom.Content.ReadAsStringAsync();
        Assert.Contains("Our own not-found page", body, StringComparison.Ordinal);
        Assert.Contains(LiveReloadMarkup.ScriptPath, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_404_page_served_deep_under_a_base_path_resolves_its_relative_links_from_the_site_root()
    {
        // A built 404.html links "assets/site.css" relative to the site root; served for /repo/protocols/x/y.html it
        // would otherwise ask for /repo/protocols/x/assets/site.css.
        _temp.Write("site/404.html", "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"style.css\"></head><body><a href=\"index.html\">Home</a></body></html>");
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Parse("repo"));
        using var missing = await _http.GetAsync(new Uri(server.SiteUrl, "protocols/gone/deeper.html"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("<head><base href=\"/repo/\"><link rel=\"stylesheet\" href=\"style.css\">", body, StringComparison.Ordinal);

        var stylesheet = new Uri(new Uri(new Uri(server.SiteUrl, "protocols/gone/deeper.html"), "/repo/"), "style.css");
        using var css = await _http.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("body{color:#111}", await css.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/protocols/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/protocols/%2E%2E/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/protocols/..%2f..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/%2fsecret.txt")]
    public async Task Traversal_attempts_over_the_wire_get_400_or_404_and_never_the_file(string rawTarget)
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        var (status, response) = await RawHttp.GetAsync(server.RootUrl, rawTarget);
        Assert.True(status is 400 or 404, $"{rawTarget} answered {status}");
        Assert.DoesNotContain("TOP-SECRET", response, StringComparison.Ordinal);

        // The same connection route does serve real files, so the refusal above is not an artefact of RawHttp.
        var (okStatus, okResponse) = await RawHttp.GetAsync(server.RootUrl, "/style.css");
        Assert.Equal(200, okStatus);
        Assert.Contains("body{color:#111}", okResponse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_pointed_at_localhost_is_served_as_one_pointed_at_127_0_0_1()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        var (status, response) = await RawHttp.GetAsync(server.RootUrl, "/style.css", host: $"localhost:{server.RootUrl.Port}");
        Assert.Equal(200, status);
        Assert.Contains("body{color:#111}", response, StringComparison.Ordinal);
        // Any other name is still refused: only loopback names reach the preview.
        var (other, _) = await RawHttp.GetAsync(server.RootUrl, "/style.css", host: $"example.org:{server.RootUrl.Port}");
        Assert.True(other is 400 or 404, $"Host example.org answered {other}");
    }

    [Fact]
    public async Task A_base_path_serves_the_site_under_it_like_a_github_pages_project_site()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Parse("member-officer-protocols"));
        Assert.EndsWith("/member-officer-protocols/", server.SiteUrl.AbsoluteUri, StringComparison.Ordinal);

        using var page = await _http.GetAsync(new Uri(server.SiteUrl, "protocols/hackney.html"));
        Assert.Contains("Hackney", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var outside = await _http.GetAsync(new Uri(server.RootUrl, "protocols/hackney.html"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        using var root = await _http.GetAsync(server.RootUrl);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/member-officer-protocols/", root.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Head_has_no_body_and_other_methods_are_refused()
    {
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(server.SiteUrl, "style.css")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(16, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        using var post = await _http.PostAsync(new Uri(server.SiteUrl, "style.css"), new StringContent("x", Encoding.UTF8));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task The_event_stream_sends_the_current_token_then_each_new_one()
    {
        var hub = PreviewStateHub.ForFolder(_site);
        await using var server = StaticSiteServer.Start(hub, BasePath.Root);
        await using var events = await SseClient.ConnectAsync(new Uri(server.RootUrl, LiveReloadMarkup.EventsPath));

        var first = await events.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("state", hub.Current.Token), (first.Event, first.Data));

        var published = hub.Publish(RebuildOutcome.Success(_site));
        var next = await events.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("state", published.Token), (next.Event, next.Data));
        Assert.NotEqual(first.Data, next.Data);
    }

    [Fact]
    public async Task Listens_on_the_loopback_address_only()
    {
        if (!OperatingSystem.IsLinux()) return; // reads the kernel's socket table
        await using var server = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        var port = server.RootUrl.Port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

        // /proc/net/tcp{,6}: "sl local_address rem_address st ..." with addresses as hex "ADDR:PORT"; st 0A is LISTEN.
        var listening = new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith(":" + port, StringComparison.Ordinal))
            .Select(f => f[1].Split(':')[0])
            .ToList();
        Assert.Equal(["0100007F"], listening); // 127.0.0.1, little-endian; not 00000000 (all interfaces)
    }

    [Fact]
    public async Task Two_servers_can_run_side_by_side_on_free_ports()
    {
        await using var a = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        await using var b = StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root);
        Assert.NotEqual(a.RootUrl.Port, b.RootUrl.Port);
        Assert.Throws<IOException>(() => StaticSiteServer.Start(PreviewStateHub.ForFolder(_site), BasePath.Root, a.RootUrl.Port));
    }
}
