using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SiteGen.Pdf;

/// <summary>One printed PDF.</summary>
/// <param name="PdfPath">Where it was written.</param>
/// <param name="PageCount">Its number of pages.</param>
/// <param name="Passes">How many times the page was printed (1, or 2+ while settling contents page numbers).</param>
/// <param name="ContentsPages">Page number written into each contents entry, by target id (empty without a contents list).</param>
/// <param name="Elapsed">Wall time from opening the tab to writing the file.</param>
public sealed record PrintedPdf(string PdfPath, int PageCount, int Passes, IReadOnlyDictionary<string, int> ContentsPages, TimeSpan Elapsed);

/// <summary>
/// A headless Chromium started once and reused for many PDFs, driven over the DevTools protocol.
/// Dispose it to stop the browser and delete its throwaway profile.
/// </summary>
public sealed class PdfBrowser : IAsyncDisposable
{
    private const string ListContentsTargetsScript =
        "Array.from(document.querySelectorAll('" + ContentsPageNumbers.SpanSelector + "'), span => span.getAttribute('data-for'))";

    private readonly Process _process;
    private readonly CdpConnection _connection;
    private readonly PdfBrowserOptions _options;
    private readonly ChromiumOutput _output;
    private int _disposed;

    private PdfBrowser(Process process, CdpConnection connection, PdfBrowserOptions options, ChromiumOutput output, string userDataDirectory, string version, TimeSpan startupTime)
    {
        _process = process;
        _connection = connection;
        _options = options;
        _output = output;
        UserDataDirectory = userDataDirectory;
        Version = version;
        StartupTime = startupTime;
    }

    /// <summary>Process id of the browser, so callers and tests can see that one process serves every PDF.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The throwaway profile directory; deleted on dispose.</summary>
    public string UserDataDirectory { get; }

    /// <summary>Browser product and version as Chromium reports it, e.g. <c>HeadlessChrome/156.0.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>Time from launching the process to a working DevTools connection.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Starts Chromium headless and offline with a fresh profile, and connects to it.</summary>
    /// <exception cref="PdfPrintException">The browser did not start or did not open DevTools in time; the message says why.</exception>
    public static async Task<PdfBrowser> StartAsync(string executablePath, PdfBrowserOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PdfBrowserOptions.Default;
        var stopwatch = Stopwatch.StartNew();
        var userDataDirectory = Directory.CreateTempSubdirectory("sitegen-chromium-").FullName;
        var output = new ChromiumOutput();
        Process? process = null;
        try
        {
            process = Launch(executablePath, userDataDirectory, output);
            var endpoint = await WaitForDevToolsAsync(process, userDataDirectory, output, options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            var remaining = options.StartupTimeout - stopwatch.Elapsed;
            var connection = await CdpConnection.ConnectAsync(endpoint, remaining > TimeSpan.Zero ? remaining : TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            try
            {
                var version = await connection.SendAsync("Browser.getVersion", null, null, options.StartupTimeout, cancellationToken).ConfigureAwait(false);
                return new PdfBrowser(process, connection, options, output, userDataDirectory,
                    version.GetProperty("product").GetString() ?? "unknown", stopwatch.Elapsed);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception e)
        {
            Stop(process);
            await DeleteProfileAsync(userDataDirectory).ConfigureAwait(false);
            if (e is PdfPrintException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                throw;
            }

            throw new PdfPrintException($"Chromium ({executablePath}) did not start: {e.Message}{output.Describe()}", e);
        }
    }

    /// <summary>
    /// Prints one HTML file that is already on disk to <paramref name="pdfPath"/>: loads it from its file URL,
    /// waits for web fonts, fills contents page numbers (printing again until they are right), and writes the
    /// file atomically so a failed print never leaves half a PDF.
    /// </summary>
    /// <exception cref="PdfPrintException">A step failed or timed out; the message names the page and the step.</exception>
    public async Task<PrintedPdf> PrintAsync(string htmlPath, string pdfPath, PdfPrintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        options ??= PdfPrintOptions.Default;
        var stopwatch = Stopwatch.StartNew();
        var fullHtmlPath = Path.GetFullPath(htmlPath);
        if (!File.Exists(fullHtmlPath))
        {
            throw new PdfPrintException($"Cannot print {htmlPath} to PDF: the file does not exist.");
        }

        var step = "opening a browser tab";
        BrowserTab? tab = null;
        try
        {
            tab = await BrowserTab.OpenAsync(_connection, _options.PageStepTimeout, cancellationToken).ConfigureAwait(false);

            step = "loading the page";
            await tab.NavigateAsync(new Uri(fullHtmlPath), cancellationToken).ConfigureAwait(false);

            step = "waiting for web fonts";
            await tab.EvaluateAsync("document.fonts.ready.then(() => true)", cancellationToken).ConfigureAwait(false);

            step = "printing";
            var (pdf, facts, passes, contentsPages) = await PrintSettlingContentsAsync(tab, htmlPath, options, s => step = s, cancellationToken).ConfigureAwait(false);

            step = "writing the PDF";
            WriteAtomically(pdfPath, pdf);
            return new PrintedPdf(pdfPath, facts.PageCount, passes, contentsPages, stopwatch.Elapsed);
        }
        catch (Exception e) when (e is not PdfPrintException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new PdfPrintException($"Could not print {htmlPath} to PDF while {step}: {e.Message}{(_process.HasExited ? _output.Describe() : "")}", e);
        }
        finally
        {
            if (tab is not null)
            {
                await CloseQuietlyAsync(tab).ConfigureAwait(false);
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

        try
        {
            await _connection.SendAsync("Browser.close", null, null, TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Closing races with the socket going away; the process is stopped below either way.
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(exited.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // It did not close in time: Stop kills it.
        }

        Stop(_process);
        _process.Dispose();
        await DeleteProfileAsync(UserDataDirectory).ConfigureAwait(false);
    }

    private async Task<(byte[] Pdf, PrintedPdfFacts Facts, int Passes, IReadOnlyDictionary<string, int> ContentsPages)> PrintSettlingContentsAsync(
        BrowserTab tab, string htmlPath, PdfPrintOptions options, Action<string> reportStep, CancellationToken cancellationToken)
    {
        var targetIds = options.FillContentsPageNumbers
            ? (await tab.EvaluateAsync(ListContentsTargetsScript, cancellationToken).ConfigureAwait(false))
                .EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        if (targetIds.Count == 0)
        {
            var single = await tab.PrintAsync(options, cancellationToken).ConfigureAwait(false);
            // No contents to check: only the page count is needed, so no page is parsed.
            return (single, PrintedPdfFacts.Read(single, wantedIds: []), 1, new Dictionary<string, int>());
        }

        await FillContentsAsync(tab, ContentsPageNumbers.PlaceholderTexts(targetIds), cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, int>? shown = null;
        for (var pass = 1; ; pass++)
        {
            reportStep(string.Create(CultureInfo.InvariantCulture, $"printing (pass {pass})"));
            var pdf = await tab.PrintAsync(options, cancellationToken).ConfigureAwait(false);
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
                case ContentsCheck.PrintAgain again when pass >= options.MaxContentsPasses:
                    throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
                        $"The contents page numbers of {htmlPath} still moved after {pass} prints; the layout does not settle (does the contents list wrap differently as numbers change?)."));
                case ContentsCheck.PrintAgain again:
                    await FillContentsAsync(tab, ContentsPageNumbers.Texts(again.Pages), cancellationToken).ConfigureAwait(false);
                    shown = again.Pages;
                    break;
            }
        }
    }

    private static Task FillContentsAsync(BrowserTab tab, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken) =>
        // The map is passed as JSON, which is a valid JavaScript literal, so ids and numbers need no escaping by hand.
        tab.EvaluateAsync(
            "(texts => { for (const span of document.querySelectorAll('" + ContentsPageNumbers.SpanSelector + "')) {"
            + " const id = span.getAttribute('data-for'); if (Object.hasOwn(texts, id)) span.textContent = texts[id]; } })("
            + JsonSerializer.Serialize(texts) + ")",
            cancellationToken);

    private static async Task CloseQuietlyAsync(BrowserTab tab)
    {
        try
        {
            await tab.CloseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The PDF is written (or the error already reported); a tab that will not close goes with the browser.
        }
    }

    private static Process Launch(string executablePath, string userDataDirectory, ChromiumOutput output)
    {
        var start = new ProcessStartInfo(executablePath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in ChromiumLaunch.Arguments(userDataDirectory))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<Uri> WaitForDevToolsAsync(Process process, string userDataDirectory, ChromiumOutput output, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(userDataDirectory, ChromiumLaunch.ActivePortFileName);
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (File.Exists(portFile) && ChromiumLaunch.ParseActivePort(await ReadSharedAsync(portFile, cancellationToken).ConfigureAwait(false)) is { } endpoint)
            {
                return endpoint;
            }

            if (process.HasExited)
            {
                process.WaitForExit(); // lets the output readers catch up, so the error can quote the reason
                throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
                    $"Chromium ({process.StartInfo.FileName}) exited with code {process.ExitCode} before opening DevTools.{output.Describe()}"));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken).ConfigureAwait(false);
        }

        throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
            $"Chromium ({process.StartInfo.FileName}) did not open DevTools within {timeout.TotalSeconds:0} s.{output.Describe()}"));
    }

    private static async Task<string> ReadSharedAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return ""; // Being written right now: try again on the next poll.
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, fullPath, overwrite: true);
    }

    private static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
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

    /// <summary>The last lines Chromium wrote to stdout/stderr, quoted in errors because they usually say why it failed.</summary>
    private sealed class ChromiumOutput
    {
        private const int Keep = 15;
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > Keep)
                {
                    _lines.Dequeue();
                }
            }
        }

        public string Describe()
        {
            lock (_lines)
            {
                return _lines.Count == 0 ? "" : Environment.NewLine + "Chromium's last output:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", _lines);
            }
        }
    }
}
