using System.Text.RegularExpressions;

namespace SiteGen.Tests.Export;

/// <summary>The default content cites the documents it was copied from (council, document, date, part), never a working file name.</summary>
[Trait("Kind", "Pure")]
public class DefaultContentSourcesTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    private static readonly Regex WorkingFileName = new(@"\bseeds?\b|[\w-]+\.txt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void No_file_of_the_built_site_names_a_seed_or_a_text_file()
    {
        var site = built.File("");
        var readable = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".json" or ".csv" or ".js" or ".txt" or ".xml")
            .ToList();
        Assert.True(readable.Count > 50, $"only {readable.Count} files to check");
        var hits = readable.SelectMany(f => WorkingFileName.Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(site, f)}: {m.Value}")).ToList();
        Assert.True(hits.Count == 0, string.Join("\n", hits.Take(20)));
        // The check must be able to fail.
        Assert.Matches(WorkingFileName, "Source: Constitution (seed 002_2e7.txt, whole document)");
    }

    [Fact]
    public void Every_authority_page_gives_its_source_with_council_and_document()
    {
        foreach (var page in Directory.EnumerateFiles(built.File("protocols"), "*.html"))
        {
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
            var source = html.QuerySelector("aside.provenance h2 + p")?.TextContent ?? "";
            Assert.True(source.Length > 20, $"{Path.GetFileName(page)} gives no source");
            Assert.Matches(@"Council|Borough|Constitution", source);
        }
    }
}
