using System.Diagnostics;

namespace SiteGen.Import;

/// <summary>Runs Debian's <c>ocrmypdf</c> (Tesseract) on a scanned PDF to give it a text layer. The one effect of OCR.</summary>
internal static class OcrMyPdf
{
    /// <summary>How long one document may take before OCR is given up, so a huge scan cannot hang an import.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>The ocrmypdf program on PATH, or null.</summary>
    public static string? Locate()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "ocrmypdf.exe" : "ocrmypdf");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The OCR function for <see cref="ProtocolImporter"/>, or null where ocrmypdf is not installed.</summary>
    public static Func<byte[], byte[]>? Runner() => Locate() is { } program ? bytes => Run(program, bytes) : null;

    private static byte[] Run(string program, byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-ocr-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--quiet", "-l", "eng", "--output-type", "pdf", "--optimize", "0", input, output }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new ImportException(ImportCodes.OcrFailed, "ocrmypdf could not be started. Check it runs on its own ('ocrmypdf --version'), then try again.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ImportException(ImportCodes.OcrFailed, $"OCR took longer than {Timeout.TotalMinutes:0} minutes and was stopped. Import fewer pages with --pages.");
            }
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                var last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
                throw new ImportException(ImportCodes.OcrFailed, $"OCR failed (ocrmypdf exit code {process.ExitCode}: {last}). Check the PDF opens in a reader, or ask the council for a text copy.");
            }
            return File.ReadAllBytes(output);
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
