using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// Small protocol snippets (<c>Golden/NNN-name.md</c>) and the clauses and diagnostics they must produce
/// (<c>NNN-name.expected.json</c>). Set SITEGEN_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
[Trait("Kind", "Pure")]
public class GoldenTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Normalise", "Golden");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateFiles(Folder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snippet_normalises_to_its_golden_clauses(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".md"));
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile($"golden/{name}.md", text));
        Assert.True(document is not null, string.Join("\n", errors));
        var actual = DataJson.Serialize(Project(ProtocolNormaliser.Normalise(document!)));

        var expectedPath = Path.Combine(Folder, name + ".expected.json");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, actual);
        Assert.True(File.Exists(expectedPath), $"No golden file {expectedPath}; run with SITEGEN_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == actual, $"{name} differs from its golden file:\n{LineDiff(expected, actual)}");
    }

    private sealed record GoldenClause(string Id, string? Label, string Text, Actor Actor, Modality Modality, string Lines, ImmutableArray<string> Notes, ImmutableArray<GoldenClause> Children);
    private sealed record GoldenSection(string Path, string? Number, ImmutableArray<GoldenClause> Clauses);
    private sealed record Golden(ImmutableArray<string> PrintedTitle, ImmutableArray<GoldenSection> Sections, ImmutableArray<string> Diagnostics);

    private static Golden Project(NormaliseResult result) => new(
        result.Protocol.PrintedTitle,
        [.. result.Protocol.Sections.Select(s => new GoldenSection(string.Join(" > ", s.HeadingPath), s.Number, [.. s.Clauses.Select(Project)]))],
        [.. result.Diagnostics.Select(d => d.ToString())]);

    private static GoldenClause Project(Clause c) => new(c.Id, c.PrintedLabel, c.Text, c.Actor, c.Modality, c.Lines.ToString(),
        [.. c.Notes.Select(n => $"{n.Kind.ToString().ToLowerInvariant()} {n.Marker} {n.Text}".Replace("  ", " ", StringComparison.Ordinal))],
        [.. c.Children.Select(Project)]);

    private static string LineDiff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, a.Length) && lines.Count < 40; i++)
        {
            var x = i < e.Length ? e[i] : "";
            var y = i < a.Length ? a[i] : "";
            if (x != y) lines.Add($"line {i + 1}:\n  - {x.Trim()}\n  + {y.Trim()}");
        }
        return string.Join("\n", lines);
    }
}
