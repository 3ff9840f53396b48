using SiteGen.Reports;

namespace SiteGen.Tests.Reports;

public class ReferenceSyntaxTests
{
    private static ReportDirective Parsed(string text)
    {
        var (directive, problems) = ReferenceSyntax.Parse(text);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        return directive!;
    }

    private static SyntaxProblem Problem(string text)
    {
        var (directive, problems) = ReferenceSyntax.Parse(text);
        Assert.Null(directive);
        return Assert.Single(problems);
    }

    [Fact]
    public void A_clause_id_alone_is_an_inline_citation()
    {
        var citation = Assert.IsType<ReportDirective.Citation>(Parsed("hackney/7.2(g)"));
        Assert.Equal(new ClauseRef("hackney", "7.2(g)", 0), citation.Ref);
        Assert.False(citation.IsBlock);
    }

    [Fact]
    public void Positional_and_section_targets_are_kept_as_written()
    {
        Assert.Equal("p1(iv)", Assert.IsType<ReportDirective.Citation>(Parsed("epsom-and-ewell/p1(iv)")).Ref.Target);
        Assert.Equal("s-expectations", Assert.IsType<ReportDirective.Citation>(Parsed(" hackney/s-expectations ")).Ref.Target);
    }

    [Fact]
    public void Quote_names_one_clause_and_is_a_block()
    {
        var quote = Assert.IsType<ReportDirective.Quotation>(Parsed("quote haringey/3.4"));
        Assert.Equal("haringey/3.4", quote.Ref.Text);
        Assert.Equal(6, quote.Ref.Offset);
        Assert.True(quote.IsBlock);
    }

    [Fact]
    public void Compare_splits_rows_on_semicolons_and_reads_labels_and_caption()
    {
        var compare = Assert.IsType<ReportDirective.Comparison>(Parsed(
            "compare caption=\"Respect and bullying\"\n  “Respect” hackney/7.2(a) haringey/3.1;\n  \"Bullying\" hackney/7.2(g) merton/p2.4 ; hounslow/3.1"));
        Assert.Equal("Respect and bullying", compare.Caption);
        Assert.Collection(compare.Rows,
            row => { Assert.Equal("Respect", row.Label); Assert.Equal(["hackney/7.2(a)", "haringey/3.1"], row.Refs.Select(r => r.Text)); },
            row => { Assert.Equal("Bullying", row.Label); Assert.Equal(["hackney/7.2(g)", "merton/p2.4"], row.Refs.Select(r => r.Text)); },
            row => { Assert.Null(row.Label); Assert.Equal(["hounslow/3.1"], row.Refs.Select(r => r.Text)); });
    }

    [Fact]
    public void Protocol_names_one_slug()
    {
        var protocol = Assert.IsType<ReportDirective.WholeProtocol>(Parsed("protocol north-yorkshire"));
        Assert.Equal("north-yorkshire", protocol.Slug);
        Assert.Empty(protocol.Refs);
    }

    [Fact]
    public void Unknown_embed_suggests_the_nearest_and_says_how_to_write_brackets_literally()
    {
        var problem = Problem("qoute hackney/7.2(g)");
        Assert.Equal(0, problem.Offset);
        Assert.Contains("Did you mean 'quote'?", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\\[[", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_point_at_the_offending_word()
    {
        Assert.Equal(8, Problem("compare Hackney/7.2 haringey/3.1").Offset); // upper-case slug is not a slug
        Assert.Equal(15, Problem("hackney/7.2(g) hackney/7.3").Offset);
        Assert.Equal(6, Problem("quote hackney").Offset);
        Assert.Contains("no clauses", Problem("compare hackney/1.1 ; ; haringey/1.1").Message, StringComparison.Ordinal);
        Assert.Contains("closing quote", Problem("compare \"Respect hackney/1.1").Message, StringComparison.Ordinal);
        Assert.Contains("start of its row", Problem("compare hackney/1.1 \"late label\"").Message, StringComparison.Ordinal);
        Assert.Contains("no option 'title'", Problem("compare title=\"x\" hackney/1.1").Message, StringComparison.Ordinal);
        Assert.Contains("empty", Problem("  ").Message, StringComparison.Ordinal);
    }
}
