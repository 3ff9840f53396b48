using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.TestSupport;

/// <summary>Protocols made in memory from a test's own text, read as a build reads them.</summary>
internal static class TestProtocols
{
    /// <summary>
    /// <paramref name="body"/> as the protocol of "Test Council" (a district in England) titled <paramref name="title"/>,
    /// parsed and normalised; a front-matter error fails the test.
    /// </summary>
    public static Protocol Normalise(string body, string title = "Member and officer protocol")
    {
        var file = new SourceFile("content/protocols/test.md",
            $"---\nauthority: Test Council\ncouncil_type: district\nnation: england\ntitle: {title}\nstatus: adopted\nsource: test\ncoverage: full\n---\n" + body);
        var (document, errors) = ProtocolFileParser.Parse(file);
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    /// <summary>
    /// <paramref name="body"/> normalised as <see cref="Normalise"/> does and analysed alone with the taxonomy written in
    /// <paramref name="taxonomyYaml"/>; a taxonomy error fails the test.
    /// </summary>
    public static ProtocolAnalysis Analyse(string body, string taxonomyYaml)
    {
        var (content, diagnostics) = AnalysisContent.Parse(new SourceFile("content/taxonomy.yml", taxonomyYaml), null);
        Assert.True(content is not null, string.Join("\n", diagnostics));
        return Analyse(body, content!);
    }

    /// <summary><paramref name="body"/> normalised as <see cref="Normalise"/> does and analysed alone with <paramref name="content"/>.</summary>
    public static ProtocolAnalysis Analyse(string body, AnalysisContent content) =>
        SiteAnalyser.Analyse([Normalise(body)], [], content).Analysis.Protocols[0];

    /// <summary>Whether <paramref name="found"/> reads expectation <paramref name="id"/> in <paramref name="direction"/> as stated (not Needs review).</summary>
    public static bool States(IEnumerable<ExpectationStatement> found, string id, Direction direction) =>
        found.Any(s => s.Expectation == id && s.Direction == direction && s.Provenance.State == ReadingState.Read);
}
