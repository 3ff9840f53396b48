using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Pdf;

/// <summary>
/// Content hash of everything that decides what a PDF looks like: the HTML, every local file it pulls in,
/// and the print options. Equal fingerprints mean printing again would produce the same document.
/// </summary>
internal static class PdfFingerprint
{
    /// <summary>
    /// Bumped whenever SiteGen's printing itself changes (flags, contents numbering), so PDFs made by an
    /// older SiteGen are printed again even though their inputs did not change.
    /// </summary>
    public const string PrinterVersion = "sitegen-pdf/3";

    /// <summary>Fingerprint of <paramref name="htmlPath"/> as printed with <paramref name="options"/>, reading files through <paramref name="readFile"/> (null = missing).</summary>
    public static string Compute(string htmlPath, PdfPrintOptions options, Func<string, byte[]?> readFile)
    {
        var fullHtmlPath = Path.GetFullPath(htmlPath);
        var pageDirectory = Path.GetDirectoryName(fullHtmlPath)!;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, PrinterVersion);
        Append(hash, options.CacheKey);
        foreach (var path in LinkedAssets.Find(fullHtmlPath, readFile).Prepend(fullHtmlPath))
        {
            // Paths relative to the page, with '/' separators: moving the whole output folder, or building
            // on another OS, keeps the fingerprint; pointing at a different file changes it.
            Append(hash, Path.GetRelativePath(pageDirectory, path).Replace('\\', '/'));
            // A missing asset is part of the state too: creating it later must trigger a reprint.
            Append(hash, readFile(path) is { } bytes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : "missing");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Fingerprint computed from the files on disk, reading only regular files inside <paramref name="siteRoot"/>
    /// (size-limited, never a device or pipe): a reference to anything else counts as missing and is never opened.
    /// Printing refuses such a reference, so no PDF is ever recorded with it.
    /// </summary>
    public static string ComputeFromDisk(string htmlPath, string siteRoot, PdfPrintOptions options) =>
        Compute(htmlPath, options, path => SiteFiles.TryRead(siteRoot, path) is SiteFileRead.Read read ? read.Bytes : null);

    private static void Append(IncrementalHash hash, string text)
    {
        // Length-prefixed so that no two different sequences of strings hash the same bytes.
        hash.AppendData(BitConverter.GetBytes(Encoding.UTF8.GetByteCount(text)));
        hash.AppendData(Encoding.UTF8.GetBytes(text));
    }
}
