using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Presentation;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>A report's page on the site.</summary>
/// <param name="LongDate">The meeting date as printed on committee papers ("12 April 2010").</param>
/// <param name="PrintHref">The print-ready version of the report, which <c>sitegen pdf</c> prints.</param>
internal sealed record ReportPageView(
    ReportRow Summary, string LongDate, string? Author, string Source, TrustedHtml Body,
    ImmutableArray<AuthorityRow> QuotedAuthorities, string PrintHref, ImmutableArray<AppendixLinkView> Appendices, string PdfHref, string DocumentsHref);

/// <param name="PdfHref">Where <c>sitegen pdf</c> prints it; the page links there only once the PDF exists (see <see cref="Pdf.PdfLinks"/>).</param>
internal sealed record AppendixLinkView(string Letter, string Title, string PrintHref, string PdfHref);

/// <summary>The Documents page: every report and appendix the site prints, with where its PDF is (or will be).</summary>
internal sealed record DocumentsView(ImmutableArray<DocumentGroupView> Reports, string PdfFolder);

/// <summary>One report and its appendices on the Documents page.</summary>
internal sealed record DocumentGroupView(ReportRow Report, string LongDate, ImmutableArray<DocumentView> Documents);

/// <param name="Reference">"Report", "Appendix A".</param>
/// <param name="Label">What the PDF link names for a screen reader ("Appendix A of Review of the protocol").</param>
internal sealed record DocumentView(string Reference, string Title, string PrintHref, string PdfHref, string Label);

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
    public static IEnumerable<OutputFile> Render(PageRenderer pages, Func<string, string, ImmutableArray<Crumb>, SitePage, PageView> page,
        ImmutableArray<ReportDocument> documents, ImmutableArray<Protocol> protocols)
    {
        foreach (var document in documents)
        {
            var r = document.Report;
            var here = SitePage.Report(r.Slug);
            var quoted = protocols.Where(p => p.Metadata.QuotedIn == r.Slug).Select(p => ViewModelBuilder.Row(p, here)).ToImmutableArray();
            var view = new ReportPageView(ViewModelBuilder.Row(r, here), ReportText.LongDate(r.Date), r.Author, r.Source, document.SiteBody, quoted,
                document.Print.Page.From(here),
                [.. document.Appendices.Select(a => new AppendixLinkView(a.Letter!, a.Title, a.Page.From(here), SitePage.PdfOf(a.Page).From(here)))],
                SitePage.PdfOf(document.Print.Page).From(here), SitePage.Documents.From(here));
            var crumbs = ImmutableArray.Create(Crumb.To("Home", SitePage.Home, here), Crumb.To("Reports", SitePage.Reports, here), new Crumb(r.Title, null));
            yield return pages.RenderPage(here.Path, "report.html", page(r.Title, "reports", crumbs, here), view) with { Source = r.ContentFile };

            foreach (var printed in document.Appendices.Prepend(document.Print))
            {
                var printView = PrintView(r, printed);
                yield return pages.RenderStandalonePage(printed.HtmlPath, "print.html", page(printView.HtmlTitle, "reports", [], printed.Page), printView)
                    with
                { Source = printed.Reference is { } appendix ? $"{r.ContentFile} ({appendix})" : r.ContentFile };
            }
        }
    }

    /// <summary>The Documents page's template.</summary>
    public const string DocumentsTemplate = "documents.html";

    /// <summary>The Documents page's model: the reports newest first, each with its print-ready documents in print order.</summary>
    public static DocumentsView Documents(ImmutableArray<ReportDocument> documents) =>
        new([.. documents.OrderByDescending(d => d.Report.Date, StringComparer.Ordinal).ThenBy(d => d.Report.Slug, StringComparer.Ordinal)
            .Select(d => new DocumentGroupView(ViewModelBuilder.Row(d.Report, SitePage.Documents), ReportText.LongDate(d.Report.Date),
                [.. d.Appendices.Prepend(d.Print).Select(p => new DocumentView(p.Reference ?? "Report", p.Title, p.Page.From(SitePage.Documents), SitePage.PdfOf(p.Page).From(SitePage.Documents),
                    p.Reference is { } reference ? $"{reference} of {d.Report.Title}" : d.Report.Title))]))],
            SitePage.PdfFolder);

    /// <summary>A contents list of fewer entries than this (headings and their sub-headings) is left out: it would only repeat the headings.</summary>
    public const int MinimumContentsEntries = 3;

    /// <summary>The contents list a printed document shows: its entries, or none when there are too few to be worth a list.</summary>
    public static ImmutableArray<ContentsEntry> ShownContents(ImmutableArray<ContentsEntry> contents) =>
        contents.Sum(e => 1 + e.Children.Length) >= MinimumContentsEntries ? contents : [];

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
            return new PrintPageView(r.Title, $"{r.Committee}, {date}", r.Title, r.Authority, r.Title, printed.Cover, rows, ShownContents(printed.Contents), printed.Body,
                SitePage.Report(r.Slug).From(printed.Page));
        }

        return new PrintPageView(printed.Title, printed.Reference, $"{printed.Reference}: {printed.Title}", printed.Reference!, printed.Title, printed.Cover,
            [new("Appendix to", r.Title), new("Committee", r.Committee), new("Date of meeting", date)],
            ShownContents(printed.Contents), printed.Body, SitePage.Report(r.Slug).From(printed.Page));
    }
}
