using SiteGen.Model;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// Bullets under an unnumbered paragraph are citable on their own (pN.1, pN.2 …) whether or not the rest of the text
/// prints numbers; bullets under a printed clause stay part of it; and a bullet without closing punctuation does not
/// swallow the paragraph or heading after it.
/// </summary>
[Trait("Kind", "Pure")]
public class BulletNumberingTests
{
    private static Protocol Normalise(string body) => TestProtocols.Normalise(body, "Working Arrangements Protocol");

    private static string Text(Protocol p, string number) => p.AllClauses().Single(c => c.Number == number).Text;

    private const string NumberedHeadingsOverLists =
        "1. Purpose\n\n"
        + "This protocol guides councillors and staff of the parish in their dealings.\n\n"
        + "2. What each side can expect\n\n"
        + "Staff can expect from councillors:\n\n"
        + "- politeness in every meeting;\n"
        + "- deadlines that allow for the hours staff work;\n"
        + "- no instructions given by one councillor alone.\n\n"
        + "Councillors can expect from staff:\n\n"
        + "- advice given without bias;\n"
        + "- replies to letters within a week.\n\n"
        + "Both sides should keep disagreements out of public meetings.\n\n"
        + "3. Meetings\n\n"
        + "3.1 The Clerk prepares each agenda with the Chair.\n\n"
        + "3.2 At meetings councillors should:\n\n"
        + "- address staff through the Chair;\n"
        + "- not question staff on matters outside their duties.\n";

    [Fact]
    public void Bullets_under_an_unnumbered_paragraph_of_a_numbered_text_get_numbers_of_their_own()
    {
        var p = Normalise(NumberedHeadingsOverLists);
        Assert.Equal(["p1", "p2", "p2.1", "p2.2", "p2.3", "p3", "p3.1", "p3.2", "p4", "3.1", "3.2"], p.AllClauses().Select(c => c.Number));
        Assert.Equal("Staff can expect from councillors:", Text(p, "p2"));
        Assert.Equal("deadlines that allow for the hours staff work;", Text(p, "p2.2"));
        Assert.Equal("replies to letters within a week.", Text(p, "p3.2"));
        Assert.Equal("Both sides should keep disagreements out of public meetings.", Text(p, "p4"));
    }

    [Fact]
    public void Bullets_under_a_printed_clause_stay_part_of_that_clause()
    {
        var p = Normalise(NumberedHeadingsOverLists);
        var clause = p.AllClauses().Single(c => c.Number == "3.2");
        Assert.Empty(clause.Children);
        Assert.Contains("• address staff through the Chair;", clause.Text, StringComparison.Ordinal);
        Assert.Contains("• not question staff on matters outside their duties.", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_straight_under_a_heading_of_a_numbered_text_gets_an_empty_paragraph_and_numbered_bullets()
    {
        var p = Normalise("1. Contact\n\n1.1 Councillors contact staff through the Clerk.\n\n2. Useful contacts\n\n- the Clerk for council business\n- the Chair for agendas\n\n3. Review\n\n3.1 The Council reviews this protocol every year.\n");
        Assert.Equal(["1.1", "p1", "p1.1", "p1.2", "3.1"], p.AllClauses().Select(c => c.Number));
        Assert.Equal("the Chair for agendas", Text(p, "p1.2"));
    }

    [Fact]
    public void A_lead_in_after_a_list_whose_entries_have_no_full_stops_is_a_paragraph_of_its_own()
    {
        var p = Normalise("Dealing with each other\n\n"
            + "Staff will:\n"
            + "- answer councillors' questions fully\n"
            + "- keep ward councillors told of local works\n\n"
            + "Councillors will:\n"
            + "- give staff enough time to reply\n"
            + "- respect the limits of each post\n\n"
            + "Nobody should use a council post for private gain.\n");
        Assert.Equal(["p1", "p1.1", "p1.2", "p2", "p2.1", "p2.2", "p3"], p.AllClauses().Select(c => c.Number));
        Assert.Equal("keep ward councillors told of local works", Text(p, "p1.2"));
        Assert.Equal("respect the limits of each post", Text(p, "p2.2"));
    }

    [Fact]
    public void A_heading_after_a_list_whose_last_entry_has_no_full_stop_starts_a_section()
    {
        var p = Normalise("What staff will do\n\n"
            + "Staff will:\n"
            + "- answer councillors' questions fully\n"
            + "- keep ward councillors told of local works\n\n"
            + "What councillors will do\n\n"
            + "Councillors will:\n"
            + "- give staff enough time to reply\n");
        Assert.Equal(["What staff will do", "What councillors will do"], p.Sections.Select(s => s.HeadingPath[^1]));
        Assert.Equal("keep ward councillors told of local works", Text(p, "p1.2"));
        Assert.Equal(["p1", "p1.1", "p1.2", "p2", "p2.1"], p.AllClauses().Select(c => c.Number));
    }

    [Fact]
    public void A_list_entry_cut_off_on_a_linking_word_is_continued_by_the_paragraph_after_it()
    {
        var p = Normalise("Raising concerns\n\n"
            + "An officer with a concern should:\n"
            + "- speak first to a line manager\n"
            + "- if that fails, put it in writing to the\n\n"
            + "Head of Paid Service, who will decide what happens next.\n");
        Assert.Equal(["p1", "p1.1", "p1.2"], p.AllClauses().Select(c => c.Number));
        Assert.Equal("if that fails, put it in writing to the Head of Paid Service, who will decide what happens next.", Text(p, "p1.2"));
    }
}
