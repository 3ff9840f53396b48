namespace SiteGen.Pdf;

/// <summary>The PDFs a staged site will publish: those carried over unchanged from the live site, and those still to print.</summary>
/// <param name="Jobs">Every print-ready page of the staged site and the PDF it prints to.</param>
/// <param name="CarriedOver">PDFs copied from the live site because their pages, assets and print options are unchanged.</param>
/// <param name="Stale">Jobs whose PDF is missing or out of date.</param>
internal sealed record PdfCarryOver(IReadOnlyList<PdfJob> Jobs, IReadOnlyList<PdfJob> CarriedOver, IReadOnlyList<PdfJob> Stale);

/// <summary>
/// The site's PDFs across builds. A build writes the whole site into a staging folder and swaps it in at the end,
/// so PDFs are handled inside that staging folder before the swap: the live site's <c>pdf/</c> folder and its
/// manifest are the cache. Still-valid PDFs are copied forward (a plain build never loses them, and never publishes
/// a PDF whose page has changed); <c>sitegen pdf</c> then prints only the stale ones. A failed print leaves the
/// staging folder unused, so the live site, PDFs included, stays as it was.
/// </summary>
internal static class SitePdfs
{
    /// <summary>Every <c>print/*.html</c> of a site folder, to be printed to <c>pdf/&lt;same name&gt;.pdf</c>, in name order.</summary>
    public static IReadOnlyList<PdfJob> Jobs(string siteFolder, string printFolder, string pdfFolder)
    {
        var print = Path.Combine(siteFolder, printFolder);
        if (!Directory.Exists(print)) return [];
        return [.. Directory.EnumerateFiles(print, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(html => new PdfJob(html, Path.GetFileNameWithoutExtension(html) + ".pdf"))];
    }

    /// <summary>
    /// Copies into <paramref name="stagingPdfFolder"/> each PDF of <paramref name="livePdfFolder"/> that the live
    /// manifest records with the fingerprint its job has now, and writes a manifest of just those.
    /// </summary>
    /// <remarks>The fingerprints read only regular files inside the staging site (the folder holding <paramref name="stagingPdfFolder"/>), so a page pointing at <c>/dev/zero</c> or a pipe elsewhere cannot stall a plain build.</remarks>
    public static PdfCarryOver CarryOver(IReadOnlyList<PdfJob> jobs, string livePdfFolder, string stagingPdfFolder, PdfPrintOptions options)
    {
        var siteRoot = Path.GetDirectoryName(Path.GetFullPath(stagingPdfFolder))!;
        var live = PdfManifest.Load(livePdfFolder);
        var carried = PdfManifest.Empty;
        var carriedJobs = new List<PdfJob>();
        var stale = new List<PdfJob>();
        foreach (var job in jobs)
        {
            var fingerprint = PdfFingerprint.ComputeFromDisk(job.HtmlPath, siteRoot, options);
            var livePdf = Path.Combine(livePdfFolder, job.PdfFileName);
            if (!live.IsUpToDate(job.PdfFileName, fingerprint, File.Exists(livePdf)))
            {
                stale.Add(job);
                continue;
            }
            Directory.CreateDirectory(stagingPdfFolder);
            File.Copy(livePdf, Path.Combine(stagingPdfFolder, job.PdfFileName), overwrite: true);
            carried = carried.With(job.PdfFileName, fingerprint);
            carriedJobs.Add(job);
        }
        if (carriedJobs.Count > 0) carried.Save(stagingPdfFolder);
        return new PdfCarryOver(jobs, carriedJobs, stale);
    }
}
