using System.Diagnostics;
using System.Text;
using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

/// <summary>The pure rules behind printing's request interception, file reading and PDF metadata: no browser needed.</summary>
[Trait("Kind", "Disk")]
public sealed class PrintGuardTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-guard-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site(string relative) => Path.Combine(_root, "site", relative);

    [Theory]
    [InlineData("http://127.0.0.1:8765/x.png", "network")]
    [InlineData("https://example.org/x.png", "network")]
    [InlineData("ws://127.0.0.1:9/socket", "network")]
    [InlineData("ftp://example.org/x.png", "network")]
    [InlineData("file://host/x.png", "another machine")] // "//host/x.png" written in a file: page
    [InlineData("file:///etc/passwd", "outside the site")]
    [InlineData("chrome://settings", "chrome:")]
    public void Requests_for_anything_but_the_sites_files_are_refused(string url, string reason)
    {
        var decision = Assert.IsType<RequestDecision.Refuse>(SiteRequestPolicy.Decide(url, Site("")));
        Assert.Contains(reason, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_climbs_out_of_the_site_is_refused_and_one_inside_is_served()
    {
        var page = Site("print/report.html");
        var climbing = LinkedAssets.BrowserUrl(page, "../../../../../../../../etc/passwd")!;
        Assert.IsType<RequestDecision.Refuse>(SiteRequestPolicy.Decide(climbing, Site("")));
        // A sibling folder whose name starts with the site's is still outside it.
        Assert.IsType<RequestDecision.Refuse>(SiteRequestPolicy.Decide(new Uri(Path.Combine(_root, "site-other", "x.png")).AbsoluteUri, Site("")));

        var inside = LinkedAssets.BrowserUrl(page, "../assets/print.css?v=2")!;
        var serve = Assert.IsType<RequestDecision.Serve>(SiteRequestPolicy.Decide(inside, Site("")));
        Assert.Equal(Site("assets/print.css"), serve.LocalPath);
    }

    [Fact]
    public void Data_urls_are_allowed_up_to_the_limit_and_refused_beyond_it()
    {
        Assert.IsType<RequestDecision.Allow>(SiteRequestPolicy.Decide("data:image/png;base64,AAAA", Site("")));
        var large = "data:image/png;base64," + new string('A', 100);
        Assert.IsType<RequestDecision.Allow>(SiteRequestPolicy.Decide(large, Site(""), maxDataUrlChars: large.Length));
        var refused = Assert.IsType<RequestDecision.Refuse>(SiteRequestPolicy.Decide(large, Site(""), maxDataUrlChars: large.Length - 1));
        Assert.Contains("data: URL", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_regular_files_inside_the_site_are_read_and_a_device_or_pipe_is_never_opened()
    {
        Directory.CreateDirectory(Site("assets"));
        File.WriteAllText(Site("assets/ok.css"), "p { color: red }");
        Assert.Equal("p { color: red }", Encoding.UTF8.GetString(Assert.IsType<SiteFileRead.Read>(SiteFiles.TryRead(Site(""), Site("assets/ok.css"))).Bytes));
        Assert.IsType<SiteFileRead.Missing>(SiteFiles.TryRead(Site(""), Site("assets/absent.css")));

        // /dev/zero never ends: read whole it exhausts memory. Outside the site, it is not even opened.
        Assert.IsType<SiteFileRead.Refused>(SiteFiles.TryRead(Site(""), "/dev/zero"));

        // A device or pipe inside the site (by link or by mknod) is refused by type, without opening it (a pipe would block).
        File.CreateSymbolicLink(Site("assets/zero.png"), "/dev/zero");
        Assert.Contains("outside the site", Assert.IsType<SiteFileRead.Refused>(SiteFiles.TryRead(Site(""), Site("assets/zero.png"))).Reason, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            var fifo = Site("assets/pipe.png");
            using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            var read = Task.Run(() => SiteFiles.TryRead(Site(""), fifo));
            Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20))) == read, "Reading a named pipe blocked.");
            Assert.Contains("named pipe", Assert.IsType<SiteFileRead.Refused>(await read).Reason, StringComparison.Ordinal);
        }

        File.WriteAllBytes(Site("assets/big.png"), new byte[1000]);
        Assert.Contains("more than the 999", Assert.IsType<SiteFileRead.Refused>(SiteFiles.TryRead(Site(""), Site("assets/big.png"), maxBytes: 999)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_cache_fingerprint_of_a_page_pointing_at_dev_zero_or_a_pipe_finishes_without_reading_them()
    {
        Directory.CreateDirectory(Site("print"));
        var fifo = Path.Combine(_root, "outside-pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        File.WriteAllText(Site("print/r.html"), $"""
            <!DOCTYPE html><html><head><link rel="stylesheet" href="/dev/zero"></head>
            <body><img src="/dev/zero" alt=""><img src="{fifo}" alt=""><img src="../../outside-pipe" alt=""></body></html>
            """);

        var compute = Task.Run(() => PdfFingerprint.ComputeFromDisk(Site("print/r.html"), Site(""), PdfPrintOptions.Default));
        Assert.True(await Task.WhenAny(compute, Task.Delay(TimeSpan.FromSeconds(30))) == compute, "The fingerprint read /dev/zero or blocked on a pipe.");
        Assert.Matches("^[0-9a-f]{64}$", await compute);
    }

    [Fact]
    public async Task The_documents_page_reads_only_regular_pdfs_inside_the_pdf_folder_never_a_device_or_pipe()
    {
        var pdfs = Site("pdf");
        Directory.CreateDirectory(pdfs);
        File.WriteAllBytes(Path.Combine(pdfs, "broken.pdf"), "not a pdf"u8.ToArray());
        File.CreateSymbolicLink(Path.Combine(pdfs, "zero.pdf"), "/dev/zero");
        if (!OperatingSystem.IsWindows())
            using (var mkfifo = Process.Start("mkfifo", Path.Combine(pdfs, "pipe.pdf"))) mkfifo.WaitForExit();

        var read = Task.Run(() => PdfLinks.Read(pdfs));
        Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) == read, "Reading the PDF folder read /dev/zero or blocked on a pipe.");
        Assert.Empty(await read);
    }

    [Fact]
    public void Pdf_metadata_loses_its_dates_and_browser_build_without_moving_a_byte()
    {
        var body = "%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n"
            + "7 0 obj\n<</Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156.0.0.0 Safari/537.36)\n/Producer (Skia/PDF m156)\n"
            + "/CreationDate (D:20261206213739+00'00')\n/ModDate (D:20261206213739+00'00')\n/Title (Report)>>\nendobj\n";
        var pdf = Encoding.Latin1.GetBytes(body + "xref\n0 1\ntrailer\n<</Size 8 /Root 1 0 R /Info 7 0 R>>\nstartxref\n" + body.Length + "\n%%EOF\n");

        var normalised = PdfMetadata.Normalise(pdf);
        var text = Encoding.Latin1.GetString(normalised);

        Assert.Equal(pdf.Length, normalised.Length);
        Assert.Contains("/Creator (SiteGen)", text, StringComparison.Ordinal);
        Assert.Contains("/Producer (SiteGen)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HeadlessChrome", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("D:2026", text, StringComparison.Ordinal);
        Assert.Contains("/Title (Report)", text, StringComparison.Ordinal);
        Assert.Equal(body.IndexOf("endobj\n7 0 obj", StringComparison.Ordinal), text.IndexOf("endobj\n7 0 obj", StringComparison.Ordinal));
        Assert.Equal(normalised, PdfMetadata.Normalise(normalised));
    }

    [Fact]
    public void A_refused_reference_is_located_at_its_line_in_the_report_that_wrote_it()
    {
        var page = Site("print/review-appendix-a.html");
        var markdown = "---\ntitle: Review\n---\n\nIntro.\n\n![crest](../../../etc/secret.svg)\n\n![c](http://127.0.0.1:8765/x.png)\n";
        IReadOnlyList<(string, string)> references = [(page, "../../../etc/secret.svg"), (page, "http://127.0.0.1:8765/x.png"), (page, "../assets/print.css")];
        RefusedRequest[] refused =
        [
            new(LinkedAssets.BrowserUrl(page, "http://127.0.0.1:8765/x.png")!, "network"),
            new(LinkedAssets.BrowserUrl(page, "../../../etc/secret.svg")!, "outside"),
        ];

        var located = PrintRefusals.Locate(page, refused, references, [("content/reports/review.md", markdown)]);

        Assert.Equal([("content/reports/review.md", 9, "http://127.0.0.1:8765/x.png"), ("content/reports/review.md", 7, "../../../etc/secret.svg")],
            located.Select(l => (l.File, l.Line, l.Written)));
        var diagnostic = PrintRefusals.ToDiagnostic(located, "print/review-appendix-a.html");
        Assert.StartsWith("content/reports/review.md:7: error SG1400: ", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 9", diagnostic.Message, StringComparison.Ordinal);

        Assert.Equal(["review.md"], PrintRefusals.SourceCandidates("review-appendix-a", ["review.md", "review-appendix.md", "other.md", "review.txt"]));
        // A report may itself be named like another's appendix: both are searched, the exact name first.
        Assert.Equal(["x-appendix-b.md", "x.md"], PrintRefusals.SourceCandidates("x-appendix-b", ["x.md", "x-appendix-b.md"]));
        Assert.Equal(["review.md"], PrintRefusals.SourceCandidates("review", ["review.md", "reviews.md"]));
    }
}
