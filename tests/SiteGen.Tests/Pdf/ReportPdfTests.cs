using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Rendering;
using SiteGen.Tests.Checks;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// A copy of the default site plus a report written for these tests (headings, citations, a quotation, a comparison,
/// an appendix without a cover, an appendix of analysis matrices and a flow diagram), printed with the real <c>sitegen pdf</c> path and real Chromium, then printed
/// again unchanged, then once more after one seed report changed. The tests read the PDFs back with poppler.
/// </summary>
public sealed class PrintedSite : IAsyncLifetime
{
    public const string Report = "pdf-test-report";
    public const string Title = "Member/Officer Relations: Review of Other Authorities' Protocols";
    public const string MatrixCaption = "Bullying and respect: what officers can expect";

    private readonly TestSupport.TempSite _site = TestSupport.Repo.CopyDefaultSite();

    public string Pdf(string name) => _site.File($"_site/pdf/{name}.pdf");
    public string Print(string name) => _site.File($"_site/print/{name}.html");
    public string Folder => _site.Path;

    public (int Exit, string Out, string Err, TimeSpan Time) Cold { get; private set; }
    public (int Exit, string Out, string Err, TimeSpan Time) Warm { get; private set; }
    public (int Exit, string Out, string Err, TimeSpan Time) AfterEdit { get; private set; }
    public IReadOnlyDictionary<string, DateTime> WrittenAfterCold { get; private set; } = new Dictionary<string, DateTime>();
    public IReadOnlyDictionary<string, DateTime> WrittenAfterWarm { get; private set; } = new Dictionary<string, DateTime>();
    public IReadOnlyDictionary<string, byte[]> BytesAfterWarm { get; private set; } = new Dictionary<string, byte[]>();

    public Task InitializeAsync()
    {
        File.WriteAllText(_site.File($"content/reports/{Report}.md"), TestReport());
        Cold = Run();
        WrittenAfterCold = Written();
        Warm = Run();
        WrittenAfterWarm = Written();
        BytesAfterWarm = Directory.EnumerateFiles(_site.File("_site/pdf"), "*.pdf").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var surrey = _site.File("content/reports/surrey-2010-review-of-member-officer-protocol.md");
        File.WriteAllText(surrey, File.ReadAllText(surrey).Replace("Next steps:", "Next steps", StringComparison.Ordinal));
        AfterEdit = Run();
        return Task.CompletedTask;
    }

    private (int, string, string, TimeSpan) Run()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exit = BuildCommand.Run(new DirectoryInfo(_site.Path), verbose: true, stdout, stderr, pdf: true);
        return (exit, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    private Dictionary<string, DateTime> Written() =>
        Directory.EnumerateFiles(_site.File("_site/pdf"), "*.pdf").ToDictionary(f => Path.GetFileName(f)!, File.GetLastWriteTimeUtc);

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static string TestReport()
    {
        var filler = string.Join(" ", Enumerable.Repeat(
            "Officers and members told the review that the protocol is read mostly when something has already gone wrong, so its wording on escalation matters more than its preamble.", 6));
        return $$"""
            ---
            title: "{{Title}}"
            committee: Standards Committee
            date: 2026-07-14
            authority: Northbridge Borough Council
            author: Monitoring Officer
            source: written for SiteGen's tests
            appendices:
              - letter: A
                title: Respect and bullying compared
                cover: false
                include:
                  - "[[compare \"Respect\" hackney/7.2(a) haringey/3.1 ; \"Bullying\" hackney/7.2(g) haringey/3.4]]"
                  - "[[protocol merton]]"
                  - "[[protocol haringey]]"
              - letter: B
                title: Expectations and complaint routes compared
                cover: false
                include:
                  - "[[expectations authorities=hackney,haringey,merton direction=members-to-officers themes=bullying-harassment-and-undue-pressure,mutual-respect-and-courtesy caption=\"{{MatrixCaption}}\"]]"
                  - "[[escalation-diagram haringey]]"
                  - "[[escalation authorities=hackney,haringey,hounslow,merton]]"
            ---
            ## Purpose of the report

            {{filler}}

            {{filler}}

            ## Background

            Hackney says officers can expect not to be bullied ([[hackney/7.2(g)]]); Merton lists the same ([[merton/p2.4]]).

            [[quote hackney/7.2(g)]]

            {{filler}}

            ## How others handle complaints

            [[quote hackney/s-if-things-go-wrong]]

            {{filler}}

            ### Haringey

            [[quote haringey/5]]

            ## Comparison

            [[compare "Respect" hackney/7.2(a) haringey/3.1 ; "Bullying" hackney/7.2(g) haringey/3.4]]

            ## Recommendations

            {{filler}}
            """;
    }
}

[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class ReportPdfTests(PrintedSite printed) : IClassFixture<PrintedSite>
{
    private const string Report = PrintedSite.Report;
    private const string Appendix = PrintedSite.Report + "-appendix-a";
    private const string AnalysisAppendix = PrintedSite.Report + "-appendix-b";
    private const string SeedAppendix = "hackney-2013-member-officer-relations-overview-appendix-1";

    private static readonly string[] AllPdfs =
    [
        "hackney-2013-member-officer-relations-overview", SeedAppendix, "hackney-2013-member-officer-relations-overview-appendix-2", Report, Appendix, AnalysisAppendix,
        "surrey-2010-review-of-member-officer-protocol", "surrey-2010-review-of-member-officer-protocol-appendix-a", "surrey-2010-review-of-member-officer-protocol-appendix-b",
    ];

    [Fact]
    public void Pdf_prints_every_report_and_appendix_into_the_sites_pdf_folder()
    {
        Assert.True(printed.Cold.Exit == 0, printed.Cold.Err);
        Assert.Contains("PDFs: printed 9, 0 unchanged, into _site/pdf/", printed.Cold.Out, StringComparison.Ordinal);
        Assert.Equal(AllPdfs.Select(n => n + ".pdf").Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(printed.Folder, "_site/pdf"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_pdf_is_tagged_a4_with_an_outline_and_the_html_title_as_its_title()
    {
        var parser = new HtmlParser();
        foreach (var name in AllPdfs)
        {
            var info = Poppler.Info(printed.Pdf(name));
            Assert.Equal("yes", info["Tagged"]);
            Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
            Assert.Equal(parser.ParseDocument(File.ReadAllText(printed.Print(name))).Title, info["Title"]);
            Assert.NotEmpty(Poppler.Outline(printed.Pdf(name)));
        }
        Assert.Equal(PrintedSite.Title, Poppler.Info(printed.Pdf(Report))["Title"]);
        Assert.Equal("Appendix A: Respect and bullying compared", Poppler.Info(printed.Pdf(Appendix))["Title"]);
    }

    [Fact]
    public void A_document_without_a_cover_says_page_1_of_n_on_its_first_page_and_every_page_after()
    {
        var pages = Poppler.PageTexts(printed.Pdf(Appendix));
        Assert.True(pages.Count >= 2, $"The appendix should run to several pages, got {pages.Count}.");
        for (var page = 1; page <= pages.Count; page++)
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages.Count}"), pages[page - 1], StringComparison.Ordinal);
        Assert.Contains("Respect and bullying compared", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_has_a_cover_without_footer_then_page_x_of_n_and_its_running_header()
    {
        var pages = Poppler.PageTexts(printed.Pdf(Report));
        Assert.True(pages.Count >= 4, $"The report should run to several pages, got {pages.Count}.");
        Assert.DoesNotContain("Page 1 of", pages[0], StringComparison.Ordinal);
        Assert.Contains("Northbridge Borough Council", pages[0], StringComparison.Ordinal);
        Assert.Contains("14 July 2026", pages[0], StringComparison.Ordinal);
        for (var page = 2; page <= pages.Count; page++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages.Count}"), pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("Standards Committee, 14 July 2026", pages[page - 1].Split('\n').First(l => l.Trim().Length > 0), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Report, 6)]
    [InlineData(Appendix, 8)]
    [InlineData(SeedAppendix, 15)]
    [InlineData(AnalysisAppendix, 3)]
    public void Contents_numbers_are_the_pages_where_the_headings_are(string name, int atLeast)
    {
        var source = new HtmlParser().ParseDocument(File.ReadAllText(printed.Print(name)));
        // The check reads contents lines one by one, so it leaves out the few titles long enough to wrap.
        var entries = source.QuerySelectorAll("nav.toc a[href^='#']")
            .Select(a => new ContentsEntry(Poppler.Collapse(a.TextContent), a.GetAttribute("href")![1..]))
            .Where(e => e.Title.Length <= 70)
            .ToList();
        Assert.True(entries.Count >= atLeast, $"{name} has {entries.Count} contents entries.");

        var found = PrintedContents.AssertNumbersMatchHeadings(Poppler.PageTexts(printed.Pdf(name)), entries);
        Assert.True(found.Select(f => f.Page).Distinct().Count() > 1, "The headings should be spread over several pages, or the check proves little.");
    }

    [Fact]
    public void Citations_read_authority_para_number_in_the_pdf()
    {
        var report = Poppler.FlowText(printed.Pdf(Report));
        Assert.Contains("Hackney says officers can expect not to be bullied (Hackney, para 7.2(g)); Merton lists the same (Merton, ¶2.4 (unnumbered in source)).", report, StringComparison.Ordinal);
        Assert.Contains("Haringey, section 5 (When Things Go Wrong)", report, StringComparison.Ordinal);

        var appendix = Poppler.FlowText(printed.Pdf(Appendix));
        Assert.Contains("Hackney, para 7.2(g)", appendix, StringComparison.Ordinal);
        Assert.Contains("Haringey, para 3.4", appendix, StringComparison.Ordinal);

        var surrey = Poppler.FlowText(printed.Pdf("surrey-2010-review-of-member-officer-protocol"));
        Assert.Contains("maintain confidentiality; [Merton, ¶1.1]", surrey, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_table_repeats_its_header_and_shows_the_authorities_as_columns()
    {
        var drawn = Poppler.DrawnPageTexts(printed.Pdf(Appendix));
        var withRows = drawn.Where(p => p.Contains("Hackney, para 7.2(a)", StringComparison.Ordinal) || p.Contains("Hackney, para 7.2(g)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withRows);
        Assert.All(withRows, p => Assert.Contains("Topic Hackney Haringey", p, StringComparison.Ordinal));
    }

    [Fact]
    public void An_appendix_of_a_matrix_and_a_diagram_prints_the_caption_every_situation_and_the_citations_in_words()
    {
        var text = Poppler.FlowText(printed.Pdf(AnalysisAppendix));
        Assert.Contains(PrintedSite.MatrixCaption + " (members → officers)", text, StringComparison.Ordinal);
        Assert.Contains("Hackney, para 7.2(g)", text, StringComparison.Ordinal);
        Assert.Contains("Merton, ¶2.4 (unnumbered in source)", text, StringComparison.Ordinal);
        Assert.Contains("Not in extract", text, StringComparison.Ordinal);
        // The diagram's steps in words, citations included, under the picture; and the routes table's cells.
        Assert.Contains("The routes in words:", text, StringComparison.Ordinal);
        Assert.Contains("Monitoring Officer (Haringey, para 5.3)", text, StringComparison.Ordinal);
        Assert.Contains("line manager or Group Director (Director) or Monitoring Officer (Hackney, para 16.4)", text, StringComparison.Ordinal);
        Assert.Contains("Not stated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_routes_matrix_repeats_its_header_on_every_page_its_rows_reach()
    {
        var drawn = Poppler.DrawnPageTexts(printed.Pdf(AnalysisAppendix));
        var withRows = drawn.Where(p => p.Contains("(Hounslow, para 11.2)", StringComparison.Ordinal) || p.Contains("(Hackney, para 16.2)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withRows);
        Assert.All(withRows, p => Assert.Contains("Authority Informal first", p, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unchanged_site_prints_nothing_again_and_a_changed_report_reprints_only_its_own_pdf()
    {
        Assert.True(printed.Warm.Exit == 0, printed.Warm.Err);
        Assert.Contains("PDFs: printed 0, 9 unchanged, into _site/pdf/.", printed.Warm.Out, StringComparison.Ordinal);
        Assert.Equal(printed.WrittenAfterCold, printed.WrittenAfterWarm);

        Assert.True(printed.AfterEdit.Exit == 0, printed.AfterEdit.Err);
        Assert.Contains("PDFs: printed 1, 8 unchanged", printed.AfterEdit.Out, StringComparison.Ordinal);
        Assert.Contains("printed pdf/surrey-2010-review-of-member-officer-protocol.pdf:", printed.AfterEdit.Out, StringComparison.Ordinal);
        foreach (var (name, bytes) in printed.BytesAfterWarm.Where(kv => !kv.Key.StartsWith("surrey-2010-review-of-member-officer-protocol.", StringComparison.Ordinal)))
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(printed.Folder, "_site/pdf", name)));
        Assert.Contains("Next steps", Poppler.FlowText(printed.Pdf("surrey-2010-review-of-member-officer-protocol")), StringComparison.Ordinal);
        Assert.DoesNotContain("Next steps:", Poppler.FlowText(printed.Pdf("surrey-2010-review-of-member-officer-protocol")), StringComparison.Ordinal);

        // Figures for the record: the cold run prints six documents with one browser; the warm run only hashes.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitegen pdf on the default site plus one report: cold {printed.Cold.Time.TotalSeconds:0.0} s, unchanged {printed.Warm.Time.TotalSeconds:0.0} s, one report changed {printed.AfterEdit.Time.TotalSeconds:0.0} s"));
    }
}
