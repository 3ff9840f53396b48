using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Pdf;
using SiteGen.Tests.Checks;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// A copy of the default site whose report, once printed, is edited to ask for a secret file elsewhere on disk (by
/// absolute path and by climbing out with ../), an HTTP listener on loopback,
/// /dev/zero and a named pipe. Then a plain build and <c>sitegen pdf</c> run, each bounded so that a hang fails the
/// test instead of stalling the suite.
/// </summary>
public sealed class HostileReportSite : IAsyncLifetime
{
    public const string Report = "surrey-2010-review-of-member-officer-protocol";
    public const string Secret = "TOPSECRET-SVG-4711";

    private readonly TestSupport.TempSite _site = TestSupport.Repo.CopyDefaultSite();
    private readonly string _outside = Directory.CreateTempSubdirectory("sitegen-outside-").FullName;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _connections;

    public string Folder => _site.Path;
    public int Connections => Volatile.Read(ref _connections);
    public (int Exit, string Out, string Err) FirstPrint { get; private set; }
    public bool PrintedBeforeEdit { get; private set; }
    public (int Exit, string Out, string Err)? Build { get; private set; }
    public (int Exit, string Out, string Err)? Print { get; private set; }
    public IReadOnlyDictionary<string, int> Lines { get; private set; } = new Dictionary<string, int>();

    public async Task InitializeAsync()
    {
        // Fewer reports, fewer PDFs: the Hackney report plays no part here.
        File.Delete(_site.File("content/reports/hackney-2013-member-officer-relations-overview.md"));
        FirstPrint = Run(pdf: true, TimeSpan.FromMinutes(3)) ?? throw new TimeoutException("The clean print did not finish.");
        PrintedBeforeEdit = File.Exists(_site.File($"_site/pdf/{Report}.pdf"));

        _listener.Start();
        _ = AcceptAsync();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var secret = Path.Combine(_outside, "secret.svg");
        await File.WriteAllTextAsync(secret, $"""<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="24">{Secret}</text></svg>""");
        var pipe = Path.Combine(_outside, "pipe.png");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe)) await mkfifo.WaitForExitAsync();

        var images = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["absolute"] = secret,
            ["climbing"] = string.Concat(Enumerable.Repeat("../", 40)) + secret.TrimStart('/'),
            ["loopback"] = $"http://127.0.0.1:{port}/x.png",
            // A `//host` image never reaches printing: the build refuses it first (SG1508, tested with the report links);
            // the print guard's own refusal of `//host` is tested without a browser in PrintGuardTests.
            ["zero"] = "/dev/zero",
            ["pipe"] = pipe,
        };
        var path = _site.File($"content/reports/{Report}.md");
        var lines = (await File.ReadAllTextAsync(path)).Split('\n').ToList();
        var endOfFrontMatter = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var at = endOfFrontMatter + 1;
        var located = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, target) in images)
        {
            lines.Insert(at, "");
            lines.Insert(at + 1, $"![{name}]({target})");
            located[name] = at + 2; // 1-based line of the image
            at += 2;
        }

        await File.WriteAllTextAsync(path, string.Join('\n', lines));
        Lines = located;

        Build = Run(pdf: false, TimeSpan.FromMinutes(2));
        Print = Run(pdf: true, TimeSpan.FromMinutes(3));
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                // Accept and hold: a client that got here would wait for an answer that never comes.
                _ = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Stopped.
        }
    }

    private (int, string, string)? Run(bool pdf, TimeSpan limit)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() => BuildCommand.Run(new DirectoryInfo(_site.Path), verbose: false, stdout, stderr, pdf: pdf));
        return run.Wait(limit) ? (run.Result, stdout.ToString(), stderr.ToString()) : null;
    }

    public Task DisposeAsync()
    {
        _listener.Stop();
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
        return Task.CompletedTask;
    }
}

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class PrintingSecurityTests(HostileReportSite site) : IClassFixture<HostileReportSite>
{
    [Fact]
    public void The_clean_site_printed_before_the_report_was_edited()
    {
        Assert.True(site.FirstPrint.Exit == 0, site.FirstPrint.Err);
        Assert.True(site.PrintedBeforeEdit);
    }

    [Fact]
    public void A_plain_build_with_the_pdf_cache_present_finishes_without_reading_dev_zero_or_the_pipe()
    {
        Assert.True(site.Build is not null, "build hung: it read /dev/zero or a named pipe to fingerprint the PDFs.");
        var (exit, stdout, stderr) = site.Build.Value;
        Assert.True(exit == 0, stderr);
        Assert.Contains("not printed yet or out of date", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Printing_refuses_every_request_outside_the_site_and_names_the_report_and_line()
    {
        Assert.True(site.Print is not null, "pdf hung on a refused request.");
        var (exit, _, stderr) = site.Print.Value;
        Assert.Equal(ExitCodes.BuildFailed, exit);
        var file = $"content/reports/{HostileReportSite.Report}.md";
        var first = site.Lines.Values.Min();
        Assert.Contains($"{file}:{first}: error {PrintRefusals.Code}: ", stderr, StringComparison.Ordinal);
        foreach (var (name, line) in site.Lines.Where(l => l.Value != first))
        {
            Assert.True(stderr.Contains($"line {line}: ", StringComparison.Ordinal), $"The {name} image (line {line}) is not named: {stderr}");
        }

        Assert.Contains("No PDF was published", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loopback_listener_received_no_connection()
    {
        Assert.True(site.Print is not null);
        Assert.Equal(0, site.Connections);
    }

    [Fact]
    public void No_pdf_holds_the_secret_and_no_staging_folder_is_left_behind()
    {
        Assert.True(site.Print is not null);
        foreach (var pdf in Directory.EnumerateFiles(site.Folder, "*.pdf", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(HostileReportSite.Secret, Poppler.FlowText(pdf), StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateDirectories(site.Folder, ".*building*"));
        // The plain build dropped the edited report's stale PDF; the refused print did not bring one back.
        Assert.False(File.Exists(Path.Combine(site.Folder, "_site", "pdf", HostileReportSite.Report + ".pdf")));
    }
}

/// <summary>Printing single pages straight through <see cref="PdfBrowser"/>: large data URLs, and reproducible output.</summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class PrintedPdfReproducibilityTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_data_url_over_the_limit_is_refused_and_a_small_one_prints()
    {
        var small = _site.Path("small.html");
        await File.WriteAllTextAsync(small, """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Small</title></head>
            <body><p>Dot:</p><img alt="dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>
            """);
        var large = _site.Path("large.html");
        await File.WriteAllTextAsync(large, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Large</title></head><body><img alt=\"x\" src=\"data:image/png;base64,"
            + new string('A', SiteRequestPolicy.MaxDataUrlChars) + "\"></body></html>");

        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        var printed = await browser.PrintAsync(small, _site.Path("small.pdf"));
        Assert.Equal(1, printed.PageCount);

        var error = await Assert.ThrowsAsync<PrintRefusedException>(() => browser.PrintAsync(large, _site.Path("large.pdf")));
        Assert.Contains("data: URL", Assert.Single(error.Refused).Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(_site.Path("large.pdf")));
    }

    [Fact]
    public async Task Two_prints_in_two_browser_sessions_are_byte_identical_and_do_not_name_the_browser()
    {
        var appendix = _site.AddFixture("committee-appendix.html");
        await using (var first = await PdfBrowser.StartAsync(RealChromium.Path))
        {
            await first.PrintAsync(appendix, _site.Path("first.pdf"));
        }

        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a print stamped with its time would now differ
        await using (var second = await PdfBrowser.StartAsync(RealChromium.Path))
        {
            await second.PrintAsync(appendix, _site.Path("second.pdf"));
        }

        Assert.Equal(await File.ReadAllBytesAsync(_site.Path("first.pdf")), await File.ReadAllBytesAsync(_site.Path("second.pdf")));
        var info = Poppler.Info(_site.Path("first.pdf"));
        Assert.Equal("SiteGen", info["Creator"]);
        Assert.Equal("SiteGen", info["Producer"]);
        Assert.False(info.ContainsKey("CreationDate"), "The PDF still carries the time it was printed.");
        Assert.False(info.ContainsKey("ModDate"), "The PDF still carries the time it was printed.");
        var raw = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(_site.Path("first.pdf")));
        Assert.DoesNotContain("HeadlessChrome", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Skia/PDF", raw, StringComparison.Ordinal);
        // Still the accessible document it was: tagged, with bookmarks.
        Assert.Equal("yes", info["Tagged"]);
        Assert.NotEmpty(Poppler.Outline(_site.Path("first.pdf")));
    }
}
