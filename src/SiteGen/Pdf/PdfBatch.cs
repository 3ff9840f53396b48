namespace SiteGen.Pdf;

/// <summary>One PDF to produce: an HTML file already on disk, printed to a file name in the batch's PDF folder.</summary>
internal sealed record PdfJob(string HtmlPath, string PdfFileName);

/// <summary>Whether a job's PDF was printed or left alone.</summary>
internal enum PdfJobOutcome
{
    /// <summary>Inputs changed (or no PDF yet): printed.</summary>
    Printed,

    /// <summary>Same fingerprint as the existing PDF: not printed.</summary>
    UpToDate,
}

/// <summary>What happened to one job; <paramref name="Printed"/> is set when it was printed.</summary>
internal sealed record PdfJobResult(PdfJob Job, PdfJobOutcome Outcome, string Fingerprint, PrintedPdf? Printed);

/// <summary>What a batch did; <paramref name="BrowserStartup"/> is null when every PDF was up to date and Chromium was never started.</summary>
internal sealed record PdfBatchResult(IReadOnlyList<PdfJobResult> Jobs, TimeSpan? BrowserStartup);

/// <summary>Prints the PDFs whose inputs changed, all with one browser that starts only if something needs printing.</summary>
internal static class PdfBatch
{
    /// <summary>
    /// For each job, compares the inputs' fingerprint with the manifest in <paramref name="pdfDirectory"/>;
    /// prints the changed ones and records each in the manifest as soon as it is written, so an interrupted
    /// run keeps what it finished.
    /// </summary>
    /// <param name="siteRoot">The site folder: the only place printing reads files from; the folder holding <paramref name="pdfDirectory"/> when null.</param>
    /// <exception cref="PrintRefusedException">A page asked for something outside the site; PDFs printed before it are kept and recorded.</exception>
    /// <exception cref="PdfPrintException">Chromium failed to start or a page failed to print; PDFs printed before it are kept and recorded.</exception>
    public static async Task<PdfBatchResult> PrintChangedAsync(
        string pdfDirectory,
        IReadOnlyList<PdfJob> jobs,
        string chromiumPath,
        PdfPrintOptions? printOptions = null,
        PdfBrowserOptions? browserOptions = null,
        CancellationToken cancellationToken = default,
        string? siteRoot = null)
    {
        printOptions ??= PdfPrintOptions.Default;
        siteRoot = Path.GetFullPath(siteRoot ?? Path.GetDirectoryName(Path.GetFullPath(pdfDirectory))!);
        var manifest = PdfManifest.Load(pdfDirectory);
        var results = new List<PdfJobResult>(jobs.Count);
        PdfBrowser? browser = null;
        try
        {
            foreach (var job in jobs)
            {
                var pdfPath = Path.Combine(pdfDirectory, job.PdfFileName);
                var fingerprint = PdfFingerprint.ComputeFromDisk(job.HtmlPath, siteRoot, printOptions);
                if (manifest.IsUpToDate(job.PdfFileName, fingerprint, File.Exists(pdfPath)))
                {
                    results.Add(new PdfJobResult(job, PdfJobOutcome.UpToDate, fingerprint, null));
                    continue;
                }

                browser ??= await PdfBrowser.StartAsync(chromiumPath, browserOptions, cancellationToken).ConfigureAwait(false);
                var printed = await browser.PrintAsync(job.HtmlPath, pdfPath, siteRoot, printOptions, cancellationToken).ConfigureAwait(false);
                manifest = manifest.With(job.PdfFileName, fingerprint);
                manifest.Save(pdfDirectory);
                results.Add(new PdfJobResult(job, PdfJobOutcome.Printed, fingerprint, printed));
            }

            return new PdfBatchResult(results, browser?.StartupTime);
        }
        finally
        {
            if (browser is not null)
            {
                await browser.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
