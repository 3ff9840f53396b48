using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Content;

[Trait("Kind", "Pure")]
public class ReportFileParserTests
{
    private const string Head = "---\ntitle: T\ncommittee: Standards Committee\ndate: 2026-07-14\nauthority: A Council\nsource: test\n";

    private static (Report? Report, IReadOnlyList<Diagnostic> Errors) Parse(string frontMatterTail, string body = "Body.\n") =>
        ReportFileParser.Parse(new SourceFile("content/reports/r.md", Head + frontMatterTail + "---\n" + body));

    [Fact]
    public void Appendices_are_read_with_each_include_on_its_own_line()
    {
        var (report, errors) = Parse(
            "appendices:\n" +                          // line 7
            "  - letter: A\n" +                        // 8
            "    title: Extracts\n" +                  // 9
            "    include:\n" +                         // 10
            "      - \"[[protocol merton]]\"\n" +      // 11
            "      - \"[[protocol thurrock]]\"\n" +    // 12
            "  - title: Comparison\n" +                // 13
            "    letter: \"2\"\n" +                    // 14
            "    cover: false\n" +                     // 15
            "    include: [\"[[compare hackney/7.2 haringey/3.1]]\"]\n"); // 16
        Assert.Empty(errors);
        Assert.Equal(18, report!.BodyStartLine);
        Assert.Collection(report.Appendices,
            a =>
            {
                Assert.Equal(("A", "Extracts", true, 8), (a.Letter, a.Title, a.Cover, a.Line));
                Assert.Equal([("[[protocol merton]]", 11), ("[[protocol thurrock]]", 12)], a.Include.Select(i => (i.Text, i.Line)));
            },
            a =>
            {
                Assert.Equal(("2", "Comparison", false, 13), (a.Letter, a.Title, a.Cover, a.Line));
                Assert.Equal([("[[compare hackney/7.2 haringey/3.1]]", 16)], a.Include.Select(i => (i.Text, i.Line)));
            });
    }

    [Fact]
    public void A_report_without_appendices_has_none()
    {
        Assert.Empty(Parse("").Report!.Appendices);
    }

    [Theory]
    [InlineData("  - letter: a\n    title: X\n    include: [\"[[protocol merton]]\"]\n", "SG0161", 8)]
    [InlineData("  - letter: A\n    title: X\n    include: [\"[[protocol merton]]\"]\n  - letter: A\n    title: Y\n    include: [\"[[protocol merton]]\"]\n", "SG0162", 11)]
    [InlineData("  - letter: A\n    include: [\"[[protocol merton]]\"]\n", "SG0163", 8)]
    [InlineData("  - letter: A\n    title: X\n", "SG0164", 8)]
    public void A_malformed_appendix_is_reported_at_its_line(string items, string code, int line)
    {
        var (report, errors) = Parse("appendices:\n" + items);
        Assert.Null(report);
        var error = Assert.Single(errors);
        Assert.Equal(("content/reports/r.md", line, code), (error.File, error.Line, error.Code));
    }

    [Fact]
    public void An_unknown_appendix_field_names_the_fields()
    {
        var (report, errors) = Parse("appendices:\n  - letter: A\n    titel: X\n");
        Assert.Null(report);
        Assert.Contains("Unknown field 'titel'", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}
