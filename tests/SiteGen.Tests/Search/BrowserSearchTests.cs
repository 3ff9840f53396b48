using System.Text.Json;
using PuppeteerSharp;
using SiteGen.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Search;

/// <summary>
/// How search reaches the browser: the lunr.js SiteGen embeds is the pinned npm package, it reads
/// the C# index exactly as lunr does, and a page opened from file:// in Chromium finds what real
/// lunr.js finds, using only the two scripts SiteGen writes.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class BrowserSearchTests
{
    [Fact]
    public void Embedded_script_is_the_pinned_lunr_from_npm()
    {
        var embedded = LunrScript.ReadBytes();
        var fromTestTools = File.ReadAllBytes(Path.Combine(NodeHarness.ReferenceLunrDirectory, "lunr.min.js"));

        // Two independent npm installs of the same pinned version must agree to the byte.
        Assert.Equal(fromTestTools, embedded);
        var header = System.Text.Encoding.UTF8.GetString(embedded, 0, 200);
        Assert.Contains("2.3.9", header, StringComparison.Ordinal);
        Assert.Contains("@license MIT", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_script_loads_the_csharp_index_and_answers_every_query_as_real_lunr_does()
    {
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var script = Path.Combine(directory.FullName, LunrScript.FileName);
            File.WriteAllBytes(script, LunrScript.ReadBytes());
            var report = LunrConformanceTests.CompareWithRealLunr(SeedCorpus.Documents(), LunrConformanceTests.Queries, queryLunr: script);
            Assert.True(report.IdenticalBytes);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Page_opened_from_file_url_in_chromium_finds_what_real_lunr_finds()
    {
        var documents = SeedCorpus.Documents();
        var index = LunrIndexBuilder.Build(SeedCorpus.Fields, documents);
        var site = NodeHarness.TemporaryDirectory();
        try
        {
            // Exactly what a site gets: lunr.min.js and index.js, both loaded by <script> tags (no fetch from file://).
            var search = Directory.CreateDirectory(Path.Combine(site.FullName, "search"));
            File.WriteAllBytes(Path.Combine(search.FullName, LunrScript.FileName), LunrScript.ReadBytes());
            File.WriteAllBytes(Path.Combine(search.FullName, "index.js"), SearchIndexScript.ToBytes(index));
            var page = Path.Combine(site.FullName, "search-test.html");
            File.WriteAllText(page, $"""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Search test</title></head>
                <body>
                <script src="search/{LunrScript.FileName}"></script>
                <script src="search/index.js"></script>
                <script>window.searchIndex = lunr.Index.load({SearchIndexScript.DefaultGlobalName});</script>
                </body></html>
                """);
            var documentsFile = Path.Combine(site.FullName, "documents.json");
            File.WriteAllText(documentsFile, JsonSerializer.Serialize(new
            {
                fields = SeedCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
                documents = documents.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.FieldTexts }),
            }));
            var queriesFile = Path.Combine(site.FullName, "queries.json");
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(LunrConformanceTests.Queries));

            // The browser runs every query with what the page loaded; summary.js reduces the results as Node's side does.
            var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
            string outcomes;
            await using (var chromium = await TestBrowser.StartAsync())
            {
                var tab = await chromium.NewPageAsync();
                tab.PageError += (_, e) => problems.Enqueue("uncaught error: " + e.Message);
                tab.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) problems.Enqueue("console error: " + e.Message.Text); };
                tab.Request += (_, e) => { if (!e.Request.Url.StartsWith("file:", StringComparison.Ordinal)) problems.Enqueue($"requested {e.Request.Url}; the site must work offline"); };
                await tab.GoToAsync(new Uri(page).AbsoluteUri);
                await tab.WaitForFunctionAsync("() => window.searchIndex !== undefined", new WaitForFunctionOptions { Timeout = 30_000 });
                await tab.AddScriptTagAsync(new AddTagOptions { Path = Path.Combine(NodeHarness.ScriptsDirectory, "summary.js") });
                outcomes = await tab.EvaluateFunctionAsync<string>("(queries) => JSON.stringify(queries.map((q) => window.searchSummary(window.searchIndex, q)))", (object)LunrConformanceTests.Queries.ToArray());
            }
            Assert.True(problems.IsEmpty, string.Join("\n", problems));
            var outcomesFile = Path.Combine(site.FullName, "in-browser.json");
            File.WriteAllText(outcomesFile, outcomes);

            var run = NodeHarness.Run("browser-search.js", "--documents", documentsFile, "--queries", queriesFile, "--outcomes", outcomesFile).EnsureSuccess();
            Assert.Contains("IDENTICAL", run.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }
}
