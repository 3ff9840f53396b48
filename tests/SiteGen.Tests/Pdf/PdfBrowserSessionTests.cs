using System.Diagnostics;
using System.Globalization;
using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

[Trait("Category", "RealTools")]
// Fakes executables with Unix file modes; SiteGen's build and CI machines are Debian.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Kind", "RealTool")]
public sealed class PdfBrowserSessionTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task One_browser_process_prints_several_pdfs_and_dispose_removes_it_and_its_profile()
    {
        var appendix = _site.AddFixture("committee-appendix.html");
        var summary = _site.AddFixture("summary.html");

        var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        int pid;
        string profile;
        try
        {
            pid = browser.ProcessId;
            profile = browser.UserDataDirectory;
            Assert.True(Directory.Exists(profile));

            var first = await browser.PrintAsync(appendix, _site.Path("a.pdf"));
            Assert.False(Process.GetProcessById(pid).HasExited, "The browser should stay up between PDFs.");
            var second = await browser.PrintAsync(summary, _site.Path("b.pdf"));
            Assert.Equal(pid, browser.ProcessId);

            Assert.Equal(Poppler.PageCount(first.PdfPath), first.PageCount);
            Assert.Equal(Poppler.PageCount(second.PdfPath), second.PageCount);
            Assert.Equal("Summary of Protocols Reviewed – Appendix B", Poppler.Info(second.PdfPath)["Title"]);

            // The summary has no cover, so its first page carries the footer too.
            var pages = Poppler.PageTexts(second.PdfPath);
            var n = pages.Count;
            Assert.True(n >= 2, "The summary fixture forces a second page.");
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page 1 of {n}"), pages[0], StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {n} of {n}"), pages[n - 1], StringComparison.Ordinal);
            Assert.Equal(1, second.Passes); // no contents list: printed once
        }
        finally
        {
            await browser.DisposeAsync();
        }

        Assert.False(IsRunning(pid), "Dispose should stop the browser.");
        Assert.False(Directory.Exists(profile), "Dispose should delete the temporary profile.");
    }

    [Fact]
    public async Task A_contents_entry_without_a_target_is_an_error_naming_the_id_and_the_page()
    {
        File.Copy(RepoFiles.PrintCss, _site.Path("print.css"));
        var html = _site.Path("broken-contents.html");
        await File.WriteAllTextAsync(html, """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
            <link rel="stylesheet" href="print.css"></head><body>
            <nav class="toc"><ol>
              <li><a href="#here">Here<span class="toc-page" data-for="here"></span></a></li>
              <li><a href="#nowhere">Nowhere<span class="toc-page" data-for="nowhere"></span></a></li>
            </ol></nav>
            <h2 id="here">Here</h2><p>Text.</p>
            </body></html>
            """);

        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => browser.PrintAsync(html, _site.Path("broken.pdf")));

        Assert.Contains("\"nowhere\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"here\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("broken-contents.html", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_site.Path("broken.pdf")), "No PDF with wrong contents numbers should be written.");
    }

    [Fact]
    public async Task A_page_that_never_finishes_loading_times_out_with_the_page_and_step_named()
    {
        var html = _site.Path("hangs.html");
        await File.WriteAllTextAsync(html, "<!DOCTYPE html><html><head><title>Hangs</title></head><body><script>for(;;){}</script></body></html>");
        var options = new PdfBrowserOptions { PageStepTimeout = TimeSpan.FromSeconds(3) };

        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path, options);
        var stopwatch = Stopwatch.StartNew();
        // Page scripts are off when printing; this page needs its script to hang.
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => browser.PrintAsync(html, _site.Path("hangs.pdf"), new PdfPrintOptions { RunPageScripts = true }));

        Assert.Contains("hangs.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("loading the page", error.Message, StringComparison.Ordinal);
        Assert.Contains("within 3 s", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"Timed out only after {stopwatch.Elapsed}.");

        // The session survives a bad page: the next one still prints.
        var good = await browser.PrintAsync(_site.AddFixture("summary.html"), _site.Path("after.pdf"));
        Assert.True(good.PageCount >= 2);
    }

    [Fact]
    public async Task A_missing_html_file_is_reported_without_touching_the_browser()
    {
        await using var browser = await PdfBrowser.StartAsync(RealChromium.Path);
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => browser.PrintAsync(_site.Path("absent.html"), _site.Path("absent.pdf")));
        Assert.Contains("absent.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_browser_that_does_not_exist_is_a_clear_error()
    {
        var missing = _site.Path("no-such-chromium");
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => PdfBrowser.StartAsync(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("did not start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_that_exits_at_once_is_reported_with_its_output()
    {
        // A stand-in "browser" that fails the way a broken install does: prints a reason and exits.
        var fake = _site.Path("broken-chromium");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => PdfBrowser.StartAsync(fake));
        Assert.Contains("exited with code 127", error.Message, StringComparison.Ordinal);
        Assert.Contains("libnss3.so", error.Message, StringComparison.Ordinal);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
