using Xunit.Abstractions;
namespace SiteGen.Tests.Import;

/// <summary>Each seed protocol as a Word document with real automatic numbering, imported back.</summary>
[Trait("Kind", "Disk")]
public class DocxRoundTripTests(ITestOutputHelper log)
{
    public static TheoryData<string> Seeds => [.. SeedBlocks.Slugs];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Word_document_with_automatic_numbering_gives_back_every_clause_id_and_text(string slug)
    {
        var docx = TestDocx.Build(SeedBlocks.Read(slug));
        var score = RoundTrip.Score(slug, RoundTrip.Import(slug, ".docx", docx));
        log.WriteLine($"docx {slug}: {score.Matched}/{score.SeedClauses}");
        Assert.True(score.Share == 1.0, score.ToString());
    }
}

/// <summary>Each seed protocol as a council web page with navigation, breadcrumbs and a cookie banner, imported back.</summary>
[Trait("Kind", "Disk")]
public class HtmlRoundTripTests(ITestOutputHelper log)
{
    public static TheoryData<string> Seeds => [.. SeedBlocks.Slugs];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Council_web_page_gives_back_every_clause_id_and_text_without_the_page_chrome(string slug)
    {
        var authority = SiteGen.Tests.TestSupport.Repo.Normalise(slug).Protocol.Metadata.Authority;
        var html = TestHtml.WebPage(authority, SeedBlocks.Read(slug));
        var result = RoundTrip.Import(slug, ".html", System.Text.Encoding.UTF8.GetBytes(html));
        var score = RoundTrip.Score(slug, result);
        log.WriteLine($"html {slug}: {score.Matched}/{score.SeedClauses}");
        Assert.True(score.Share == 1.0, score.ToString());
        Assert.DoesNotContain("cookies", result.Markdown);
        Assert.DoesNotContain("Bins and recycling", result.Markdown);
        Assert.DoesNotContain("Page last updated", result.Markdown);
        Assert.DoesNotContain("Was this page helpful", result.Markdown);
    }
}
