using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// A reader that fails on one protocol's text costs that protocol that reading, with a warning naming its file, and never
/// the whole build. Pure: model in, model out.
/// </summary>
[Trait("Kind", "Pure")]
public class GuardedReaderTests
{
    [Fact]
    public void A_reader_that_throws_gives_its_fallback_and_a_warning_naming_the_file()
    {
        var protocol = EscalationExtractorTests.Normalise("1. Introduction\n\n1.1 Members and officers work together.");
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var value = SiteAnalyser.Guarded<int>(protocol, "complaint routes", () => throw new ArgumentOutOfRangeException("start"), () => -1, diagnostics);

        Assert.Equal(-1, value);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("SG0901", Severity.Warning, "content/protocols/test.md"), (warning.Code, warning.Severity, warning.File));
        Assert.Contains("complaint routes", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_that_succeeds_gives_its_value_and_no_warning()
    {
        var protocol = EscalationExtractorTests.Normalise("1. Introduction\n\n1.1 Members and officers work together.");
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        Assert.Equal(7, SiteAnalyser.Guarded(protocol, "themes", () => 7, () => -1, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Running_out_of_memory_is_not_swallowed()
    {
        var protocol = EscalationExtractorTests.Normalise("1. Introduction\n\n1.1 Members and officers work together.");
        Assert.Throws<OutOfMemoryException>(() =>
            SiteAnalyser.Guarded<int>(protocol, "themes", () => throw new OutOfMemoryException(), () => -1, ImmutableArray.CreateBuilder<Diagnostic>()));
    }
}
