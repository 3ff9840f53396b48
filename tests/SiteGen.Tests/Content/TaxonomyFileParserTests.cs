using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Tests.Analysis;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Content;

/// <summary>content/taxonomy.yml and content/overrides.yml: typed, validated, and every mistake reported with file and line.</summary>
public class TaxonomyFileParserTests
{
    private const string MinimalTaxonomy = """
        themes:
          - id: bullying
            title: Bullying
            phrases: [bullying]
          - id: complaints
            title: Complaints
            headings: [things go wrong]
        """;

    private static (Taxonomy? Taxonomy, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml) =>
        TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", yaml.Replace("\r\n", "\n", StringComparison.Ordinal)));

    [Fact]
    public void The_default_taxonomy_and_overrides_load_without_a_single_diagnostic()
    {
        var (content, diagnostics) = AnalysisContentLoader.Load(Repo.Root, "content");
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        Assert.NotNull(content);
        Assert.True(content!.Taxonomy.Themes.Length >= 20);
        Assert.Equal(
            ["line-manager", "senior-manager", "head-of-service", "director", "chief-executive", "monitoring-officer", "elected-mayor", "leader", "group-leader", "group-whip", "standards-committee", "hr"],
            content.Taxonomy.Roles.Select(r => r.Id));
        Assert.All(content.Taxonomy.Expectations, x => Assert.Contains(content.Taxonomy.Themes, t => t.Id == x.Theme));
        Assert.Contains(content.Overrides.NotQuoted, n => n.Authority == "surrey" && n.Covers.Contains("escalation"));
    }

    [Fact]
    public void Phrases_and_ids_keep_their_lines()
    {
        var (taxonomy, diagnostics) = Parse(MinimalTaxonomy);
        Assert.Empty(diagnostics);
        Assert.Equal(2, taxonomy!.Themes[0].Line);
        Assert.Equal(4, taxonomy.Themes[0].Phrases[0].Line);
        Assert.Equal("things go wrong", taxonomy.Themes[1].Headings[0].Text);
    }

    [Fact]
    public void A_phrase_of_stop_words_only_is_an_error_on_its_line()
    {
        var (taxonomy, diagnostics) = Parse("themes:\n  - id: x\n    title: X\n    phrases:\n      - something\n      - of the\n");
        Assert.Null(taxonomy);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SG0605", error.Code);
        Assert.Equal(6, error.Line);
        Assert.StartsWith("content/taxonomy.yml:6: error SG0605", error.ToString());
    }

    [Fact]
    public void An_unknown_field_is_reported_with_its_line_and_column()
    {
        var (taxonomy, diagnostics) = Parse("themes:\n  - id: x\n    title: X\n    phrazes: [a]\n");
        Assert.Null(taxonomy);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SG0601", error.Code);
        Assert.Equal(4, error.Line);
        Assert.Contains("Unknown field 'phrazes'", error.Message);
    }

    [Fact]
    public void An_expectation_naming_an_unknown_theme_is_refused_with_a_suggestion()
    {
        var (taxonomy, diagnostics) = Parse(MinimalTaxonomy + "\nexpectations:\n  - id: not-bullied\n    title: Not bullied\n    theme: bulying\n    phrases: [bullying]\n");
        Assert.Null(taxonomy);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SG0606", 9), (error.Code, error.Line));
        Assert.Contains("Did you mean 'bullying'?", error.Message);
    }

    [Fact]
    public void Duplicate_ids_and_bad_ids_are_errors()
    {
        var (_, diagnostics) = Parse("themes:\n  - id: a\n    title: A\n    phrases: [x]\n  - id: a\n    title: A2\n    phrases: [y]\n  - id: Not_Kebab\n    title: B\n    phrases: [z]\n");
        Assert.Contains(diagnostics, d => d is { Code: "SG0604", Line: 5 });
        Assert.Contains(diagnostics, d => d is { Code: "SG0603", Line: 8 });
    }

    [Fact]
    public void Phrases_that_match_the_same_stems_and_phrases_that_shrink_to_one_word_are_warned_about()
    {
        var (taxonomy, diagnostics) = Parse("themes:\n  - id: a\n    title: A\n    phrases:\n      - bullying\n      - bullied\n      - break down\n");
        Assert.NotNull(taxonomy); // warnings only
        Assert.Contains(diagnostics, d => d is { Code: "SG0614", Line: 6, Severity: Severity.Warning });
        Assert.Contains(diagnostics, d => d is { Code: "SG0615", Line: 7, Severity: Severity.Warning } && d.Message.Contains("'break'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_with_an_unknown_theme_is_an_error_on_the_line_of_the_theme()
    {
        var (taxonomy, _) = Parse(MinimalTaxonomy);
        var (overrides, diagnostics) = OverridesFileParser.Parse(new SourceFile("content/overrides.yml",
            "themes:\n  - clause: hackney/7.2(g)\n    add:\n      - bullying\n      - harrassment\n"), taxonomy!);
        Assert.Null(overrides);
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/overrides.yml:5: error SG0606: Unknown theme 'harrassment': it is not defined in content/taxonomy.yml. Known ids: bullying, complaints.", error.ToString());
    }

    [Fact]
    public void An_override_of_a_clause_that_does_not_exist_is_an_error_that_suggests_the_nearest_id()
    {
        var seed = SeedAnalysis.Content;
        var overrides = new AnalysisOverrides("content/overrides.yml", [new ThemeOverride("hackney/7.2(x)", ["equalities"], [], null, 12)], []);
        var (_, diagnostics) = SiteAnalyser.Analyse(SeedAnalysis.Protocols, SeedAnalysis.Reports, seed with { Overrides = overrides });
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("content/overrides.yml", 12, "SG0607"), (error.File, error.Line, error.Code));
        Assert.Contains("hackney/7.2(", error.Message);
    }

    [Fact]
    public void A_not_quoted_statement_must_quote_its_report_exactly()
    {
        var seed = SeedAnalysis.Content;
        NotQuotedReference Reference(string quote) => new("surrey", "49 and 50", ["escalation"], "surrey-2010-review-of-member-officer-protocol", quote, 30);
        var (_, wrong) = SiteAnalyser.Analyse(SeedAnalysis.Protocols, SeedAnalysis.Reports,
            seed with { Overrides = seed.Overrides with { NotQuoted = [Reference("complaints are handled in paragraphs 51 and 52")] } });
        Assert.Contains(wrong, d => d is { Code: "SG0610", Line: 30, Severity: Severity.Error });

        // Line breaks and runs of spaces in the quote do not matter; the words do.
        var (analysis, right) = SiteAnalyser.Analyse(SeedAnalysis.Protocols, SeedAnalysis.Reports,
            seed with { Overrides = seed.Overrides with { NotQuoted = [Reference("the processes for handling this\n   are set out in paragraphs 49 and 50")] } });
        Assert.DoesNotContain(right, d => d.Severity == Severity.Error);
        var reportLines = File.ReadAllLines(Path.Combine(TestSupport.Repo.Root, "content", "reports", "surrey-2010-review-of-member-officer-protocol.md"));
        var quotedLine = Array.FindIndex(reportLines, l => l.Contains("are set out in paragraphs 49 and 50", StringComparison.Ordinal)) + 1;
        Assert.True(quotedLine > 0);
        Assert.Equal(quotedLine, analysis.For("surrey")!.Escalation.NotAvailable!.ReportLine);
    }

    [Fact]
    public void A_mistake_in_the_overrides_fails_the_build_naming_file_and_line_and_leaves_the_site_unchanged()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, SiteGen.Cli.BuildCommand.Run(new DirectoryInfo(site.Path), false, TextWriter.Null, TextWriter.Null));
        var before = File.ReadAllText(site.File("_site/analysis/expectations.html"));
        var text = File.ReadAllText(site.File("content/overrides.yml")).Replace("remove: [complaints-and-escalation]\n    add:", "remove: [complaints-and-escalatoin]\n    add:", StringComparison.Ordinal);
        File.WriteAllText(site.File("content/overrides.yml"), text);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("escalatoin", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0);

        var stderr = new StringWriter();
        Assert.Equal(1, SiteGen.Cli.BuildCommand.Run(new DirectoryInfo(site.Path), false, TextWriter.Null, stderr));
        Assert.Contains($"content/overrides.yml:{line}: error SG0606: Unknown theme 'complaints-and-escalatoin'", stderr.ToString());
        Assert.Contains("Did you mean 'complaints-and-escalation'?", stderr.ToString());
        Assert.Equal(before, File.ReadAllText(site.File("_site/analysis/expectations.html")));
    }

    [Fact]
    public void A_site_without_a_taxonomy_builds_without_analysis_and_says_so()
    {
        using var site = Repo.CopyDefaultSite();
        File.Delete(site.File("content/taxonomy.yml"));
        var (content, diagnostics) = AnalysisContentLoader.Load(site.Path, "content");
        Assert.Null(content); // the overrides file refers to a taxonomy that is gone
        Assert.Contains(diagnostics, d => d.Code == "SG0613");
        File.Delete(site.File("content/overrides.yml"));
        (content, diagnostics) = AnalysisContentLoader.Load(site.Path, "content");
        Assert.True(content!.Taxonomy.IsEmpty);
        Assert.Equal("SG0600", Assert.Single(diagnostics).Code);
    }
}
