using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Reports;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Basket;

/// <summary>
/// The markup that assets/pick.js works from, read from the default site built in memory: every clause shown with its
/// text says where it is and how it is cited, the ids picked clauses get are report syntax, and without JavaScript
/// no page shows a button that does nothing.
/// </summary>
[Trait("Kind", "Pure")]
public sealed class BasketMarkupTests
{
    private static readonly Lazy<BuildResult> DefaultBuild = new(() => SiteBuild.Run(Repo.Root));
    private static ImmutableDictionary<string, OutputFile> Files => DefaultBuild.Value.Files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal);
    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Files[path].AsText());

    [Fact]
    public void Every_clause_on_an_authority_page_carries_its_link_citation_and_own_text()
    {
        var marked = 0;
        foreach (var protocol in DefaultBuild.Value.Protocols)
        {
            var page = Page($"protocols/{protocol.Metadata.Slug}.html");
            foreach (var clause in protocol.AllClauses())
            {
                var li = page.GetElementById(clause.Number);
                Assert.True(li is not null, clause.Id);
                Assert.Equal("#" + clause.Number, li.GetAttribute("data-pick-href"));
                Assert.Equal(SiteGen.Presentation.Citations.Cite(protocol.Metadata, clause), li.GetAttribute("data-pick-cite"));
                // The text pick.js copies is the clause's own blocks, not its sub-clauses' nor its notes.
                var own = li.QuerySelectorAll(".pick-text").Where(e => e.ParentElement!.Closest("[data-pick-href]") == li).Select(e => e.TextContent).ToList();
                Assert.NotEmpty(own);
                Assert.All(own, t => Assert.Contains(Words(t).First(), clause.Text, StringComparison.Ordinal));
                Assert.Single(li.QuerySelectorAll("[data-pick-slot]"), e => e.Closest("[data-pick-href]") == li);
                marked++;
            }
        }
        Assert.Equal(DefaultBuild.Value.Protocols.Sum(p => p.AllClauses().Count()), marked);
        Assert.True(marked > 300, $"only {marked} clauses");
        Assert.Equal("Hackney, para 7.2(g)", Page("protocols/hackney.html").GetElementById("7.2(g)")!.GetAttribute("data-pick-cite"));
    }

    [Fact]
    public void Every_clause_on_a_theme_page_carries_the_link_and_citation_of_its_number_and_the_theme()
    {
        var themePages = Files.Keys.Where(p => p.StartsWith("themes/", StringComparison.Ordinal) && p != "themes/index.html").ToList();
        Assert.True(themePages.Count >= 10, $"only {themePages.Count} theme pages");
        var marked = 0;
        foreach (var path in themePages)
        {
            var page = Page(path);
            var title = page.QuerySelector("h1")!.TextContent.Replace("Theme", "", StringComparison.Ordinal).Trim();
            foreach (var li in page.QuerySelectorAll(".cited-clauses > li"))
            {
                var number = li.QuerySelector("a.clause-number")!;
                Assert.Equal(number.GetAttribute("href"), li.GetAttribute("data-pick-href"));
                Assert.Equal(number.GetAttribute("title"), li.GetAttribute("data-pick-cite"));
                Assert.Equal(title, li.GetAttribute("data-pick-themes"));
                Assert.NotEmpty(li.QuerySelector(".pick-text")!.TextContent.Trim());
                marked++;
            }
        }
        Assert.True(marked > 100, $"only {marked} clauses on theme pages");
    }

    [Fact]
    public void A_picked_clause_id_is_a_report_clause_id_that_quote_and_compare_parse_back()
    {
        // pick.js names a pick authority/number from its link protocols/<slug>.html#<number>; that must be report syntax.
        foreach (var protocol in DefaultBuild.Value.Protocols)
        {
            foreach (var clause in protocol.AllClauses())
            {
                var id = protocol.Metadata.Slug + "/" + clause.Number;
                Assert.Equal(clause.Id, id);
                var (quote, problems) = ReferenceSyntax.Parse("quote " + id);
                Assert.True(problems.IsEmpty, id + ": " + string.Join("; ", problems.Select(p => p.Message)));
                var r = Assert.IsType<ReportDirective.Quotation>(quote).Ref;
                Assert.Equal((protocol.Metadata.Slug, clause.Number), (r.Slug, r.Target));
            }
        }
        var (compare, compareProblems) = ReferenceSyntax.Parse("compare \"Mutual 'respect'\" hackney/7.2(g) haringey/3.4 ; \"Other\" merton/p1");
        Assert.Empty(compareProblems);
        Assert.Equal(2, Assert.IsType<ReportDirective.Comparison>(compare).Rows.Length);
    }

    [Fact]
    public void Without_javascript_the_basket_page_explains_itself_and_no_clause_page_shows_a_button()
    {
        var basket = Page("basket.html");
        Assert.Empty(basket.QuerySelectorAll("main button"));
        Assert.NotNull(basket.GetElementById("basket"));
        Assert.Contains("needs JavaScript", basket.GetElementById("basket-no-script")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("assets/pick.js", basket.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.True(Files.ContainsKey("assets/pick.js") && Files.ContainsKey("assets/pick.css"));

        foreach (var path in new[] { "protocols/hackney.html", "protocols/merton.html", "themes/confidentiality.html", "compare.html", "search.html", "index.html" })
        {
            var page = Page(path);
            // Submit buttons of forms work without script; a type=button one, unless hidden until a script shows it, would do nothing.
            Assert.Empty(page.QuerySelectorAll("button[type=button]:not([hidden]), button:not([type]):not([hidden])"));
            Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href")!.EndsWith("basket.html", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n', '\t', '\u2022'], StringSplitOptions.RemoveEmptyEntries);
}
