using SiteGen.Model;
using SiteGen.Reports;

namespace SiteGen.Tests.Reports;

[Trait("Kind", "Pure")]
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

    [Fact]
    public void A_matrix_without_filters_shows_every_authority_and_theme()
    {
        var themes = Assert.IsType<ReportDirective.ThemeMatrix>(Parsed("themes"));
        var f = themes.Filter;
        Assert.True(f.Authorities.IsEmpty && f.Themes.IsEmpty && f.Expectations.IsEmpty && f.Directions.IsEmpty && f.Scenarios.IsEmpty);
        Assert.Null(themes.Caption);
        Assert.True(themes.IsBlock);
    }

    [Fact]
    public void Filters_name_their_lists_and_keep_where_each_name_starts()
    {
        const string text = "themes authorities=hackney,haringey themes=confidentiality caption=\"Who keeps secrets\"";
        var themes = Assert.IsType<ReportDirective.ThemeMatrix>(Parsed(text));
        Assert.Equal([new FilterName("hackney", 19), new FilterName("haringey", 27)], themes.Filter.Authorities.ToArray());
        Assert.Equal("hackney", text.Substring(19, 7));
        Assert.Equal([new FilterName("confidentiality", 43)], themes.Filter.Themes.ToArray());
        Assert.Equal("confidentiality", text.Substring(43, 15));
        Assert.Equal("Who keeps secrets", themes.Caption);
    }

    [Fact]
    public void A_list_may_go_on_after_a_comma_and_a_space_or_a_line_break()
    {
        const string text = "escalation authorities=hackney,\n  haringey, merton";
        var escalation = Assert.IsType<ReportDirective.EscalationMatrix>(Parsed(text));
        Assert.Equal(["hackney", "haringey", "merton"], escalation.Filter.Authorities.Select(a => a.Name));
        Assert.Equal(text.IndexOf("merton", StringComparison.Ordinal), escalation.Filter.Authorities[2].Offset);
    }

    [Fact]
    public void Directions_and_situations_are_read_into_the_analysis_own_values()
    {
        var expectations = Assert.IsType<ReportDirective.ExpectationMatrix>(Parsed("expectations direction=officers-to-members,mutual expectations=timely-response"));
        Assert.Equal([Direction.OfficersToMembers, Direction.Mutual], expectations.Filter.Directions.ToArray());
        Assert.Equal(["timely-response"], expectations.Filter.Expectations.Select(x => x.Name));

        var escalation = Assert.IsType<ReportDirective.EscalationMatrix>(Parsed("escalation scenarios=officer-about-member,member-about-chief-executive"));
        Assert.Equal([Scenario.OfficerAboutMember, Scenario.MemberAboutChiefExecutive], escalation.Filter.Scenarios.ToArray());
    }

    [Fact]
    public void An_escalation_diagram_names_one_authority()
    {
        var diagram = Assert.IsType<ReportDirective.EscalationDiagram>(Parsed("escalation-diagram  hackney caption=\"Hackney's routes\""));
        Assert.Equal(("hackney", 20, "Hackney's routes"), (diagram.Slug, diagram.Offset, diagram.Caption));
        Assert.True(diagram.IsBlock);
    }

    [Theory]
    [InlineData("themes authorities=hackney themse=confidentiality", 27, "no filter 'themse'. Did you mean 'themes='?")]
    [InlineData("themes direction=mutual", 7, "no filter 'direction'")]
    [InlineData("escalation themes=confidentiality", 11, "takes authorities=… and scenarios=…")]
    [InlineData("themes authorities=hackney,,merton", 27, "empty name")]
    [InlineData("themes authorities=hackney,", 26, "ends with a comma")]
    [InlineData("themes authorities=", 7, "names nothing")]
    [InlineData("themes authorities=Hackney", 19, "'Hackney' cannot be a name")]
    [InlineData("themes authorities=hackney,merton,hackney", 34, "'hackney' is named twice")]
    [InlineData("themes authorities=hackney authorities=merton", 27, "given twice")]
    [InlineData("themes authorities=\"hackney\"", 7, "without quotes")]
    [InlineData("themes hackney", 7, "'hackney' is not a filter")]
    [InlineData("escalation hackney", 11, "[[escalation-diagram hackney]]")]
    [InlineData("expectations direction=members-to-officer", 23, "Did you mean: members-to-officers")]
    [InlineData("escalation scenarios=member-about-officers", 21, "Did you mean: member-about-officer")]
    [InlineData("escalation-diagram", 0, "[[escalation-diagram hackney]]")]
    [InlineData("escalation-diagram hackney haringey", 27, "One diagram shows one authority")]
    [InlineData("themes \"Respect\"", 7, "caption=")]
    public void Mistakes_in_analysis_embeds_point_at_the_offending_name(string text, int offset, string message)
    {
        var problem = Problem(text);
        Assert.Equal(offset, problem.Offset);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
