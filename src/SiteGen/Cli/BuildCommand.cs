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
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list notes (for example skipped tables of contents), not just warnings and errors." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print each report and appendix to PDF, as `sitegen pdf` does (needs Chromium)." };
        var command = new Command("build", "Build the site from content/ and templates/ into the output folder (_site/ by default).") { verbose, pdf };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetValue(siteOption)!, parse.GetValue(verbose), Console.Out, Console.Error, parse.GetValue(pdf), cancellationToken)));
        return command;
    }

    /// <param name="pdf">Print the reports' PDFs before the new site is swapped in (<c>build --pdf</c>, <c>sitegen pdf</c>).</param>
    /// <param name="locateChromium">Finds the browser; <see cref="ChromiumLocator.Locate()"/> unless a test simulates another machine.</param>
    public static int Run(DirectoryInfo site, bool verbose, TextWriter stdout, TextWriter stderr, bool pdf = false,
        CancellationToken cancellationToken = default, Func<ChromiumLookup>? locateChromium = null)
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuild.Run(site.FullName);
        Report(result.Diagnostics, verbose, stderr);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Build failed with {errors} error{(errors == 1 ? "" : "s")}. The previous site, if any, was left unchanged."));
            return ExitCodes.BuildFailed;
        }

        var outputDir = Path.Combine(site.FullName, result.Config!.OutputDir);
        var pdfStep = new PdfStep(outputDir, pdf, verbose, locateChromium ?? ChromiumLocator.Locate, cancellationToken);
        if (SiteWriter.Write(result.Files, outputDir, pdfStep.BeforeSwap) is { } writeError)
        {
            Report([writeError], verbose, stderr);
            return ExitCodes.BuildFailed;
        }

        var clauses = result.Protocols.Sum(p => p.AllClauses().Count());
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Protocols.Length} protocols ({clauses} clauses) into {result.Config.OutputDir}/ ({result.Files.Length} files) in {(clock.Elapsed - pdfStep.Elapsed).TotalSeconds:0.00} s{(warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : "")}."));
        pdfStep.Summarise(result.Config.OutputDir, stdout);
        return ExitCodes.Success;
    }

    internal static void Report(IEnumerable<Diagnostic> diagnostics, bool verbose, TextWriter stderr)
    {
        foreach (var d in diagnostics.Where(d => verbose || d.Severity != Severity.Info))
            stderr.WriteLine(d.ToString());
    }
}
