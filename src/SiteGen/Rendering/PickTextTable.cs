using System.Net;
using System.Text;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// Writes once a clause text that a page gives the basket more than once. Matrix and gap cells carry the whole text of
/// the clause they cite in <c>data-pick-text</c> (the cell shows only a link), and on the matrix and gap pages one
/// clause is often cited in several cells. Each text that occurs more than once goes into one JSON table at the end of
/// the body (<see cref="TableId"/>), and its cells carry <c>data-pick-key</c>, the text's index in it; assets/pick.js
/// reads either. A text cited once stays where it is. The texts are the same strings: the attribute's character
/// references are decoded, as a browser decodes them, before they are written as JSON.
/// </summary>
internal static class PickTextTable
{
    /// <summary>The id of the script element (<c>type="application/json"</c>) that holds the page's table.</summary>
    public const string TableId = "sitegen-pick-texts";

    private const string Attribute = " data-pick-text=\"";
    private const string BodyEnd = "</body>";

    /// <summary>The page with its repeated <c>data-pick-text</c> values written once; the page itself when it has none.</summary>
    public static string Fold(string html)
    {
        var first = html.IndexOf(Attribute, StringComparison.Ordinal);
        if (first < 0) return html;
        var bodyEnd = html.LastIndexOf(BodyEnd, StringComparison.Ordinal);
        if (bodyEnd < first) return html;

        var found = new List<(int Start, int End, string Value)>();
        for (var at = first; at >= 0 && at < bodyEnd;)
        {
            var valueStart = at + Attribute.Length;
            var close = html.IndexOf('"', valueStart);
            if (close < 0) return html;
            found.Add((at, close + 1, html[valueStart..close]));
            at = html.IndexOf(Attribute, close + 1, StringComparison.Ordinal);
        }
        var counts = found.CountBy(f => f.Value, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        if (counts.Values.All(n => n < 2)) return html;

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var sb = new StringBuilder(html.Length);
        var copied = 0;
        foreach (var (start, end, value) in found)
        {
            if (counts[value] < 2) continue;
            if (!keys.TryGetValue(value, out var key))
            {
                key = texts.Count;
                keys.Add(value, key);
                texts.Add(WebUtility.HtmlDecode(value));
            }
            sb.Append(html, copied, start - copied).Append(" data-pick-key=\"").Append(key.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
            copied = end;
        }
        // SiteGen's JSON escapes <, > and &, so the table cannot end its script element early.
        return sb.Append(html, copied, bodyEnd - copied)
            .Append("<script type=\"application/json\" id=\"").Append(TableId).Append("\">")
            .Append(DataJson.SerializeCompact(texts)).Append("</script>\n")
            .Append(html, bodyEnd, html.Length - bodyEnd).ToString();
    }
}
