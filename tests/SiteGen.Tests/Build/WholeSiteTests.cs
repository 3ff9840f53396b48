using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

using static SiteGen.Tests.TestSupport.SiteBuilds;

namespace SiteGen.Tests.Build;

/// <summary>Builds the real default site (a copy of the repository's content) through the build command, as a user would.</summary>
[Trait("Kind", "Disk")]
public class WholeSiteTests
{


    [Fact]
    public void Default_site_builds_and_every_clause_id_has_an_anchor_on_its_authority_page()
    {
        using var site = Repo.CopyDefaultSite();
        var (exit, output, errors) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, errors);
        Assert.Contains("Built 10 protocols (364 clauses)", output);

        var parser = new HtmlParser();
        var checkedClauses = 0;
        foreach (var json in Directory.EnumerateFiles(site.File("_site/data/protocols"), "*.json"))
        {
            using var data = JsonDocument.Parse(File.ReadAllText(json));
            var slug = data.RootElement.GetProperty("metadata").GetProperty("slug").GetString()!;
            var page = parser.ParseDocument(File.ReadAllText(site.File($"_site/protocols/{slug}.html")));
            var anchors = page.QuerySelectorAll("li.clause[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ClauseIds(data.RootElement))
            {
                Assert.StartsWith(slug + "/", id);
                Assert.Contains(id[(slug.Length + 1)..], anchors);
                checkedClauses++;
            }
            Assert.Equal(anchors.Count, ClauseIds(data.RootElement).Count());
        }
        Assert.Equal(364, checkedClauses);
    }

    private static IEnumerable<string> ClauseIds(JsonElement protocol) =>
        protocol.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("clauses").EnumerateArray()).SelectMany(Flatten);

    private static IEnumerable<string> Flatten(JsonElement clause) =>
        clause.GetProperty("children").EnumerateArray().SelectMany(Flatten).Prepend(clause.GetProperty("id").GetString()!);

    [Fact]
    public void Every_link_in_the_built_site_resolves_to_a_file_and_anchor()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
        var broken = LinkAudit.BrokenLinks(site.File("_site"));
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(30)));
        // The audit must be able to fail: a page with a dangling anchor is caught.
        File.WriteAllText(site.File("_site/broken.html"), "<a href=\"protocols/hackney.html#99.9\">x</a><a href=\"nowhere.html\">y</a>");
        Assert.Equal(2, LinkAudit.BrokenLinks(site.File("_site")).Count);
    }

    [Fact]
    public void Broken_front_matter_fails_the_build_naming_file_and_line_and_leaves_the_site_unchanged()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
        var before = HashTree(site.File("_site"));

        var path = site.File("content/protocols/hackney.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("status: adopted", "status: [adopted", StringComparison.Ordinal));
        var (exit, _, errors) = SiteBuilds.Build(site.Path);

        Assert.Equal(1, exit);
        Assert.Matches(@"content/protocols/hackney\.md:7(:\d+)?: error SG01\d\d", errors);
        Assert.DoesNotContain("   at ", errors); // no stack trace
        Assert.Equal(before, HashTree(site.File("_site")));
    }

    [Fact]
    public void Bad_site_json_is_reported_with_its_line()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("site.json"), "{\n  \"title\": \"x\",\n  \"titel\": \"typo\"\n}\n");
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.Equal(1, exit);
        Assert.Contains("site.json:3", errors);
        Assert.Contains("Unknown setting 'titel'", errors);
    }

    [Fact]
    public void Two_authorities_with_the_same_slug_in_different_case_are_refused()
    {
        using var site = Repo.CopyDefaultSite();
        File.Copy(site.File("content/protocols/merton.md"), site.File("content/protocols/Merton.md"));
        var (exit, _, errors) = SiteBuilds.Build(site.Path);
        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/Merton.md", errors);
    }

    [Fact]
    public void Script_in_protocol_text_is_escaped_on_the_page_and_never_executes()
    {
        using var site = Repo.CopyDefaultSite();
        File.WriteAllText(site.File("content/protocols/hostile.md"),
            "---\nauthority: \"<script>alert('fm')</script>\"\ncouncil_type: district\nnation: england\ntitle: \"{{ site.title }}\"\nstatus: adopted\nsource: test\ncoverage: full\n---\n" +
            "1.1 Members <script>alert(1)</script> must <img src=x onerror=alert(2)> be [kind](javascript:alert(3)).\n");
        Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
        var html = File.ReadAllText(site.File("_site/protocols/hostile.html"));
        var page = new HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("{{ site.title }}", page.QuerySelector("h1")!.TextContent); // content is never evaluated as a template
    }

    [Fact]
    public void Two_builds_are_byte_identical_whatever_the_culture()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
        var first = HashTree(site.File("_site"));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "de-DE" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
                Assert.Equal(0, SiteBuilds.Build(site.Path).Exit);
                Assert.Equal(first, HashTree(site.File("_site")));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
