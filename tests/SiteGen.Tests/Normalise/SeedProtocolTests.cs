using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Normalise;

/// <summary>Facts about the real seed protocols, checked by hand against the seed text.</summary>
[Trait("Kind", "Pure")]
public class SeedProtocolTests
{
    [Theory]
    [InlineData("hackney", 123)]
    [InlineData("haringey", 84)]
    [InlineData("hounslow", 77)]
    [InlineData("surrey", 3)]
    [InlineData("merton", 16)]
    [InlineData("epsom-and-ewell", 16)]
    [InlineData("thurrock", 16)]
    [InlineData("somerset", 8)]
    [InlineData("north-yorkshire", 2)]
    [InlineData("staffordshire", 19)]
    public void Every_authority_has_its_hand_counted_number_of_clauses(string slug, int clauses)
    {
        Assert.Equal(clauses, Repo.Normalise(slug).Protocol.AllClauses().Count());
    }

    [Fact]
    public void Hackney_7_2_g_is_the_bullying_expectation()
    {
        var clause = Repo.Normalise("hackney").Protocol.Clause("7.2(g)");
        Assert.Equal("hackney/7.2(g)", clause.Id);
        Assert.StartsWith("Not to be subject to bullying or harassment", clause.Text);
        Assert.Equal("Expectations", string.Join(" > ", clause.HeadingPath));
        Assert.Equal(Modality.CanExpect, clause.Modality);
    }

    [Fact]
    public void Hackney_3_3_is_joined_across_the_page_header_that_split_it()
    {
        var clause = Repo.Normalise("hackney").Protocol.Clause("3.3");
        Assert.EndsWith("…to which they are entitled by law.".TrimStart('…'), clause.Text);
        Assert.Contains("They must not prevent another person", clause.Text);
        Assert.DoesNotContain("Part 9", clause.Text);
        Assert.DoesNotContain("Section C", clause.Text);
    }

    [Fact]
    public void Hackney_page_furniture_never_reaches_any_clause()
    {
        var protocol = Repo.Normalise("hackney").Protocol;
        Assert.All(protocol.AllClauses(), c =>
        {
            Assert.DoesNotContain("Codes and Protocols", c.Text);
            Assert.DoesNotContain("4 September 2023", c.Text);
        });
    }

    [Fact]
    public void Hackney_statutory_officer_list_split_by_a_page_break_stays_in_5_1_e()
    {
        var clause = Repo.Normalise("hackney").Protocol.Clause("5.1(e)");
        Assert.Contains("• Chief Executive as Head of Paid Service;", clause.Text);
        Assert.Contains("• Director of Public Health.", clause.Text);
        Assert.Contains("These Statutory Chief Officers have responsibilities in law", clause.Text);
    }

    [Fact]
    public void Hackney_opening_table_becomes_two_sided_lists_with_their_values()
    {
        var protocol = Repo.Normalise("hackney").Protocol;
        var members = protocol.Clause("t1");
        var officers = protocol.Clause("t2");
        Assert.EndsWith("The Elected Mayor and Councillors will:", members.Text);
        Assert.EndsWith("Officers will:", officers.Text);
        Assert.Equal(6, members.Children.Length);
        Assert.Equal(6, officers.Children.Length);
        Assert.Equal("Respect employed staff and recognise professional boundaries", members.Children[0].Text);
        Assert.Equal("Be sensitive to issues, including operational and political sensitivities and be focussed on solutions", officers.Children[0].Text);
        Assert.Equal("Working Together", Assert.Single(members.Children[0].Notes).Text);
        Assert.Equal(Actor.Members, members.Children[0].Actor);
        Assert.Equal(Actor.Officers, officers.Children[0].Actor);
    }

    [Fact]
    public void Hackney_markdown_links_and_escapes_become_plain_words()
    {
        var protocol = Repo.Normalise("hackney").Protocol;
        Assert.Equal("The Council has produced this Protocol to promote the highest standards in public life and harmonious working relationships.", protocol.Clause("1.1").Text);
        Assert.Contains("any duly appointed Political Assistant(s), who may assist", protocol.Clause("3.5").Text);
    }

    [Fact]
    public void Hackney_complaints_procedures_are_subsections_of_if_things_go_wrong()
    {
        var protocol = Repo.Normalise("hackney").Protocol;
        Assert.Equal("If things go wrong > Procedure for Elected Mayor and Councillors", string.Join(" > ", protocol.Clause("16.2").HeadingPath));
        Assert.Equal("If things go wrong > Procedure for Officers", string.Join(" > ", protocol.Clause("16.4").HeadingPath));
        Assert.Equal("Advice on the application of the Protocol", string.Join(" > ", protocol.Clause("17.1").HeadingPath));
    }

    [Fact]
    public void Hounslow_3_1_l_exists_though_printed_as_capital_I()
    {
        var result = Repo.Normalise("hounslow");
        var clause = result.Protocol.Clause("3.1(l)");
        Assert.Equal("hounslow/3.1(l)", clause.Id);
        Assert.Equal("(I)", clause.PrintedLabel);
        Assert.StartsWith("compliance with the Officer code of conduct", clause.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0206" && d.Line == clause.Lines.First);
    }

    [Theory]
    [InlineData("hounslow")]
    [InlineData("haringey")]
    public void Tables_of_contents_produce_no_clauses_or_sections(string slug)
    {
        var result = Repo.Normalise(slug);
        var toc = Assert.Single(result.Diagnostics, d => d.Code == "SG0301");
        var range = System.Text.RegularExpressions.Regex.Match(toc.Message, @"lines (\d+)-(\d+)");
        var (first, last) = (int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(last - first >= 5, "the whole contents list is skipped");
        Assert.DoesNotContain(result.Protocol.AllClauses(), c => c.Lines.Last >= first && c.Lines.First <= last);
        Assert.DoesNotContain(result.Protocol.Sections, s => s.Lines.First >= first && s.Lines.First <= last);
        Assert.Equal(1, result.Protocol.Sections.Count(s => s.Title == "Introduction"));
    }

    [Fact]
    public void Hounslow_numbered_headings_and_dotted_numbers_are_normalised()
    {
        var protocol = Repo.Normalise("hounslow").Protocol;
        var clause = protocol.Clause("11.3");
        Assert.Equal("11.3.", clause.PrintedLabel);
        Assert.Equal("When Things go Wrong", string.Join(" > ", clause.HeadingPath));
        Assert.Equal("11", protocol.Sections.Single(s => s.Title == "When Things go Wrong").Number);
    }

    [Fact]
    public void Haringey_5_3_is_under_when_things_go_wrong()
    {
        var clause = Repo.Normalise("haringey").Protocol.Clause("5.3");
        Assert.Equal("When Things Go Wrong", clause.HeadingPath[0]);
        Assert.StartsWith("In the event that a member is dissatisfied", clause.Text);
    }

    [Fact]
    public void Haringey_footnotes_are_notes_not_clause_text_and_the_clause_they_split_is_joined()
    {
        var protocol = Repo.Normalise("haringey").Protocol;
        var withFootnote = protocol.Clause("1.2");
        var note = Assert.Single(withFootnote.Notes);
        Assert.Equal(NoteKind.Footnote, note.Kind);
        Assert.Equal("¹", note.Marker);
        Assert.StartsWith("This would include the Members' Code of Conduct", note.Text);

        var split = protocol.Clause("4.6");
        Assert.Contains("about the Department's functions as he or she may reasonably need", split.Text);
        Assert.DoesNotContain("The term 'Director'", split.Text);
        Assert.StartsWith("The term 'Director'", Assert.Single(protocol.Clause("4.3").Notes).Text);
    }

    [Fact]
    public void Haringey_half_bracketed_items_are_normalised()
    {
        var clause = Repo.Normalise("haringey").Protocol.Clause("2.2(a)");
        Assert.Equal("a)", clause.PrintedLabel);
        Assert.Equal("Determining the Council's policies and giving political leadership", clause.Text);
    }

    [Fact]
    public void Haringey_roman_items_are_not_read_as_letters()
    {
        var protocol = Repo.Normalise("haringey").Protocol;
        Assert.Equal(["4.18(i)", "4.18(ii)", "4.18(iii)", "4.18(iv)"], protocol.Clause("4.18").Children.Select(c => c.Number));
    }

    [Fact]
    public void Surrey_paragraphs_quoted_in_the_report_keep_their_own_numbers()
    {
        var protocol = Repo.Normalise("surrey").Protocol;
        Assert.Equal(["16", "17", "18"], protocol.AllClauses().Select(c => c.Number));
        Assert.StartsWith("For the effective conduct of County Council business", protocol.Clause("16").Text);
        Assert.Contains("how they speak with and relate to officers, avoiding undue pressure.", protocol.Clause("17").Text);
        Assert.DoesNotContain("”", protocol.Clause("17").Text);
        var eighteen = protocol.Clause("18");
        Assert.StartsWith("Similarly officers should be aware", eighteen.Text);
        Assert.Equal(NoteKind.Context, Assert.Single(eighteen.Notes).Kind);
    }

    [Fact]
    public void Unnumbered_extracts_get_positional_numbers_with_each_bullet_citable()
    {
        var protocol = Repo.Normalise("merton").Protocol;
        var lead = protocol.Clause("p2");
        Assert.Equal("Officers can expect from Members:", lead.Text);
        Assert.Null(lead.PrintedLabel);
        Assert.Equal("not to be subject to bullying or undue pressure;", protocol.Clause("p2.4").Text);
        Assert.Equal(Actor.Members, protocol.Clause("p2.4").Actor); // members owe what officers can expect from them
        Assert.Equal(Modality.CanExpect, protocol.Clause("p2.4").Modality);
    }

    [Fact]
    public void Epsom_roman_numbering_continues_across_its_two_lists()
    {
        var protocol = Repo.Normalise("epsom-and-ewell").Protocol;
        Assert.Equal(["p1(i)", "p1(ii)", "p1(iii)", "p1(iv)", "p1(v)"], protocol.Clause("p1").Children.Select(c => c.Number));
        Assert.Equal(["p2(vi)", "p2(vii)"], protocol.Clause("p2").Children.Select(c => c.Number));
        Assert.Equal(Modality.ShouldNot, protocol.Clause("p1(iv)").Modality); // "Never require an officer…" under "Members should:"
    }

    [Fact]
    public void Items_of_an_expectations_list_stay_expectations_whatever_their_own_verb()
    {
        var protocol = Repo.Normalise("haringey").Protocol;
        Assert.StartsWith("That members will not use their position", protocol.Clause("3.3(c)").Text);
        // Addressed to the party expected to act: members owe what officers can expect from them (3.3), officers what members can (3.2).
        Assert.Equal(new ClauseContextView(Actor.Members, Modality.CanExpect), ClauseContextView.Of(protocol.Clause("3.3(c)")));
        Assert.Equal(new ClauseContextView(Actor.Officers, Modality.CanExpect), ClauseContextView.Of(protocol.Clause("3.2(h)")));
    }

    [Fact]
    public void Items_that_open_with_their_own_modal_keep_it()
    {
        var protocol = Repo.Normalise("hackney").Protocol;
        Assert.Equal(new ClauseContextView(Actor.Officers, Modality.Will), ClauseContextView.Of(protocol.Clause("6.1(b)")));  // "Will ask for guidance…"
        Assert.Equal(new ClauseContextView(Actor.Officers, Modality.Must), ClauseContextView.Of(protocol.Clause("6.1(e)")));  // "Must remember…"
        Assert.Equal(new ClauseContextView(Actor.Officers, Modality.None), ClauseContextView.Of(protocol.Clause("6.1(a)")));  // "Implement the policies…"
        Assert.Equal(new ClauseContextView(Actor.Officers, Modality.MustNot), ClauseContextView.Of(protocol.Clause("6.2(a)"))); // under "Officers must not:"
    }

    private sealed record ClauseContextView(Actor Actor, Modality Modality)
    {
        public static ClauseContextView Of(Clause c) => new(c.Actor, c.Modality);
    }

    [Fact]
    public void Staffordshire_commitments_are_attributed_to_the_side_that_makes_them()
    {
        var protocol = Repo.Normalise("staffordshire").Protocol;
        Assert.All(protocol.Clause("p3").Children, c => Assert.Equal(Actor.Officers, c.Actor));
        Assert.All(protocol.Clause("p4").Children, c => Assert.Equal(Actor.Members, c.Actor));
        Assert.Equal("We will not subject you to bullying or undue pressure;", protocol.Clause("p4.6").Text);
        Assert.Equal(Modality.WillNot, protocol.Clause("p4.6").Modality);
    }

    [Theory]
    [InlineData("hackney")]
    [InlineData("haringey")]
    [InlineData("hounslow")]
    [InlineData("surrey")]
    [InlineData("merton")]
    [InlineData("epsom-and-ewell")]
    [InlineData("thurrock")]
    [InlineData("somerset")]
    [InlineData("north-yorkshire")]
    [InlineData("staffordshire")]
    public void Every_clause_id_is_unique_and_every_clause_has_text_and_source_lines(string slug)
    {
        var result = Repo.Normalise(slug);
        var clauses = result.Protocol.AllClauses().ToList();
        Assert.Equal(clauses.Count, clauses.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(clauses, c =>
        {
            Assert.StartsWith(slug + "/", c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Text), c.Id + " has no text");
            Assert.True(c.Lines.First > 10 && c.Lines.Last >= c.Lines.First, c.Id + " has no plausible source lines");
        });
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("hackney")]
    [InlineData("haringey")]
    [InlineData("hounslow")]
    [InlineData("thurrock")]
    [InlineData("staffordshire")]
    public void Every_word_of_every_clause_comes_from_its_source_lines(string slug)
    {
        var source = Repo.ContentFile($"content/protocols/{slug}.md").Text.Split('\n');
        foreach (var clause in Repo.Normalise(slug).Protocol.AllClauses())
        {
            var lines = string.Join(" ", source[(clause.Lines.First - 1)..clause.Lines.Last]);
            var sourceWords = Words(lines).ToHashSet(StringComparer.Ordinal);
            var missing = Words(clause.Text).Where(w => !sourceWords.Contains(w)).ToList();
            Assert.True(missing.Count == 0, $"{clause.Id} has words not in lines {clause.Lines}: {string.Join(", ", missing)}");
        }
    }

    // Markup and punctuation differ between source and clean text by design; the words themselves must not.
    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{N}']+").Where(w => w.Length > 0);
}
