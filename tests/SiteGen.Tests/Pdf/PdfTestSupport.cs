using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Pdf;
using SiteGen.Rendering;

namespace SiteGen.Tests.Pdf;

/// <summary>Where the repository's own files are, found by walking up from the test binaries.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PrintCss => Path.Combine(Root, "templates", "assets", "print.css");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "SiteGen.Tests", "Pdf", "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (SiteGen.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder holding copies of fixtures and print.css, deleted afterwards, so tests never write into the source tree.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sitegen-pdf-test-").FullName;
    }

    public string Directory { get; }

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    /// <summary>Copies a fixture and print.css beside it; returns the copied HTML's path.</summary>
    public string AddFixture(string name)
    {
        File.Copy(RepoFiles.Fixture(name), Path(name), overwrite: true);
        File.Copy(RepoFiles.PrintCss, Path("print.css"), overwrite: true);
        return Path(name);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>The real Chromium the RealTools tests print with; a missing browser fails the test (scripts/test.sh installs it).</summary>
internal static class RealChromium
{
    public static string Path => ChromiumLocator.Locate() switch
    {
        ChromiumLookup.Found found => found.ExecutablePath,
        ChromiumLookup.NotFound notFound => throw new InvalidOperationException(notFound.Message),
        _ => throw new InvalidOperationException("Unknown lookup result."),
    };
}

/// <summary>Reads PDFs back with poppler-utils, independently of the code under test.</summary>
internal static partial class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"{tool} did not finish in 60 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }

    /// <summary>pdfinfo's "Key: value" lines.</summary>
    public static IReadOnlyDictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", pdf).Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);

    public static int PageCount(string pdf) => int.Parse(Info(pdf)["Pages"], CultureInfo.InvariantCulture);

    /// <summary>Layout-preserving text of each page; index 0 is page 1.</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var pages = Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Split('\f');
        // pdftotext ends every page with a form feed, so the last element is what follows the last page.
        return pages.Take(pages.Length - 1).ToList();
    }

    /// <summary>
    /// Each page's text in the order it is drawn, whitespace collapsed: a table cell whose text wraps still
    /// reads as one phrase, and a header row reads as its cells in order.
    /// </summary>
    public static IReadOnlyList<string> DrawnPageTexts(string pdf)
    {
        var pages = Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split('\f');
        return pages.Take(pages.Length - 1).Select(Collapse).ToList();
    }

    /// <summary>The whole text in reading order with all whitespace runs collapsed to one space.</summary>
    public static string FlowText(string pdf) => Whitespace().Replace(Run("pdftotext", "-enc", "UTF-8", pdf, "-"), " ");

    /// <summary>Outline (bookmark) items as pdftohtml's XML lists them: title and target page.</summary>
    public static IReadOnlyList<(string Title, int Page)> Outline(string pdf)
    {
        var xml = System.Xml.Linq.XDocument.Parse(Run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf));
        return xml.Descendants("item")
            .Where(item => item.Parent?.Name == "outline")
            .Select(item => (Whitespace().Replace(item.Value, " ").Trim(), int.Parse(item.Attribute("page")?.Value ?? "0", CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A contents entry as the source HTML has it: the link text and the id it points at.</summary>
internal sealed record ContentsEntry(string Title, string Id);

/// <summary>Checks printed contents numbers against where poppler finds the headings.</summary>
internal static partial class PrintedContents
{
    /// <summary>
    /// For every entry, the number printed on the contents page must equal the page whose text has the
    /// heading on a line of its own, and the number SiteGen reported. Headings are searched for in document
    /// order after the contents, so two sections with the same title are told apart by which comes first.
    /// </summary>
    public static void AssertNumbersMatchHeadings(IReadOnlyList<string> pages, IReadOnlyList<ContentsEntry> entries, PrintedPdf result)
    {
        foreach (var (id, page) in AssertNumbersMatchHeadings(pages, entries))
        {
            Assert.Equal(page, result.ContentsPages[id]);
        }
    }

    /// <summary>The same check when only the PDF is at hand (printed by the command line); returns the page found for each entry's id.</summary>
    public static IReadOnlyList<(string Id, int Page)> AssertNumbersMatchHeadings(IReadOnlyList<string> pages, IReadOnlyList<ContentsEntry> entries)
    {
        var found = new List<(string Id, int Page)>();
        var contentsPages = Enumerable.Range(1, pages.Count)
            .Where(p => ContentsLines(pages[p - 1]).Any(line => entries.Any(e => e.Title == line.Title)))
            .ToList();
        Assert.True(contentsPages.Count > 0, "No page has numbered contents lines.");
        var shownLines = contentsPages.SelectMany(p => ContentsLines(pages[p - 1])).ToList();

        // Inclusive: a heading may share the last contents page; contents lines never equal a heading line, as they end in a number.
        var searchFrom = contentsPages[^1];
        foreach (var (title, id) in entries)
        {
            var shown = shownLines.FirstOrDefault(line => line.Title == title && !line.Used);
            Assert.True(shown is not null, $"The contents have no numbered line for \"{title}\".");
            shown.Used = true;

            var actual = Enumerable.Range(searchFrom, pages.Count - searchFrom + 1)
                .FirstOrDefault(p => HeadingLines(pages[p - 1]).Contains(title));
            Assert.True(actual > 0, $"Heading \"{title}\" not found from page {searchFrom} on.");
            Assert.True(actual == shown.Page, $"Contents say \"{title}\" is on page {shown.Page}; it is on page {actual}.");
            found.Add((id, actual));
            searchFrom = actual;
        }

        return found;
    }

    /// <summary>Lines of a page trimmed and collapsed, for matching heading text that sits on its own line.</summary>
    public static HashSet<string> HeadingLines(string pageText) =>
        pageText.Split('\n').Select(Poppler.Collapse).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static List<ShownLine> ContentsLines(string pageText) =>
        pageText.Split('\n')
            .Select(line => ContentsLinePattern().Match(line))
            .Where(m => m.Success)
            .Select(m => new ShownLine(Poppler.Collapse(m.Groups["title"].Value), int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture)))
            .ToList();

    private sealed record ShownLine(string Title, int Page)
    {
        public bool Used { get; set; }
    }

    [GeneratedRegex(@"^\s*(?<title>\S.*?\S)\s+(?<page>\d+)\s*$")]
    private static partial Regex ContentsLinePattern();
}
