using System.Text;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public class HtmlInjectionTests
{
    private static string Inject(string html, string snippet) =>
        Encoding.UTF8.GetString(HtmlInjection.InsertBeforeBodyEnd(Encoding.UTF8.GetBytes(html), snippet));

    [Fact]
    public void Inserts_before_the_last_closing_body_tag_whatever_its_case() =>
        Assert.Equal("<p>&lt;/body&gt; </body></p><X></BODY></html>",
            Inject("<p>&lt;/body&gt; </body></p></BODY></html>", "<X>"));

    [Fact]
    public void Appends_when_the_page_has_no_closing_body_tag() =>
        Assert.Equal("<p>Hi<X>", Inject("<p>Hi", "<X>"));

    [Fact]
    public void Keeps_multibyte_text_intact() =>
        Assert.Equal("<p>Café – “quoted”</p><X></body>", Inject("<p>Café – “quoted”</p></body>", "<X>"));

    [Fact]
    public void The_snippet_carries_the_state_token_and_escapes_error_text()
    {
        var state = new PreviewState("abc", 3, "/site", [SiteGen.Model.Diagnostic.Error("content/x.md", 4, "SG0101", "Bad <script> & stuff")]);
        var snippet = LiveReloadMarkup.Snippet(state);
        Assert.Contains("data-token=\"abc.3\"", snippet, StringComparison.Ordinal);
        Assert.Contains("content/x.md:4: error SG0101: Bad &lt;script&gt; &amp; stuff", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReloadMarkup.OverlayId, LiveReloadMarkup.Snippet(state with { Errors = [] }), StringComparison.Ordinal);
    }

    private static string Base(string html, string href) =>
        Encoding.UTF8.GetString(HtmlInjection.InsertBase(Encoding.UTF8.GetBytes(html), href));

    [Fact]
    public void A_base_goes_right_after_the_opening_head_tag_whatever_its_case_and_attributes() =>
        Assert.Equal("<html><HEAD lang=\"en\"><base href=\"/repo/\"><title>t</title></HEAD></html>",
            Base("<html><HEAD lang=\"en\"><title>t</title></HEAD></html>", "/repo/"));

    [Fact]
    public void A_page_with_its_own_base_or_without_a_head_is_left_alone()
    {
        Assert.Equal("<head><base href=\"https://x/\"></head>", Base("<head><base href=\"https://x/\"></head>", "/repo/"));
        Assert.Equal("<p>no head</p>", Base("<p>no head</p>", "/repo/"));
    }
}
