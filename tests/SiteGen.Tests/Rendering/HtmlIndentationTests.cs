using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

[Trait("Kind", "Pure")]
public class HtmlIndentationTests
{
    [Fact]
    public void Indentation_before_a_tag_goes_and_the_line_break_stays()
    {
        Assert.Equal("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", HtmlIndentation.Strip("<ul>\n    <li>a</li>\n\t\t<li>b</li>\n  </ul>\n"));
    }

    [Fact]
    public void Indented_text_and_white_space_inside_a_line_are_left_alone()
    {
        const string html = "<p>one\n    two <b>three</b>  four</p>\n";
        Assert.Same(html, HtmlIndentation.Strip(html));
    }

    [Theory]
    [InlineData("<pre class=\"yaml\">themes:\n  <b>x</b>\n</pre>")]
    [InlineData("<textarea>\n  <kept>\n</textarea>")]
    [InlineData("<script>\n  var a = 1\n  <x\n</script>")]
    [InlineData("<STYLE>\n  <x\n</style>")]
    public void White_space_inside_pre_textarea_script_and_style_is_kept(string element)
    {
        var html = "<div>\n  <p>a</p>\n  " + element + "\n  <p>b</p>\n</div>";
        Assert.Equal("<div>\n<p>a</p>\n" + element + "\n<p>b</p>\n</div>", HtmlIndentation.Strip(html));
    }

    [Fact]
    public void The_utf8_form_is_the_stripped_text_encoded()
    {
        const string html = "<ul>\n  <li>“café” — 🎉</li>\n  <pre>\n  <b>é</b>\n</pre>\n\t<li>ok</li>\n</ul>";
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(HtmlIndentation.Strip(html)), HtmlIndentation.StripToUtf8(html));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("<p>plain</p>"), HtmlIndentation.StripToUtf8("<p>plain</p>"));
    }

    [Fact]
    public void An_element_that_only_starts_like_a_kept_one_is_not_kept()
    {
        Assert.Equal("<presentation>\n<p>a</p>\n</presentation>", HtmlIndentation.Strip("<presentation>\n  <p>a</p>\n</presentation>"));
    }

    [Fact]
    public void A_kept_element_never_closed_keeps_the_rest_of_the_page()
    {
        Assert.Equal("<p>a</p>\n<pre>\n  <b>x</b>", HtmlIndentation.Strip("<p>a</p>\n  <pre>\n  <b>x</b>"));
    }

    [Fact]
    public void Many_kept_elements_are_each_kept_and_the_lines_between_them_stripped()
    {
        var html = string.Concat(Enumerable.Repeat("<pre>\n  <i>y</i>\n</pre>\n  <p>z</p>\n", 3));
        Assert.Equal(string.Concat(Enumerable.Repeat("<pre>\n  <i>y</i>\n</pre>\n<p>z</p>\n", 3)), HtmlIndentation.Strip(html));
    }
}

[Trait("Kind", "Pure")]
public class SimilarWordingSameWordsTests
{
    [Theory]
    [InlineData("Members must be courteous.", "Members  must\nbe courteous.", true)]
    [InlineData("Members must be courteous.", "members must be courteous.", false)]
    [InlineData("Members must be courteous.", "Members must be courteous", false)]
    [InlineData("Members must be courteous.", "Members must always be courteous.", false)]
    public void Only_a_clause_with_the_same_words_in_the_same_order_is_not_quoted_again(string a, string b, bool same)
    {
        Assert.Equal(same, AnalysisViews.SameWords(a, b));
    }
}
