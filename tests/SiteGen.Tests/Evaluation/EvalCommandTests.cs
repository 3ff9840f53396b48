using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Evaluation;

/// <summary><c>sitegen eval</c> in-process on a small corpus written for the test.</summary>
[Trait("Kind", "Disk")]
public class EvalCommandTests
{
    private const string Text = """
        ---
        authority: Testshire District Council
        short_name: Testshire
        council_type: district
        nation: england
        title: Protocol
        status: adopted
        coverage: full
        source: "Written for this test"
        ---
        ## 1. When things go wrong

        1.1 If an officer is concerned about the behaviour of a councillor, the officer should first raise the concern with their line manager. If the matter is not resolved, the line manager will refer it to the Chief Executive.
        """;

    private const string Truth = """
        shape: plain
        clauses: ["1.1"]
        sections: ["When things go wrong"]
        routes:
          officer-about-member:
            - { roles: [line-manager], printed: ["line manager"], clause: "1.1" }
            - { roles: [chief-executive], printed: ["Chief Executive"], clause: "1.1" }
        themes:
          - { clause: "1.1", themes: [complaints-and-escalation] }
        """;

    private static (int Exit, string Out, string Err) Run(TempSite site, string floors, params string[] extra)
    {
        Directory.CreateDirectory(site.File("corpus"));
        File.WriteAllText(site.File("corpus/01-testshire.md"), Text);
        File.WriteAllText(site.File("corpus/01-testshire.truth.yml"),
            extra.Contains("missing-clause") ? Truth.Replace("clauses: [\"1.1\"]", "clauses: [\"1.1\", \"1.2\"]", StringComparison.Ordinal) : Truth);
        File.WriteAllText(site.File("corpus/floors.yml"), floors);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = EvalCommand.Run(new DirectoryInfo(site.Path), new DirectoryInfo(site.File("corpus")), new DirectoryInfo(Path.Combine(Repo.Root, "content")),
            verbose: extra.Contains("--verbose"), json: extra.Contains("--json") ? new FileInfo(site.File("eval.json")) : null,
            checkFloors: extra.Contains("--check-floors"), CommandOutput.Plain(stdout, stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Prints_the_per_document_table_and_ends_with_the_headline_lines()
    {
        using var site = new TempSite();
        var (exit, stdout, stderr) = Run(site, "segmentation.precision: 0.5\n", "--json");

        Assert.True(exit == 0, stderr);
        Assert.Contains("01-testshire", stdout, StringComparison.Ordinal);
        var last = stdout.TrimEnd('\n').Split('\n')[^3..];
        Assert.Matches(@"^escalation roles: precision \d\.\d\d, recall \d\.\d\d$", last[0]);
        Assert.Matches(@"^expectations: precision \d\.\d\d, recall \d\.\d\d$", last[1]);
        Assert.Matches(@"^themes: precision \d\.\d\d, recall \d\.\d\d$", last[2]);
        var json = File.ReadAllText(site.File("eval.json"));
        Assert.Contains("\"escalation-roles.precision\":", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"01-testshire\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_floors_exits_with_1_naming_each_figure_below_its_floor()
    {
        using var site = new TempSite();
        // The annotation demands a clause 1.2 the text does not have, so clause recall is 0.50 whatever the analysis does.
        var (exit, _, stderr) = Run(site, "segmentation.recall: 1.00\nsegmentation.precision: 1.00\n", "--check-floors", "missing-clause");

        Assert.Equal(1, exit);
        Assert.Contains("floors.yml:1: error SG1213: segmentation.recall is 0.50, below its floor 1.00.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("segmentation.precision is", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_floors_passes_when_every_figure_reaches_its_floor()
    {
        using var site = new TempSite();
        var (exit, stdout, stderr) = Run(site, "segmentation.recall: 0.50\n", "--check-floors", "missing-clause");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Every figure is at or above its floor (1 floors in", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_annotation_fails_with_its_file_and_line()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.File("corpus"));
        File.WriteAllText(site.File("corpus/01-testshire.md"), Text);
        File.WriteAllText(site.File("corpus/01-testshire.truth.yml"), Truth.Replace("[complaints-and-escalation]", "[complaints]", StringComparison.Ordinal));
        var stderr = new StringWriter();
        var exit = EvalCommand.Run(new DirectoryInfo(site.Path), new DirectoryInfo(site.File("corpus")), new DirectoryInfo(Path.Combine(Repo.Root, "content")),
            verbose: false, json: null, checkFloors: false, CommandOutput.Plain(new StringWriter(), stderr));

        Assert.Equal(1, exit);
        Assert.Contains("01-testshire.truth.yml:9: error SG1206: 'complaints' is not a theme", stderr.ToString(), StringComparison.Ordinal);
    }
}
