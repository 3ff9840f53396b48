using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>Pages far past Scriban's default output limits are rendered whole, never cut off with "...".</summary>
[Trait("Kind", "Pure")]
public sealed class LargePageTests
{
    private static readonly SiteView Site = new("Protocols", "Member/officer protocols", "", "en-GB", "SiteGen test");

    private static TemplateSet Templates()
    {
        var (set, errors) = TemplateFiles.Load(Repo.Root, "templates");
        Assert.NotNull(set);
        Assert.DoesNotContain(errors, e => e.Severity == SiteGen.Model.Severity.Error);
        return set!;
    }

    private static PageView Page(string title) => new(title, "../", "themes", [new Crumb("Home", "../index.html"), new Crumb(title, null)], null, "");

    [Fact]
    public void A_theme_page_over_5_MB_is_rendered_whole_through_the_real_templates()
    {
        // One clause text of 2 MB (past the 1 MiB a single value may print by default) and 8,000 ordinary clauses.
        var longText = string.Concat(Enumerable.Repeat("Officers must not be put under undue pressure by members. ", 36_000));
        var clauses = Enumerable.Range(1, 8000).Select(i => new CitedClauseView($"{i}.1", $"Authority {i}, para {i}.1", $"../protocols/a{i}.html#c-{i}-1",
            $"Clause {i}: members and officers must treat each other with courtesy and respect, whatever the pressure of work, and raise concerns with the line manager first.", "matched “respect”"));
        var groups = ImmutableArray.Create(
            new ThemeAuthorityGroupView(new AuthorityRef("long", "Long", "../protocols/long.html", false), [new CitedClauseView("1", "Long, para 1", "../protocols/long.html#c-1", longText, "matched “undue pressure”")]),
            new ThemeAuthorityGroupView(new AuthorityRef("many", "Many", "../protocols/many.html", false), [.. clauses]),
            new ThemeAuthorityGroupView(new AuthorityRef("last", "Last", "../protocols/last.html", false), [new CitedClauseView("9", "Last, para 9", "../protocols/last.html#c-9", "THE-LAST-CLAUSE", "matched")]));
        var view = new ThemePageView(new ThemeSummaryView("respect", "Respect", "Courtesy and respect", "respect.html", 8002, 3), groups, [], [], []);

        var html = new PageRenderer(Templates(), Site).Render("theme.html", Page("Theme: Respect"), view);

        Assert.True(html.Length > 5_000_000, $"the page is only {html.Length} characters");
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.DoesNotContain("...", html);
        var document = new HtmlParser().ParseDocument(html);
        var texts = document.QuerySelectorAll("p.cited-text").Select(p => p.TextContent).ToArray();
        Assert.Equal(8002, texts.Length);
        Assert.Equal(longText, texts[0]);
        Assert.Equal("THE-LAST-CLAUSE", texts[^1]);
        Assert.NotNull(document.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public void A_template_that_recurses_past_the_limit_is_an_error_naming_the_page()
    {
        var sources = new Dictionary<string, string>
        {
            ["layout.html"] = "<html>{{ model }}</html>",
            ["loop.html"] = "{{ include 'loop.html' }}",
        };
        var (set, errors) = TemplateSet.Parse(sources, new Dictionary<string, string> { ["loop.html"] = "templates/loop.html" }, []);
        Assert.Empty(errors);
        var e = Assert.Throws<TemplateRenderException>(() => new PageRenderer(set!, Site).Render("loop.html", Page("Loop"), new object(), "themes/loop.html"));
        Assert.Equal("templates/loop.html", e.File);
        Assert.Contains("themes/loop.html", e.Message);
    }
}
