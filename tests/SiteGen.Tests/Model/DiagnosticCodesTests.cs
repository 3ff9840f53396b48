using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model;

/// <summary>The registry of diagnostic codes against the program's source and the README: one meaning per code, each used and documented.</summary>
[Trait("Kind", "Pure")]
public partial class DiagnosticCodesTests
{
    private const string TableStart = "<!-- diagnostic-codes:start (generated from src/SiteGen/Model/DiagnosticCodes.cs; SITEGEN_UPDATE_GOLDEN=1 rewrites it) -->";
    private const string TableEnd = "<!-- diagnostic-codes:end -->";

    /// <summary>Every SGnnnn string literal in the program's source, with the files it is in.</summary>
    private static Dictionary<string, List<string>> CodesInSource() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", "SiteGen"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => (Code: m.Groups[1].Value, File: Path.GetFileName(f))))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.File).Distinct().ToList(), StringComparer.Ordinal);

    [Fact]
    public void Every_code_is_registered_once_in_range_with_a_meaning()
    {
        var twice = DiagnosticCodes.All.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "registered twice: " + string.Join(", ", twice));
        Assert.All(DiagnosticCodes.All, c =>
        {
            Assert.Matches(CodeShape(), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Meaning), c.Code);
            Assert.Contains(c.Stage, new[] { "load", "normalise", "analyse", "reports", "render", "write", "build", "cli", "pdf", "serve", "check", "import", "search", "eval" });
        });
    }

    [Fact]
    public void The_program_uses_every_registered_code_and_no_other()
    {
        var used = CodesInSource();
        var unregistered = used.Keys.Where(c => DiagnosticCodes.Find(c) is null).Order(StringComparer.Ordinal).Select(c => $"{c} ({string.Join(", ", used[c])})").ToList();
        var unused = DiagnosticCodes.All.Select(c => c.Code).Where(c => !used.ContainsKey(c)).ToList();
        Assert.True(unregistered.Count == 0, "used but not in DiagnosticCodes.All (add one line each): " + string.Join(", ", unregistered));
        Assert.True(unused.Count == 0, "registered but never reported: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_readme_table_lists_every_code_as_registered()
    {
        var path = Path.Combine(Repo.Root, "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no generated table between '{TableStart}' and '{TableEnd}'");
        var table = readme[(start + TableStart.Length)..end].Trim('\n') + "\n";
        var expected = DiagnosticCodes.MarkdownTable();
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1" && table != expected)
        {
            File.WriteAllText(path, readme[..(start + TableStart.Length)] + "\n\n" + expected + "\n" + readme[end..], new UTF8Encoding(false));
            return;
        }
        Assert.Equal(expected, table);
    }

    [Fact]
    public void No_two_stages_give_one_code_different_meanings()
    {
        // The report references once shared SG0601–SG0606 with the taxonomy parser; now each range has one owner.
        var used = CodesInSource();
        var reportsOnly = new[] { "AnalysisEmbedResolver.cs", "ReportResolver.cs", "QuotedExtractLinker.cs" };
        var taxonomyOnly = new[] { "LocatedYaml.cs", "TaxonomyFileParser.cs", "OverridesFileParser.cs", "SiteAnalyser.cs", "AnalysisContentLoader.cs" };
        var shared = used.Where(u => u.Value.Intersect(reportsOnly).Any() && u.Value.Intersect(taxonomyOnly).Any()).Select(u => u.Key).ToList();
        Assert.True(shared.Count == 0, "codes reported by both the taxonomy and the report references: " + string.Join(", ", shared));
    }

    [GeneratedRegex("\"(SG\\d{4})\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex("^SG\\d{4}$")]
    private static partial Regex CodeShape();
}
