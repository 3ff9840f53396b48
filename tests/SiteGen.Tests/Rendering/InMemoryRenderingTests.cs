using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Pages and report embeds rendered from templates and a model held in memory: no disk, no whole-site build. The
/// templates are small stand-ins written here, so each test shows what the renderer itself does with them.
/// </summary>
[Trait("Kind", "Pure")]
public sealed class InMemoryRenderingTests
{
    private static readonly SiteView Site = new("Protocols <compared>", "Member/officer protocols", "", "en-GB", "SiteGen test");

    private const string Layout = """
        <!DOCTYPE html><html lang="{{ site.language }}"><head><title>{{ page.title }} | {{ site.title }}</title></head>
        <body><main id="main">{{ model }}</main></body></html>
        """;

    private const string Theme = """
        <h1>{{ model.theme.title }}</h1><p class="lead">{{ model.theme.description }}</p>
        {{ for group in model.groups }}<section data-authority="{{ group.authority.slug }}"><h2><a href="{{ group.authority.href }}">{{ group.authority.short_name }}</a></h2>
        {{ for clause in group.clauses }}<p class="cited"><a href="{{ clause.href }}">{{ clause.citation }}</a> {{ clause.text }}</p>{{ end }}</section>{{ end }}
        """;

    private static TemplateSet Templates(params (string Folder, IReadOnlyDictionary<string, string> Templates)[] layers)
    {
        var (sources, origins) = TemplateSet.Overlay(layers);
        var (set, errors) = TemplateSet.Parse(sources, origins, []);
        Assert.True(set is not null, string.Join("\n", errors));
        return set!;
    }

    private static Dictionary<string, string> BuiltIn() => new(StringComparer.Ordinal) { ["layout.html"] = Layout, ["theme.html"] = Theme };

    private static PageView Page(string title) => new(title, "../", "themes", [new Crumb("Home", "../index.html"), new Crumb(title, null)], null, "");

    private static ThemePageView RespectTheme() => new(
        new ThemeSummaryView("respect", "Respect & courtesy", "How members and officers treat each other", "respect.html", 2, 1),
        [new ThemeAuthorityGroupView(new AuthorityRef("testshire", "Testshire", "../protocols/testshire.html", false),
            [
                new CitedClauseView("1.1", "Testshire, para 1.1", "../protocols/testshire.html#1.1", "Members must treat officers with respect.", "matched “respect”"),
                new CitedClauseView("1.2", "Testshire, para 1.2", "../protocols/testshire.html#1.2", "Officers <script>alert(1)</script> & members.", "matched “respect”"),
            ])],
        [], [], []);

    [Fact]
    public void A_theme_page_renders_its_clauses_inside_the_layout_with_every_text_escaped()
    {
        var html = new PageRenderer(Templates(("(built-in templates)/", BuiltIn())), Site).Render("theme.html", Page("Theme: Respect & courtesy"), RespectTheme());

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Theme: Respect & courtesy | Protocols <compared>", document.Title);
        Assert.Equal("Respect & courtesy", document.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["Testshire, para 1.1", "Testshire, para 1.2"], document.QuerySelectorAll("p.cited a").Select(a => a.TextContent));
        Assert.Equal("../protocols/testshire.html#1.2", document.QuerySelectorAll("p.cited a")[1].GetAttribute("href"));
        // Clause text is content, never markup: the script stays text and no element is made of it.
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script> & members.", document.QuerySelectorAll("p.cited")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_template_replaces_the_built_in_one_of_the_same_name_and_errors_name_the_site_file()
    {
        var site = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["theme.html"] = "<h1 class=\"own\">{{ model.theme.title | string.upcase }}</h1>{{ model.no_such_field.title }}",
        };
        var (sources, origins) = TemplateSet.Overlay([("(built-in templates)/", BuiltIn()), ("templates/", site)]);
        Assert.Equal("templates/theme.html", origins["theme.html"]);
        Assert.Equal("(built-in templates)/layout.html", origins["layout.html"]);
        var (set, errors) = TemplateSet.Parse(sources, origins, []);
        Assert.Empty(errors);

        // The site's own template renders in place of the built-in one, inside the built-in layout.
        var lenient = Templates(("(built-in templates)/", BuiltIn()), ("templates/", new Dictionary<string, string> { ["theme.html"] = "<h1 class=\"own\">{{ model.theme.title | string.upcase }}</h1>" }));
        var html = new PageRenderer(lenient, Site).Render("theme.html", Page("Theme"), RespectTheme());
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("RESPECT & COURTESY", document.QuerySelector("main h1.own")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("p.cited"));
        Assert.Equal("Theme | Protocols <compared>", document.Title);

        // A mistake in the site's template is reported against the site's file, not the built-in one it replaced.
        var error = Assert.Throws<TemplateRenderException>(() => new PageRenderer(set!, Site).Render("theme.html", Page("Theme"), RespectTheme(), "themes/respect.html"));
        Assert.Equal("templates/theme.html", error.File);
        Assert.Contains("themes/respect.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_a_quotation_embed_renders_the_clause_from_an_in_memory_protocol_through_a_template()
    {
        var (protocolDocument, protocolErrors) = ProtocolFileParser.Parse(new SourceFile("content/protocols/testshire.md",
            "---\nauthority: Testshire District Council\nshort_name: Testshire\ncouncil_type: district\nnation: england\ncoverage: full\ntitle: Protocol\nstatus: adopted\nsource: test\n---\n"
            + "## 1. Respect\n\n1.1 Members must treat officers with respect & courtesy.\n\n1.2 Officers must give members impartial advice.\n"));
        Assert.True(protocolDocument is not null, string.Join("\n", protocolErrors));
        var protocol = ProtocolNormaliser.Normalise(protocolDocument!).Protocol;
        var report = new Report("review", "Review of the protocol", "Standards Committee", "2026-07-14", "Testshire District Council", null, "review",
            "The protocol says:\n\n[[quote testshire/1.1]]\n\nand nothing more.\n", 10, "content/reports/review.md", []);

        var (compiled, diagnostics) = new ReportCompiler(new ClauseIndex([protocol]), null, SiteAnalysis.Empty).Compile(report, []);
        Assert.True(compiled is not null, string.Join("\n", diagnostics));
        var templates = Templates(("(built-in templates)/", new Dictionary<string, string>
        {
            ["layout.html"] = Layout,
            ["report.html"] = "<h1>{{ model.title }}</h1><div class=\"report-body\">{{ model.body }}</div>",
        }));
        var html = new PageRenderer(templates, Site).Render("report.html", Page(report.Title), new { report.Title, Body = compiled!.SiteBody });

        var body = new HtmlParser().ParseDocument(html).QuerySelector("main .report-body")!;
        var quote = body.QuerySelector("blockquote")!;
        Assert.Contains("Members must treat officers with respect & courtesy.", quote.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("impartial advice", body.TextContent, StringComparison.Ordinal);
        Assert.Contains(body.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("testshire.html#", StringComparison.Ordinal) && a.TextContent.Contains("1.1", StringComparison.Ordinal));
        Assert.Contains("and nothing more.", body.TextContent, StringComparison.Ordinal);
    }
}
