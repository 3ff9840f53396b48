using System.Text;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>Broken input that is too big, too platform-specific or too much about the file system to keep as a fixture file.</summary>
[Trait("Kind", "Disk")]
public class GeneratedBrokenInputTests
{
    [Fact]
    public void A_50_MB_file_is_refused_by_its_size_with_a_clear_message()
    {
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        var before = RobustSite.HashTree(site.File("_site"));
        var line = Encoding.UTF8.GetBytes("1.1 Members and officers must treat each other with respect and courtesy at all times.\n");
        using (var file = File.Create(site.File("content/protocols/huge.md")))
        {
            file.Write(Encoding.UTF8.GetBytes(RobustSite.ValidProtocol));
            while (file.Length < 50L * 1024 * 1024) file.Write(line);
        }

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/huge.md:1: error SG0141: This file is 50 MB; content files are limited to 10 MB.", errors, StringComparison.Ordinal);
        BrokenInputTests.AssertClear(errors);
        Assert.Equal(before, RobustSite.HashTree(site.File("_site")));
    }

    [Theory]
    [InlineData("content/protocols/con.md")]
    [InlineData("content/protocols/nul.md")]
    [InlineData("content/protocols/lpt9.md")]
    [InlineData("content/protocols/index.md")]
    [InlineData("content/reports/index.md")]
    [InlineData("content/protocols/Hackney Council.md")]
    [InlineData("content/protocols/hackney_council.md")]
    [InlineData("content/protocols/-hackney.md")]
    [InlineData("content/protocols/hackney\\..\\evil.md")] // on Unix a name may hold a backslash; on Windows it would be a path
    [InlineData("content/protocols/a-very-long-name-that-goes-on-and-on-well-past-any-sensible-length-for-a-web-address.md")]
    public void Unsafe_or_reserved_file_names_are_refused_by_name(string path)
    {
        using var site = new RobustSite();
        site.Write(path, path.Contains("/reports/", StringComparison.Ordinal) ? RobustSite.ValidReport : RobustSite.ValidProtocol);

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains($"{path}:1: error SG0130: ", errors, StringComparison.Ordinal);
        BrokenInputTests.AssertClear(errors);
        Assert.False(Directory.Exists(site.File("_site")));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_content_folder_is_refused_and_never_published()
    {
        using var outside = new TestSupport.TempSite();
        File.WriteAllText(outside.File("secret.md"), RobustSite.ValidProtocol.Replace("Members and officers", "SECRET-7f3a", StringComparison.Ordinal));
        using var site = new RobustSite();
        File.CreateSymbolicLink(site.File("content/protocols/linked.md"), outside.File("secret.md"));
        File.WriteAllText(site.File("site-level.md"), RobustSite.ValidProtocol);
        File.CreateSymbolicLink(site.File("content/protocols/up.md"), Path.Combine("..", "..", "site-level.md"));

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/linked.md:1: error SG0140: This file is a link (or sits in a linked folder) that leads outside the content/ folder", errors, StringComparison.Ordinal);
        Assert.Contains("content/protocols/up.md:1: error SG0140: ", errors, StringComparison.Ordinal);
        BrokenInputTests.AssertClear(errors);
        Assert.False(Directory.Exists(site.File("_site")));
    }

    [Fact]
    public void A_linked_folder_inside_the_content_folder_cannot_lead_out_of_it()
    {
        using var outside = new TestSupport.TempSite();
        File.WriteAllText(outside.File("elsewhere.md"), RobustSite.ValidProtocol);
        using var site = new RobustSite();
        Directory.Delete(site.File("content/protocols"), recursive: true);
        Directory.CreateSymbolicLink(site.File("content/protocols"), outside.Path);

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/elsewhere.md:1: error SG0140: ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_that_stay_inside_the_content_folder_are_fine()
    {
        using var site = new RobustSite();
        File.CreateSymbolicLink(site.File("content/protocols/alias.md"), "base.md");

        var (exit, output, errors) = site.Build();

        Assert.True(exit == 0, errors);
        Assert.Contains("Built 2 protocols", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("templates")]
    public void A_content_or_templates_folder_that_is_a_link_out_of_the_site_is_refused(string folder)
    {
        // Everything in such a folder would be read and published: a link to a home folder, a share, /etc.
        using var elsewhere = new TestSupport.TempSite();
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        var before = RobustSite.HashTree(site.File("_site"));
        Repo.CopyDirectory(site.File(folder), elsewhere.Path);
        Directory.Delete(site.File(folder), recursive: true);
        Directory.CreateSymbolicLink(site.File(folder), elsewhere.Path);

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains($"{folder}/: error SG1504: The folder {folder}/ is a link that leads outside the site folder", errors, StringComparison.Ordinal);
        Assert.Equal(before, RobustSite.HashTree(site.File("_site")));
        BrokenInputTests.AssertClear(errors);
    }

    [Fact]
    public void A_site_folder_reached_through_a_link_builds()
    {
        using var holder = new TestSupport.TempSite();
        using var site = new RobustSite();
        var linked = Path.Combine(holder.Path, "linked-site");
        Directory.CreateSymbolicLink(linked, site.Path); // e.g. a site folder on a shared drive, linked from a home folder

        var exit = SiteGen.Cli.BuildCommand.Run(new DirectoryInfo(linked), verbose: false, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.True(File.Exists(site.File("_site/protocols/base.html")));
    }

    [Fact]
    public void A_loop_of_links_is_reported_not_followed_for_ever()
    {
        using var site = new RobustSite();
        File.CreateSymbolicLink(site.File("content/protocols/loop-a.md"), "loop-b.md");
        File.CreateSymbolicLink(site.File("content/protocols/loop-b.md"), "loop-a.md");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/loop-a.md:1: error SG0140: This file is a link that leads round in a loop of links.", errors, StringComparison.Ordinal);
        BrokenInputTests.AssertClear(errors);
    }

    [Fact]
    public void A_template_asset_that_links_outside_the_templates_folder_is_never_published()
    {
        using var outside = new TestSupport.TempSite();
        File.WriteAllText(outside.File("id_rsa"), "-----BEGIN PRIVATE KEY-----");
        using var site = new RobustSite();
        File.CreateSymbolicLink(site.File("templates/assets/key.txt"), outside.File("id_rsa"));
        Directory.CreateSymbolicLink(site.File("templates/assets/up"), site.Path); // a folder linking back to its own ancestor

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("templates/assets/key.txt:1: error SG0405: ", errors, StringComparison.Ordinal);
        BrokenInputTests.AssertClear(errors);
        Assert.False(Directory.Exists(site.File("_site")));
    }

    [Fact]
    public void Numbering_ten_thousand_levels_deep_stays_six_levels_deep_with_a_warning_per_line()
    {
        var body = new StringBuilder();
        body.Append(string.Join('.', Enumerable.Repeat("2", 10_000))).Append(" Ten thousand levels.\n");
        for (var depth = 1; depth <= 1000; depth++)
            body.Append(string.Join('.', Enumerable.Repeat("3", depth))).Append(" Text at this depth.\n");
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile("content/protocols/deep.md", RobustSite.ValidProtocol + body));
        Assert.True(document is not null, string.Join("\n", errors));

        var result = SiteGen.Normalise.ProtocolNormaliser.Normalise(document!);

        Assert.All(result.Protocol.AllClauses(), c => Assert.True(c.Number.Split('.').Length <= 6, c.Number));
        Assert.Equal(6, result.Protocol.AllClauses().Max(c => c.Number.Split('.').Length));
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0209" && d.Message.Contains("10000 levels deep", StringComparison.Ordinal));
        Assert.True(result.Diagnostics.Count(d => d.Code == "SG0209") <= SiteGen.Normalise.ProtocolNormaliser.MaxDiagnosticsPerCode + 1);
    }

    [Fact]
    public void A_report_with_too_much_markup_in_one_block_is_refused_at_its_busiest_line_by_counting_not_timing()
    {
        using var site = new RobustSite();
        // Markdig rescans a block for every unclosed "[a](": quick for SiteGen to count, slow for Markdig to render.
        var slow = string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("[a](", 400)), 6)) + "\n" + string.Concat(Enumerable.Repeat("[a](", 490));
        var text = RobustSite.ValidReport + "\n" + slow + "\n";
        site.Write("content/reports/slow.md", text);
        var busiestLine = text.Split('\n').Select((l, i) => (l.Length, Line: i + 1)).Max().Line;

        var (_, diagnostics) = ContentLoader.Load(site.Path);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("content/reports/slow.md", "SG0172", busiestLine), (error.File, error.Code, error.Line));
        Assert.Contains("1,470", error.Message, StringComparison.Ordinal); // the busiest line's markup: 490 × "[", "]", "("
    }

    [Fact]
    public void The_markup_budget_is_a_count_so_a_block_just_inside_it_passes_and_one_just_over_fails()
    {
        var side = (int)Math.Sqrt(ReportMarkdownCheck.MaxMarkupWork); // 2,000 markup characters in one block
        Diagnostic? Check(int markup) => ReportMarkdownCheck.Check(
            new SiteGen.Model.Report("r", "T", "C", "2024-01-01", "A", null, "S", string.Concat(Enumerable.Repeat("*a ", markup)) + "\n", 1, "content/reports/r.md", []),
            _ => { }).FirstOrDefault();

        Assert.Null(Check(side));
        Assert.Equal("SG0172", Check(side + 1)?.Code);
        // Blocks separated by blank lines are counted one by one, so ordinary long reports stay far inside.
        Assert.Equal(800, ReportMarkdownCheck.Markup(string.Concat(Enumerable.Repeat("[[hackney/7.2(g)]] (see *this*) ", 100)) + string.Concat(Enumerable.Repeat("[", 400))));
    }
}
