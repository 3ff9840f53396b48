using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

[Trait("Kind", "Pure")]
public class PickTextTableTests
{
    private const string Tricky = "Officers &amp; members &quot;must&quot; not write &lt;/script&gt; or “quote” it.\nThen • a list &#39;item&#39;; 3 + 4";

    private static string Page(params string[] texts) =>
        "<!doctype html><html><head><title>t</title></head><body><table><tr>"
        + string.Concat(texts.Select((t, i) => $"<td><span class=\"pick-entry\" data-pick-href=\"../protocols/a.html#{i}\" data-pick-cite=\"A, para {i}\" data-pick-text=\"{t}\"><a href=\"#\">{i}</a></span></td>"))
        + "</tr></table>\n<script src=\"assets/pick.js\" defer></script>\n</body></html>\n";

    /// <summary>Each entry's text as pick.js reads it: its own data-pick-text, else the table's entry its data-pick-key names.</summary>
    private static List<string?> TextsAsRead(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var table = document.GetElementById(PickTextTable.TableId);
        var shared = table is null ? [] : JsonSerializer.Deserialize<string[]>(table.TextContent)!;
        return [.. document.QuerySelectorAll("[data-pick-href]").Select(e =>
            e.GetAttribute("data-pick-text") ?? (e.GetAttribute("data-pick-key") is { } key ? shared[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : null))];
    }

    [Fact]
    public void A_text_cited_more_than_once_is_written_once_and_every_entry_still_reads_the_same_text()
    {
        var html = Page(Tricky, "Only once.", Tricky, "Twice &amp; more", "Twice &amp; more", Tricky);
        var folded = PickTextTable.Fold(html);

        Assert.Equal(TextsAsRead(html), TextsAsRead(folded));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(folded, "quote”"));
        Assert.Contains("data-pick-text=\"Only once.\"", folded, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(folded, "data-pick-key=").Count);
        Assert.True(folded.Length < html.Length);
        // The table cannot close its script element early, and it comes before the page's end.
        Assert.DoesNotContain("</script>\"", folded, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n</body></html>\n", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_texts_are_each_cited_once_or_that_has_none_is_left_as_it_is()
    {
        var once = Page("One.", "Two.", Tricky);
        Assert.Same(once, PickTextTable.Fold(once));
        const string none = "<html><body><p>No clauses.</p></body></html>";
        Assert.Same(none, PickTextTable.Fold(none));
    }
}
