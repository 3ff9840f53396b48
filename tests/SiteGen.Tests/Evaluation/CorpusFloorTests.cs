using SiteGen.Content;
using SiteGen.Evaluation;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Evaluation;

/// <summary>
/// The development corpus in tests/corpus, scored in-process exactly as <c>sitegen eval</c> scores it: every annotation
/// must load, and no figure may fall below its floor in tests/corpus/floors.yml. This is how CI enforces the floors.
/// </summary>
[Trait("Kind", "Disk")]
public class CorpusFloorTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "corpus");

    [Fact]
    public void No_figure_of_the_development_corpus_is_below_its_floor()
    {
        var (input, loadDiagnostics) = CorpusEvaluation.Load(Corpus, Path.Combine(Repo.Root, "content"));
        Assert.True(input is not null, string.Join("\n", loadDiagnostics.Where(d => d.Severity == Severity.Error)));
        var (score, diagnostics) = CorpusEvaluation.Evaluate(input);
        Assert.True(score is not null, string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error)));
        output.WriteLine(EvalReport.Text(score, "tests/corpus", verbose: false));

        var floorsFile = Repo.ContentFile("tests/corpus/floors.yml");
        var figures = score.Figures();
        var (floors, floorErrors) = Floors.Parse(floorsFile, figures.Keys);
        Assert.Empty(floorErrors);
        Assert.NotEmpty(floors);
        var below = Floors.Check(figures, floors, floorsFile.RelativePath);
        Assert.True(below.IsEmpty, string.Join("\n", below) + "\nRun 'sitegen eval --verbose' to see what SiteGen now reads differently.");
    }

    [Fact]
    public void Every_text_in_the_corpus_has_an_annotation_that_scores_it()
    {
        var (input, _) = CorpusEvaluation.Load(Corpus, Path.Combine(Repo.Root, "content"));
        Assert.NotNull(input);
        var texts = Directory.EnumerateFiles(Corpus, "*.md").Select(f => Path.GetFileName(f)).Where(n => n is not ("FORMAT.md" or "README.md")).Order(StringComparer.Ordinal).ToArray();
        var scored = input.Texts.Select(t => Path.GetFileName(t.Document.Metadata.ContentFile)).ToHashSet(StringComparer.Ordinal);
        Assert.All(texts, name => Assert.Contains(name, scored));
        Assert.True(input.Texts.Length >= 3);
    }

    [Fact]
    public void Overrides_for_protocols_outside_the_run_are_left_out()
    {
        var overrides = new AnalysisOverrides("overrides.yml",
            [new ThemeOverride("hackney/7.2", ["confidentiality"], [], null, 3), new ThemeOverride("01-x/1.1", [], ["equalities"], null, 4)],
            [new NotQuotedReference("surrey", "49 and 50", ["escalation"], "r", "q", 8)]);

        var kept = CorpusEvaluation.OnlyFor(overrides, new HashSet<string>(["01-x"]));

        Assert.Equal(["01-x/1.1"], kept.Themes.Select(t => t.ClauseId));
        Assert.Empty(kept.NotQuoted);
    }
}
