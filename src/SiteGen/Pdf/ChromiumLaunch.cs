using System.Globalization;

namespace SiteGen.Pdf;

/// <summary>How SiteGen starts Chromium and finds its DevTools endpoint; pure, so the flags are reviewable and testable.</summary>
public static class ChromiumLaunch
{
    /// <summary>File Chromium writes into the profile once DevTools listens: port on line 1, browser WebSocket path on line 2.</summary>
    public const string ActivePortFileName = "DevToolsActivePort";

    /// <summary>
    /// Command-line flags for a headless, offline, throwaway browser. Each network-related flag stops a
    /// background fetch (component updates, sync, field trials, QUIC probes) that would hang or fail on a
    /// machine that only reaches package registries.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string userDataDirectory) =>
    [
        "--headless",
        "--no-sandbox", // Build machines and containers run as root, where the sandbox refuses to start.
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--mute-audio",
        "--remote-debugging-port=0", // Let the OS pick a free port; Chromium reports it in DevToolsActivePort.
        "--user-data-dir=" + userDataDirectory,
        "about:blank",
    ];

    /// <summary>Reads the browser-level WebSocket URL from the contents of <c>DevToolsActivePort</c>, or null while it is not fully written yet.</summary>
    public static Uri? ParseActivePort(string contents)
    {
        var lines = contents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2
            || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is <= 0 or > 65535
            || !lines[1].StartsWith("/devtools/browser/", StringComparison.Ordinal))
        {
            return null;
        }

        return new Uri(string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{port}{lines[1]}"));
    }
}
