using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Reports;

namespace SiteGen.Cli;

/// <summary><c>sitegen pdf</c>: builds the site, then prints every report and appendix to <c>pdf/</c>, reprinting only what changed.</summary>
internal static class PdfCommand
{
    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list notes, and each PDF with its page count and time." };
        var command = new Command("pdf",
            "Build the site, then print each report and its appendices to PDF in the output folder's pdf/ (needs Chromium). Only PDFs whose pages changed are printed again.")
        {
            verbose,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(BuildCommand.Run(Program.SiteFolder(parse, siteOption), parse.GetValue(verbose), CommandOutput.ForConsole(), null, pdf: true, cancellationToken)));
        return command;
    }
}

/// <summary>
/// The PDF part of a build, run by <see cref="Output.SiteWriter"/> on the staging folder before it is swapped in:
/// always carries forward the live site's still-valid PDFs, and when asked, prints the rest with one browser.
/// </summary>
/// <param name="siteFolder">The site's own folder, so errors name files as the user types them.</param>
/// <param name="reportsFolder">Where the reports' Markdown is, so a refused request is located at the line that asked for it.</param>
internal sealed class PdfStep(string liveSiteFolder, bool print, bool verbose, Func<ChromiumLookup> locateChromium, CancellationToken cancellationToken,
    string? siteFolder = null, string? reportsFolder = null)
{
    private PdfCarryOver? _carryOver;
    private PdfBatchResult? _printed;
    private TimeSpan _printTime;

    /// <summary>Time spent in the PDF step (fingerprints, copies and printing), so the build's own time can be told apart.</summary>
    public TimeSpan Elapsed { get; private set; }

    public Diagnostic? BeforeSwap(string staging)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (CarryOverAndPrint(staging) is { } failure) return failure;
            // The pages were rendered before any PDF existed: now link those that do, with their pages and size.
            PdfLinks.FillSite(staging, SitePage.PdfFolder);
            return null;
        }
        finally
        {
            Elapsed = clock.Elapsed;
        }
    }

    private Diagnostic? CarryOverAndPrint(string staging)
    {
        var options = PdfPrintOptions.Default;
        var jobs = SitePdfs.Jobs(staging, SitePage.PrintFolder, SitePage.PdfFolder);
        _carryOver = SitePdfs.CarryOver(jobs, Path.Combine(liveSiteFolder, SitePage.PdfFolder), Path.Combine(staging, SitePage.PdfFolder), options);
        if (!print || _carryOver.Stale.Count == 0) return null;

        string chromium;
        switch (locateChromium())
        {
            case ChromiumLookup.Found found:
                chromium = found.ExecutablePath;
                break;
            case ChromiumLookup.NotFound notFound:
                return Diagnostic.Error("pdf", 0, "SG0650", notFound.Message + " The site was not changed; `sitegen build` still works without Chromium.");
            default:
                throw new InvalidOperationException("Unknown Chromium lookup result.");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            _printed = PdfBatch.PrintChangedAsync(Path.Combine(staging, SitePage.PdfFolder), jobs, chromium, options, cancellationToken: cancellationToken, siteRoot: staging)
                .GetAwaiter().GetResult();
            _printTime = clock.Elapsed;
            return null;
        }
        catch (PrintRefusedException e)
        {
            return Refused(e, staging);
        }
        catch (PdfPrintException e)
        {
            return Diagnostic.Error("pdf", 0, "SG0651", $"{e.Message} No PDF was published and the site was not changed.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Diagnostic.Error("pdf", 0, "SG0652", "Printing was cancelled. The site was not changed.");
        }
    }

    /// <summary>The error for a page whose print was refused, at the line of the report that asked for the refused file or address.</summary>
    private Diagnostic Refused(PrintRefusedException e, string staging)
    {
        var htmlPath = Path.GetFullPath(e.HtmlPath);
        var references = LinkedAssets.References(htmlPath, path => SiteFiles.TryRead(staging, path) is SiteFileRead.Read read ? read.Bytes : null);
        var pageName = Path.GetFileNameWithoutExtension(htmlPath);
        var sources = new List<(string File, string Text)>();
        if (reportsFolder is not null && Directory.Exists(reportsFolder))
        {
            var names = Directory.EnumerateFiles(reportsFolder, "*.md").Select(Path.GetFileName).OfType<string>();
            foreach (var name in PrintRefusals.SourceCandidates(pageName, names))
            {
                var path = Path.Combine(reportsFolder, name);
                if (SiteFiles.TryRead(reportsFolder, path) is SiteFileRead.Read read)
                {
                    var display = siteFolder is null ? path : Path.GetRelativePath(siteFolder, path).Replace('\\', '/');
                    sources.Add((display, System.Text.Encoding.UTF8.GetString(read.Bytes)));
                }
            }
        }

        if (sources.Count == 0)
        {
            sources.Add(($"{SitePage.PrintFolder}/{Path.GetFileName(htmlPath)}", ""));
        }

        var located = PrintRefusals.Locate(htmlPath, e.Refused, references, sources);
        return PrintRefusals.ToDiagnostic(located, $"{SitePage.PrintFolder}/{Path.GetFileName(htmlPath)}");
    }

    /// <summary>What happened to the PDFs, for the command's output (nothing when the site has no print-ready pages).</summary>
    public void Summarise(string outputDir, TextWriter stdout)
    {
        if (_carryOver is null || _carryOver.Jobs.Count == 0) return;
        if (!print)
        {
            var stale = _carryOver.Stale.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $"; {_carryOver.Stale.Count} not printed yet or out of date (run `sitegen pdf` to print them)");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PDFs: kept {_carryOver.CarriedOver.Count} unchanged in {outputDir}/{SitePage.PdfFolder}/{stale}."));
            return;
        }

        var printed = _printed?.Jobs.Where(j => j.Outcome == PdfJobOutcome.Printed).ToList() ?? [];
        if (verbose)
            foreach (var job in printed)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  printed {SitePage.PdfFolder}/{job.Job.PdfFileName}: {job.Printed!.PageCount} pages, {job.Printed.Passes} pass{(job.Printed.Passes == 1 ? "" : "es")}, {job.Printed.Elapsed.TotalSeconds:0.00} s"));
        var timing = printed.Count == 0 ? "." : string.Create(CultureInfo.InvariantCulture,
            $" in {_printTime.TotalSeconds:0.00} s (browser start {_printed!.BrowserStartup?.TotalSeconds ?? 0:0.00} s).");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PDFs: printed {printed.Count}, {_carryOver.CarriedOver.Count} unchanged, into {outputDir}/{SitePage.PdfFolder}/{timing}"));
    }
}
