using System.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>Prints HTML to PDF with Debian's chromium command line (not SiteGen's own PDF code), and rasterises PDFs into scans.</summary>
internal static class TestPdf
{
    public static byte[] Print(string html)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-import-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "protocol.html");
            var pdf = Path.Combine(folder.FullName, "protocol.pdf");
            File.WriteAllText(page, html);
            Run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri);
            Assert.True(File.Exists(pdf), "chromium printed no PDF");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A scan of the PDF: each page rendered to a picture (pdftoppm), the pictures bound into a PDF (img2pdf), no text layer.</summary>
    public static byte[] Scan(byte[] pdf, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-import-scan-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", input, Path.Combine(folder.FullName, "page"));
            var pages = Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal).ToList();
            var output = Path.Combine(folder.FullName, "scan.pdf");
            Run("img2pdf", [.. pages, "-o", output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The PDF encrypted with a password (qpdf, AES-256).</summary>
    public static byte[] Encrypt(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-import-enc-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(input, pdf);
            Run("qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", input, output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in 3 minutes");
        }
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {stderr.Result}");
    }
}
