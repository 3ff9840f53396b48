using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Build;

/// <summary>
/// The output grows with the number of authorities, not its square: gap pages compare with peers and give counts,
/// and wide matrices are split by council type and nation. Built in memory from copies of the seed protocols.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class OutputGrowthTests
{
    private static readonly string[] Seeds = ["hackney", "haringey", "hounslow"];
    private static readonly string[] Types = ["london-borough", "district"];

    /// <summary>A site of <paramref name="count"/> authorities: the full seed protocols in turn, under new names and two council types.</summary>
    private static TempSite SyntheticSite(int count)
    {
        var site = new TempSite();
        File.Copy(Path.Combine(Repo.Root, "site.json"), site.File("site.json"));
        Repo.CopyDirectory(Path.Combine(Repo.Root, "templates"), site.File("templates"));
        Directory.CreateDirectory(site.File("content/protocols"));
        File.Copy(Path.Combine(Repo.Root, "content/taxonomy.yml"), site.File("content/taxonomy.yml"));
        var seeds = Seeds.Select(s => File.ReadAllText(Path.Combine(Repo.Root, $"content/protocols/{s}.md"))).ToArray();
        for (var i = 0; i < count; i++)
        {
            var text = seeds[i % seeds.Length];
            text = Regex.Replace(text, "^authority: .*$", $"authority: Synthetic Council {i:D3}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^short_name: .*$", $"short_name: Synthetic {i:D3}", RegexOptions.Multiline);
            text = Regex.Replace(text, "^council_type: .*$", $"council_type: {Types[i / 3 % Types.Length]}", RegexOptions.Multiline);
            File.WriteAllText(site.File($"content/protocols/synthetic-{i:D3}.md"), text);
        }
        return site;
    }

    private static Dictionary<string, long> BytesByFolder(int count)
    {
        using var site = SyntheticSite(count);
        var result = SiteBuild.Run(site.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == SiteGen.Model.Severity.Error)));
        var sizes = result.Files.GroupBy(f => f.Path.Contains('/') ? f.Path[..f.Path.IndexOf('/')] : "(top)")
            .ToDictionary(g => g.Key, g => g.Sum(f => (long)f.Content.Length));
        sizes["(all)"] = result.Files.Sum(f => (long)f.Content.Length);
        // Every link from a gap page into the (possibly split) matrices names a page that exists.
        var paths = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in result.Files.Where(f => f.Path.StartsWith("gaps/", StringComparison.Ordinal)))
            foreach (Match m in Regex.Matches(gap.AsText(), "href=\"\\.\\./(analysis/[^\"#]+)"))
                Assert.True(paths.Contains(m.Groups[1].Value), $"{gap.Path} links to {m.Groups[1].Value}, which was not built");
        if (count > SiteGen.Rendering.MatrixLayout.DefaultMaxColumns)
            Assert.Contains("analysis/theme-matrix-england-district.html", paths);
        sizes["(largest page)"] = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Max(f => (long)f.Content.Length);
        return sizes;
    }

    [Fact]
    public void Four_times_the_authorities_give_at_most_4_4_times_the_output_in_every_folder()
    {
        var small = BytesByFolder(20);
        var large = BytesByFolder(80);
        foreach (var folder in new[] { "gaps", "analysis", "themes", "protocols", "(all)" })
        {
            var ratio = (double)large[folder] / small[folder];
            Assert.True(ratio <= 4.4, $"{folder}: {small[folder]:N0} bytes for 20 authorities, {large[folder]:N0} for 80 ({ratio:0.00}×)");
        }
        // Gap pages do not grow at all with the site: peers are the same council type, and gaps are counted.
        Assert.True((double)large["gaps"] / 80 <= 1.3 * small["gaps"] / 20, $"gap page mean grew from {small["gaps"] / 20:N0} to {large["gaps"] / 80:N0} bytes");
    }
}
