using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SiteGen.Content;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve</c>: a local preview on 127.0.0.1 that rebuilds and reloads the browser whenever an input is saved.</summary>
internal static class ServeCommand
{
    /// <summary>The port tried first when none is given; if it is taken, any free port is used instead.</summary>
    public const int DefaultPort = 8080;

    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var port = new Option<int?>("--port", "-p")
        {
            Description = $"Port for the preview on 127.0.0.1. Defaults to {DefaultPort}, or any free port if {DefaultPort} is taken; 0 always picks a free port.",
            HelpName = "number",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && (value < 0 || value > 65535))
                result.AddError($"--port must be between 0 and 65535 (got {value}).");
        });
        var basePath = new Option<string>("--base-path")
        {
            Description = "Serve the site under this path, e.g. /protocols/, to preview it as it will look on a GitHub Pages project site. Defaults to /.",
            HelpName = "path",
        };
        basePath.Validators.Add(result =>
        {
            try { BasePath.Parse(result.GetValueOrDefault<string>()); }
            catch (ArgumentException ex) { result.AddError(ex.Message); }
        });
        var open = new Option<bool>("--open", "-o") { Description = "Open the preview in your web browser once it is ready (skipped, with a note, where there is no desktop)." };
        var verbose = BuildCommand.VerboseOption();

        var command = new Command("serve", "Preview the site in your browser at http://127.0.0.1:8080/. Saving a protocol, report, template or site.json " +
                                           "rebuilds the site and reloads the page; if a save breaks the build, the page shows the errors until the next save fixes them. " +
                                           "Press Ctrl+C to stop. Nothing is written to the output folder.")
        {
            port,
            basePath,
            open,
            verbose,
        };
        command.SetAction((parse, ct) => RunAsync(
            Program.SiteFolder(parse, siteOption), parse.GetValue(port), parse.GetValue(basePath) ?? "/", parse.GetValue(open), parse.GetValue(verbose),
            CommandOutput.ForConsole(), ct));
        return command;
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C); returns the exit code.</summary>
    public static async Task<int> RunAsync(DirectoryInfo site, int? port, string basePath, bool open, bool verbose, CommandOutput output, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(site.FullName, ContentLoader.ConfigFile)))
        {
            // Without site.json this is not a site folder; say so now rather than serve an error page forever.
            output.Bad($"There is no site.json in {site.FullName}. Run sitegen serve from your site folder (the one with site.json and content/), or pass --site <folder>.");
            return ExitCodes.BuildFailed;
        }
        var chosenPort = port ?? (IsFree(DefaultPort) ? DefaultPort : 0);
        var reporter = new RebuildPrinter(output, verbose);
        SitePreview preview;
        try
        {
            // The first build's report waits until the spinner has gone, so the two never draw over each other.
            preview = await output.WithStatusAsync("Building the site for the preview…",
                _ => SitePreview.StartAsync(site.FullName, chosenPort, basePath, reporter.Print, cancellationToken)).ConfigureAwait(false);
            reporter.Release();
        }
        catch (IOException ex)
        {
            reporter.Release();
            output.Bad(ex.Message);
            return ExitCodes.CannotServe;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        await using (preview.ConfigureAwait(false))
        {
            output.Line("");
            output.Good($"Serving the site at {preview.Url.AbsoluteUri}");
            if (port is null && chosenPort != DefaultPort)
                output.Line($"(Port {DefaultPort} is in use by another program, so a free port was chosen.)");
            // A site without a templates folder (the usual case with the installed tool) uses the built-in templates.
            var templates = preview.Watched[1];
            var watching = preview.Watched.Where(w => w != templates || Directory.Exists(w)).Except(preview.Unwatched, StringComparer.Ordinal);
            output.Line("Watching " + string.Join(", ", watching.Select(w => DisplayPath(site.FullName, w))) + " for changes. Press Ctrl+C to stop.");
            if (!Directory.Exists(templates))
                output.Line($"There is no {DisplayPath(site.FullName, templates)} folder, so SiteGen's built-in templates are used; restart the preview after creating one.");
            foreach (var missing in preview.Unwatched.Where(m => m != templates))
                output.Line($"Not watching {DisplayPath(site.FullName, missing)}: it does not exist yet. Restart the preview after creating it.");
            if (open) TryOpenBrowser(preview.Url, output);

            try
            {
                await preview.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                output.Line("Stopping the preview.");
                return ExitCodes.Success;
            }
        }
        // The rebuild loop ended without being asked to: that is a bug, not something the user did.
        output.Bad("The preview stopped unexpectedly.");
        return ExitCodes.CannotServe;
    }

    private static string DisplayPath(string siteRoot, string path)
    {
        var relative = Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
        return Directory.Exists(path) ? relative + "/" : relative;
    }

    private static bool IsFree(int port)
    {
        try
        {
            var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            probe.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Opens the system browser where there is a desktop to open it on; a server or container without one just gets a note.</summary>
    private static void TryOpenBrowser(Uri url, CommandOutput output)
    {
        if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            output.Line($"--open: there is no desktop here to open a browser on; open {url.AbsoluteUri} yourself.");
            return;
        }
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            output.Line($"--open: the browser could not be opened ({ex.Message}); open {url.AbsoluteUri} yourself.");
        }
    }

    /// <summary>Prints one line per rebuild ("12:04:31 content/protocols/hackney.md changed: rebuilt in 180 ms") and the errors or new warnings.</summary>
    private sealed class RebuildPrinter(CommandOutput output, bool verbose)
    {
        private readonly Lock _gate = new();
        private HashSet<string> _knownWarnings = new(StringComparer.Ordinal);
        private List<PreviewBuild>? _held = [];

        /// <summary>Prints what was held back and everything from now on straight away.</summary>
        public void Release()
        {
            lock (_gate)
            {
                var held = _held ?? [];
                _held = null;
                foreach (var build in held) Write(build);
            }
        }

        public void Print(PreviewBuild build)
        {
            lock (_gate)
            {
                if (_held is not null) _held.Add(build);
                else Write(build);
            }
        }

        private void Write(PreviewBuild build)
        {
            {
                var report = build.Report;
                var first = report.ChangedPaths.Count == 0;
                var when = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                var cause = first ? "First build" : Describe(report.ChangedPaths) + " changed";
                if (report.Outcome.Succeeded)
                {
                    var timing = string.Create(CultureInfo.InvariantCulture, $"{build.BuildTime.TotalMilliseconds:0} ms");
                    var wait = first ? "" : string.Create(CultureInfo.InvariantCulture, $"; pages reload {report.SinceFirstChange.TotalMilliseconds:0} ms after the save");
                    var reuse = first || build.ProtocolsReused == 0 ? ""
                        : $" ({Count(build.ProtocolsNormalised, "protocol")} read again, {build.ProtocolsReused} unchanged)";
                    output.Line($"{when} {cause}: built {build.FileCount} files in {timing}{reuse}{wait}.");
                }
                else
                {
                    var count = report.Outcome.Errors.Count;
                    output.Bad($"{when} {cause}: the build failed with {count} error{(count == 1 ? "" : "s")}; the browser shows {(count == 1 ? "it" : "them")} over the last good version.");
                    foreach (var error in report.Outcome.Errors) output.Report(error);
                }

                // Warnings: all of them the first time (or with --verbose), afterwards only the ones this save introduced.
                var current = build.Warnings.Select(w => w.ToString()).ToHashSet(StringComparer.Ordinal);
                foreach (var warning in build.Warnings.Where(w => first || verbose || !_knownWarnings.Contains(w.ToString())))
                    output.Report(warning);
                _knownWarnings = current;
            }
        }

        private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

        private static string Describe(IReadOnlyList<string> paths) =>
            paths.Count == 1 ? Path.GetFileName(paths[0]) : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(paths[0])} and {paths.Count - 1} other file{(paths.Count == 2 ? "" : "s")}");
    }
}
