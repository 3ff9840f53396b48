using SiteGen.Cli;
using SiteGen.Pdf;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// How PDFs survive builds, without a browser: a PDF recorded in the live site's manifest with its page's current
/// fingerprint is copied into each new build; one whose page changed is dropped rather than published out of date.
/// </summary>
[Trait("Kind", "RealTool")]
public class SitePdfsTests
{
    private const string Report = "surrey-2010-review-of-member-officer-protocol";

    private static int Build(string site) => BuildCommand.Run(new DirectoryInfo(site), verbose: false, new StringWriter(), new StringWriter());

    /// <summary>Stands in for a printed PDF: bytes plus a manifest entry with the fingerprint of the page as built now.</summary>
    private static byte[] RecordPdf(TestSupport.TempSite site, string name)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 " + name);
        var pdfFolder = site.File("_site/pdf");
        Directory.CreateDirectory(pdfFolder);
        File.WriteAllBytes(Path.Combine(pdfFolder, name + ".pdf"), bytes);
        var fingerprint = PdfFingerprint.ComputeFromDisk(site.File($"_site/print/{name}.html"), site.File("_site"), PdfPrintOptions.Default);
        PdfManifest.Load(pdfFolder).With(name + ".pdf", fingerprint).Save(pdfFolder);
        return bytes;
    }

    [Fact]
    public void Jobs_are_the_print_ready_pages_in_name_order()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, Build(site.Path));
        var jobs = SitePdfs.Jobs(site.File("_site"), "print", "pdf");
        Assert.Equal(
            ["hackney-2013-member-officer-relations-overview-appendix-1.pdf", "hackney-2013-member-officer-relations-overview-appendix-2.pdf",
             "hackney-2013-member-officer-relations-overview.pdf", $"{Report}-appendix-a.pdf", $"{Report}-appendix-b.pdf", $"{Report}.pdf"],
            jobs.Select(j => j.PdfFileName));
        Assert.All(jobs, j => Assert.True(File.Exists(j.HtmlPath)));
    }

    [Fact]
    public void A_plain_build_keeps_pdfs_whose_pages_are_unchanged_and_drops_those_that_changed()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, Build(site.Path));
        var report = RecordPdf(site, Report);
        var appendix = RecordPdf(site, Report + "-appendix-a");

        Assert.Equal(0, Build(site.Path));
        Assert.Equal(report, File.ReadAllBytes(site.File($"_site/pdf/{Report}.pdf")));
        Assert.Equal(appendix, File.ReadAllBytes(site.File($"_site/pdf/{Report}-appendix-a.pdf")));

        // The report's text changes; its appendix (the extracts) does not.
        var path = site.File($"content/reports/{Report}.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Financial and value for money implications", "Financial implications", StringComparison.Ordinal));
        Assert.Equal(0, Build(site.Path));
        Assert.False(File.Exists(site.File($"_site/pdf/{Report}.pdf")));
        Assert.Equal(appendix, File.ReadAllBytes(site.File($"_site/pdf/{Report}-appendix-a.pdf")));
        Assert.Equal([Report + "-appendix-a.pdf"], PdfManifest.Load(site.File("_site/pdf")).Fingerprints.Keys);
    }

    [Fact]
    public void A_changed_stylesheet_makes_every_pdf_stale()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, Build(site.Path));
        RecordPdf(site, Report);
        File.AppendAllText(site.File("templates/assets/print.css"), "\nh2 { color: black; }\n");
        Assert.Equal(0, Build(site.Path));
        Assert.False(Directory.Exists(site.File("_site/pdf")));
    }

    [Fact]
    public void Pdf_without_chromium_fails_with_how_to_install_it_and_leaves_the_site_alone_while_build_still_works()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, Build(site.Path));
        var before = File.ReadAllText(site.File("_site/index.html"));
        var stderr = new StringWriter();
        // The real locator, in an environment where nothing is installed.
        var noBrowser = () => ChromiumLocator.Locate(_ => null, _ => false, windows: false);

        var exit = BuildCommand.Run(new DirectoryInfo(site.Path), false, new StringWriter(), stderr, pdf: true, locateChromium: noBrowser);

        Assert.Equal(1, exit);
        Assert.Contains("error SG0650", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install chromium", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(site.File("_site/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "._site.*"));
        Assert.Equal(0, Build(site.Path));
    }

    [Fact]
    public void A_browser_that_fails_leaves_the_previous_site_and_its_pdfs_as_they_were()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, Build(site.Path));
        var kept = RecordPdf(site, Report);
        var path = site.File($"content/reports/{Report}.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Next steps:", "Next steps", StringComparison.Ordinal));
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(new DirectoryInfo(site.Path), false, new StringWriter(), stderr, pdf: true,
            locateChromium: () => new ChromiumLookup.Found("/bin/false"));

        Assert.Equal(1, exit);
        Assert.Contains("error SG0651", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Next steps:", File.ReadAllText(site.File($"_site/reports/{Report}.html")), StringComparison.Ordinal);
        Assert.Equal(kept, File.ReadAllBytes(site.File($"_site/pdf/{Report}.pdf")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "._site.*"));
    }
}
