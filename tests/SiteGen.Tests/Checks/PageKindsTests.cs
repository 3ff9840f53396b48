using SiteGen.Checks;
using SiteGen.Tests.Serve;

namespace SiteGen.Tests.Checks;

[Trait("Kind", "Pure")]
public class PageKindsTests
{
    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("search.html", "search.html")]
    [InlineData("protocols/hackney.html", "protocols/*.html")]
    [InlineData("reports/index.html", "reports/index.html")]
    [InlineData("reports/surrey-2010.html", "reports/*.html")]
    [InlineData("themes/bullying/index.html", "themes/*/index.html")]
    [InlineData("compare/hackney/haringey.html", "compare/*/*.html")]
    [InlineData("a/b/c/d.html", "a/*/*/*.html")]
    [InlineData("old/Page.HTM", "old/*.htm")]
    public void A_page_belongs_to_its_folder_s_kind_index_and_top_level_pages_are_kinds_of_their_own_and_deeper_folders_are_items(string page, string kind) =>
        Assert.Equal(kind, PageKinds.PatternOf(page));

    [Fact]
    public void Pages_are_grouped_from_the_output_and_the_largest_page_of_each_kind_represents_it()
    {
        using var temp = new TempFolder();
        temp.Write("index.html", "<p>home</p>");
        temp.Write("404.html", "<p>lost</p>");
        temp.Write("protocols/hackney.html", new string('x', 500));
        temp.Write("protocols/haringey.html", new string('x', 900));
        temp.Write("protocols/hounslow.html", new string('x', 900));
        temp.Write("gaps/index.html", "<p>gaps</p>");
        temp.Write("gaps/bullying.html", "<p>gap</p>");
        temp.Write("themes/respect/index.html", "<p>respect</p>");
        temp.Write("themes/bullying/index.html", "<p>bullying, a longer page</p>");
        temp.Write("assets/site.css", "body{}");
        temp.Write("data/clauses.csv", "a,b");

        var kinds = PageKinds.Classify(temp.Path);
        Assert.Equal(["404.html", "gaps/*.html", "gaps/index.html", "index.html", "protocols/*.html", "themes/*/index.html"], kinds.Select(k => k.Pattern));
        var protocols = kinds.Single(k => k.Pattern == "protocols/*.html");
        Assert.Equal(3, protocols.Pages.Count);
        Assert.Equal(Path.Combine(temp.Path, "protocols", "haringey.html"), protocols.Representative); // largest; a tie goes to the first name
        Assert.Equal(Path.Combine(temp.Path, "themes", "bullying", "index.html"), kinds.Single(k => k.Pattern == "themes/*/index.html").Representative);
        Assert.Equal(6, PageKinds.OneOfEach(temp.Path).Count);
    }
}
