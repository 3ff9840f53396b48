using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace SiteGen.Pdf;

/// <summary>One printed PDF.</summary>
/// <param name="PdfPath">Where it was written.</param>
/// <param name="PageCount">Its number of pages.</param>
/// <param name="Passes">How many times the page was printed (1, or 2+ while settling contents page numbers).</param>
/// <param name="ContentsPages">Page number written into each contents entry, by target id (empty without a contents list).</param>
/// <param name="Elapsed">Wall time from opening the tab to writing the file.</param>
public sealed record PrintedPdf(string PdfPath, int PageCount, int Passes, IReadOnlyDictionary<string, int> ContentsPages, TimeSpan Elapsed);

/// <summary>Printing stopped because the page asked for something outside the site; nothing was written.</summary>
/// <param name="htmlPath">The page that was being printed.</param>
/// <param name="refused">Each refused request with the reason, in the order made.</param>
internal sealed class PrintRefusedException(string htmlPath, IReadOnlyList<RefusedRequest> refused)
    : PdfPrintException($"Could not print {htmlPath} to PDF: it asks for {Describe(refused)}.")
{
    /// <summary>The page that was being printed.</summary>
    public string HtmlPath { get; } = htmlPath;

    /// <summary>Each refused request, in the order made.</summary>
    public IReadOnlyList<RefusedRequest> Refused { get; } = refused;

    private static string Describe(IReadOnlyList<RefusedRequest> refused) =>
        string.Join("; ", refused.Select(r => $"{Shorten(r.Url)}, which was refused: {r.Reason}"));

    internal static string Shorten(string url) => url.Length <= 200 ? url : url[..200] + "…";
}

/// <summary>
/// A headless Chromium started once and reused for many PDFs, driven with PuppeteerSharp. Each page is printed
/// with every request intercepted (<see cref="SiteRequestGuard"/>) and its scripts switched off, so printing reads
/// nothing but the site's own files. Dispose it to stop the browser and delete its throwaway profile.
/// </summary>
internal sealed class PdfBrowser : IAsyncDisposable
{
    private const string ListContentsTargetsScript =
        "Array.from(document.querySelectorAll('" + ContentsPageNumbers.SpanSelector + "'), span => span.getAttribute('data-for'))";

    private readonly IBrowser _browser;
    private readonly PdfBrowserOptions _options;
    private int _disposed;

    private PdfBrowser(IBrowser browser, PdfBrowserOptions options, string userDataDirectory, string version, TimeSpan startupTime)
    {
        _browser = browser;
        _options = options;
        UserDataDirectory = userDataDirectory;
        Version = version;
        StartupTime = startupTime;
        ProcessId = ChromiumLaunch.ProcessId(browser);
    }

    /// <summary>Process id of the browser, so callers and tests can see that one process serves every PDF.</summary>
    public int ProcessId { get; }

    /// <summary>The throwaway profile directory; deleted on dispose.</summary>
    public string UserDataDirectory { get; }

    /// <summary>Browser product and version as Chromium reports it, e.g. <c>HeadlessChrome/156.0.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>Time from launching the process to a working DevTools connection.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Starts Chromium headless and offline with a fresh profile, and connects to it.</summary>
    /// <exception cref="PdfPrintException">The browser is not there, did not start, or did not open DevTools in time; the message says why.</exception>
    public static async Task<PdfBrowser> StartAsync(string executablePath, PdfBrowserOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PdfBrowserOptions.Default;
        var stopwatch = Stopwatch.StartNew();
        var userDataDirectory = Directory.CreateTempSubdirectory("sitegen-chromium-").FullName;
        IBrowser? browser = null;
        try
        {
            browser = await ChromiumLaunch.StartAsync(executablePath, userDataDirectory, options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            var version = await browser.GetVersionAsync().WaitAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            return new PdfBrowser(browser, options, userDataDirectory, version, stopwatch.Elapsed);
        }
        catch (Exception e)
        {
            await CloseAsync(browser).ConfigureAwait(false);
            await DeleteProfileAsync(userDataDirectory).ConfigureAwait(false);
            if (e is PdfPrintException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                throw;
            }

            throw new PdfPrintException($"Chromium ({executablePath}) did not start: {e.Message}", e);
        }
    }

    /// <summary>Prints <paramref name="htmlPath"/>, letting it read only files in its own folder and below.</summary>
    public Task<PrintedPdf> PrintAsync(string htmlPath, string pdfPath, PdfPrintOptions? options = null, CancellationToken cancellationToken = default) =>
        PrintAsync(htmlPath, pdfPath, Path.GetDirectoryName(Path.GetFullPath(htmlPath))!, options, cancellationToken);

    /// <summary>
    /// Prints one HTML file of the site in <paramref name="siteRoot"/> to <paramref name="pdfPath"/>: loads it with
    /// every request intercepted (only regular files inside the site are served), waits for web fonts, fills contents
    /// page numbers (printing again until they are right), removes the print time and browser build from the PDF's
    /// metadata, and writes the file atomically so a failed print never leaves half a PDF.
    /// </summary>
    /// <exception cref="PrintRefusedException">The page asked for a file outside the site, the network, or a too-large data URL; nothing was written.</exception>
    /// <exception cref="PdfPrintException">A step failed or timed out; the message names the page and the step.</exception>
    public async Task<PrintedPdf> PrintAsync(string htmlPath, string pdfPath, string siteRoot, PdfPrintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        options ??= PdfPrintOptions.Default;
        var stopwatch = Stopwatch.StartNew();
        var fullHtmlPath = Path.GetFullPath(htmlPath);
        if (!File.Exists(fullHtmlPath))
        {
            throw new PdfPrintException($"Cannot print {htmlPath} to PDF: the file does not exist.");
        }

        if (!SiteFiles.IsInside(siteRoot, fullHtmlPath))
        {
            throw new PdfPrintException($"Cannot print {htmlPath} to PDF: it is not inside the site folder {siteRoot}.");
        }

        // Checked in the source first, for what the browser would not let SiteGen intercept: data: URLs, and addresses
        // it drops without a request (a file URL with a port, "//host:8080/x.png"). The interception below is what
        // enforces the rule for everything the page actually asks for.
        if (RefusedReferences(fullHtmlPath, siteRoot) is { Count: > 0 } refusedInSource)
        {
            throw new PrintRefusedException(htmlPath, refusedInSource);
        }

        var step = "opening a browser tab";
        IPage? page = null;
        SiteRequestGuard? guard = null;
        try
        {
            page = await Bounded(_browser.NewPageAsync(), cancellationToken).ConfigureAwait(false);
            page.DefaultTimeout = (int)Math.Clamp(_options.PageStepTimeout.TotalMilliseconds, 1, int.MaxValue);
            page.DefaultNavigationTimeout = page.DefaultTimeout;
            // No script of the page runs while printing: print pages need none, and a script could open connections
            // (WebSocket, WebRTC) that request interception does not see. SiteGen's own evaluations still run.
            await Bounded(page.SetJavaScriptEnabledAsync(options.RunPageScripts), cancellationToken).ConfigureAwait(false);
            guard = await Bounded(SiteRequestGuard.AttachAsync(page, siteRoot), cancellationToken).ConfigureAwait(false);

            step = "loading the page";
            await Bounded(page.GoToAsync(new Uri(fullHtmlPath).AbsoluteUri, new NavigationOptions
            {
                WaitUntil = [WaitUntilNavigation.Load],
                Timeout = page.DefaultTimeout,
            }), cancellationToken).ConfigureAwait(false);
            ThrowIfRefused(htmlPath, guard);

            step = "waiting for web fonts";
            await Bounded(page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)"), cancellationToken).ConfigureAwait(false);

            step = "trying it without its cover and contents";
            var (pdf, facts, passes, contentsPages) = options.DropFrontMatterWhenShort
                                                      && await PrintShortAsync(page, options, cancellationToken).ConfigureAwait(false) is { } shortPrint
                ? (shortPrint.Pdf, shortPrint.Facts, 1, new Dictionary<string, int>())
                : await PrintSettlingContentsAsync(page, htmlPath, options, s => step = s, cancellationToken).ConfigureAwait(false);
            // Print styles can pull in images of their own, so the requests are checked again after printing.
            ThrowIfRefused(htmlPath, guard);

            step = "writing the PDF";
            WriteAtomically(pdfPath, PdfMetadata.Normalise(pdf));
            return new PrintedPdf(pdfPath, facts.PageCount, passes, contentsPages, stopwatch.Elapsed);
        }
        catch (Exception e) when (e is not PdfPrintException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            if (guard is { Refused.Count: > 0 })
            {
                throw new PrintRefusedException(htmlPath, guard.Refused);
            }

            var why = IsTimeout(e)
                ? string.Create(CultureInfo.InvariantCulture, $"it did not finish within {_options.PageStepTimeout.TotalSeconds:0} s")
                : e.Message;
            throw new PdfPrintException($"Could not print {htmlPath} to PDF while {step}: {why}", e);
        }
        finally
        {
            if (page is not null)
            {
                await ClosePageQuietlyAsync(page).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes the browser (politely, then by force) and deletes its profile directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await CloseAsync(_browser).ConfigureAwait(false);
        await DeleteProfileAsync(UserDataDirectory).ConfigureAwait(false);
    }

    /// <summary>
    /// References in the page and its local stylesheets that printing would refuse: anything but the site's own files
    /// and small data: URLs, and files of the site that cannot be served (a link out of the site, a device, too large).
    /// </summary>
    private static List<RefusedRequest> RefusedReferences(string htmlPath, string siteRoot)
    {
        var refused = new List<RefusedRequest>();
        foreach (var (referringFile, reference) in LinkedAssets.References(htmlPath, path => SiteFiles.TryRead(siteRoot, path) is SiteFileRead.Read read ? read.Bytes : null))
        {
            var trimmed = reference.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var resolved = trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? trimmed : LinkedAssets.BrowserUrl(referringFile, trimmed);
            // What cannot even be resolved ("//host:8080/x.png" in a file: page) is dropped by the browser unasked; it is
            // still not a file of the site, so it is reported rather than silently left out of the PDF.
            var url = resolved ?? trimmed;
            var reason = resolved is null ? "not an address of a file of the site" : SiteRequestPolicy.Decide(url, siteRoot) switch
            {
                RequestDecision.Refuse refuse => refuse.Reason,
                RequestDecision.Serve serve when SiteFiles.Check(siteRoot, serve.LocalPath) is SiteFileRead.Refused notServed => notServed.Reason,
                _ => null,
            };
            if (reason is not null && refused.TrueForAll(r => r.Url != url))
            {
                refused.Add(new RefusedRequest(url, reason));
            }
        }

        return refused;
    }

    private static bool IsTimeout(Exception e) =>
        e is TimeoutException || e.InnerException is TimeoutException
        || (e is NavigationException && e.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase));

    private static void ThrowIfRefused(string htmlPath, SiteRequestGuard guard)
    {
        if (guard.Refused.Count > 0)
        {
            throw new PrintRefusedException(htmlPath, guard.Refused);
        }
    }

    private async Task<T> Bounded<T>(Task<T> task, CancellationToken cancellationToken) =>
        await task.WaitAsync(_options.PageStepTimeout, cancellationToken).ConfigureAwait(false);

    private async Task Bounded(Task task, CancellationToken cancellationToken) =>
        await task.WaitAsync(_options.PageStepTimeout, cancellationToken).ConfigureAwait(false);

    private async Task<(byte[] Pdf, PrintedPdfFacts Facts, int Passes, IReadOnlyDictionary<string, int> ContentsPages)> PrintSettlingContentsAsync(
        IPage page, string htmlPath, PdfPrintOptions options, Action<string> reportStep, CancellationToken cancellationToken)
    {
        var targetIds = options.FillContentsPageNumbers
            ? (await Bounded(page.EvaluateExpressionAsync<string[]>(ListContentsTargetsScript), cancellationToken).ConfigureAwait(false))
                .Select(id => id ?? "").ToList()
            : [];
        if (targetIds.Count == 0)
        {
            var single = await PrintOnceAsync(page, options, cancellationToken).ConfigureAwait(false);
            // No contents to check: only the page count is needed, so no page is parsed.
            return (single, PrintedPdfFacts.Read(single, wantedIds: []), 1, new Dictionary<string, int>());
        }

        await FillContentsAsync(page, ContentsPageNumbers.PlaceholderTexts(targetIds), cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, int>? shown = null;
        for (var pass = 1; ; pass++)
        {
            reportStep(string.Create(CultureInfo.InvariantCulture, $"printing (pass {pass})"));
            var pdf = await PrintOnceAsync(page, options, cancellationToken).ConfigureAwait(false);
            var facts = PrintedPdfFacts.Read(pdf, targetIds);
            switch (ContentsPageNumbers.Check(targetIds, shown, facts.LinkTargetPages))
            {
                case ContentsCheck.Settled settled:
                    return (pdf, facts, pass, settled.Pages);
                case ContentsCheck.MissingTargets missing:
                    throw new PdfPrintException(
                        $"Cannot number the contents of {htmlPath}: no printed element has the id "
                        + string.Join(", ", missing.Ids.Select(id => "\"" + id + "\""))
                        + ". Each span.toc-page[data-for] needs a visible element with that id and a link <a href=\"#id\"> to it.");
                case ContentsCheck.PrintAgain when pass >= options.MaxContentsPasses:
                    throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
                        $"The contents page numbers of {htmlPath} still moved after {pass} prints; the layout does not settle (does the contents list wrap differently as numbers change?)."));
                case ContentsCheck.PrintAgain again:
                    await FillContentsAsync(page, ContentsPageNumbers.Texts(again.Pages), cancellationToken).ConfigureAwait(false);
                    shown = again.Pages;
                    break;
            }
        }
    }

    /// <summary>
    /// Takes out the front matter a short document does not need (elements marked <c>data-front-matter</c>: a cover
    /// becomes a title block of the class its <c>data-short-class</c> names, a contents list goes), when the page asks
    /// for it with <c>data-short-pages</c> and its text could fit; returns false when there is nothing to take out.
    /// Text beyond <see cref="CharactersPerPage"/> a page cannot fit, so such a document is not tried.
    /// </summary>
    private const string StripFrontMatterScript = """
        (charactersPerPage => {
          const pages = parseInt(document.documentElement.getAttribute('data-short-pages') || '0', 10);
          const marked = Array.from(document.querySelectorAll('[data-front-matter]'));
          if (!(pages > 0) || marked.length === 0) return 0;
          if (document.body.innerText.length > pages * charactersPerPage) return 0;
          const undo = [];
          for (const element of marked) {
            const className = element.getAttribute('data-short-class');
            if (className !== null) {
              const header = document.createElement('header');
              header.className = className;
              while (element.firstChild) header.appendChild(element.firstChild);
              element.replaceWith(header);
              undo.push(() => { while (header.firstChild) element.appendChild(header.firstChild); header.replaceWith(element); });
            } else {
              const placeholder = document.createComment('front matter');
              element.replaceWith(placeholder);
              undo.push(() => placeholder.replaceWith(element));
            }
          }
          window.__sitegenRestoreFrontMatter = () => { for (const step of undo.reverse()) step(); };
          return pages;
        })
        """;

    /// <summary>An upper bound on the characters of text an A4 page holds at SiteGen's smallest print size (tables at 9 pt).</summary>
    private const int CharactersPerPage = 8000;

    /// <summary>The PDF of the page without its front matter, when it asks for that and then fits on the pages it names; otherwise null, with the page as it was.</summary>
    private async Task<(byte[] Pdf, PrintedPdfFacts Facts)?> PrintShortAsync(IPage page, PdfPrintOptions options, CancellationToken cancellationToken)
    {
        var pages = await Bounded(page.EvaluateExpressionAsync<int>(
            "(" + StripFrontMatterScript + ")(" + CharactersPerPage.ToString(CultureInfo.InvariantCulture) + ")"), cancellationToken).ConfigureAwait(false);
        if (pages <= 0) return null;
        var pdf = await PrintOnceAsync(page, options, cancellationToken).ConfigureAwait(false);
        var facts = PrintedPdfFacts.Read(pdf, wantedIds: []);
        if (facts.PageCount <= pages) return (pdf, facts);
        await Bounded(page.EvaluateExpressionAsync("window.__sitegenRestoreFrontMatter()"), cancellationToken).ConfigureAwait(false);
        return null;
    }

    private Task<byte[]> PrintOnceAsync(IPage page, PdfPrintOptions options, CancellationToken cancellationToken) =>
        Bounded(page.PdfDataAsync(new PdfOptions
        {
            // print.css draws the running header and footer in @page margin boxes; Chromium's own would duplicate them.
            DisplayHeaderFooter = false,
            PreferCSSPageSize = options.PreferCssPageSize,
            PrintBackground = options.PrintBackground,
            Tagged = options.TaggedPdf,
            Outline = options.DocumentOutline,
            // Where the CSS sets no page size or margins, DevTools' own defaults apply: Letter, 0.4 inch margins.
            Format = PaperFormat.Letter,
            MarginOptions = new MarginOptions { Top = "0.4in", Bottom = "0.4in", Left = "0.4in", Right = "0.4in" },
        }), cancellationToken);

    private Task FillContentsAsync(IPage page, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken) =>
        // The map is passed as JSON, which is a valid JavaScript literal, so ids and numbers need no escaping by hand.
        Bounded(page.EvaluateExpressionAsync(
            "(texts => { for (const span of document.querySelectorAll('" + ContentsPageNumbers.SpanSelector + "')) {"
            + " const id = span.getAttribute('data-for'); if (Object.hasOwn(texts, id)) span.textContent = texts[id]; } })("
            + JsonSerializer.Serialize(texts) + ")"), cancellationToken);

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The PDF is written (or the error already reported); a tab that will not close goes with the browser.
        }
    }

    private static async Task CloseAsync(IBrowser? browser)
    {
        if (browser is null)
        {
            return;
        }

        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Closing races with the connection going away; the process is stopped below either way.
        }

        try
        {
            if (browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        await browser.DisposeAsync().ConfigureAwait(false);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, fullPath, overwrite: true);
    }

    private static async Task DeleteProfileAsync(string userDataDirectory)
    {
        // Helper processes can still be flushing files for a moment after the browser exits.
        for (var attempt = 0; attempt < 20 && Directory.Exists(userDataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(userDataDirectory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }
}
