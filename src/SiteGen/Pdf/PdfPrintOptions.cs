using System.Globalization;

namespace SiteGen.Pdf;

/// <summary>What goes into a printed PDF besides the HTML and its assets; every field changes the output, so all are part of the cache fingerprint.</summary>
internal sealed record PdfPrintOptions
{
    /// <summary>The options committee appendices are printed with: CSS page size, backgrounds, tagged PDF, bookmarks, contents page numbers.</summary>
    public static PdfPrintOptions Default { get; } = new();

    /// <summary>Use the CSS <c>@page size</c> (A4 in print.css) instead of Chromium's Letter default.</summary>
    public bool PreferCssPageSize { get; init; } = true;

    /// <summary>Print background colours and images (table shading, the cover's accent band).</summary>
    public bool PrintBackground { get; init; } = true;

    /// <summary>Write a tagged (structured, accessible) PDF, as public-sector accessibility rules expect.</summary>
    public bool TaggedPdf { get; init; } = true;

    /// <summary>Write PDF bookmarks from the headings so readers can jump between sections.</summary>
    public bool DocumentOutline { get; init; } = true;

    /// <summary>Fill <c>span.toc-page[data-for]</c> with the page each target lands on, printing again until the numbers settle.</summary>
    public bool FillContentsPageNumbers { get; init; } = true;

    /// <summary>Most prints of one page while settling contents numbers; more means the layout keeps moving, which is reported as an error.</summary>
    public int MaxContentsPasses { get; init; } = 4;

    /// <summary>
    /// Let the page's own scripts run while it is printed. Off: print pages need no script, and a script could open
    /// connections (WebSocket, WebRTC) that request interception does not see. SiteGen's own contents numbering still runs.
    /// </summary>
    public bool RunPageScripts { get; init; }

    /// <summary>
    /// Print a short document without its cover and contents: when the page's <c>&lt;html&gt;</c> carries
    /// <c>data-short-pages="N"</c> (print.html gives 2) and the text, printed without the elements marked
    /// <c>data-front-matter</c>, fits on N pages or fewer, that is the PDF. Off: every document keeps its cover and contents.
    /// </summary>
    public bool DropFrontMatterWhenShort { get; init; } = true;

    /// <summary>Canonical text of every output-affecting option, fed into the cache fingerprint.</summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture,
        $"css-page-size={PreferCssPageSize};background={PrintBackground};tagged={TaggedPdf};outline={DocumentOutline};"
        + $"contents-numbers={FillContentsPageNumbers};max-passes={MaxContentsPasses};scripts={RunPageScripts};short={DropFrontMatterWhenShort}");
}

/// <summary>How long to wait for Chromium; these never change the output, so they stay out of the cache fingerprint.</summary>
internal sealed record PdfBrowserOptions
{
    /// <summary>Sensible waits for a shared two-core build machine.</summary>
    public static PdfBrowserOptions Default { get; } = new();

    /// <summary>Longest wait for the browser to start and accept the DevTools connection.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for any one step of printing a page (load, fonts, one print pass, closing).</summary>
    public TimeSpan PageStepTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
