using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Analysis;

/// <summary>The default content (ten protocols, two reports, taxonomy and overrides) analysed once, through the same pure functions the build uses.</summary>
internal static class SeedAnalysis
{
    private static readonly Lazy<(ImmutableArray<Protocol> Protocols, ImmutableArray<Report> Reports, AnalysisContent Content, SiteAnalysis Analysis, ImmutableArray<Diagnostic> Diagnostics)> Result = new(Run);

    public static ImmutableArray<Protocol> Protocols => Result.Value.Protocols;
    public static ImmutableArray<Report> Reports => Result.Value.Reports;
    public static AnalysisContent Content => Result.Value.Content;
    public static SiteAnalysis Analysis => Result.Value.Analysis;
    public static ImmutableArray<Diagnostic> Diagnostics => Result.Value.Diagnostics;

    public static Protocol Protocol(string slug) => Protocols.Single(p => p.Metadata.Slug == slug);

    public static ProtocolAnalysis Of(string slug) => Analysis.For(slug) ?? throw new Xunit.Sdk.XunitException($"No analysis for {slug}");

    public static AnalysisContent LoadContent()
    {
        var (content, diagnostics) = AnalysisContentLoader.Load(Repo.Root, "content");
        Assert.True(content is not null, string.Join("\n", diagnostics));
        return content!;
    }

    private static (ImmutableArray<Protocol>, ImmutableArray<Report>, AnalysisContent, SiteAnalysis, ImmutableArray<Diagnostic>) Run()
    {
        var slugs = Directory.EnumerateFiles(Path.Combine(Repo.Root, "content", "protocols"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var protocols = slugs.Select(s => Repo.Normalise(s!).Protocol).ToImmutableArray();
        var reports = Directory.EnumerateFiles(Path.Combine(Repo.Root, "content", "reports"), "*.md").Order(StringComparer.Ordinal)
            .Select(p => ReportFileParser.Parse(Repo.ContentFile(Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))).Report!)
            .ToImmutableArray();
        var content = LoadContent();
        var (analysis, diagnostics) = SiteAnalyser.Analyse(protocols, reports, content);
        return (protocols, reports, content, analysis, diagnostics);
    }
}
