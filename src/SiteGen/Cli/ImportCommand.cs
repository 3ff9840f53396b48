using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Import;
using SiteGen.Model;
using SiteGen.Register;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import</c>: a PDF, Word document, web page or text file (or a folder of them) → content/protocols/&lt;slug&gt;.md,
/// with front matter from the register of UK councils. The only place import touches the disk.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var path = new Argument<FileSystemInfo>("file or folder") { Description = "A .pdf, .docx, .html, .htm, .txt or .md file, or a folder of them." };
        var authority = new Option<string?>("--authority") { Description = "The council, by name, alternative spelling or register code (\"Wyre Forest\", WYE). Without it SiteGen uses the file name or the council the document names.", HelpName = "name" };
        var pages = new Option<string?>("--pages") { Description = "For a PDF: only these pages, e.g. 210-224 of a whole constitution. Without it a long PDF is searched for the protocol by its title.", HelpName = "first-last" };
        var ocr = new Option<bool>("--ocr") { Description = "Read a scanned PDF (no text layer) with OCRmyPDF and Tesseract, where installed." };
        var force = new Option<bool>("--force") { Description = "Replace a protocol file that already exists." };
        var command = new Command("import", "Import a protocol from a PDF, Word document, web page or text file into content/protocols/, with front matter from the register of UK councils.")
        {
            path, authority, pages, ocr, force,
        };
        command.SetAction(parse =>
        {
            var site = Program.SiteFolder(parse, siteOption);
            var options = new ImportOptions(parse.GetValue(authority), null, parse.GetValue(ocr));
            var pagesText = parse.GetValue(pages);
            return Run(site.FullName, parse.GetValue(path)!.FullName, options, pagesText, parse.GetValue(force), CommandOutput.ForConsole().Out, Console.Error);
        });
        return command;
    }

    /// <summary>One line of the summary table.</summary>
    private sealed record Row(string File, string Outcome, string? Slug, int? Pages, int Sections, int Clauses, int Warnings);

    internal static int Run(string siteRoot, string input, ImportOptions options, string? pagesText, bool force, TextWriter output, TextWriter error)
    {
        if (pagesText is not null)
        {
            if (PageRange.Parse(pagesText) is not { } range)
            {
                error.WriteLine($"{input}: error {ImportCodes.BadPages}: --pages must be a page or a range such as 210-224 (got '{pagesText}').");
                return ExitCodes.BuildFailed;
            }
            options = options with { Pages = range };
        }
        var protocolsFolder = Path.Combine(siteRoot, ContentDir(siteRoot), "protocols");
        var register = CouncilRegister.Shipped;
        var taxonomy = AnalysisContentLoader.Load(siteRoot, ContentDir(siteRoot)).Content?.Taxonomy ?? Taxonomy.Empty;
        var ocr = options.Ocr ? OcrMyPdf.Runner() : null;

        if (Directory.Exists(input))
        {
            var files = Directory.GetFiles(input).Where(f => ProtocolImporter.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                error.WriteLine($"{input}: error {ImportCodes.NotFound}: the folder has no .pdf, .docx, .html, .htm, .txt or .md files to import.");
                return ExitCodes.BuildFailed;
            }
            var rows = new List<Row>();
            var written = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < files.Count; i++)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{files.Count}] {Path.GetFileName(files[i])} … "));
                var row = ImportOne(files[i], options, force, protocolsFolder, register, taxonomy, ocr, written, output, error, quiet: true);
                output.WriteLine(row.Slug is null ? "failed" : string.Create(CultureInfo.InvariantCulture, $"{row.Slug}.md ({row.Clauses} clauses)"));
                rows.Add(row);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            WriteTable(rows, output);
            var pagesRead = rows.Sum(r => r.Pages ?? 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {rows.Count(r => r.Slug is not null)} of {rows.Count} file(s) in {seconds:0.0} s; {pagesRead} PDF page(s), {(seconds > 0 ? pagesRead / seconds : 0):0.0} pages per second."));
            return rows.All(r => r.Slug is not null) ? ExitCodes.Success : ExitCodes.BuildFailed;
        }
        if (!File.Exists(input))
        {
            error.WriteLine($"{input}: error {ImportCodes.NotFound}: no such file or folder. Check the path.");
            return ExitCodes.BuildFailed;
        }
        var one = ImportOne(input, options, force, protocolsFolder, register, taxonomy, ocr, [], output, error, quiet: false);
        return one.Slug is null ? ExitCodes.BuildFailed : ExitCodes.Success;
    }

    private static Row ImportOne(string file, ImportOptions options, bool force, string protocolsFolder, CouncilRegister register, Taxonomy taxonomy,
        Func<byte[], byte[]>? ocr, HashSet<string> writtenThisRun, TextWriter output, TextWriter error, bool quiet)
    {
        var name = Path.GetFileName(file);
        try
        {
            var bytes = File.ReadAllBytes(file);
            var result = ProtocolImporter.Import(file, bytes, options, register, taxonomy, ocr);
            var target = Path.Combine(protocolsFolder, result.Slug + ".md");
            var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(protocolsFolder))!, target).Replace('\\', '/');
            if (writtenThisRun.Contains(result.Slug))
                throw new ImportException(ImportCodes.Exists, $"another file in this folder was already imported as {relative}. Give each council's protocol its own folder run, or use --authority.");
            if (File.Exists(target) && !force)
                throw new ImportException(ImportCodes.Exists, $"{relative} already exists. Run again with --force to replace it, or move it away first.");
            WriteWhole(target, result.Markdown, force);
            writtenThisRun.Add(result.Slug);
            foreach (var w in result.Warnings)
                error.WriteLine($"{name}{(w.Page is { } p ? $" (page {p})" : "")}: warning {w.Code}: {w.Message}");
            if (!quiet)
            {
                var s = result.Summary;
                output.WriteLine($"Imported {name} as {relative}: {result.Council.OfficialName} ({result.Council.TypeLabel}, {result.Council.Region}, {result.Council.Code}).");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Found {(s.Pages is { } pages ? $"{pages} page(s), " : "")}{s.Sections} section(s), {s.Clauses} clause(s), {s.ExpectationLists} expectation list(s), {s.Routes} escalation route(s); {result.Warnings.Length} warning(s)."));
                output.WriteLine($"Title: {result.Title}. Check the front matter and the text, then run 'sitegen build'.");
            }
            return new Row(name, "imported", result.Slug, result.Summary.Pages, result.Summary.Sections, result.Summary.Clauses, result.Warnings.Length);
        }
        catch (ImportException e)
        {
            error.WriteLine($"{name}: error {e.Code}: {e.Message}");
            return new Row(name, e.Code, null, null, 0, 0, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{name}: error {ImportCodes.WriteFailed}: {e.Message} Check the file and folder can be read and written, then try again.");
            return new Row(name, ImportCodes.WriteFailed, null, null, 0, 0, 0);
        }
    }

    /// <summary>Writes beside the target and renames, so a failure leaves no partial file and an existing file is untouched.</summary>
    private static void WriteWhole(string target, string text, bool force)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".import-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, target, overwrite: force);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void WriteTable(List<Row> rows, TextWriter output)
    {
        var header = new[] { "File", "Result", "Protocol", "Pages", "Sections", "Clauses", "Warnings" };
        var cells = rows.Select(r => new[]
        {
            r.File, r.Outcome, r.Slug is null ? "-" : r.Slug + ".md", r.Pages?.ToString(CultureInfo.InvariantCulture) ?? "-",
            r.Sections.ToString(CultureInfo.InvariantCulture), r.Clauses.ToString(CultureInfo.InvariantCulture), r.Warnings.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Select(c => c[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(string[] c) => string.Join("  ", c.Select((x, i) => i >= 3 ? x.PadLeft(widths[i]) : x.PadRight(widths[i]))).TrimEnd();
        output.WriteLine();
        output.WriteLine(Line(header));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var c in cells) output.WriteLine(Line(c));
        output.WriteLine();
    }

    private static string ContentDir(string siteRoot)
    {
        var (file, _) = ContentReader.Read(siteRoot, "site.json");
        if (file is null) return "content";
        var (config, _) = SiteConfigParser.Parse(file);
        return config?.ContentDir ?? "content";
    }
}
