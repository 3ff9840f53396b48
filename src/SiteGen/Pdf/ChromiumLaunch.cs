using System.Diagnostics;
using System.Globalization;
using PuppeteerSharp;

namespace SiteGen.Pdf;

/// <summary>
/// The one place SiteGen starts Chromium, for printing PDFs and for the accessibility check alike: the flags,
/// and a PuppeteerSharp launch pointed at a browser already on the machine. Nothing here downloads a browser:
/// PuppeteerSharp's browser fetcher is never used, and a missing executable is an error that says how to install one.
/// </summary>
internal static class ChromiumLaunch
{
    /// <summary>
    /// Flags added to PuppeteerSharp's own headless defaults. Each network-related flag stops a background fetch
    /// (component updates, sync, field trials, QUIC probes, DNS prefetch) that would hang or fail on a machine
    /// that only reaches package registries; page requests themselves are all intercepted (<see cref="SiteRequestGuard"/>).
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        // Build machines and containers run SiteGen as root, where Chromium's sandbox refuses to start. What the
        // sandbox would contain is a renderer reading files or the network on its own; SiteGen does not rely on it
        // for that: every request a page makes is intercepted and only regular files inside the site are served,
        // and page scripts are switched off while printing.
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--disable-breakpad",
        "--no-pings",
        "--hide-scrollbars",
        "--mute-audio",
        // Every host name resolves to nothing: a request that somehow escaped interception could not reach a named host.
        // Quoted because PuppeteerSharp joins the flags into one command line, which is split again at spaces.
        HostResolverRules(""),
    ];

    /// <summary>
    /// The same flags, except that this machine's own loopback address still resolves: for the tests that browse a
    /// site served on 127.0.0.1 as a reader would, and for the benchmark's search timing. SiteGen itself never uses them;
    /// it reads its pages from the disk.
    /// </summary>
    internal static IReadOnlyList<string> LoopbackArguments { get; } =
        [.. Arguments.Select(a => a == HostResolverRules("") ? HostResolverRules(", EXCLUDE 127.0.0.1, EXCLUDE localhost") : a)];

    private static string HostResolverRules(string exclusions) => $"--host-resolver-rules=\"MAP * ~NOTFOUND{exclusions}\"";

    /// <summary>Starts the browser at <paramref name="executablePath"/> headless, with a throwaway profile.</summary>
    /// <exception cref="PdfPrintException">No executable is there, or it did not start in time; the message says why and how to fix it.</exception>
    /// <param name="reachLoopback">Whether pages may reach 127.0.0.1 (<see cref="LoopbackArguments"/>); only tests and the benchmark ask for it.</param>
    public static async Task<IBrowser> StartAsync(string executablePath, string userDataDirectory, TimeSpan timeout, CancellationToken cancellationToken, bool reachLoopback = false)
    {
        if (!ChromiumLocator.IsExecutableFile(executablePath))
        {
            throw new PdfPrintException(
                $"Chromium ({executablePath}) did not start: no executable file is there. SiteGen never downloads a browser: "
                + $"install Chromium (Debian or Ubuntu: sudo apt-get install chromium), or set {ChromiumLocator.OverrideVariable} to the full path of Chromium or Google Chrome.");
        }

        var options = new LaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = [.. reachLoopback ? LoopbackArguments : Arguments],
            UserDataDir = userDataDirectory,
            Timeout = (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue),
            // Chromium's own output goes to the error message when it fails to start.
            DumpIO = false,
        };

        var launch = Puppeteer.LaunchAsync(options);
        try
        {
            return await launch.WaitAsync(timeout + TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            CloseWhenStarted(launch);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            CloseWhenStarted(launch);
            var why = e is TimeoutException
                ? string.Create(CultureInfo.InvariantCulture, $"it did not open DevTools within {timeout.TotalSeconds:0} s")
                : e.Message.Trim();
            if (e is ProcessException && !why.Contains('\n', StringComparison.Ordinal))
            {
                // PuppeteerSharp can see the exit before the browser's last words; they usually say why (a missing library).
                why += await LastWordsAsync(executablePath, userDataDirectory).ConfigureAwait(false);
            }

            throw new PdfPrintException($"Chromium ({executablePath}) did not start: {why}", e);
        }
    }

    /// <summary>
    /// Runs a browser that just exited at start-up once more, for at most ten seconds, and returns what it printed:
    /// the reason it will not start (a missing library, a bad flag), quoted in the error.
    /// </summary>
    private static async Task<string> LastWordsAsync(string executablePath, string userDataDirectory)
    {
        var start = new ProcessStartInfo(executablePath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in (string[])["--headless", .. Arguments, "--user-data-dir=" + userDataDirectory, "about:blank"])
        {
            start.ArgumentList.Add(argument.Replace("\"", "", StringComparison.Ordinal));
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return "";
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return "";
            }

            var lines = (await error.ConfigureAwait(false) + "\n" + await output.ConfigureAwait(false))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .TakeLast(15)
                .ToList();
            return lines.Count == 0 ? "" : Environment.NewLine + "Chromium's last output:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", lines);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return "";
        }
    }

    /// <summary>A launch given up on (timed out, cancelled) may still finish; the browser it starts is then closed, not left running.</summary>
    private static void CloseWhenStarted(Task<IBrowser> launch) =>
        _ = launch.ContinueWith(
            async started =>
            {
                if (started.IsCompletedSuccessfully)
                {
                    await started.Result.CloseAsync().ConfigureAwait(false);
                }
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>The process id of a launched browser, or -1 when PuppeteerSharp does not expose it.</summary>
    public static int ProcessId(IBrowser browser) => browser.Process is Process process ? SafeId(process) : -1;

    private static int SafeId(Process process)
    {
        try
        {
            return process.Id;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }
}
