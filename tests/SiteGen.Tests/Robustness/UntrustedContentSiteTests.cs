using System.Diagnostics;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>Whole small sites with one hostile or careless thing in them, built as a user would.</summary>
[Trait("Kind", "Disk")]
public class UntrustedContentSiteTests
{
    [Theory]
    [InlineData("content/protocols/pipe.md")]
    [InlineData("templates/assets/pipe.css")]
    [InlineData("content/reports/pipe.md")]
    public async Task A_named_pipe_where_a_file_should_be_is_a_located_error_not_a_hang(string relative)
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        var before = RobustSite.HashTree(site.File("_site"));
        var pipe = site.File(relative);
        using (var mkfifo = Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();

        var build = Task.Run(site.Build);
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build;
        if (!finished)
        {
            // Release the blocked reader so that the test process can end, then fail.
            await using (var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write)) { }
            await build;
        }

        Assert.True(finished, "the build waited on the pipe");
        var (exit, _, errors) = await build;
        Assert.Equal(1, exit);
        Assert.Contains($"{relative}:1: error SG1502: This is not an ordinary file", errors, StringComparison.Ordinal);
        Assert.Equal(before, RobustSite.HashTree(site.File("_site")));
    }

    [Fact]
    public void Bidi_overrides_and_C1_controls_never_reach_a_page_but_the_data_keeps_them()
    {
        using var site = new RobustSite();
        const string evil = "Members \u202Etsum\u202C be kind\u0085 and \u2066fair\u2069\u009B.";
        site.Write("content/protocols/bidi.md", RobustSite.ValidProtocol.Replace("Base Borough Council", "Bidi \u202Eevil\u202C Council", StringComparison.Ordinal)
            .Replace("Members and officers must treat each other with respect.", evil, StringComparison.Ordinal));
        site.Write("content/reports/bidi-report.md", RobustSite.ValidReport + "\n## Heading \u202Ereversed\u202C\n\nA paragraph with \u0090 and \u202D.\n");

        var (exit, _, errors) = site.Build();

        Assert.True(exit == 0, errors);
        var pages = Directory.EnumerateFiles(site.File("_site"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            Assert.False(text.Any(SiteGen.Rendering.HtmlText.IsNeutralised), $"{Path.GetRelativePath(site.Path, page)} still holds a bidi override or C1 control");
        }
        Assert.Contains("Members \uFFFDtsum\uFFFD be kind", File.ReadAllText(site.File("_site/protocols/bidi.html")), StringComparison.Ordinal);
        // The data files are the exact text, for programs; they are not shown to a reader as a page.
        Assert.Contains("\\u202E", File.ReadAllText(site.File("_site/data/protocols/bidi.json")).Replace("\u202E", "\\u202E", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_headings_named_after_the_page_s_own_ids_do_not_repeat_them()
    {
        using var site = new RobustSite();
        site.Write("content/reports/ids.md", RobustSite.ValidReport + "\n## Main\n\nText.\n\n## Main\n\nMore.\n\n## Contents heading\n\n## Search\n");

        var (exit, _, errors) = site.Build();

        Assert.True(exit == 0, errors);
        foreach (var path in new[] { "_site/reports/ids.html", "_site/print/ids.html" })
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File(path)));
            var ids = document.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(),
                $"{path} repeats ids: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File("_site/reports/ids.html")));
        Assert.Equal("MAIN", page.GetElementById("main")?.TagName);
        Assert.Equal(["contents-heading-1", "main-1", "main-2", "search-1"], page.QuerySelectorAll("h2[id]").Select(h => h.Id!)
            .Where(id => id.StartsWith("main", StringComparison.Ordinal) || id.EndsWith("-1", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_huge_short_name_is_refused_so_the_output_stays_in_proportion_to_the_input()
    {
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        site.Write("content/protocols/base.md", RobustSite.ValidProtocol.Replace("short_name: Base", "short_name: " + new string('B', 200_000), StringComparison.Ordinal));

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("content/protocols/base.md:3: error SG1501: 'short_name' is 200,000 characters long; it may be at most 100.", errors, StringComparison.Ordinal);
        Assert.True(errors.Length < 5_000, "the error quotes the value in full");
    }

    [Fact]
    public async Task Section_anchors_are_the_same_without_the_system_unicode_library()
    {
        // Slim containers run .NET in invariant globalization mode, without ICU; anchors must not change there.
        using var site = new RobustSite();
        site.Write("content/protocols/base.md", RobustSite.ValidProtocol.Replace("1. Introduction", "1. İstanbul, Ŵyl and Café", StringComparison.Ordinal));
        var anchors = new List<string>();
        foreach (var invariant in new[] { "0", "1" })
        {
            var run = await SiteGenCli.RunAsync(["build", "--site", site.Path], environment: new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant });
            Assert.True(run.ExitCode == 0, run.ToString());
            var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File("_site/protocols/base.html")));
            anchors.Add(string.Join(" ", page.All.Select(e => e.Id).Where(id => id?.StartsWith("s-", StringComparison.Ordinal) == true)));
        }
        Assert.Contains("s-1-istanbul-wyl-and-cafe", anchors[0], StringComparison.Ordinal);
        Assert.Equal(anchors[0], anchors[1]);
    }
}
