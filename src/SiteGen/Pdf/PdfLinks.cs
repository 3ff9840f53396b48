using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace SiteGen.Pdf;

/// <summary>What a page says about one PDF of the site: its file name, number of pages and size.</summary>
internal sealed record PdfFileFacts(string FileName, int Pages, long Bytes)
{
    /// <summary>"3 pages, 118 KB".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Pages} page{(Pages == 1 ? "" : "s")}, {PdfLinks.Size(Bytes)}");
}

/// <summary>
/// Links the site's pages to the PDFs that are really there. Pages are rendered before anything is printed, so the
/// templates mark where a PDF goes instead of linking to it:
/// <c>&lt;span data-sitegen-pdf="../pdf/x.pdf" data-label="Appendix A"&gt;what to say without it&lt;/span&gt;</c>,
/// and <c>&lt;p data-sitegen-pdf-none&gt;…&lt;/p&gt;</c> for what a page says only while no PDF exists at all. Once the
/// PDF step has carried over and printed, each mark becomes a link with the PDF's pages and size, or keeps its words
/// when that PDF is not there: a page never links to a PDF that is missing.
/// </summary>
internal static partial class PdfLinks
{
    /// <summary>The folders (below the site) and pages whose templates mark PDFs: the report pages and the Documents page.</summary>
    public static readonly IReadOnlyList<string> MarkedPages = [Model.SitePage.Documents.Path, Model.SitePage.ReportsFolder];

    [GeneratedRegex("""<span data-sitegen-pdf="(?<href>[^"]*)"(?: data-label="(?<label>[^"]*)")?>(?<fallback>.*?)</span>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    [GeneratedRegex("""<p\b[^>]*\bdata-sitegen-pdf-none\b[^>]*>.*?</p>\s*""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NoneNotice();

    /// <summary>The page with every mark filled from <paramref name="pdfs"/> (by file name); pure.</summary>
    public static string Fill(string html, IReadOnlyDictionary<string, PdfFileFacts> pdfs)
    {
        var filled = Mark().Replace(html, m =>
        {
            var href = m.Groups["href"].Value;
            var name = href[(href.LastIndexOf('/') + 1)..];
            if (!pdfs.TryGetValue(name, out var facts)) return m.Groups["fallback"].Value;
            var label = m.Groups["label"].Success && m.Groups["label"].Value.Length > 0
                ? $"<span class=\"visually-hidden\"> of {m.Groups["label"].Value}</span>"
                : "";
            return $"<a class=\"pdf-link\" href=\"{href}\">PDF{label}</a> <span class=\"meta\">({facts.Describe()})</span>";
        });
        return pdfs.Count == 0 ? filled : NoneNotice().Replace(filled, "");
    }

    /// <summary>"900 bytes", "118 KB", "2.4 MB" (1 KB = 1,024 bytes; kilobytes rounded up, so a small file never shows as 0 KB).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{(bytes + 1023) / 1024} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };

    /// <summary>Pages and size of every PDF in <paramref name="pdfFolder"/>; a file PdfPig cannot open, or that is not a regular file inside the folder, is left out, so nothing links to it.</summary>
    public static IReadOnlyDictionary<string, PdfFileFacts> Read(string pdfFolder)
    {
        var facts = new Dictionary<string, PdfFileFacts>(StringComparer.Ordinal);
        if (!Directory.Exists(pdfFolder)) return facts;
        foreach (var path in Directory.EnumerateFiles(pdfFolder, "*.pdf").Order(StringComparer.Ordinal))
        {
            // Only a regular file inside the folder, of at most the size printing reads: a link to a device or a pipe
            // planted under a PDF's name is never opened.
            if (SiteFiles.TryRead(pdfFolder, path) is not SiteFileRead.Read { Bytes: var bytes }) continue;
            try
            {
                using var document = PdfDocument.Open(bytes);
                var name = Path.GetFileName(path);
                facts[name] = new PdfFileFacts(name, document.NumberOfPages, bytes.LongLength);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not a readable PDF: the pages keep saying it has not been printed.
            }
        }
        return facts;
    }

    /// <summary>Fills the marks in the Documents page and the report pages of a built site folder, from the PDFs in its <c>pdf/</c> folder.</summary>
    public static void FillSite(string siteFolder, string pdfFolderName)
    {
        var pdfs = Read(Path.Combine(siteFolder, pdfFolderName));
        foreach (var marked in MarkedPages)
        {
            var path = Path.Combine(siteFolder, marked);
            IEnumerable<string> files = File.Exists(path) ? [path]
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.html") : [];
            foreach (var file in files)
            {
                var html = File.ReadAllText(file);
                var filled = Fill(html, pdfs);
                if (!string.Equals(filled, html, StringComparison.Ordinal)) File.WriteAllText(file, filled);
            }
        }
    }
}
