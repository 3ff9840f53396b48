using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using SiteGen.Output;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Reads every file of a built site the way a browser or a spreadsheet would and lists anything content could use to run
/// code: script other than the site's own assets, event-handler attributes, script-capable URLs and elements, HTML the
/// parser had to repair, JSON that is not JSON or would break out of a script, CSV cells Excel would run as formulas.
/// </summary>
public static class OutputAudit
{
    /// <summary>
    /// Elements that can run script, load other documents, restyle the page or change where its links go. The default
    /// templates use none of them, so any one of them came from content; a template that starts to use one lists it here.
    /// </summary>
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "base", "form", "svg", "math", "style", "template",
    };

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "cite", "data", "background", "xlink:href", "srcset", "ping"];

    public static IReadOnlyList<string> Site(string siteDir, ISet<string> assetPaths)
    {
        var problems = new List<string>();
        foreach (var path in Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(siteDir, path).Replace('\\', '/');
            var bytes = System.IO.File.ReadAllBytes(path);
            problems.AddRange(OneFile(relative, bytes, assetPaths).Select(p => $"{relative}: {p}"));
        }
        return problems;
    }

    /// <summary>Problems with one output file, by its site-relative path.</summary>
    public static IEnumerable<string> OneFile(string relative, byte[] bytes, ISet<string> assetPaths)
    {
        if (assetPaths.Contains(relative) || relative == SiteWriter.Marker) return [];
        if (relative.EndsWith(".html", StringComparison.Ordinal)) return Html(relative, Encoding.UTF8.GetString(bytes), assetPaths);
        if (relative.EndsWith(".json", StringComparison.Ordinal)) return Json(Encoding.UTF8.GetString(bytes));
        if (relative.EndsWith(".csv", StringComparison.Ordinal)) return Csv(bytes);
        if (relative == "search/lunr.min.js") return LunrFromNpm(bytes);
        if (relative.StartsWith("data/", StringComparison.Ordinal) && (relative.EndsWith(".docx", StringComparison.Ordinal) || relative.EndsWith(".xlsx", StringComparison.Ordinal))) return Office(bytes);
        if (relative.EndsWith(".js", StringComparison.Ordinal) && IsSiteDataScript(relative)) return DataScript(Encoding.UTF8.GetString(bytes));
        return ["a file SiteGen does not write: only pages, data and the templates' own assets belong in the site"];
    }

    /// <summary>
    /// A Word or Excel export: a zip of well-formed XML parts, no macros, and hyperlinks only to the site (relative) or
    /// to http(s) addresses, whatever the content said.
    /// </summary>
    public static IEnumerable<string> Office(byte[] bytes)
    {
        var problems = new List<string>();
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)) problems.Add($"{entry.FullName}: a macro part");
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) { problems.Add($"{entry.FullName}: not an XML part"); continue; }
                using var stream = entry.Open();
                var xml = System.Xml.Linq.XDocument.Load(stream);
                if (xml.ToString().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)) problems.Add($"{entry.FullName}: a macro-enabled content type");
                foreach (var rel in xml.Descendants().Where(e => e.Name.LocalName == "Relationship" && (string?)e.Attribute("TargetMode") == "External"))
                {
                    var target = (string?)rel.Attribute("Target") ?? "";
                    var scheme = System.Text.RegularExpressions.Regex.Match(target, "^([A-Za-z][A-Za-z0-9+.-]*):");
                    if (scheme.Success && scheme.Groups[1].Value.ToLowerInvariant() is not ("http" or "https")) problems.Add($"{entry.FullName}: a link to {target}");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            problems.Add("not a readable Office file: " + e.Message);
        }
        return problems;
    }

    public static IEnumerable<string> Html(string relative, string html, ISet<string> assetPaths) => Html(relative, Parse(html), assetPaths);

    /// <summary>The page as a browser would build it, with every error the HTML parser reported on the way.</summary>
    public static (IDocument Document, IReadOnlyList<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            errors.Add($"HTML parse error {error.Code} at {error.Position.Line}:{error.Position.Column}: {error.Message}");
        };
        return (parser.ParseDocument(html), errors);
    }

    public static IEnumerable<string> Html(string relative, (IDocument Document, IReadOnlyList<string> Errors) page, ISet<string> assetPaths)
    {
        var (document, errors) = page;
        foreach (var error in errors) yield return error;

        var depth = relative.Count(c => c == '/');
        var root = string.Concat(Enumerable.Repeat("../", depth));
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            // The forms the templates make: GET forms that only ever open the site's own search or compare page.
            var isSiteForm = name == "form" && element.GetAttribute("action") is { } action
                && (action == root + "search.html" || action == root + "compare.html")
                && string.Equals(element.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase);
            if (Forbidden.Contains(name) && !isSiteForm && !IsEscalationDiagram(element)) yield return $"<{name}> element";
            // A JSON data island is never run, but its text must not be able to close the script element early.
            var isDataIsland = name == "script" && element.GetAttribute("type") == "application/json" && !element.HasAttribute("src");
            if (isDataIsland)
                foreach (var problem in Json(element.TextContent)) yield return "data island: " + problem;
            if (name == "meta" && element.HasAttribute("http-equiv")) yield return "<meta http-equiv>";
            if (name == "link" && element.GetAttribute("rel") is not ("stylesheet" or "canonical")) yield return $"<link rel=\"{element.GetAttribute("rel")}\">";
            if (name == "script" && !isDataIsland)
            {
                var src = element.GetAttribute("src");
                var own = src is not null && src.StartsWith(root, StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal)
                    && (assetPaths.Contains(src[root.Length..]) || IsSiteDataScript(src[root.Length..]));
                if (!own)
                    yield return $"<script src=\"{src}\"> is not one of the site's own scripts";
                if (element.TextContent.Trim().Length > 0) yield return "inline script";
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"event handler attribute {attribute.Name} on <{name}>";
                if (attribute.Name is "style" or "srcdoc" or "formaction") yield return $"{attribute.Name} attribute on <{name}>";
                if (UrlAttributes.Contains(attribute.Name) && !IsSafeUrl(attribute.Value)) yield return $"unsafe URL {attribute.Name}=\"{attribute.Value}\" on <{name}>";
            }
        }
    }

    /// <summary>What a browser would do with the attribute: strip surrounding spaces and controls, drop tabs and newlines, read the scheme.</summary>
    public static bool IsSafeUrl(string value)
    {
        var cleaned = new string(value.Trim('\0', ' ', '\t', '\n', '\r', '\f').Where(c => c is not ('\t' or '\n' or '\r') && !char.IsControl(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon) return true;
        return cleaned[..colon].ToLowerInvariant() is "http" or "https" or "mailto" or "tel";
    }

    /// <summary>
    /// The search and compare data the pages load with &lt;script&gt; (so they work from file://): one statement that
    /// hands a JSON value to a variable or to the page's loader, so content can never become code.
    /// </summary>
    public static IEnumerable<string> DataScript(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text,
            @"\A(//[^\n]*\n)?(var [A-Z_]+ = (?<json>[\s\S]*);|window\.SiteGenCompare && window\.SiteGenCompare\.add\((?<json>[\s\S]*)\);)\n?\z");
        return match.Success ? Json(match.Groups["json"].Value) : ["not a single data statement ('var NAME = JSON;' or the compare loader's add(JSON);)"];
    }

    /// <summary>lunr.js is copied byte for byte from the pinned npm package; anything else in its place is a problem.</summary>
    private static IEnumerable<string> LunrFromNpm(byte[] bytes) =>
        bytes.AsSpan().SequenceEqual(SiteGen.Search.LunrScript.ReadBytes()) ? [] : ["not the lunr.js SiteGen ships"];

    /// <summary>Drawing elements only: no script, foreignObject, use, image, link or animation can hide in a diagram.</summary>
    private static readonly HashSet<string> DiagramElements = new(StringComparer.Ordinal) { "g", "rect", "text", "tspan", "title", "desc", "line", "path", "polygon", "polyline", "circle", "defs", "marker" };

    /// <summary>The escalation flow diagrams SiteGen draws in C#: allowed as long as they hold nothing but drawing.</summary>
    private static bool IsEscalationDiagram(AngleSharp.Dom.IElement element) =>
        element.LocalName == "svg" && element.ClassList.Contains("flow") && element.Descendants<AngleSharp.Dom.IElement>().All(e => DiagramElements.Contains(e.LocalName));

    private static bool IsSiteDataScript(string path) =>
        path.StartsWith("search/", StringComparison.Ordinal) || path.StartsWith("data/compare/", StringComparison.Ordinal);

    public static IEnumerable<string> Json(string json)
    {
        string? error = null;
        try { using var _ = JsonDocument.Parse(json); }
        catch (JsonException e) { error = "not valid JSON: " + e.Message; }
        if (error is not null) yield return error;
        // Raw '<', '>' and '&' would let a "</script>" in content end a script block the data is ever inlined into.
        foreach (var ch in "<>&\u2028\u2029")
            if (json.Contains(ch, StringComparison.Ordinal)) yield return string.Create(CultureInfo.InvariantCulture, $"raw U+{(int)ch:X4} in JSON");
    }

    public static IEnumerable<string> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (!text.StartsWith('\uFEFF')) yield return "CSV without a byte-order mark (Excel would misread the encoding)";
        foreach (var (row, cells) in CsvRows(text.TrimStart('\uFEFF')).Select((r, i) => (i + 1, r)))
            foreach (var cell in cells)
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    yield return $"row {row}: Excel would run the cell '{cell[..Math.Min(cell.Length, 40)]}' as a formula";
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    public static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"' && cell.Length == 0) quoted = true;
            else if (ch == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else cell.Append(ch);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }

    /// <summary>The text a reader sees on a page (scripts' source excluded), with runs of white space as single spaces.</summary>
    public static string VisibleText(IDocument document) =>
        Collapse(document.Body?.TextContent ?? "") + " " + Collapse(document.Title ?? "");

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
