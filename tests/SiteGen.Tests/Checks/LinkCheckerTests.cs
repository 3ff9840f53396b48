using System.Diagnostics;
using System.Globalization;
using SiteGen.Checks;
using SiteGen.Checks.Links;
using SiteGen.Model;
using SiteGen.Tests.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Checks;

[Trait("Kind", "Disk")]
public class LinkCheckerTests(ITestOutputHelper output)
{
    [Fact]
    public void The_clean_fixture_has_no_findings_and_lists_its_external_links()
    {
        var result = LinkChecker.Check(RepoPaths.Fixture("clean"));
        Assert.Empty(result.Findings);
        Assert.Equal(3, result.PagesChecked);
        Assert.Equal(["https://www.local.gov.uk/", "mailto:democratic.services@example.gov.uk"], result.ExternalLinks.Select(l => l.Url));
        Assert.All(result.ExternalLinks, l => Assert.Equal("index.html", l.File));
    }

    [Theory]
    [InlineData("href=\"/style.css\"", CheckCodes.RootAbsoluteLink, "Use the relative link \"style.css\"")]
    [InlineData("href=\"protocols/hakney.html\"", CheckCodes.MissingTarget, "points to protocols/hakney.html, which is not in the site")]
    [InlineData("href=\"protocols/hackney.html#escalaton\"", CheckCodes.MissingAnchor, "protocols/hackney.html has no element with id=\"escalaton\"")]
    [InlineData("href=\"#no-such-section\"", CheckCodes.MissingAnchor, "index.html has no element with id=\"no-such-section\"")]
    [InlineData("href=\"/protocols/hackney.html\"", CheckCodes.RootAbsoluteLink, "Use the relative link \"protocols/hackney.html\"")]
    [InlineData("href=\"../outside.html\"", CheckCodes.EscapesSite, "goes above the site folder")]
    [InlineData("href=\"protocols/\"", CheckCodes.FolderLink, "Link to \"protocols/index.html\"")]
    [InlineData("href=\"//cdn.example.org/lib.js\"", CheckCodes.ProtocolRelativeLink, "Write the full https:// address")]
    [InlineData("href=\"protocols\\hackney.html\"", CheckCodes.BackslashInLink, "Use '/'")]
    [InlineData("href=\"reports/annual%20report.html\"", CheckCodes.CaseMismatch, "matches the file Reports/Annual Report.html only if letter case is ignored")]
    [InlineData("href=\"file:///C:/Users/clerk/Documents/protocol.docx\"", CheckCodes.LocalFileUrl, "one particular computer")]
    [InlineData("src=\"images/missing-crest.png\"", CheckCodes.MissingTarget, "points to images/missing-crest.png")]
    [InlineData("srcset=\"images/a-1x.png 1x", CheckCodes.MissingTarget, "(img srcset) points to images/a-1x.png")]
    public void Each_kind_of_broken_link_in_the_fixture_is_found_where_it_is_written(string fixtureText, string code, string messagePart)
    {
        var site = RepoPaths.Fixture("broken-links");
        var line = RepoPaths.LineOf(Path.Combine(site, "index.html"), fixtureText);

        var result = LinkChecker.Check(site);

        var finding = Assert.Single(result.Findings, f => f.Line == line && f.Code == code);
        Assert.Equal("index.html", finding.File);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.True(finding.Column > 0);
        Assert.Contains(messagePart, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broken_fixture_has_exactly_the_planted_problems_and_the_working_links_pass()
    {
        var result = LinkChecker.Check(RepoPaths.Fixture("broken-links"));
        foreach (var finding in result.Findings) output.WriteLine(finding.ToString());

        Assert.Equal(13, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal("index.html", f.File));
        var workingLines = File.ReadAllLines(Path.Combine(RepoPaths.Fixture("broken-links"), "index.html"))
            .Select((text, i) => (text, line: i + 1)).Where(l => l.text.Contains(">ok", StringComparison.Ordinal)).Select(l => l.line).ToHashSet();
        Assert.NotEmpty(workingLines);
        Assert.DoesNotContain(result.Findings, f => workingLines.Contains(f.Line));
        Assert.Equal(["https://www.gov.uk/", "mailto:clerk@example.gov.uk"], result.ExternalLinks.Select(l => l.Url));
    }

    [Fact]
    public void Folder_links_can_be_allowed_for_server_only_sites_but_still_need_an_index()
    {
        using var temp = new TempFolder();
        temp.Write("index.html", "<a href=\"protocols/\">a</a><a href=\"empty/\">b</a><a href=\"protocols/#x\">c</a>");
        temp.Write("protocols/index.html", "<h1 id=\"x\">Protocols</h1>");
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var strict = LinkChecker.Check(temp.Path);
        Assert.Equal([CheckCodes.FolderLink, CheckCodes.FolderLink, CheckCodes.FolderLink], strict.Findings.Select(f => f.Code));

        var lenient = LinkChecker.Check(temp.Path, new LinkCheckOptions(AllowFolderLinks: true));
        var finding = Assert.Single(lenient.Findings);
        Assert.Equal(CheckCodes.MissingTarget, finding.Code);
        Assert.Contains("empty/index.html", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_in_subfolders_resolve_relative_to_themselves_and_a_base_element_is_reported()
    {
        using var temp = new TempFolder();
        temp.Write("index.html", "<p id=\"home\">Home</p>");
        temp.Write("a/b/page.html", "<a href=\"../../index.html#home\">ok</a>\n<a href=\"../../../index.html\">out</a>\n<a href=\"/index.html\">abs</a>");
        temp.Write("with-base.html", "<base href=\"https://example.org/\"><a href=\"nowhere.html\">x</a>");

        var findings = LinkChecker.Check(temp.Path).Findings;

        Assert.Equal(
            [("a/b/page.html", 2, CheckCodes.EscapesSite), ("a/b/page.html", 3, CheckCodes.RootAbsoluteLink), ("with-base.html", 1, CheckCodes.BaseElement)],
            findings.Select(f => (f.File, f.Line, f.Code)));
        Assert.Contains("\"../../index.html\"", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, findings[2].Severity);
    }

    [Fact]
    public void A_large_site_is_checked_in_linear_time()
    {
        using var temp = new TempFolder();
        const int pages = 1500, linksPerPage = 60;
        for (var p = 0; p < pages; p++)
        {
            var body = new System.Text.StringBuilder();
            for (var l = 0; l < linksPerPage; l++)
            {
                var target = (p * 31 + l * 17) % pages;
                body.Append(CultureInfo.InvariantCulture, $"<p id=\"s{l}\"><a href=\"../p{target / 100}/page{target}.html#s{l}\">link</a></p>\n");
            }
            temp.Write($"p{p / 100}/page{p}.html", $"<!DOCTYPE html><html lang=\"en\"><head><title>{p}</title></head><body>{body}</body></html>");
        }
        temp.Write("p0/page7.html", "<!DOCTYPE html><title>replaced</title><p>no anchors here</p>"); // plant breakage

        var watch = Stopwatch.StartNew();
        var result = LinkChecker.Check(temp.Path);
        watch.Stop();

        output.WriteLine($"{result.PagesChecked} pages, {result.LinksChecked} links checked in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(pages, result.PagesChecked);
        var expectedBroken = Enumerable.Range(0, pages).Where(p => p != 7)
            .SelectMany(p => Enumerable.Range(0, linksPerPage).Where(l => (p * 31 + l * 17) % pages == 7)).Count();
        Assert.True(expectedBroken > 0);
        Assert.Equal(expectedBroken, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(CheckCodes.MissingAnchor, f.Code));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("https://x.org/a", typeof(LinkKind.External))]
    [InlineData("MAILTO:a@b.c", typeof(LinkKind.External))]
    [InlineData("tel:+441234", typeof(LinkKind.External))]
    [InlineData("data:image/png;base64,AAAA", typeof(LinkKind.Ignored))]
    [InlineData("javascript:void(0)", typeof(LinkKind.Ignored))]
    [InlineData("C:\\docs\\x.html", typeof(LinkKind.LocalFile))]
    [InlineData("file:///x", typeof(LinkKind.LocalFile))]
    [InlineData("//host/x", typeof(LinkKind.ProtocolRelative))]
    [InlineData("\\\\server\\share\\x.html", typeof(LinkKind.ProtocolRelative))]
    [InlineData("/x.html", typeof(LinkKind.RootAbsolute))]
    [InlineData("ms-word:ofe|u|x.docx", typeof(LinkKind.External))]
    [InlineData("./a b.html?x=1#y", typeof(LinkKind.Relative))]
    [InlineData("a/b:c.html", typeof(LinkKind.Relative))]
    public void Classifies_urls_by_their_text(string url, Type kind) => Assert.IsType(kind, LinkClassifier.Classify(url));

    [Theory]
    [InlineData("", "a.html", "a.html")]
    [InlineData("x/y", "../z/a.html", "x/z/a.html")]
    [InlineData("x", "./../a.html", "a.html")]
    [InlineData("x", "../../a.html", null)]
    public void Combines_paths_without_leaving_the_root(string folder, string link, string? expected) =>
        Assert.Equal(expected, SitePaths.Combine(folder, link));
}
