using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Import;

/// <summary>
/// Seed blocks as a council web page (navigation, breadcrumbs, a cookie banner, a "page last updated" line, a feedback
/// form around the content; lettered and Roman items as ordered lists) or as the printable page a PDF is made from
/// (labels typed in the text, a running header and footer with page numbers in the page margins).
/// </summary>
internal static class TestHtml
{
    public static string WebPage(string authority, IReadOnlyList<SeedBlock> blocks)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Member/officer protocol | ").Append(E(authority)).Append("</title></head><body>\n");
        sb.Append("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to make this site work. Accept all cookies?</p><button>Accept</button><button>Reject</button></div>\n");
        sb.Append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");
        sb.Append("<header class=\"site-header\"><a href=\"/\">").Append(E(authority)).Append("</a><nav aria-label=\"Main menu\"><ul><li><a href=\"/bins\">Bins and recycling</a></li><li><a href=\"/council-tax\">Council tax</a></li><li><a href=\"/democracy\">Councillors and democracy</a></li></ul></nav></header>\n");
        sb.Append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/democracy\">Councillors and democracy</a></li><li>Constitution</li></ol></nav>\n");
        sb.Append("<main id=\"main\">\n");
        Content(sb, blocks, literalLabels: false);
        sb.Append("<p class=\"page-updated\">Page last updated: 12 March 2024</p>\n");
        sb.Append("<form class=\"feedback\"><p>Was this page helpful?</p><button>Yes</button><button>No</button></form>\n");
        sb.Append("</main>\n<footer><ul><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/accessibility\">Accessibility statement</a></li></ul><p>© ").Append(E(authority)).Append("</p></footer>\n</body></html>\n");
        return sb.ToString();
    }

    public const string RunningHeader = "Constitution of the Council - Part 5: Codes and Protocols";
    public const string RunningFooter = "Issued by Democratic Services, March 2024";

    public static string PrintPage(IReadOnlyList<SeedBlock> blocks)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Protocol</title><style>\n");
        sb.Append("@page { size: A4; margin: 25mm 20mm 25mm 20mm;\n");
        sb.Append("  @top-center { content: \"").Append(RunningHeader).Append("\"; font: 9pt 'Liberation Sans', Arial, sans-serif; }\n");
        sb.Append("  @bottom-left { content: \"").Append(RunningFooter).Append("\"; font: 9pt 'Liberation Sans', Arial, sans-serif; }\n");
        sb.Append("  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt 'Liberation Sans', Arial, sans-serif; } }\n");
        sb.Append("body { font: 11pt/1.35 'Liberation Sans', Arial, sans-serif; } p, li { margin: 0 0 8pt 0; } h1 { font-size: 18pt; } h2 { font-size: 15pt; } h3 { font-size: 13pt; } h4, h5, h6 { font-size: 12pt; }\n");
        sb.Append("table { border-collapse: collapse; margin-bottom: 8pt; } td { border: 1px solid #999; padding: 2pt 6pt; vertical-align: top; }\n");
        sb.Append("</style></head><body>\n");
        Content(sb, blocks, literalLabels: true);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Content(StringBuilder sb, IReadOnlyList<SeedBlock> blocks, bool literalLabels)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case SeedHeading h:
                    var level = Math.Clamp(h.Level, 1, 6);
                    sb.Append(CultureInfo.InvariantCulture, $"<h{level}>").Append(E(h.Text)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
                    break;
                case SeedParagraph { Label: { } label } p when !literalLabels && ListItem(label) is { } item:
                    // A run of lettered or Roman items that count on by one is one ordered list.
                    sb.Append(CultureInfo.InvariantCulture, $"<ol type=\"{item.Type}\" start=\"{item.Value}\">");
                    var expected = item.Value;
                    var j = i;
                    while (j < blocks.Count && blocks[j] is SeedParagraph { Label: { } l } q && ListItemIn(l, item.Type) is { } it && it.Value == expected)
                    {
                        sb.Append("<li>").Append(Inline(q.Text)).Append("</li>");
                        expected++;
                        j++;
                    }
                    sb.Append("</ol>\n");
                    i = j - 1;
                    break;
                case SeedParagraph p:
                    var text = (p.Label is null ? "" : p.Label + " ") + p.Text;
                    sb.Append("<p>").Append(p.Bold ? "<strong>" + Inline(text) + "</strong>" : Inline(text)).Append("</p>\n");
                    break;
                case SeedBullet b:
                    if (literalLabels) { sb.Append("<p>• ").Append(Inline(b.Text)).Append("</p>\n"); break; }
                    sb.Append("<ul>");
                    while (i < blocks.Count && blocks[i] is SeedBullet bullet) { sb.Append("<li>").Append(Inline(bullet.Text)).Append("</li>"); i++; }
                    i--;
                    sb.Append("</ul>\n");
                    break;
                case SeedTable t:
                    sb.Append("<table>");
                    var columns = t.Rows.Max(r => r.Count);
                    foreach (var row in t.Rows)
                        sb.Append("<tr>").Append(string.Concat(Enumerable.Range(0, columns).Select(c => "<td>" + E(c < row.Count ? row[c] : "") + "</td>"))).Append("</tr>");
                    sb.Append("</table>\n");
                    break;
                case SeedFootnote f:
                    sb.Append("<p class=\"footnote\">").Append(Inline(f.Marker)).Append(' ').Append(E(f.Text)).Append("</p>\n");
                    break;
            }
        }
    }

    private static (string Type, int Value)? ListItem(string label)
    {
        var m = Regex.Match(label, @"^\(([a-z]+)\)$");
        if (!m.Success) return null;
        var key = m.Groups[1].Value;
        if (key.Length == 1 && key is not ("i" or "v" or "x")) return ("a", key[0] - 'a' + 1);
        var roman = Roman(key);
        return roman > 0 ? ("i", roman) : null;
    }

    /// <summary>How a label reads inside a list of the given type: "(i)" after "(h)" is the letter i.</summary>
    private static (string Type, int Value)? ListItemIn(string label, string type)
    {
        var m = Regex.Match(label, @"^\(([a-z]+)\)$");
        if (!m.Success) return null;
        var key = m.Groups[1].Value;
        if (type == "a") return key.Length == 1 ? ("a", key[0] - 'a' + 1) : null;
        var roman = Roman(key);
        return roman > 0 ? ("i", roman) : null;
    }

    private static int Roman(string s)
    {
        var map = new Dictionary<char, int> { ['i'] = 1, ['v'] = 5, ['x'] = 10, ['l'] = 50, ['c'] = 100 };
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!map.TryGetValue(s[i], out var v)) return 0;
            total += i + 1 < s.Length && map.TryGetValue(s[i + 1], out var next) && next > v ? -v : v;
        }
        return total;
    }

    /// <summary>Superscript footnote markers as sup elements, as a CMS prints them.</summary>
    private static string Inline(string text) =>
        Regex.Replace(E(text), "[⁰¹²³⁴⁵⁶⁷⁸⁹]+", m => "<sup>" + string.Concat(m.Value.Select(c => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c)))) + "</sup>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
