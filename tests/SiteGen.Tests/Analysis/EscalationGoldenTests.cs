using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Whole protocol texts (<c>EscalationGolden/NNN-name.md</c>) and the clauses and complaint routes they must give
/// (<c>NNN-name.expected.json</c>): text in, model out, no disk beyond reading the case. Set SITEGEN_UPDATE_GOLDEN=1 to
/// rewrite the expected files, then review the diff by hand against the text.
/// </summary>
[Trait("Kind", "Pure")]
public class EscalationGoldenTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Analysis", "EscalationGolden");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateFiles(Folder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Protocol_gives_exactly_its_golden_routes(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".md"));
        var actual = DataJson.Serialize(Read($"golden/{name}.md", text));

        var expectedPath = Path.Combine(Folder, name + ".expected.json");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, actual);
        Assert.True(File.Exists(expectedPath), $"No golden file {expectedPath}; run with SITEGEN_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == actual, $"{name} differs from its golden file:\n{GoldenDiff.Lines(expected, actual)}");
    }

    private sealed record GoldenStep(int Order, string Roles, string Printed, string Clause);
    private sealed record GoldenRoute(string Scenario, RouteStatus Status, ImmutableArray<GoldenStep> Steps, string? Review);
    private sealed record GoldenClause(string Id, string Section, string Text);
    private sealed record Golden(ImmutableArray<string> PrintedTitle, ImmutableArray<GoldenClause> Clauses, string? Informal, ImmutableArray<GoldenRoute> Routes, ImmutableArray<string> SideRoutes);

    /// <summary>The pure pipeline a build runs for one protocol: parse, normalise, extract routes.</summary>
    internal static object Read(string path, string text)
    {
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile(path, text));
        Assert.True(document is not null, string.Join("\n", errors));
        var protocol = ProtocolNormaliser.Normalise(document!).Protocol;
        var routes = new EscalationExtractor(SeedAnalysis.Content.Taxonomy).Extract(protocol, null);
        return new Golden(
            protocol.PrintedTitle,
            [.. protocol.AllClauses().Select(c => new GoldenClause(c.Id, string.Join(" > ", c.HeadingPath), c.Text))],
            routes.Informal?.ClauseId,
            [.. routes.Routes.Where(r => r.Status != RouteStatus.NotStated).Select(r => new GoldenRoute(
                r.Scenario.ToString(), r.Status,
                [.. r.Steps.Select(s => new GoldenStep(s.Order, string.Join(" | ", s.Roles), string.Join(" | ", s.Printed), s.ClauseId))],
                r.Review))],
            [.. routes.SideRoutes.Select(s => $"{s.Id} ({s.Scenario?.ToString() ?? "any"}) @ {s.ClauseId}")]);
    }
}

internal static class GoldenDiff
{
    public static string Lines(string expected, string actual)
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
