using SiteGen.Model;

namespace SiteGen.Tests.Model;

[Trait("Kind", "Pure")]
public class SitePageTests
{
    public static TheoryData<string, string> EveryPageKind() => new()
    {
        { Show(SitePage.Home), "index.html" },
        { Show(SitePage.NotFound), "404.html" },
        { Show(SitePage.Search), "search.html" },
        { Show(SitePage.Basket), "basket.html" },
        { Show(SitePage.Data), "data.html" },
        { Show(SitePage.Documents), "documents.html" },
        { Show(SitePage.Coverage), "coverage.html" },
        { Show(SitePage.About), "about.html" },
        { Show(SitePage.Protocol("hackney")), "protocols/hackney.html" },
        { Show(SitePage.Clause("hackney", "7.2(g)")), "protocols/hackney.html#7.2(g)" },
        { Show(SitePage.Source("hackney")), "sources/hackney.html" },
        { Show(SitePage.SourceLine("hackney", 12)), "sources/hackney.html#L12" },
        { Show(SitePage.Reports), "reports/index.html" },
        { Show(SitePage.Report("review-2024")), "reports/review-2024.html" },
        { Show(SitePage.Print("review-2024")), "print/review-2024.html" },
        { Show(SitePage.PrintAppendix("review-2024", "B")), "print/review-2024-appendix-b.html" },
        { Show(SitePage.PdfOf(SitePage.PrintAppendix("review-2024", "B"))), "pdf/review-2024-appendix-b.pdf" },
        { Show(SitePage.Themes), "themes/index.html" },
        { Show(SitePage.Theme("confidentiality")), "themes/confidentiality.html" },
        { Show(SitePage.AnalysisHub), "analysis/index.html" },
        { Show(SitePage.Review), "analysis/review.html" },
        { Show(SitePage.Matrix("analysis/theme-matrix")), "analysis/theme-matrix.html" },
        { Show(SitePage.MatrixPart("analysis/escalation", "england-district")), "analysis/escalation-england-district.html" },
        { Show(SitePage.Compare), "compare.html" },
        { Show(SitePage.Compare.WithQuery("of=hackney&peers=type")), "compare.html?of=hackney&peers=type" },
        { Show(SitePage.Gaps("merton")), "gaps/merton.html" },
        { Show(SitePage.DataFile("theme-matrix.csv")), "data/theme-matrix.csv" },
        { Show(SitePage.ProtocolData("hackney")), "data/protocols/hackney.json" },
    };

    private static string Show(SitePage page) => page.FromRoot;

    [Theory]
    [MemberData(nameof(EveryPageKind))]
    public void Names_every_page_kind_from_the_site_root(string fromRoot, string expected) => Assert.Equal(expected, fromRoot);

    [Fact]
    public void A_link_from_a_top_level_page_goes_straight_down()
    {
        Assert.Equal("protocols/hackney.html#7.2(g)", SitePage.Clause("hackney", "7.2(g)").From(SitePage.Home));
        Assert.Equal("search.html", SitePage.Search.From(SitePage.Documents));
    }

    [Fact]
    public void A_link_from_a_nested_page_goes_up_to_the_root_then_down()
    {
        Assert.Equal("../themes/confidentiality.html", SitePage.Theme("confidentiality").From(SitePage.Protocol("hackney")));
        Assert.Equal("../index.html", SitePage.Home.From(SitePage.Report("review")));
        Assert.Equal("../data/protocols/hackney.json", SitePage.ProtocolData("hackney").From(SitePage.Protocol("hackney")));
    }

    [Fact]
    public void A_link_between_pages_of_one_folder_also_goes_by_the_root()
    {
        Assert.Equal("../themes/respect.html", SitePage.Theme("respect").From(SitePage.Theme("confidentiality")));
    }

    [Fact]
    public void A_file_two_folders_down_climbs_two_levels()
    {
        Assert.Equal("../../protocols/hackney.html", SitePage.Protocol("hackney").FromFile("data/themes/respect.docx"));
        Assert.Equal("../../", SitePage.RootOf("data/compare/hackney.js"));
        Assert.Equal("", SitePage.Home.Root);
    }

    [Theory]
    [InlineData("7.2(g)")]
    [InlineData("p1(iv)")]
    [InlineData("t1.3")]
    public void A_clause_number_becomes_the_fragment_as_the_page_writes_its_id(string number)
    {
        var link = SitePage.Clause("hackney", number).From(SitePage.Theme("respect"));

        Assert.Equal("../protocols/hackney.html#" + number, link);
        Assert.DoesNotContain("%", link);
    }

    [Theory]
    [InlineData("https://example.org/protocols/")]
    [InlineData("https://example.org/protocols")]
    public void With_a_base_url_the_address_is_absolute_with_one_slash_between(string baseUrl)
    {
        Assert.Equal("https://example.org/protocols/protocols/hackney.html#7.2(g)", SitePage.Clause("hackney", "7.2(g)").Absolute(baseUrl));
        Assert.Equal("https://example.org/protocols/index.html", SitePage.Home.AbsoluteOrNull(baseUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_base_url_there_is_no_absolute_address(string? baseUrl) =>
        Assert.Null(SitePage.Home.AbsoluteOrNull(baseUrl));

    [Fact]
    public void Query_comes_before_fragment()
    {
        Assert.Equal("../compare.html?of=a#x", SitePage.Compare.WithQuery("of=a").At("x").From(SitePage.Gaps("a")));
    }
}
