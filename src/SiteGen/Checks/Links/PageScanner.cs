using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Checks.Links;

/// <summary>Parses a page once with AngleSharp and pulls out its anchors and every URL it links to or loads.</summary>
internal static class PageScanner
{
    // (element, attribute) pairs whose value is one URL the browser follows or loads.
    private static readonly (string Element, string Attribute)[] SingleUrlAttributes =
    [
        ("a", "href"), ("area", "href"), ("link", "href"),
        ("img", "src"), ("script", "src"), ("iframe", "src"), ("source", "src"), ("audio", "src"),
        ("video", "src"), ("video", "poster"), ("track", "src"), ("embed", "src"), ("input", "src"),
        ("object", "data"), ("form", "action"),
    ];

    /// <summary>Creates a parser that records source positions, so findings can say line and column.</summary>
    public static HtmlParser CreateParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Scans <paramref name="html"/>, the content of the page at <paramref name="relativePath"/>.</summary>
    public static PageScan Scan(string relativePath, string html, HtmlParser parser)
    {
        using var document = parser.ParseDocument(html);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<LinkReference>();
        var baseLine = 0;

        foreach (var element in document.All)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id)) anchors.Add(id);
            var tag = element.LocalName;
            if (tag == "a" && element.GetAttribute("name") is { Length: > 0 } name) anchors.Add(name);
            if (tag == "base" && element.HasAttribute("href")) baseLine = LineOf(element);

            foreach (var (elementName, attribute) in SingleUrlAttributes)
            {
                if (elementName == tag && element.GetAttribute(attribute) is { } url)
                    links.Add(Reference(url.Trim(), tag + " " + attribute, element));
            }
            if (tag is "img" or "source" && element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var candidate in SrcsetUrls(srcset)) links.Add(Reference(candidate, tag + " srcset", element));
            }
            if (tag == "meta" && MetaRefreshUrl(element) is { } refresh)
                links.Add(Reference(refresh, "meta refresh", element));
        }
        return new PageScan(relativePath, anchors, links, baseLine);
    }

    private static LinkReference Reference(string url, string attribute, IElement element)
    {
        var position = element.SourceReference?.Position;
        return new LinkReference(url, attribute, position?.Line ?? 0, position?.Column ?? 0);
    }

    private static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 1;

    /// <summary>The URLs of a srcset: comma-separated candidates, each a URL optionally followed by a width or density.</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0]);

    // <meta http-equiv="refresh" content="0; url=other.html">: redirect pages left behind after renames.
    private static string? MetaRefreshUrl(IElement meta)
    {
        if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)) return null;
        var content = meta.GetAttribute("content") ?? "";
        var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : content[(at + 4)..].Trim().Trim('\'', '"');
    }
}
