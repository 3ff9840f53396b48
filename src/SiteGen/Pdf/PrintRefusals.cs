using System.Net;
using SiteGen.Model;

namespace SiteGen.Pdf;

/// <summary>Where a refused request came from in the report's source.</summary>
/// <param name="File">The report's Markdown file as the user would type it (relative to the site), or the print page when no source was found.</param>
/// <param name="Line">1-based line of the reference in <paramref name="File"/>, or 0 when it could not be found.</param>
/// <param name="Written">The reference as written in the page (e.g. <c>../../secret.svg</c>), or the requested URL when the page does not spell it.</param>
/// <param name="Reason">Why it was refused.</param>
internal sealed record LocatedRefusal(string File, int Line, string Written, string Reason);

/// <summary>Turns the requests printing refused into located errors: the report's Markdown file and the line that asked for each.</summary>
internal static class PrintRefusals
{
    /// <summary>Diagnostic code of a request refused while printing.</summary>
    public const string Code = "SG1400";

    /// <summary>
    /// Locates each refused request of <paramref name="htmlPath"/>: finds how the page (or a stylesheet it uses) wrote the
    /// reference, which report source the print page comes from, and the line of that source that contains it.
    /// </summary>
    /// <param name="htmlPath">Full path of the print page.</param>
    /// <param name="refused">What was refused.</param>
    /// <param name="references">Every reference the page makes, as <see cref="LinkedAssets.References"/> returns them.</param>
    /// <param name="sources">The report sources that could have produced the page: display path and text.</param>
    public static IReadOnlyList<LocatedRefusal> Locate(string htmlPath, IReadOnlyList<RefusedRequest> refused,
        IReadOnlyList<(string ReferringFile, string Reference)> references, IReadOnlyList<(string File, string Text)> sources)
    {
        var located = new List<LocatedRefusal>();
        foreach (var request in refused)
        {
            // The browser asks once for a URL however many times it is written (an absolute path and a ../ path to the
            // same file), so every spelling that leads to it is located.
            List<string> written = [.. references
                .Where(r => r.Reference.Trim() == request.Url || LinkedAssets.BrowserUrl(r.ReferringFile, r.Reference) == request.Url)
                .Select(r => r.Reference.Trim())
                .Distinct(StringComparer.Ordinal)];
            if (written.Count == 0)
            {
                written.Add(request.Url);
            }

            foreach (var spelling in written)
            {
                var found = sources
                    .Select(s => (s.File, Line: LineOf(s.Text, spelling)))
                    .FirstOrDefault(s => s.Line > 0);
                located.Add(found.File is null
                    ? new LocatedRefusal(sources.Count > 0 ? sources[0].File : htmlPath, 0, spelling, request.Reason)
                    : new LocatedRefusal(found.File, found.Line, spelling, request.Reason));
            }
        }

        return [.. located.Distinct()];
    }

    /// <summary>The 1-based line of <paramref name="text"/> that contains <paramref name="reference"/> (as written, HTML-decoded or percent-decoded), or 0.</summary>
    public static int LineOf(string text, string reference)
    {
        string[] forms = [reference, WebUtility.HtmlDecode(reference), Unescape(reference)];
        var lines = text.Split('\n');
        foreach (var form in forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(form, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The report sources a print page can come from: <c>print/x.html</c> and <c>print/x-appendix-a.html</c> come from
    /// the report <c>x.md</c>. Longest name first, so <c>x-appendix-a</c> is not taken for a report named <c>x-appendix</c>.
    /// </summary>
    public static IReadOnlyList<string> SourceCandidates(string printPageName, IEnumerable<string> reportFileNames) =>
        [.. reportFileNames
            .Where(name => Path.GetExtension(name) == ".md")
            .Select(name => (Name: name, Slug: Path.GetFileNameWithoutExtension(name)))
            .Where(r => printPageName == r.Slug || printPageName.StartsWith(r.Slug + "-appendix-", StringComparison.Ordinal))
            .OrderByDescending(r => r.Slug.Length)
            .Select(r => r.Name)];

    /// <summary>The error for a page whose print was refused: located at the first refusal, naming every one.</summary>
    public static Diagnostic ToDiagnostic(IReadOnlyList<LocatedRefusal> located, string pageName)
    {
        located = [.. located.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)];
        var first = located[0];
        var others = located.Skip(1).Select(r => (r.Line > 0 ? $"line {r.Line}" : r.File) + $": \"{PrintRefusedException.Shorten(r.Written)}\" ({r.Reason})");
        var also = located.Count > 1 ? " Also refused: " + string.Join("; ", others) + "." : "";
        return Diagnostic.Error(first.File, first.Line, Code,
            $"Printing {pageName} asked for \"{PrintRefusedException.Shorten(first.Written)}\", which was refused: {first.Reason}.{also} "
            + "Printing only reads files inside the site: put images in the site's assets and refer to them by a relative path. No PDF was published and the site was not changed.");
    }

    private static string Unescape(string reference)
    {
        try
        {
            return Uri.UnescapeDataString(reference);
        }
        catch (UriFormatException)
        {
            return reference;
        }
    }
}
