using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;

namespace SiteGen.Pdf;

/// <summary>What SiteGen needs to know about a PDF Chromium just printed.</summary>
/// <param name="PageCount">Number of pages.</param>
/// <param name="LinkTargetPages">For each in-document link (<c>href="#id"</c>), the 1-based page its target <c>id</c> is on.</param>
internal sealed record PrintedPdfFacts(int PageCount, IReadOnlyDictionary<string, int> LinkTargetPages)
{
    /// <summary>
    /// Reads the facts from PDF bytes. Chromium turns every <c>&lt;a href="#id"&gt;</c> into a link annotation
    /// whose destination is named after the id; PdfPig resolves that name to a page. Keying by id (not by
    /// heading text, as bookmarks would) stays exact when two sections share a title.
    /// </summary>
    /// <param name="pdf">The PDF file's bytes.</param>
    /// <param name="wantedIds">
    /// When given, pages are read only until a link to each of these ids has been seen. Contents lists sit
    /// near the front, and parsing a page costs about as much as printing it, so this keeps long documents fast.
    /// </param>
    public static PrintedPdfFacts Read(byte[] pdf, IReadOnlyCollection<string>? wantedIds = null)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        var stillWanted = wantedIds is null ? null : new HashSet<string>(wantedIds, StringComparer.Ordinal);
        for (var number = 1; number <= document.NumberOfPages && stillWanted is not { Count: 0 }; number++)
        {
            foreach (var annotation in document.GetPage(number).GetAnnotations())
            {
                if (annotation.Type == AnnotationType.Link
                    && DestinationName(annotation) is { } name
                    && annotation.Action is GoToAction { Destination: { } destination })
                {
                    pages[name] = destination.PageNumber;
                    stillWanted?.Remove(name);
                }
            }
        }

        return new PrintedPdfFacts(document.NumberOfPages, pages);
    }

    private static string? DestinationName(Annotation annotation)
    {
        // PDF allows the destination name as a name object (what Skia writes) or as a string.
        if (!annotation.AnnotationDictionary.TryGet(NameToken.Dest, out var token))
        {
            return null;
        }

        return token switch
        {
            NameToken name => name.Data,
            StringToken text => text.Data,
            _ => null,
        };
    }
}
