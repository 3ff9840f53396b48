using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Import;

/// <summary>
/// A council web page (ModernGov, CMIS, a CMS page) → blocks: the main content only, without navigation, breadcrumbs,
/// cookie banners, "page updated" lines and feedback forms; headings, lists with their numbering and tables kept. Pure.
/// </summary>
internal static partial class HtmlImporter
{
    public static ImportedDocument Read(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var root = MainContent(document);
        foreach (var element in root.QuerySelectorAll("*").Where(IsNotContent).ToList())
            element.Remove();

        var blocks = ImmutableArray.CreateBuilder<ImportBlock>();
        new Walker(blocks).Walk(root, 0);
        var kept = blocks.Where(b => b is not ParagraphBlock { Label: null } p || !IsPageChrome(p.Text)).ToImmutableArray();

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                        ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var title = document.QuerySelector("h1")?.TextContent is { } h1 && h1.Trim().Length > 0 ? Whitespace.Collapse(h1) : document.Title;
        return new ImportedDocument(kept, [], SourceUrl: canonical is not null && canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? canonical : null,
            Title: string.IsNullOrWhiteSpace(title) ? null : Whitespace.Collapse(title),
            Publisher: Whitespace.Collapse(document.Title + " " + (document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content") ?? "")));
    }

    /// <summary>The element holding the page's own content: main, [role=main], the CMS's content container, article, else body.</summary>
    private static IElement MainContent(IDocument document)
    {
        foreach (var selector in new[] { "main", "[role=main]", "#modgov", ".mgContent", "#mgContent", "#main-content", "#maincontent", "#content", ".main-content", "article" })
        {
            var candidates = document.QuerySelectorAll(selector);
            // The one with the most text, so a small "main" in a header does not win over the article.
            var best = candidates.OrderByDescending(e => e.TextContent.Length).FirstOrDefault();
            if (best is not null && best.TextContent.Trim().Length > 0) return best;
        }
        return document.Body ?? document.DocumentElement;
    }

    private static bool IsNotContent(IElement e)
    {
        var tag = e.LocalName;
        if (tag is "nav" or "header" or "footer" or "aside" or "form" or "script" or "style" or "noscript" or "template" or "iframe" or "button" or "dialog" or "svg" or "select")
            return true;
        var role = e.GetAttribute("role") ?? "";
        if (role is "navigation" or "banner" or "contentinfo" or "search" or "dialog" or "alertdialog" or "complementary") return true;
        if (e.GetAttribute("aria-label") is { } label && NotContentName().IsMatch(label)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        var names = (e.Id ?? "") + " " + (e.GetAttribute("class") ?? "");
        return NotContentName().IsMatch(names);
    }

    // Class and id names the CMSs councils use for what is not the document itself.
    [GeneratedRegex(@"cookie|consent|breadcrumb|skip-?link|feedback|was-this|helpful|rating|share|social|page-?updated|last-?updated|lastmodified|last-modified|back-to-top|print-?page|related|sidebar|site-?header|site-?footer|menu|navbar|navigation|banner", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotContentName();

    private static bool IsPageChrome(string text) => text.Length < 160 && PageChrome().IsMatch(text);

    [GeneratedRegex(@"^(this )?page (was )?(last )?(updated|modified|reviewed)|^last (updated|modified|reviewed)\b|^was this page (useful|helpful)|^(print|share) this page$|^back to top$|^skip to (main )?content$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageChrome();

    private sealed partial class Walker(ImmutableArray<ImportBlock>.Builder blocks)
    {
        /// <summary>Elements nested deeper than this are read as plain text, so a hostile page cannot exhaust the stack.</summary>
        public const int MaxNesting = 100;
        private int nesting;

        public void Walk(IElement element, int depth)
        {
            if (++nesting > MaxNesting)
            {
                var flat = Whitespace.Collapse(FlatText(element));
                if (flat.Length > 0) blocks.Add(new ParagraphBlock(null, flat, depth));
                nesting--;
                return;
            }
            try { WalkChildren(element, depth); }
            finally { nesting--; }
        }

        /// <summary>An element's text without recursion.</summary>
        private static string FlatText(IElement element)
        {
            var sb = new System.Text.StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(element);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText t) { sb.Append(t.Data); continue; }
                if (node is IElement e && IsBlock(e)) sb.Append(' ');
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]);
            }
            return sb.ToString();
        }

        private void WalkChildren(IElement element, int depth)
        {
            var inline = new System.Text.StringBuilder();
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement child && IsBlock(child))
                {
                    Flush(inline, depth);
                    Block(child, depth);
                }
                else AppendInline(node, inline);
            }
            Flush(inline, depth);
        }

        private void Block(IElement e, int depth)
        {
            if (nesting >= MaxNesting) { Walk(e, depth); return; }
            switch (e.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var text = Whitespace.Collapse(InlineText(e));
                    if (text.Length > 0) blocks.Add(new HeadingBlock(e.LocalName[1] - '0', text));
                    break;
                case "ol":
                    List(e, depth, ordered: true);
                    break;
                case "ul":
                    List(e, depth, ordered: false);
                    break;
                case "table":
                    Table(e);
                    break;
                case "p":
                    Paragraph(e, null, depth);
                    break;
                default:
                    Walk(e, depth);
                    break;
            }
        }

        private void Paragraph(IElement e, string? label, int depth)
        {
            // Two line breaks in a row end a paragraph in pages pasted into a CMS; one is a wrap.
            var parts = new List<(string Text, bool Bold)>();
            var current = new System.Text.StringBuilder();
            var breaks = 0;
            foreach (var node in e.ChildNodes)
            {
                if (node is IElement { LocalName: "br" }) { breaks++; if (breaks >= 2 && current.Length > 0) { parts.Add((current.ToString(), false)); current.Clear(); } else current.Append('\n'); continue; }
                if (node is not IText t || t.Data.Trim().Length > 0) breaks = 0;
                AppendInline(node, current);
            }
            parts.Add((current.ToString(), false));
            var first = true;
            foreach (var (text, _) in parts)
            {
                var clean = Whitespace.Collapse(text);
                if (clean.Length == 0) continue;
                blocks.Add(new ParagraphBlock(first ? label : null, clean, depth, Bold: first && label is null && parts.Count == 1 && IsAllBold(e)));
                first = false;
            }
        }

        private void List(IElement list, int depth, bool ordered)
        {
            var type = ordered ? ListType(list) : "bullet";
            var counter = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
            if (list.HasAttribute("reversed")) counter = Math.Max(counter, 1);
            foreach (var li in list.Children.Where(c => c.LocalName == "li"))
            {
                if (int.TryParse(li.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) counter = value;
                string? label = type switch
                {
                    "bullet" => null,
                    "decimal" => counter.ToString(CultureInfo.InvariantCulture) + ".",
                    _ => "(" + ListLabels.Format(counter, type) + ")",
                };
                // The item's own text is what comes before its first nested list or block; the rest follows as blocks.
                var own = new System.Text.StringBuilder();
                var rest = new List<IElement>();
                foreach (var node in li.ChildNodes)
                {
                    if (rest.Count == 0 && !(node is IElement el && IsBlock(el) && el.LocalName is not "p")) { if (node is IElement { LocalName: "p" } p && own.Length > 0) { rest.Add(p); continue; } AppendInline(node, own); }
                    else if (node is IElement block) rest.Add(block);
                }
                var text = Whitespace.Collapse(own.ToString());
                if (text.Length > 0 || label is not null)
                    blocks.Add(label is null ? new BulletBlock(text, depth) : new ParagraphBlock(label, text, depth));
                foreach (var block in rest)
                {
                    if (block.LocalName is "ol" or "ul") List(block, depth + 1, block.LocalName == "ol");
                    else Block(block, depth + 1);
                }
                counter += list.HasAttribute("reversed") ? -1 : 1;
            }
        }

        private static string ListType(IElement list)
        {
            var style = list.GetAttribute("style") ?? "";
            var css = ListStyle().Match(style);
            var name = css.Success ? css.Groups[1].Value.ToLowerInvariant() : null;
            return (name, list.GetAttribute("type")) switch
            {
                ("lower-alpha" or "lower-latin", _) => "lowerLetter",
                ("upper-alpha" or "upper-latin", _) => "upperLetter",
                ("lower-roman", _) => "lowerRoman",
                ("upper-roman", _) => "upperRoman",
                ("decimal", _) => "decimal",
                (_, "a") => "lowerLetter",
                (_, "A") => "upperLetter",
                (_, "i") => "lowerRoman",
                (_, "I") => "upperRoman",
                _ => "decimal",
            };
        }

        [GeneratedRegex(@"list-style(?:-type)?\s*:\s*([a-z-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex ListStyle();

        private void Table(IElement table)
        {
            blocks.AddRange(TableBlock.From(table.QuerySelectorAll("tr")
                .Where(tr => tr.Closest("table") == table)
                .Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Whitespace.Collapse(InlineText(c))).ToImmutableArray())));
        }

        private void Flush(System.Text.StringBuilder inline, int depth)
        {
            var text = Whitespace.Collapse(inline.ToString());
            inline.Clear();
            if (text.Length > 0) blocks.Add(new ParagraphBlock(null, text, depth));
        }

        private static bool IsBlock(IElement e) => e.LocalName is "p" or "div" or "section" or "article" or "main" or "ol" or "ul" or "table"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "dl" or "dd" or "dt" or "figure" or "pre" or "hr" or "li" or "details" or "summary";

        private static string InlineText(IElement e) => FlatText(e);

        private static void AppendInline(INode node, System.Text.StringBuilder sb)
        {
            switch (node)
            {
                case IText text: sb.Append(text.Data); break;
                case IElement { LocalName: "br" }: sb.Append(' '); break;
                case IElement { LocalName: "sup" } sup when int.TryParse(sup.TextContent.Trim(), out var n) && n is > 0 and < 1000:
                    sb.Append(Superscript(n)); break;
                case IElement e when e.ChildElementCount == 0 || !e.QuerySelectorAll("sup").Any():
                    // No footnote marker inside: read the text without recursion.
                    sb.Append(IsBlock(e) ? " " + FlatText(e) + " " : FlatText(e));
                    break;
                case IElement e when IsBlock(e):
                    sb.Append(' ');
                    foreach (var child in e.ChildNodes) AppendInline(child, sb);
                    sb.Append(' ');
                    break;
                case IElement e:
                    foreach (var child in e.ChildNodes) AppendInline(child, sb);
                    break;
            }
        }

        private static bool IsAllBold(IElement p)
        {
            var text = Whitespace.Collapse(p.TextContent);
            if (text.Length == 0) return false;
            var bold = string.Concat(p.QuerySelectorAll("b, strong").Where(b => b.ParentElement?.Closest("b, strong") is null).Select(b => b.TextContent));
            return Whitespace.Collapse(bold) == text;
        }
    }

    public static string Superscript(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
