using SiteGen.Build;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Build;

/// <summary>
/// Rebuilds as the preview runs them: build once, edit one input, build again with the same cache. Each test counts
/// what ran again (protocols normalised, site stages, pages rendered), as Hugo's rebuild tests count rendered pages,
/// and every rebuild is compared byte for byte with a cold build of the same input.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class RebuildTests : IDisposable
{
    private readonly TempSite _site = Repo.CopyDefaultSite();
    private readonly BuildCache _cache = new();
    private readonly ITestOutputHelper _output;
    private readonly BuildResult _first;

    public RebuildTests(ITestOutputHelper output)
    {
        _output = output;
        _first = SiteBuild.Run(_site.Path, cache: _cache);
        Assert.True(_first.Succeeded, string.Join("\n", _first.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private int Pages => _first.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

    private void Edit(string file, string from, string to)
    {
        var path = _site.File(file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The rebuild with the cache, after checking it equals a cold build of the same input file for file.</summary>
    private BuildResult Rebuild()
    {
        var warm = SiteBuild.Run(_site.Path, cache: _cache);
        var cold = SiteBuild.Run(_site.Path);
        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), warm.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(cold.Files.Select(f => f.Path).Order(StringComparer.Ordinal), warm.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        _output.WriteLine($"rendered again {_cache.RenderedPages.Length} of {Pages} pages; ran: {string.Join(", ", _cache.Counts.Select(c => $"{c.Stage} {c.Ran} (reused {c.Reused})"))}");
        var warmFiles = warm.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in cold.Files)
            Assert.True(file.Content.AsSpan().SequenceEqual(warmFiles[file.Path].Content), $"{file.Path} differs from a cold build: {Difference(file.AsText(), warmFiles[file.Path].AsText())}");
        return warm;
    }

    private static string Difference(string cold, string warm)
    {
        var at = 0;
        while (at < cold.Length && at < warm.Length && cold[at] == warm[at]) at++;
        var from = Math.Max(0, at - 80);
        return $"cold …{cold[from..Math.Min(cold.Length, at + 80)]}… rebuilt …{warm[from..Math.Min(warm.Length, at + 80)]}…";
    }

    [Fact]
    public void The_first_build_runs_every_stage_and_renders_every_page()
    {
        Assert.Equal(10, _cache.Ran("normalise"));
        Assert.Equal(1, _cache.Ran("analyse"));
        Assert.Equal(10, _cache.Ran("readings"));
        Assert.Equal(1, _cache.Ran("search"));
        Assert.Equal(Pages, _cache.Ran("render"));
        Assert.Equal(0, _cache.Reused("render"));
    }

    [Fact]
    public void Touching_a_file_without_changing_it_runs_nothing_again()
    {
        File.SetLastWriteTimeUtc(_site.File("content/protocols/merton.md"), DateTime.UtcNow);
        Rebuild();
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal(0, _cache.Ran("analyse"));
        Assert.Equal((0, 10), (_cache.Ran("readings"), _cache.Reused("readings"))); // kept for the next edit, though the analysis was reused whole
        Assert.Equal(0, _cache.Ran("reports"));
        Assert.Equal(0, _cache.Ran("search"));
        Assert.Equal(0, _cache.Ran("data"));
        Assert.Empty(_cache.RenderedPages);
        Assert.Equal(Pages, _cache.Reused("render"));
        Assert.Equal(0, _cache.PagesKeyed); // not one view model built: the whole render was reused
        Assert.Equal((0, 1), (_cache.Ran("site pages"), _cache.Reused("site pages")));
    }

    [Fact]
    public void After_a_rebuild_with_nothing_changed_an_edit_still_finds_the_pages_it_does_not_touch()
    {
        Rebuild();
        Rebuild();
        Assert.Equal(Pages, _cache.Reused("render"));
        File.AppendAllText(_site.File("content/protocols/hackney.md"), "\n\n99. Rebuild\n\n99.1 Members will read the zebracrossing notice.\n");
        Rebuild();

        Assert.Equal(1, _cache.Ran("site pages"));
        Assert.Contains("protocols/hackney.html", _cache.RenderedPages);
        Assert.DoesNotContain("sources/surrey.html", _cache.RenderedPages);
        Assert.True(_cache.RenderedPages.Length < Pages / 2, $"{_cache.RenderedPages.Length} of {Pages} pages rendered again");
        Assert.Equal(Pages, _cache.Reused("render") + _cache.RenderedPages.Length);
    }

    [Fact]
    public void A_protocol_body_edit_renders_its_own_pages_and_leaves_other_authorities_pages_alone()
    {
        File.AppendAllText(_site.File("content/protocols/hackney.md"), "\n\n99. Rebuild\n\n99.1 Members will read the zebracrossing notice.\n");
        var warm = Rebuild();

        Assert.Contains("zebracrossing", warm.Files.Single(f => f.Path == "protocols/hackney.html").AsText(), StringComparison.Ordinal);
        Assert.Equal((1, 9), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal(1, _cache.Ran("analyse"));
        Assert.Equal((1, 9), (_cache.Ran("readings"), _cache.Reused("readings"))); // only hackney is read again; similar wording is found whole
        Assert.Equal(1, _cache.Ran("search"));
        Assert.Contains("protocols/hackney.html", _cache.RenderedPages);
        Assert.Contains("sources/hackney.html", _cache.RenderedPages);
        Assert.Contains("index.html", _cache.RenderedPages); // the home page counts every clause
        Assert.DoesNotContain("protocols/surrey.html", _cache.RenderedPages);
        Assert.DoesNotContain("sources/surrey.html", _cache.RenderedPages);
        Assert.DoesNotContain("gaps/surrey.html", _cache.RenderedPages);
        Assert.True(_cache.RenderedPages.Length < Pages / 2, $"{_cache.RenderedPages.Length} of {Pages} pages rendered again: {string.Join(", ", _cache.RenderedPages)}");
    }

    [Fact]
    public void A_protocol_front_matter_edit_renders_the_pages_that_name_the_authority()
    {
        Edit("content/protocols/merton.md", "title: Member/Officer Protocol (extract)", "title: Member and Officer Protocol (extract)");
        var warm = Rebuild();

        Assert.Contains("Member and Officer Protocol (extract)", warm.Files.Single(f => f.Path == "protocols/merton.html").AsText(), StringComparison.Ordinal);
        Assert.Equal((1, 9), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Contains("protocols/merton.html", _cache.RenderedPages);
        Assert.Contains("index.html", _cache.RenderedPages);
        Assert.DoesNotContain("sources/hackney.html", _cache.RenderedPages);
        Assert.DoesNotContain("protocols/hackney.html", _cache.RenderedPages);
    }

    [Fact]
    public void A_report_edit_renders_the_report_and_normalises_no_protocol()
    {
        Edit("content/reports/surrey-2010-review-of-member-officer-protocol.md", "committee: Standards Committee", "committee: Standards and Audit Committee");
        var warm = Rebuild();

        Assert.Contains("Standards and Audit Committee", warm.Files.Single(f => f.Path == "reports/surrey-2010-review-of-member-officer-protocol.html").AsText(), StringComparison.Ordinal);
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal((0, 10), (_cache.Ran("readings"), _cache.Reused("readings"))); // the quote surrey's note cites did not move
        Assert.Contains("reports/surrey-2010-review-of-member-officer-protocol.html", _cache.RenderedPages);
        Assert.DoesNotContain("protocols/hackney.html", _cache.RenderedPages);
        Assert.DoesNotContain("sources/merton.html", _cache.RenderedPages);
        Assert.True(_cache.RenderedPages.Length < Pages / 2, $"{_cache.RenderedPages.Length} of {Pages} pages rendered again: {string.Join(", ", _cache.RenderedPages)}");
    }

    [Fact]
    public void A_page_template_edit_renders_only_the_pages_made_from_it()
    {
        Edit("templates/source.html", "exactly as SiteGen read it", "exactly as SiteGen read it, unchanged");
        var warm = Rebuild();

        Assert.Contains("exactly as SiteGen read it, unchanged", warm.Files.Single(f => f.Path == "sources/merton.html").AsText(), StringComparison.Ordinal);
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal(0, _cache.Ran("analyse"));
        Assert.Equal(0, _cache.Ran("search"));
        Assert.Equal(_first.Files.Where(f => f.Path.StartsWith("sources/", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal), _cache.RenderedPages);
    }

    [Fact]
    public void A_layout_edit_renders_every_page()
    {
        Edit("templates/layout.html", "</body>", "<!-- edited --></body>");
        Rebuild();

        Assert.Equal(0, _cache.Ran("analyse"));
        // Print-ready pages are whole documents without the layout.
        Assert.Equal(_first.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("print/", StringComparison.Ordinal)).Count(), _cache.RenderedPages.Length);
    }

    [Fact]
    public void A_taxonomy_edit_runs_the_analysis_again_but_normalises_no_protocol()
    {
        Edit("content/taxonomy.yml", "\nthemes:\n", "\nthemes:\n  - id: zebra-crossings\n    title: Zebra crossings\n    description: Crossing the road.\n    phrases: [zebra crossing]\n");
        var warm = Rebuild();

        Assert.Contains(warm.Files, f => f.Path == "themes/zebra-crossings.html");
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal(1, _cache.Ran("analyse"));
        Assert.Equal((10, 0), (_cache.Ran("readings"), _cache.Reused("readings")));
        Assert.Contains("themes/zebra-crossings.html", _cache.RenderedPages);
        Assert.Contains("themes/index.html", _cache.RenderedPages);
        Assert.DoesNotContain("sources/merton.html", _cache.RenderedPages);
    }

    [Fact]
    public void An_override_edit_reads_again_only_the_protocol_it_corrects()
    {
        Edit("content/overrides.yml", "add: [criticism-of-officers-in-public]\n    note: section 12 is about", "add: [criticism-of-officers-in-public]\n    note: section 12 (edited) is about");
        var warm = Rebuild();

        Assert.Contains(warm.Files, f => f.Path.Contains("hackney", StringComparison.Ordinal) && f.AsText().Contains("section 12 (edited) is about", StringComparison.Ordinal));
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal(1, _cache.Ran("analyse"));
        Assert.Equal((1, 9), (_cache.Ran("readings"), _cache.Reused("readings")));
        Assert.DoesNotContain("protocols/surrey.html", _cache.RenderedPages);
    }

    [Fact]
    public void A_site_title_edit_renders_every_page_but_analyses_nothing_again()
    {
        Edit("site.json", "\"title\": \"Member/Officer Protocols Compared\"", "\"title\": \"Protocols Compared\"");
        var warm = Rebuild();

        Assert.Contains("Protocols Compared", warm.Files.Single(f => f.Path == "index.html").AsText(), StringComparison.Ordinal);
        Assert.Equal(0, _cache.Ran("analyse"));
        Assert.Equal((0, 10), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Contains("sources/merton.html", _cache.RenderedPages);
        Assert.Contains("protocols/hackney.html", _cache.RenderedPages);
    }

    [Fact]
    public void A_build_that_fails_part_way_keeps_the_earlier_pages_for_the_next_one()
    {
        var template = _site.File("templates/protocol.html");
        var original = File.ReadAllText(template);
        File.WriteAllText(template, original + "{{ no_such_variable }}");
        Assert.False(SiteBuild.Run(_site.Path, cache: _cache).Succeeded);

        File.WriteAllText(template, original);
        Rebuild();
        Assert.Empty(_cache.RenderedPages);
        Assert.Equal(0, _cache.Ran("analyse"));
    }

    [Fact]
    public void Two_edits_in_a_row_each_render_only_what_they_touch()
    {
        File.AppendAllText(_site.File("content/protocols/hackney.md"), "\n\n99. Rebuild\n\n99.1 Members will read the zebracrossing notice.\n");
        Rebuild();
        File.AppendAllText(_site.File("content/protocols/surrey.md"), "\n\n99. Inventory\n\n99.1 Quarterly aardvark inventories are archived.\n");
        Rebuild();

        Assert.Equal((1, 9), (_cache.Ran("normalise"), _cache.Reused("normalise")));
        Assert.Equal((1, 9), (_cache.Ran("readings"), _cache.Reused("readings")));
        Assert.Contains("protocols/surrey.html", _cache.RenderedPages);
        Assert.DoesNotContain("protocols/hackney.html", _cache.RenderedPages);
    }
}
