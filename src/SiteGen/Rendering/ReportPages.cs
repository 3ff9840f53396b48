using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>A report's page on the site.</summary>
/// <param name="LongDate">The meeting date as printed on committee papers ("12 April 2010").</param>
/// <param name="PrintHref">The print-ready version of the report, which <c>sitegen pdf</c> prints.</param>
internal sealed record ReportPageView(
    ReportRow Summary, string LongDate, string? Author, string Source, TrustedHtml Body,
    ImmutableArray<AuthorityRow> QuotedAuthorities, string PrintHref, ImmutableArray<AppendixLinkView> Appendices);

internal sealed record AppendixLinkView(string Letter, string Title, string PrintHref);

/// <summary>A print-ready document: what <c>print.html</c> lays out as cover, contents and body.</summary>
/// <param name="DocTitle">Running header text (left), from <c>data-doc-title</c>.</param>
/// <param name="DocRef">Running header reference (right), from <c>data-doc-ref</c>.</param>
/// <param name="HtmlTitle">The page title, which becomes the PDF's title metadata.</param>
/// <param name="Kicker">The line above the heading ("Surrey County Council", "Appendix A").</param>
internal sealed record PrintPageView(
    string DocTitle, string? DocRef, string HtmlTitle, string Kicker, string Heading, bool Cover,
    ImmutableArray<CoverRow> CoverRows, ImmutableArray<ContentsEntry> Contents, TrustedHtml Body, string BackHref);

internal sealed record CoverRow(string Label, string Value);

/// <summary>Renders each report's site page and its print-ready pages (the report and each appendix).</summary>
internal static class ReportPages
{
    public static IEnumerable<OutputFile> Render(PageRenderer pages, Func<string, string, string, ImmutableArray<Crumb>, string, PageView> page,
        ImmutableArray<ReportDocument> documents, ImmutableArray<Protocol> protocols)
    {
        foreach (var document in documents)
        {
            var r = document.Report;
            var quoted = protocols.Where(p => p.Metadata.QuotedIn == r.Slug).Select(p => ViewModelBuilder.Row(p, "../")).ToImmutableArray();
            var view = new ReportPageView(ViewModelBuilder.Row(r, "../"), ReportText.LongDate(r.Date), r.Author, r.Source, document.SiteBody, quoted,
                "../" + document.Print.HtmlPath,
                [.. document.Appendices.Select(a => new AppendixLinkView(a.Letter!, a.Title, "../" + a.HtmlPath))]);
            var crumbs = ImmutableArray.Create(new Crumb("Home", "../index.html"), new Crumb("Reports", "index.html"), new Crumb(r.Title, null));
            var path = ReportPaths.Page(r.Slug);
            yield return pages.RenderPage(path, "report.html", page(r.Title, "../", "reports", crumbs, path), view) with { Source = r.ContentFile };

            foreach (var printed in document.Appendices.Prepend(document.Print))
            {
                var printView = PrintView(r, printed);
                yield return pages.RenderStandalonePage(printed.HtmlPath, "print.html", page(printView.HtmlTitle, "../", "reports", [], printed.HtmlPath), printView)
                    with
                { Source = printed.Reference is { } appendix ? $"{r.ContentFile} ({appendix})" : r.ContentFile };
            }
        }
    }

    private static PrintPageView PrintView(Report r, PrintedDocument printed)
    {
        var date = ReportText.LongDate(r.Date);
        if (printed.Letter is null)
        {
            ImmutableArray<CoverRow> rows =
            [
                new("Committee", r.Committee),
                new("Date of meeting", date),
                .. r.Author is null ? ImmutableArray<CoverRow>.Empty : [new CoverRow("Report of", r.Author)],
                new("Source", r.Source),
            ];
            return new PrintPageView(r.Title, $"{r.Committee}, {date}", r.Title, r.Authority, r.Title, printed.Cover, rows, printed.Contents, printed.Body,
                "../" + ReportPaths.Page(r.Slug));
        }

        return new PrintPageView(printed.Title, printed.Reference, $"{printed.Reference}: {printed.Title}", printed.Reference!, printed.Title, printed.Cover,
            [new("Appendix to", r.Title), new("Committee", r.Committee), new("Date of meeting", date)],
            printed.Contents, printed.Body, "../" + ReportPaths.Page(r.Slug));
    }
}
