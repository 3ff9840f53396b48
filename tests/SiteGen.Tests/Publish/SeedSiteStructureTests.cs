using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Checks;

namespace SiteGen.Tests.Publish;

/// <summary>
/// Design rules axe does not enforce at WCAG A/AA (or only as best practice), checked on every page of the built seed
/// site, so page types added later are held to them too: one h1 and no skipped heading levels, tables with captions
/// and scoped headers, the skip link, landmarks, breadcrumbs, and nothing loaded from another website.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class SeedSiteStructureTests(BuiltDefaultSite site) : IClassFixture<BuiltDefaultSite>
{
    /// <summary>Print-ready report and appendix pages are documents for paper (what `sitegen pdf` prints): no site navigation by design.</summary>
    private static bool IsPrintDocument(string page) => page.StartsWith("print/", StringComparison.Ordinal);

    private IEnumerable<(string Page, IDocument Document)> Pages()
    {
        var parser = new HtmlParser();
        foreach (var page in SiteFilePaths.Pages(site.Output))
            yield return (SiteFilePaths.Relative(site.Output, page), parser.ParseDocument(File.ReadAllText(page)));
    }

    [Fact]
    public void Every_page_has_one_h1_and_its_headings_never_skip_a_level()
    {
        var problems = new List<string>();
        foreach (var (page, document) in Pages())
        {
            var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            if (levels.Count(l => l == 1) != 1) problems.Add($"{page}: {levels.Count(l => l == 1)} h1 elements");
            if (levels.Count > 0 && levels[0] != 1) problems.Add($"{page}: the first heading is h{levels[0]}");
            foreach (var (a, b) in levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1))
                problems.Add($"{page}: h{a} is followed by h{b}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_table_has_a_caption_and_every_header_cell_a_scope()
    {
        var problems = new List<string>();
        var tables = 0;
        foreach (var (page, document) in Pages())
        {
            foreach (var table in document.QuerySelectorAll("table"))
            {
                tables++;
                if (table.QuerySelector("caption") is not { TextContent.Length: > 0 }) problems.Add($"{page}: a table without a caption");
                foreach (var th in table.QuerySelectorAll("th").Where(th => th.GetAttribute("scope") is not ("col" or "row" or "colgroup" or "rowgroup")))
                    problems.Add($"{page}: <th>{th.TextContent.Trim()}</th> has no scope");
            }
        }
        Assert.Empty(problems);
        Assert.True(tables > 0, "no tables were checked");
    }

    [Fact]
    public void Every_page_has_a_language_a_title_a_skip_link_to_its_main_content_and_the_site_navigation()
    {
        var problems = new List<string>();
        foreach (var (page, document) in Pages())
        {
            if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang"))) problems.Add($"{page}: no lang");
            if (string.IsNullOrWhiteSpace(document.Title)) problems.Add($"{page}: no title");
            if (IsPrintDocument(page)) continue;
            var skip = document.Body!.FirstElementChild;
            if (skip is not { LocalName: "a" } || skip.GetAttribute("href") != "#main") problems.Add($"{page}: the first thing in the body is not a skip link to #main");
            if (document.QuerySelectorAll("main#main").Length != 1) problems.Add($"{page}: not exactly one <main id=\"main\">");
            if (document.QuerySelector("header nav[aria-label]") is null) problems.Add($"{page}: no labelled site navigation");
            if (document.QuerySelectorAll("nav[aria-current], nav a[aria-current=\"page\"]").Length > 1) problems.Add($"{page}: more than one current navigation item");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_page_below_the_home_page_has_breadcrumbs_ending_at_itself()
    {
        var problems = new List<string>();
        foreach (var (page, document) in Pages().Where(p => p.Page is not ("index.html" or "404.html") && !IsPrintDocument(p.Page)))
        {
            var crumbs = document.QuerySelectorAll("nav.breadcrumbs li");
            if (crumbs.Length < 2) { problems.Add($"{page}: no breadcrumbs"); continue; }
            if (crumbs[^1].GetAttribute("aria-current") != "page" || crumbs[^1].QuerySelector("a") is not null) problems.Add($"{page}: the last breadcrumb is not the current page");
            if (crumbs[0].QuerySelector("a")?.TextContent != "Home") problems.Add($"{page}: the breadcrumbs do not start at Home");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Nothing_is_loaded_from_another_website_no_fonts_cdns_or_trackers()
    {
        static bool External(string? url) => url is not null && (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));
        var problems = new List<string>();
        // 404.html is left out: built with a baseUrl, it rightly loads the stylesheet from the published address.
        foreach (var (page, document) in Pages().Where(p => p.Page != "404.html"))
        {
            foreach (var element in document.QuerySelectorAll("script[src], link[href]:not([rel=\"canonical\"]), img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src]"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data");
                if (External(url)) problems.Add($"{page}: <{element.LocalName}> loads {url}");
            }
            foreach (var style in document.QuerySelectorAll("style, [style]"))
            {
                var css = style.LocalName == "style" ? style.TextContent : style.GetAttribute("style") ?? "";
                if (css.Contains("url(http", StringComparison.OrdinalIgnoreCase) || css.Contains("@import", StringComparison.OrdinalIgnoreCase)) problems.Add($"{page}: inline CSS loads from elsewhere");
            }
        }
        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(css);
            // A stylesheet may @import another of the site's own files; never one from elsewhere.
            if (System.Text.RegularExpressions.Regex.IsMatch(text, @"@import\s+(url\()?\s*[""']?\s*(https?:|//)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                || text.Contains("url(http", StringComparison.OrdinalIgnoreCase)
                || text.Contains("url(//", StringComparison.Ordinal) || text.Contains("@font-face", StringComparison.OrdinalIgnoreCase))
                problems.Add($"{SiteFilePaths.Relative(site.Output, css)}: loads a font or a file from elsewhere");
        }
        Assert.Empty(problems);
    }
}
