using System.Text.RegularExpressions;
using PuppeteerSharp;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Search;

namespace SiteGen.Tests.Rendering.Basket;

/// <summary>
/// "Copy" and "Add to appendix" on the clauses a matrix cell or a gap page cites, in Debian's Chromium with the site
/// opened by file://: the same buttons as on an authority's page, copying the whole clause (as the authority's page
/// prints it) with its citation, and filling the same basket.
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class MatrixPickBrowserTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    private string Root => built.FileUrl;

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The citation of the first clause not yet in the basket that <paramref name="scope"/> offers "Add to appendix" on, after pressing it.</summary>
    private static async Task<string> AddFirstAsync(IPage page, string scope)
    {
        var button = await page.WaitForSelectorAsync(scope + " [data-pick-href] .pick-add[data-in-basket='false']", new WaitForSelectorOptions { Timeout = 20_000 });
        var cite = await page.EvaluateFunctionAsync<string>("b => b.closest('[data-pick-href]').getAttribute('data-pick-cite')", button);
        await button!.ClickAsync();
        await page.WaitForFunctionAsync("b => b.getAttribute('data-in-basket') === 'true'", button);
        return cite;
    }

    [Fact]
    public async Task Matrix_cells_and_gap_pages_copy_the_whole_clause_and_add_it_to_the_basket()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        // The clause as its authority's page shows it.
        await page.GoToAsync(Root + "protocols/hackney.html");
        var clause = Flat(await page.EvaluateExpressionAsync<string>(
            "document.getElementById('7.2(g)').querySelector(':scope > .clause-body > .pick-text').textContent"));

        // The expectations matrix cites Hackney 7.2(g) in a cell: Copy gives the whole clause and its citation.
        await page.GoToAsync(Root + "analysis/expectations.html");
        var inCell = "table.expectations td [data-pick-cite='Hackney, para 7.2(g)']";
        await page.WaitForSelectorAsync(inCell + " .pick-copy", new WaitForSelectorOptions { Timeout = 20_000 });
        var copied = await BasketBrowserTests.CopiedByAsync(page, inCell + " .pick-copy");
        Assert.Equal(clause + " (Hackney, para 7.2(g))", copied.Plain);
        Assert.DoesNotContain("file:", copied.Plain + copied.Html, StringComparison.Ordinal);
        // Every clause link in the matrix's cells is offered, and nothing else (a theme link, a count) is.
        var offered = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('table.expectations td [data-pick-href] .pick-add').length");
        var clauseLinks = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('table.expectations td a[href*=\"protocols/\"]').length");
        Assert.True(offered > 10, $"only {offered} clauses offered");
        Assert.Equal(clauseLinks, offered);

        var first = await AddFirstAsync(page, "table.expectations td");
        await page.GoToAsync(Root + "analysis/escalation.html");
        var second = await AddFirstAsync(page, "table.routes td");
        await page.GoToAsync(Root + "gaps/merton.html");
        var third = await AddFirstAsync(page, "table.gaps td");
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());

        await page.GoToAsync(Root + "basket.html");
        Assert.Equal([first, second, third], await BasketBrowserTests.BasketOrderAsync(page));
        // The basket holds each clause's whole text, not the number the cell showed.
        var texts = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.basket-item')].map(i => i.querySelector('.basket-text').textContent)");
        Assert.All(texts, t => Assert.True(t.Length > 15, $"“{t}” is not a clause's text"));
    }
}
