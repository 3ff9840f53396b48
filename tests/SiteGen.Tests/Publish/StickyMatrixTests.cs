using System.Text;
using System.Text.Json;
using SiteGen.Checks.Accessibility;
using SiteGen.Tests.Checks;
using SiteGen.Tests.Serve;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The site stylesheet's pattern for wide matrices (authorities × themes): in a real Chromium the header row stays
/// at the top and the row headers at the left while the box scrolls, and the pattern passes axe in both colour
/// schemes and at 320 px (visually hidden text in its cells included).
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class StickyMatrixTests(ITestOutputHelper output)
{
    private static string MatrixPage()
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Matrix</title>
            <link rel="stylesheet" href="assets/site.css"></head>
            <body><main id="main"><h1>Themes by authority</h1>
            <div class="table-wrap table-wrap--sticky" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="data-table data-table--matrix"><caption id="matrix-caption">Which clauses each authority has on each theme</caption>
            <thead><tr><th scope="col">Authority</th>
            """);
        for (var c = 1; c <= 16; c++) html.Append("<th scope=\"col\">Theme number ").Append(c).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 1; r <= 60; r++)
        {
            html.Append("<tr><th scope=\"row\">Authority number ").Append(r).Append("</th>");
            // Cells carry visually hidden text for screen readers, as matrices do; it must not widen the page.
            for (var c = 1; c <= 16; c++) html.Append("<td>").Append(r).Append('.').Append(c).Append("(a)<span class=\"visually-hidden\"> clause for theme ").Append(c).Append("</span></td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div></main></body></html>");
        return html.ToString();
    }

    [Fact]
    public async Task Header_row_and_row_headers_stay_in_view_while_a_wide_matrix_scrolls_and_the_pattern_is_accessible()
    {
        var tools = await TestTools.RequireAsync();
        using var temp = new TempFolder();
        temp.Write("matrix.html", MatrixPage());
        File.Copy(Path.Combine(RepoPaths.Root, "templates", "assets", "site.css"), temp.Write("assets/site.css", ""), overwrite: true);
        var page = Path.Combine(temp.Path, "matrix.html");

        string before, after;
        await using (var chromium = await TestBrowser.StartAsync())
        {
            var tab = await chromium.NewPageAsync(800, 600);
            await tab.GoToAsync(new Uri(page).AbsoluteUri);
            // Where the column headers, the first row header and a body cell sit relative to the box, before and after it scrolls.
            const string Measure = """
                () => {
                  const box = document.querySelector('.table-wrap--sticky');
                  const frame = box.getBoundingClientRect();
                  const at = (element) => { const r = element.getBoundingClientRect(); return { top: r.top - frame.top, left: r.left - frame.left }; };
                  return JSON.stringify({
                    scrollable: { x: box.scrollWidth > box.clientWidth, y: box.scrollHeight > box.clientHeight },
                    columnHeader: at(box.querySelector('thead th:nth-child(4)')),
                    rowHeader: at(box.querySelector('tbody tr:nth-child(20) th')),
                    cell: at(box.querySelector('tbody tr:nth-child(20) td:nth-of-type(6)')),
                    scroll: { x: box.scrollLeft, y: box.scrollTop },
                  });
                }
                """;
            before = await tab.EvaluateFunctionAsync<string>(Measure);
            await tab.EvaluateFunctionAsync("() => { const box = document.querySelector('.table-wrap--sticky'); box.scrollLeft = 400; box.scrollTop = 500; }");
            after = await tab.EvaluateFunctionAsync<string>(Measure);
        }
        using var result = JsonDocument.Parse($"{{\"before\":{before},\"after\":{after}}}");
        output.WriteLine(result.RootElement.ToString());
        double At(string when, string what, string edge) => result.RootElement.GetProperty(when).GetProperty(what).GetProperty(edge).GetDouble();
        Assert.True(result.RootElement.GetProperty("before").GetProperty("scrollable").GetProperty("x").GetBoolean(), "the matrix does not scroll sideways in its box");
        Assert.True(result.RootElement.GetProperty("before").GetProperty("scrollable").GetProperty("y").GetBoolean(), "the matrix does not scroll down in its box");
        Assert.True(At("after", "scroll", "x") > 0 && At("after", "scroll", "y") > 0, "the box did not scroll");

        // A body cell moved with the scroll…
        Assert.True(At("before", "cell", "left") - At("after", "cell", "left") > 300, "the body cell did not move left");
        Assert.True(At("before", "cell", "top") - At("after", "cell", "top") > 300, "the body cell did not move up");
        // …while the column headers stayed at the top of the box and the row headers at its left edge.
        Assert.InRange(At("after", "columnHeader", "top"), -1, 1);
        Assert.InRange(At("after", "rowHeader", "left"), -1, 1);

        var axe = await AxeChecker.CheckAsync(temp.Path, tools, [page]);
        foreach (var finding in axe.Result.Findings) output.WriteLine(finding.ToString());
        Assert.True(axe.Result.Ran);
        Assert.Empty(axe.Result.Findings);
    }
}
