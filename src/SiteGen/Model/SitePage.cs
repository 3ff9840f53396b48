using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// The address of one page or file of the built site, with an optional query and fragment: the one place that knows
/// where every page is written and how one page links to another. Every stage names pages through it
/// (<c>SitePage.Clause("hackney", "7.2(g)")</c>, <c>SitePage.Theme(id)</c> …) rather than writing paths, so a page
/// can move by changing one line. Pure; lives in the model because every stage from Reports to Pdf needs it.
/// </summary>
/// <param name="Path">The file's path below the site root, with forward slashes ("protocols/hackney.html").</param>
/// <param name="Query">The query after "?", without it; null for none.</param>
/// <param name="Fragment">
/// The id after "#", written as the page's element has it (a clause's number, "7.2(g)"): ids and fragments are
/// compared as written, so "(", ")" and "." are not percent-encoded. Null for none.
/// </param>
internal sealed record SitePage(string Path, string? Query = null, string? Fragment = null)
{
    public static readonly SitePage Home = new("index.html");

    /// <summary>The not-found page a web server sends for a missing address at any depth.</summary>
    public static readonly SitePage NotFound = new("404.html");

    public static readonly SitePage Search = new("search.html");

    /// <summary>The appendix basket, filled in the reader's browser.</summary>
    public static readonly SitePage Basket = new("basket.html");

    /// <summary>The page that explains the downloadable data.</summary>
    public static readonly SitePage Data = new("data.html");

    /// <summary>Every report and appendix with its print-ready page and PDF.</summary>
    public static readonly SitePage Documents = new("documents.html");

    public static readonly SitePage Coverage = new("coverage.html");

    public static readonly SitePage About = new("about.html");

    /// <summary>An authority's protocol, every clause anchored at its number.</summary>
    public static SitePage Protocol(string slug) => new($"protocols/{slug}.html");

    /// <summary>One clause on its authority's page.</summary>
    public static SitePage Clause(string slug, string number) => Protocol(slug).At(number);

    /// <summary>An authority's content file shown line by line.</summary>
    public static SitePage Source(string slug) => new($"sources/{slug}.html");

    /// <summary>One line of an authority's content file.</summary>
    public static SitePage SourceLine(string slug, int line) => Source(slug).At("L" + line.ToString(CultureInfo.InvariantCulture));

    /// <summary>Folder of the report pages and their index.</summary>
    public const string ReportsFolder = "reports";

    public static readonly SitePage Reports = new($"{ReportsFolder}/index.html");

    public static SitePage Report(string slug) => new($"{ReportsFolder}/{slug}.html");

    /// <summary>Folder of the print-ready pages; every page in it is printed to <see cref="PdfFolder"/> by <c>sitegen pdf</c>.</summary>
    public const string PrintFolder = "print";

    /// <summary>Folder of the PDFs <c>sitegen pdf</c> prints.</summary>
    public const string PdfFolder = "pdf";

    /// <summary>A report's print-ready page.</summary>
    public static SitePage Print(string slug) => new($"{PrintFolder}/{slug}.html");

    /// <summary>The print-ready page of a report's appendix; the letter is lower-cased, as file names on a share must not differ only in case.</summary>
    public static SitePage PrintAppendix(string slug, string letter) => new($"{PrintFolder}/{slug}-appendix-{letter.ToLowerInvariant()}.html");

    /// <summary>Where <c>sitegen pdf</c> prints a print-ready page: <c>print/x.html</c> → <c>pdf/x.pdf</c>.</summary>
    public static SitePage PdfOf(SitePage printed) => new($"{PdfFolder}/{System.IO.Path.GetFileNameWithoutExtension(printed.Path)}.pdf");

    public static readonly SitePage Themes = new("themes/index.html");

    public static SitePage Theme(string id) => new($"themes/{id}.html");

    /// <summary>The compare hub, which links every matrix.</summary>
    public static readonly SitePage AnalysisHub = new("analysis/index.html");

    /// <summary>Every reading that needs review.</summary>
    public static readonly SitePage Review = new("analysis/review.html");

    /// <summary>The stems (paths without ".html") of the three matrices, each one page or split into a page per part.</summary>
    public const string ThemeMatrixStem = "analysis/theme-matrix";

    public const string ExpectationsStem = "analysis/expectations";

    public const string EscalationStem = "analysis/escalation";

    /// <summary>The index page of a matrix (its stem, e.g. <c>analysis/theme-matrix</c>), which is the whole matrix when it is not split.</summary>
    public static SitePage Matrix(string stem) => new($"{stem}.html");

    /// <summary>The page of a split matrix that shows one part (a council type and nation, or a slice of one).</summary>
    public static SitePage MatrixPart(string stem, string partKey) => new($"{stem}-{partKey}.html");

    /// <summary>The side-by-side compare page.</summary>
    public static readonly SitePage Compare = new("compare.html");

    /// <summary>Folder of the compare page's per-authority data scripts.</summary>
    public const string CompareScriptsFolder = "data/compare";

    /// <summary>The data script the compare page loads for one authority.</summary>
    public static SitePage CompareScript(string slug) => new($"{CompareScriptsFolder}/{slug}.js");

    /// <summary>What an authority's peers cover that it lacks.</summary>
    public static SitePage Gaps(string slug) => new($"gaps/{slug}.html");

    /// <summary>A file in the site's data folder ("theme-matrix.csv", "protocols/hackney.json").</summary>
    public static SitePage DataFile(string name) => new($"data/{name}");

    /// <summary>Every clause as a spreadsheet row.</summary>
    public static readonly SitePage ClausesCsv = DataFile("clauses.csv");

    public static readonly SitePage ThemeMatrixCsv = DataFile("theme-matrix.csv");

    public static readonly SitePage ExpectationMatrixCsv = DataFile("expectation-matrix.csv");

    public static readonly SitePage EscalationCsv = DataFile("escalation.csv");

    /// <summary>The JSON Schema every authority's data file follows.</summary>
    public static readonly SitePage ClauseSchema = DataFile("clause.schema.json");

    /// <summary>The index of the authorities' data files.</summary>
    public static readonly SitePage ProtocolIndex = DataFile("protocols.json");

    /// <summary>An authority's clause schema as JSON.</summary>
    public static SitePage ProtocolData(string slug) => DataFile($"protocols/{slug}.json");

    /// <summary>This page with a fragment: the element with that id.</summary>
    public SitePage At(string fragment) => this with { Fragment = fragment };

    /// <summary>This page with a query (already escaped by the caller).</summary>
    public SitePage WithQuery(string query) => this with { Query = query };

    /// <summary>The link from the site root: "protocols/hackney.html#7.2(g)". What data files and table models hold.</summary>
    public string FromRoot => Path + (Query is null ? "" : "?" + Query) + (Fragment is null ? "" : "#" + Fragment);

    /// <summary>From a file at this path up to the site root: "" at the top, "../" a folder down.</summary>
    public string Root => RootOf(Path);

    /// <summary>
    /// The relative link from <paramref name="here"/> to this address. Every link goes up to the site root, then down
    /// ("../themes/x.html" from another theme page too): a view built for one page of a folder is then right on every
    /// page at that depth, and the same address reads the same across the site.
    /// </summary>
    public string From(SitePage here) => here.Root + FromRoot;

    /// <summary>The link from the site root, as a file at <paramref name="fromPath"/> (any page or data file) holds it.</summary>
    public string FromFile(string fromPath) => RootOf(fromPath) + FromRoot;

    /// <summary>
    /// The shortest relative link from the file at <paramref name="fromPath"/>: down from its folder when this address
    /// is below it, else up to the folders they share. Data files link their neighbours this way ("protocols/x.json"
    /// from data/protocols.json, "../clause.schema.json" from data/protocols/x.json), as readers of the data expect.
    /// </summary>
    public string NearFrom(string fromPath)
    {
        var from = fromPath.Split('/')[..^1];
        var to = Path.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared]) shared++;
        return string.Concat(Enumerable.Repeat("../", from.Length - shared)) + string.Join('/', to[shared..])
            + (Query is null ? "" : "?" + Query) + (Fragment is null ? "" : "#" + Fragment);
    }

    /// <summary>The absolute address on the published site at <paramref name="baseUrl"/> (with or without a closing slash).</summary>
    public string Absolute(string baseUrl) => baseUrl.TrimEnd('/') + "/" + FromRoot;

    /// <summary>The absolute address when the site has a base URL, else null.</summary>
    public string? AbsoluteOrNull(string? baseUrl) => string.IsNullOrWhiteSpace(baseUrl) ? null : Absolute(baseUrl);

    /// <summary>From a file at <paramref name="path"/> (below the site root) up to the root: one "../" per folder.</summary>
    public static string RootOf(string path) => string.Concat(Enumerable.Repeat("../", path.Count(ch => ch == '/')));

    public override string ToString() => FromRoot;
}
