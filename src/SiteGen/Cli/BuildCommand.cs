using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pdf;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: builds the site folder into its output folder, atomically.</summary>
internal static class BuildCommand
{
    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var verbose = VerboseOption();
        var baseUrl = BaseUrlOption();
        var pdf = new Option<bool>("--pdf") { Description = "Also print each report and appendix to PDF, as `sitegen pdf` does (needs Chromium)." };
        var command = new Command("build", "Build the website from content/ and templates/ into the output folder (_site/ unless site.json says otherwise). " +
                                           "The old output is replaced only when the whole build succeeds.")
        {
            verbose,
            baseUrl,
            pdf,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            using var stop = StopSignals.Cancel(cancellationToken);
            return Task.FromResult(Run(Program.SiteFolder(parse, siteOption), parse.GetValue(verbose), CommandOutput.ForConsole(), parse.GetValue(baseUrl), parse.GetValue(pdf), stop.Token));
        });
        return command;
    }

    internal static Option<bool> VerboseOption() =>
        new("--verbose", "-v") { Description = "Also list notes (for example skipped tables of contents), not just warnings and errors." };

    /// <summary>--base-url: where the site will be published, overriding site.json for one run (the GitHub Pages workflow passes its address).</summary>
    internal static Option<string?> BaseUrlOption()
    {
        var option = new Option<string?>("--base-url")
        {
            Description = "The web address the site will be published at, e.g. https://council.github.io/protocols/. Overrides \"baseUrl\" in site.json for this run. " +
                          "Used for canonical links and the not-found page; every other link stays relative.",
            HelpName = "url",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && NormaliseBaseUrl(value) is null)
                result.AddError($"--base-url must be a full http:// or https:// address such as https://council.github.io/protocols/ (got '{value}').");
        });
        return option;
    }

    /// <summary>The address with exactly one trailing slash, or null when it is not an absolute http(s) URL.</summary>
    internal static string? NormaliseBaseUrl(string value)
    {
        var trimmed = value.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return null;
        return trimmed.TrimEnd('/') + "/";
    }

    /// <param name="pdf">Print the reports' PDFs before the new site is swapped in (<c>build --pdf</c>, <c>sitegen pdf</c>).</param>
    /// <param name="locateChromium">Finds the browser; <see cref="ChromiumLocator.Locate()"/> unless a test simulates another machine.</param>
    public static int Run(DirectoryInfo site, bool verbose, TextWriter stdout, TextWriter stderr, bool pdf = false,
        CancellationToken cancellationToken = default, Func<ChromiumLookup>? locateChromium = null) =>
        Run(site, verbose, CommandOutput.Plain(stdout, stderr), null, pdf, cancellationToken, locateChromium);

    public static int Run(DirectoryInfo site, bool verbose, CommandOutput output, string? baseUrl = null, bool pdf = false,
        CancellationToken cancellationToken = default, Func<ChromiumLookup>? locateChromium = null)
    {
        try
        {
            var built = BuildToOutput(site, verbose, output, baseUrl, pdf, cancellationToken, locateChromium);
            return built is null ? ExitCodes.BuildFailed : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>
    /// Builds and writes the site into its output folder, reporting as <c>sitegen build</c> does; returns the output
    /// folder, or null when the build failed. A cancelled build says so, publishes nothing, and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    internal static string? BuildToOutput(DirectoryInfo site, bool verbose, CommandOutput output, string? baseUrl, bool pdf = false,
        CancellationToken cancellationToken = default, Func<ChromiumLookup>? locateChromium = null)
    {
        try
        {
            return BuildAndWrite(site, verbose, output, baseUrl, pdf, cancellationToken, locateChromium);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Report(Diagnostic.Error(Content.ContentLoader.ConfigFile, 0, "SG1503",
                "The build was cancelled (Ctrl+C or a stop signal). Nothing was published: the previous site, if any, is as it was, and the half-built copy was removed."));
            throw;
        }
    }

    private static string? BuildAndWrite(DirectoryInfo site, bool verbose, CommandOutput output, string? baseUrl, bool pdf,
        CancellationToken cancellationToken, Func<ChromiumLookup>? locateChromium)
    {
        var clock = Stopwatch.StartNew();
        // Each file goes into a staging folder beside the output folder as soon as it is made, so the build never holds
        // the whole site in memory; only a successful build is swapped in, and the staging folder goes with any other end.
        // Where SiteGen may not write (not its folder, another build writing it), the build runs in memory and the
        // writer below says why, as it always has.
        SiteWriter.StagedSite? staged = null;
        using var disposeStaged = new StagedDisposal(() => staged);
        var result = output.WithStatus("Building the site…", () => SiteBuild.Run(site.FullName, baseUrl is null ? null : NormaliseBaseUrl(baseUrl), cancellationToken: cancellationToken,
            stage: config => staged = SiteWriter.StagedSite.Open(Path.Combine(site.FullName, config.OutputDir), out _)));
        Report(result.Diagnostics, verbose, output);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            output.Bad(string.Create(CultureInfo.InvariantCulture, $"Build failed with {errors} error{(errors == 1 ? "" : "s")}. The previous site, if any, was left unchanged."));
            return null;
        }

        var outputDir = Path.Combine(site.FullName, result.Config!.OutputDir);
        var pdfStep = new PdfStep(outputDir, pdf, verbose, locateChromium ?? ChromiumLocator.Locate, cancellationToken,
            site.FullName, Path.Combine(site.FullName, result.Config.ContentDir, "reports"));
        var writing = Stopwatch.StartNew();
        var written = staged is null ? SiteWriter.Write(result.Files, outputDir, pdfStep.BeforeSwap, cancellationToken) : staged.Publish(pdfStep.BeforeSwap, cancellationToken);
        if (written is { } writeError)
        {
            Report([writeError], verbose, output);
            return null;
        }

        var clauses = result.Protocols.Sum(p => p.AllClauses().Count());
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Protocols.Length} protocols ({clauses} clauses) into {result.Config.OutputDir}/ ({result.Files.Length} files) in {(clock.Elapsed - pdfStep.Elapsed).TotalSeconds:0.00} s{(warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : "")}."));
        if (verbose)
            output.Line("Stages: " + string.Join(", ", result.Stages.Append((Stage: "write", Elapsed: writing.Elapsed - pdfStep.Elapsed))
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalSeconds:0.00} s"))) + ".");
        pdfStep.Summarise(result.Config.OutputDir, output.Out);
        return outputDir;
    }

    /// <summary>Disposes the staging folder the build opened, if it opened one, however the command ends.</summary>
    private sealed class StagedDisposal(Func<SiteWriter.StagedSite?> staged) : IDisposable
    {
        public void Dispose() => staged()?.Dispose();
    }

    internal static void Report(IEnumerable<Diagnostic> diagnostics, bool verbose, CommandOutput output)
    {
        foreach (var d in diagnostics.Where(d => verbose || d.Severity != Severity.Info))
            output.Report(d);
    }
}
