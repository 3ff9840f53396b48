using AngleSharp.Html.Parser;
using SiteGen.Presentation;
using SiteGen.Rendering;

namespace SiteGen.Tests.Search;

/// <summary>Report paragraphs get anchors search results can link to, and the text read back is the text shown.</summary>
[Trait("Kind", "Pure")]
public class ReportParagraphsTests
{
    private const string Report = """
        Opening paragraph with **bold** and a [link](https://example.org) and `code`.

        ## Background

        - 5.1 A list item
          that wraps.
          - a nested item
        - 5.2 Another item

        | Who | What |
        | --- | --- |
        | Members | respect |

        > A quoted paragraph.

        Closing paragraph.[^1]

        [^1]: A footnote.
        """;

    [Fact]
    public void Paragraphs_list_items_and_tables_are_numbered_in_order_with_their_section()
    {
        var paragraphs = new MarkdownRenderer().Paragraphs(Report);

        Assert.Equal(
            [
                ("para-1", null, "Opening paragraph with bold and a link and code."),
                ("para-2", "Background", "5.1 A list item that wraps."),
                ("para-3", "Background", "a nested item"),
                ("para-4", "Background", "5.2 Another item"),
                ("para-5", "Background", "Who What Members respect"),
                ("para-6", "Background", "A quoted paragraph."),
                ("para-7", "Background", "Closing paragraph."),
                ("para-8", "Background", "A footnote."),
            ],
            paragraphs.Select(p => (p.Id, p.Section, p.Text)));
        Assert.Equal(Enumerable.Range(1, 8), paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void The_rendered_report_carries_each_id_on_the_element_that_holds_that_text()
    {
        var renderer = new MarkdownRenderer();
        var html = renderer.Render(Report).Value;
        var page = new HtmlParser().ParseDocument(html);
        foreach (var paragraph in renderer.Paragraphs(Report))
        {
            var element = page.GetElementById(paragraph.Id);
            Assert.True(element is not null, $"{paragraph.Id} is missing from:\n{html}");
            var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(paragraph.Text.TrimEnd('.'), text, StringComparison.Ordinal);
        }
        Assert.Equal("li", page.GetElementById("para-2")!.LocalName);
        Assert.Equal("table", page.GetElementById("para-5")!.LocalName);
        Assert.Equal("p", page.GetElementById("para-7")!.LocalName);
    }

    [Fact]
    public void A_heading_that_already_took_an_id_keeps_it_and_the_paragraph_gets_another()
    {
        var renderer = new MarkdownRenderer();
        const string markdown = "# Para 1\n\nText.\n";
        var paragraph = Assert.Single(renderer.Paragraphs(markdown));
        Assert.Equal("para-1-p", paragraph.Id);
        var page = new HtmlParser().ParseDocument(renderer.Render(markdown).Value);
        Assert.Equal("h1", page.GetElementById("para-1")!.LocalName);
        Assert.Equal("p", page.GetElementById("para-1-p")!.LocalName);
    }

    [Fact]
    public void Empty_units_get_no_id_and_no_number()
    {
        var paragraphs = new MarkdownRenderer().Paragraphs("- \n- item\n\n---\n\nText\n");
        Assert.Equal([("para-1", "item"), ("para-2", "Text")], paragraphs.Select(p => (p.Id, p.Text)));
    }
}
