using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Presentation;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>A report with every reference checked, ready for its site page and its printed documents.</summary>
/// <param name="SiteBody">The body as the site page shows it: citations link to the authorities' pages.</param>
/// <param name="Print">The report as a print-ready document.</param>
/// <param name="Appendices">One print-ready document per declared appendix, in the order declared.</param>
/// <param name="Paragraphs">The body's paragraphs, list items and tables, with the ids (<c>para-N</c>) the page gives them, for search.</param>
internal sealed record ReportDocument(Report Report, TrustedHtml SiteBody, PrintedDocument Print, ImmutableArray<PrintedDocument> Appendices, ImmutableArray<ReportParagraph> Paragraphs);

/// <summary>A document printed to PDF: the report itself or one of its appendices.</summary>
/// <param name="HtmlPath">Site-relative path of its print-ready page (<c>print/&lt;slug&gt;.html</c>).</param>
/// <param name="Letter">For an appendix, its letter; null for the report.</param>
/// <param name="Title">The document's own title (the report's, or the appendix's).</param>
/// <param name="Body">Its content, after the cover and contents.</param>
/// <param name="Contents">Entries of its contents list, each pointing at an id in <paramref name="Body"/>.</param>
internal sealed record PrintedDocument(string HtmlPath, string? Letter, string Title, bool Cover, TrustedHtml Body, ImmutableArray<ContentsEntry> Contents)
{
    /// <summary>Its print-ready page.</summary>
    public SitePage Page => new(HtmlPath);

    /// <summary>"Appendix A" for an appendix, null for the report.</summary>
    public string? Reference => Letter is null ? null : "Appendix " + Letter;
}

/// <summary>One line of a printed contents list, with the entries nested under it.</summary>
internal sealed record ContentsEntry(string Id, string Title, ImmutableArray<ContentsEntry> Children);

