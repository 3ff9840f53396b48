using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Register;

namespace SiteGen.Import;

/// <summary>What the user asked for, beside the file itself.</summary>
/// <param name="Ocr">Run OCR on a PDF without a text layer.</param>
internal sealed record ImportOptions(string? Authority = null, PageRange? Pages = null, bool Ocr = false);

/// <summary>What the import found, for the summary it prints.</summary>
internal sealed record ImportSummary(int? Pages, int Sections, int Clauses, int ExpectationLists, int Routes);

/// <summary>A successful import: the content file to write and what was found on the way.</summary>
internal sealed record ImportResult(string Slug, string Markdown, Council Council, string Title, ImportSummary Summary, ImmutableArray<ImportWarning> Warnings);

/// <summary>
/// A document's bytes → the protocol content file. Pure apart from the <c>ocr</c> parameter of its import methods, which the command passes in
/// (OCR runs an external program). Every failure is an <see cref="ImportException"/> with a code and what to do.
/// </summary>
internal static class ProtocolImporter
{
    public static readonly ImmutableArray<string> Extensions = [".pdf", ".docx", ".html", ".htm", ".txt", ".md"];

    public static ImportResult Import(string fileName, byte[] bytes, ImportOptions options, CouncilRegister register, Taxonomy taxonomy, Func<byte[], byte[]>? ocr)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new ImportException(ImportCodes.UnsupportedType,
                $"SiteGen cannot import '{extension}' files. Save the document as PDF, Word (.docx), a web page (.html) or text (.txt), then import that.");
        if (bytes.Length == 0 || (extension is ".txt" or ".md" or ".html" or ".htm" && TextDecoder.Decode(bytes).Text.Trim().Length == 0))
            throw new ImportException(ImportCodes.EmptyFile, "The file is empty. Check you exported the right document, then import it again.");
        if (options.Pages is not null && extension != ".pdf")
            throw new ImportException(ImportCodes.BadPages, "--pages only applies to PDF files. Leave it out for this file.");

        var warnings = ImmutableArray.CreateBuilder<ImportWarning>();
        var document = extension switch
        {
            ".pdf" => ReadPdf(bytes, options, ocr, warnings),
            ".docx" => DocxImporter.Read(new MemoryStream(bytes, writable: false)),
            ".html" or ".htm" => HtmlImporter.Read(TextDecoder.Decode(bytes).Text),
            _ => ReadText(bytes, extension),
        };
        warnings.AddRange(document.Warnings);
        if (!document.Blocks.Any(b => b is not FootnoteBlock))
            throw new ImportException(ImportCodes.NoText, "SiteGen found no text in the document. Check it is the protocol and not a cover page or an image, then import it again.");

        var body = ImportMarkdownWriter.Body(document.Blocks);
        var council = FindCouncil(fileName, body, options.Authority, register, document.Publisher ?? document.Title);
        var title = DocumentFacts.Title(document.Blocks, document.Title) ?? "Protocol on Member/Officer Relations";
        var date = DocumentFacts.Date(body);
        if (date is null)
            warnings.Add(new ImportWarning(ImportCodes.DateNotFound, "The document gives no adoption or revision date SiteGen could read; add 'date:' to the front matter if you know it."));
        var fm = new ImportFrontMatter(
            Authority: council.OfficialName,
            ShortName: council.NiceName,
            CouncilType: Kebab(council.CouncilType.ToString()),
            Nation: Kebab((council.NationValue ?? Nation.England).ToString()),
            Region: council.Region,
            Code: council.Code,
            Title: title,
            Status: DocumentFacts.Status(title, body),
            Date: date,
            Version: DocumentFacts.Version(body),
            Source: Path.GetFileName(fileName) + (options.Pages is { } p ? $", pages {p}" : ""),
            SourceUrl: document.SourceUrl);
        var slug = Slugs.Suggest(council.NiceName);
        var markdown = ImportMarkdownWriter.Write(fm, document.Blocks);
        var summary = Summarise(slug, markdown, taxonomy, document.Pages, warnings);
        return new ImportResult(slug, markdown, council, title, summary, warnings.ToImmutable());
    }

    private static ImportedDocument ReadPdf(byte[] bytes, ImportOptions options, Func<byte[], byte[]>? ocr, ImmutableArray<ImportWarning>.Builder warnings)
    {
        try
        {
            return PdfImporter.Read(bytes, options.Pages);
        }
        catch (ImportException e) when (e.Code == ImportCodes.NoTextLayer && options.Ocr)
        {
            if (ocr is null)
                throw new ImportException(ImportCodes.OcrMissing, "OCR is not available here. Install it with 'sudo apt-get install ocrmypdf tesseract-ocr-eng' (Debian, Ubuntu), then run again with --ocr.");
            var read = PdfImporter.Read(ocr(bytes), options.Pages);
            warnings.Add(new ImportWarning(ImportCodes.OcrUsed, "The PDF is a scan; its text was read by OCR (OCRmyPDF and Tesseract). Check the text against the original: OCR misreads some letters."));
            return read;
        }
    }

    private static ImportedDocument ReadText(byte[] bytes, string extension)
    {
        var (text, _) = TextDecoder.Decode(bytes);
        string? title = null;
        if (extension == ".md" && text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            if (end > 0)
            {
                foreach (var line in text[4..end].Split('\n'))
                    if (line.StartsWith("title:", StringComparison.Ordinal)) title = line[6..].Trim().Trim('"', '\'');
                text = text[(end + 5)..];
            }
        }
        return new ImportedDocument([new RawTextBlock(text.Trim('\n'))], [], Title: title);
    }

    /// <summary>
    /// The authority: --authority if given; else the file's name if the register knows it; else the one council the
    /// document names most often. An unknown or ambiguous name is an error listing the nearest matches.
    /// </summary>
    public static Council FindCouncil(string fileName, string body, string? authority, CouncilRegister register, string? documentTitle = null)
    {
        if (authority is not null)
        {
            var lookup = register.Find(authority);
            if (lookup.Council is { } found) return found;
            var names = string.Join("; ", lookup.Candidates.Select(c => $"\"{c.OfficialName}\" ({c.Code}{(c.Current ? "" : ", former")})"));
            throw lookup.Ambiguous
                ? new ImportException(ImportCodes.AmbiguousAuthority, $"'{authority}' could mean more than one council: {names}. Give --authority with the full name or the code.")
                : new ImportException(ImportCodes.UnknownAuthority, $"The register of UK councils has no authority called '{authority}'. Nearest: {names}. Give --authority with one of these names or codes.");
        }
        var stem = Path.GetFileNameWithoutExtension(fileName).Replace('-', ' ').Replace('_', ' ');
        if (register.Find(stem) is { Council: { } byName }) return byName;

        var text = (documentTitle is null ? "" : documentTitle + "\n") + (body.Length > 20000 ? body[..20000] : body);
        var key = " " + CouncilRegister.Key(text) + " ";
        var mentioned = register.Councils.Where(c => c.IsPrincipalCouncil)
            .Select(c => (Council: c, Count: Count(key, " " + CouncilRegister.Key(c.OfficialName) + " ")
                + (CouncilRegister.Key(c.OfficialName) == CouncilRegister.Key(c.NiceName + " Council") ? 0 : Count(key, " " + CouncilRegister.Key(c.NiceName + " Council") + " "))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Council.OfficialName.Length)
            .ToList();
        if (mentioned.Count == 1 || (mentioned.Count > 1 && mentioned[0].Count > mentioned[1].Count)) return mentioned[0].Council;
        var hint = mentioned.Count > 1 ? $" It names {string.Join(" and ", mentioned.Take(3).Select(m => $"\"{m.Council.OfficialName}\""))} equally often." : "";
        throw new ImportException(ImportCodes.NoAuthority,
            $"SiteGen could not tell which council the document belongs to.{hint} Give it with --authority, e.g. --authority \"Wyre Forest\" or a register code such as WYE.");
    }

    private static int Count(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Runs the written file through the normaliser and the analysis, as the build will, to say what it holds.</summary>
    private static ImportSummary Summarise(string slug, string markdown, Taxonomy taxonomy, int? pages, ImmutableArray<ImportWarning>.Builder warnings)
    {
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile($"content/protocols/{slug}.md", markdown));
        foreach (var e in errors) warnings.Add(new ImportWarning(ImportCodes.Normaliser, $"{e.Code}: {e.Message}"));
        if (document is null) return new ImportSummary(pages, 0, 0, 0, 0);
        var result = ProtocolNormaliser.Normalise(document);
        foreach (var d in result.Diagnostics.Where(d => d.Severity != Severity.Info))
            warnings.Add(new ImportWarning(ImportCodes.Normaliser, $"line {d.Line}: {d.Code}: {d.Message}"));
        var protocol = result.Protocol;
        int lists = 0, routes = 0;
        if (!taxonomy.IsEmpty)
        {
            lists = new ExpectationExtractor(taxonomy).Extract(protocol).Select(s => s.ListClauseId).Where(id => id is not null).Distinct().Count();
            routes = new EscalationExtractor(taxonomy).Extract(protocol, null).Routes.Count(r => r.Status == RouteStatus.Stated);
        }
        return new ImportSummary(pages, protocol.Sections.Length, protocol.AllClauses().Count(), lists, routes);
    }

    private static string Kebab(string name) => string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
