using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Tests.Analysis;

namespace SiteGen.Tests.Model;

/// <summary>
/// A pattern that runs away on some text stops at the process-wide limit and becomes one error naming the file and the
/// clause, never a hang or a stack trace. Pure: a pathological pattern is fed a clause through the readers' own guard.
/// </summary>
[Trait("Kind", "Pure")]
public class PatternTimeoutTests
{
    private const string Body = "1. Introduction\n\n1.1 Members and officers work together\n\n1.2 Councillors and officers deal with each other in good faith on every matter that comes before the council and its committees at all times!";

    // Nested quantifiers over words: every way of splitting the words is tried before a closing "!" fails the match (1.1,
    // which ends on a word, matches at once).
    private static Regex Runaway() => new(@"^(?:\w+\s?)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));

    [Fact]
    public void A_runaway_pattern_in_a_reader_is_an_error_naming_the_file_and_the_clause()
    {
        var protocol = EscalationExtractorTests.Normalise(Body);
        var clause = protocol.AllClauses().Single(c => c.Number == "1.2");
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var runaway = Runaway();

        var value = SiteAnalyser.Guarded(protocol, "expectations", () => protocol.AllClauses().Count(c => runaway.IsMatch(c.Text)), () => -1, diagnostics);

        Assert.Equal(-1, value);
        var error = Assert.Single(diagnostics);
        Assert.Equal((PatternTimeout.Code, Severity.Error, "content/protocols/test.md", clause.Lines.First), (error.Code, error.Severity, error.File, error.Line));
        Assert.Contains("expectations", error.Message, StringComparison.Ordinal);
        Assert.Contains("clause 1.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("report it", error.Message, StringComparison.Ordinal);
        Assert.Contains("text is kept", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at SiteGen.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_on_text_no_clause_holds_names_the_file_only()
    {
        var protocol = EscalationExtractorTests.Normalise(Body);
        var timeout = Assert.Throws<RegexMatchTimeoutException>(() => Runaway().IsMatch("every word of this line is one no clause of the protocol has in it!"));

        var error = PatternTimeout.Diagnose("content/protocols/test.md", "file (normalise)", timeout, protocol.AllClauses());

        Assert.Equal((Severity.Error, 0), (error.Severity, error.Line));
        Assert.DoesNotContain("clause", error.Message, StringComparison.Ordinal);
        Assert.Contains("file (normalise)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_too_short_to_tell_a_clause_name_none()
    {
        var protocol = EscalationExtractorTests.Normalise(Body);
        Assert.Null(PatternTimeout.ClauseOf("officers", protocol.AllClauses()));
        Assert.Equal("1.1", PatternTimeout.ClauseOf("Members and officers work", protocol.AllClauses())?.Number);
    }

    [Fact]
    public void The_registered_code_is_an_error_of_the_analysis_range()
    {
        var code = DiagnosticCodes.Find(PatternTimeout.Code);
        Assert.NotNull(code);
        Assert.Equal(Severity.Error, code.Severity);
        Assert.InRange(int.Parse(PatternTimeout.Code[2..], System.Globalization.CultureInfo.InvariantCulture), 625, 629);
    }

    [Fact]
    public void Installing_sets_a_generous_process_wide_default()
    {
        PatternTimeout.Install();
        Assert.Equal(TimeSpan.FromSeconds(2), PatternTimeout.Installed);
    }
}
