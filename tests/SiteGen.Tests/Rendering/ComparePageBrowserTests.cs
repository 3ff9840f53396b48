using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The compare page in real headless Chromium, opened from file:// with the choice in the query string: the page
/// must load each chosen authority's data through script elements and line their clauses up by theme.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public sealed class ComparePageBrowserTests : IClassFixture<ComparePageBrowserTests.BuiltSite>
{
    public sealed class BuiltSite : IDisposable
    {
        // A space in the path makes sure nothing depends on an address that needs no escaping.
        public TempSite Site { get; } = Repo.CopyDefaultSite();
        public string Output => Path.Combine(Site.Path, "built site");

        public BuiltSite()
        {
            File.WriteAllText(Site.File("site.json"), File.ReadAllText(Site.File("site.json")).Replace("\"_site\"", "\"built site\"", StringComparison.Ordinal));
            Assert.Equal(0, BuildCommand.Run(new DirectoryInfo(Site.Path), verbose: false, TextWriter.Null, TextWriter.Null));
        }

        public void Dispose() => Site.Dispose();
    }

    private readonly BuiltSite _site;

    public ComparePageBrowserTests(BuiltSite site) => _site = site;

    [Fact]
    public void The_chosen_authorities_are_shown_side_by_side_from_file_url()
    {
        var dom = new HtmlParser().ParseDocument(DumpDom("compare.html?a=haringey&a=surrey"));
        var table = dom.QuerySelector("#compare-result table")!;
        Assert.NotNull(table);
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToArray();
        Assert.Equal(["Theme", "Haringey", "Surrey extract"], headers);
        var authorities = table.QuerySelectorAll("td[data-authority]").Select(td => td.GetAttribute("data-authority") ?? "").Distinct().ToArray();
        Assert.Equal(["haringey", "surrey"], authorities);

        var respect = table.QuerySelector("tr[data-theme='mutual-respect-and-courtesy']")!;
        Assert.Contains(respect.QuerySelectorAll("td[data-authority='haringey'] a"), a => a.GetAttribute("href") == "protocols/haringey.html#3.1(c)");
        Assert.Contains(respect.QuerySelectorAll("td[data-authority='surrey'] a"), a => a.GetAttribute("href") == "protocols/surrey.html#16");
        // The form reflects the choice, so it can be changed and resubmitted.
        Assert.Equal(["haringey", "surrey"], dom.QuerySelectorAll("input[name=a]").Where(i => i.HasAttribute("checked") || i.GetAttribute("checked") is not null).Select(i => i.GetAttribute("value")));
        Assert.Contains("Comparing Haringey, Surrey", dom.QuerySelector("#comparison")!.TextContent);
    }

    [Fact]
    public void A_shared_address_with_a_theme_shows_only_that_theme()
    {
        var dom = new HtmlParser().ParseDocument(DumpDom("compare.html?a=hackney,hounslow,merton&t=complaints-and-escalation"));
        var rows = dom.QuerySelectorAll("#compare-result tbody tr").ToArray();
        var row = Assert.Single(rows);
        Assert.Equal("complaints-and-escalation", row.GetAttribute("data-theme"));
        Assert.Contains(row.QuerySelectorAll("td[data-authority='hackney'] a"), a => a.TextContent == "16.2");
        Assert.Contains(row.QuerySelectorAll("td[data-authority='hounslow'] a"), a => a.TextContent == "11.3");
        Assert.Equal("Not in extract", row.QuerySelector("td[data-authority='merton']")!.TextContent.Trim());
    }

    [Fact]
    public void Unknown_authorities_in_the_address_are_ignored_not_rendered()
    {
        var dom = new HtmlParser().ParseDocument(DumpDom("compare.html?a=nowhere&a=%3Cscript%3E&a=thurrock"));
        Assert.Equal(["Theme", "Thurrock extract"], dom.QuerySelectorAll("#compare-result thead th").Select(th => th.TextContent.Trim()));
    }

    /// <summary>The page's DOM after its scripts ran, in the Chromium SiteGen itself drives (<see cref="TestBrowser"/>).</summary>
    private string DumpDom(string relative) =>
        TestBrowser.DumpDom(new Uri(Path.Combine(_site.Output, relative.Split('?')[0])).AbsoluteUri + "?" + relative.Split('?', 2)[1]);
}
