using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// Page furniture that web pages, policy templates and PDF conversions leave in a paste, and words a hard wrap broke
/// with a hyphen: each rule on lines written for these tests, with a line of the same look that must stay text.
/// </summary>
[Trait("Kind", "Pure")]
public class PasteFurnitureTests
{
    private static Protocol Normalise(string body)
    {
        var file = new SourceFile("content/protocols/test.md",
            "---\nauthority: Fenbury Borough Council\nshort_name: Fenbury\ncouncil_type: district\nnation: england\ntitle: Councillor and Staff Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n" + body);
        var (document, errors) = ProtocolFileParser.Parse(file);
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    /// <summary>Every clause's text and every heading, one string per line.</summary>
    private static string Everything(Protocol p) =>
        string.Join("\n", p.Sections.SelectMany(s => s.HeadingPath).Concat(p.AllClauses().Select(c => c.Text)));

    [Theory]
    [InlineData("Was this page useful? Yes / No")]
    [InlineData("Page last updated: 14 June 2024")]
    [InlineData("Page updated 2 February 2025")]
    [InlineData("Printed from the staff intranet on 11/09/2025")]
    [InlineData("Reviewed and adopted 03-02-2025 (minute 14.2)")]
    [InlineData("Fenbury Borough Council > Your council > Policies > Protocols")]
    [InlineData("© Fenbury Borough Council 2024")]
    [InlineData("Contact us | Accessibility | Privacy policy | Terms and conditions")]
    [InlineData("Print | Back to council policies")]
    [InlineData("Owner: Head of Legal Services   Approved by: Standards Committee   Next review: 2026")]
    [InlineData("Was this page helpful? Yes | No")]
    [InlineData("Residents | Business | Councillors and committees | Jobs | News")]
    [InlineData("Fenbury Borough Council, Market Street, Fenbury | Tel 01632 960000 | enquiries@fenbury.gov.uk")]
    [InlineData("This is archived material and may no longer be current")]
    public void Web_chrome_and_document_control_lines_are_no_text(string furniture)
    {
        var p = Normalise($"""
            ## Purpose

            1.1 This protocol guides councillors and staff in their dealings with one another.

            {furniture}

            1.2 Councillors and staff should treat one another with courtesy.
            """);
        Assert.DoesNotContain(furniture, Everything(p), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["1.1", "1.2"], p.AllClauses().Select(c => c.Number));
    }

    [Theory]
    [InlineData("Related pages")]
    [InlineData("## Related links")]
    [InlineData("More in this section:")]
    public void A_list_of_links_after_the_text_of_a_web_page_is_no_text(string heading)
    {
        var p = Normalise($"""
            ## Purpose

            1.1 This protocol guides councillors and staff in their dealings with one another.

            1.2 Councillors and staff should treat one another with courtesy.

            {heading}
            Gifts and hospitality register
            Make a complaint about a councillor
            Page last updated: 3 March 2025
            """);
        var everything = Everything(p);
        Assert.DoesNotContain("Gifts and hospitality register", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Make a complaint about a councillor", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(heading.TrimStart('#', ' ').TrimEnd(':'), everything, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["1.1", "1.2"], p.AllClauses().Select(c => c.Number));
    }

    [Theory]
    [InlineData("Related documents\n\nThe Council's whistleblowing policy also applies to staff.")]
    [InlineData("Related pages\n\n1.3 Councillors should read the gifts guidance.\n\nGifts and hospitality register")]
    [InlineData("Related guidance\n\n- Gifts and hospitality register\n- Making a complaint")]
    public void A_related_heading_over_sentences_clauses_or_a_list_stays_text(string tail)
    {
        var p = Normalise("""
            ## Purpose

            1.1 This protocol guides councillors and staff in their dealings with one another.

            1.2 Councillors and staff should treat one another with courtesy.

            """ + tail);
        var last = tail.Split('\n').Last(l => l.Length > 0).TrimStart('-', ' ');
        Assert.Contains(last, Everything(p), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Updated guidance on gifts is available from the Monitoring Officer.")]
    [InlineData("Approved by the Council, this protocol applies to all councillors.")]
    [InlineData("Owner: the Monitoring Officer keeps this protocol under review.")]
    [InlineData("Councillors > officers in number on most committees, so each side must listen.")]
    [InlineData("Choose one: informal | written | formal. The Monitoring Officer will explain each.")]
    [InlineData("Write to the Monitoring Officer, Town Hall, Fenbury FB1 2AB, marking the envelope confidential.")]
    public void A_sentence_that_starts_like_chrome_stays_text(string sentence)
    {
        var p = Normalise($"""
            ## Purpose

            1.1 This protocol guides councillors and staff in their dealings with one another.

            {sentence}
            """);
        Assert.Contains(sentence, Everything(p), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_whose_rows_have_no_outer_pipes_stays_a_table()
    {
        var p = Normalise("""
            ## Who to contact

            3.1 Raise a concern with the person below.

            Your concern | First contact | Then
            --- | --- | ---
            About a councillor | Line manager | Monitoring Officer
            About an officer | Head of service | Chief Executive

            3.2 Keep a note of what you raised and when.
            """);
        Assert.Contains("Head of service", Everything(p), StringComparison.Ordinal);
        Assert.Contains("Line manager", Everything(p), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_pasted_without_its_rule_row_stays_text()
    {
        var p = Normalise("""
            ## Who to contact

            3.1 Raise a concern with the person below.

            An officer's concern about a councillor | Line manager | Monitoring Officer
            A councillor's concern about an officer | Head of Service | Chief Executive
            """);
        Assert.Contains("Head of Service", Everything(p), StringComparison.Ordinal);
        Assert.Contains("Line manager", Everything(p), StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_paragraph_that_ends_with_an_address_to_write_to_stays_text()
    {
        var p = Normalise("""
            Councillors and staff should treat one another with courtesy.

            Send any complaint to the Monitoring Officer, Town Hall, Fenbury FB1 2AB
            """);
        Assert.Contains("Town Hall, Fenbury FB1 2AB", Everything(p), StringComparison.Ordinal);
    }

    [Fact]
    public void The_councils_address_after_the_text_of_a_web_page_is_no_text()
    {
        var p = Normalise("""
            ## Review

            5.1 This protocol will be reviewed every three years.

            Fenbury Borough Council, Market Street, Fenbury FB1 2AB
            """);
        Assert.DoesNotContain("Market Street", Everything(p), StringComparison.Ordinal);
        Assert.Equal("This protocol will be reviewed every three years.", p.AllClauses().Single().Text);
    }

    [Fact]
    public void The_last_pages_footer_seen_once_at_the_end_is_no_text()
    {
        const string footer = "Fenbury Constitution Part 4 – Councillor and Staff Protocol – adopted by Council 9 July 2024";
        var p = Normalise($"""
            ## Review

            9.1 The Monitoring Officer will review this protocol every three years.

            {footer}
            """);
        Assert.DoesNotContain("adopted by Council", Everything(p), StringComparison.Ordinal);
        Assert.Equal("The Monitoring Officer will review this protocol every three years.", p.AllClauses().Single().Text);
    }

    [Theory]
    [InlineData("Councillors and staff will review how this works in 2026")]
    [InlineData("This protocol forms Part 4 of the Constitution, as amended in 2024.")]
    public void A_last_paragraph_that_is_text_stays(string last)
    {
        var p = Normalise($"""
            ## Review

            9.1 The Monitoring Officer will review this protocol every three years.

            {last}
            """);
        Assert.Contains(last, Everything(p), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_broken_by_a_hard_wrap_is_one_word_again()
    {
        var p = Normalise("""
            ## Concerns

            5.1    A councillor unhappy with the work of an officer should raise it with the appro-
                   priate Head of Service, who will discuss it with the Direc-
                   tor if it is not resolved.
            """);
        Assert.Equal("A councillor unhappy with the work of an officer should raise it with the appropriate Head of Service, who will discuss it with the Director if it is not resolved.",
            p.AllClauses().Single().Text);
    }

    [Fact]
    public void A_hyphen_that_belongs_to_the_word_is_kept_at_a_line_end()
    {
        var p = Normalise("""
            ## Concerns

            5.1    Concerns may go to the Standards Sub-
                   Committee, and councillors must co-
                   operate with any review; face-to-
                   face meetings and well-
                   being support are offered.
            """);
        Assert.Equal("Concerns may go to the Standards Sub-Committee, and councillors must co-operate with any review; face-to-face meetings and well-being support are offered.",
            p.AllClauses().Single().Text);
    }

    [Fact]
    public void A_long_bilingual_running_line_ending_in_its_page_number_is_furniture_and_a_long_repeated_sentence_is_not()
    {
        static string Running(int page) => $"Fenbury Moors Joint Committee Pwyllgor Ar y Cyd Rhostiroedd Fenbury Formal Committee Paper 7 Annex 3 Standards and Conduct Page {page} of 4";
        static string Sentence(int page) => $"Members of the committee and the officers who support it are reminded that this protocol forms part of the committee's standing orders on page {page} of 4";
        var p = Normalise($"""
            1. Councillors and officers should treat one another with courtesy and respect at all times, in meetings and outside them.

            {Running(2)}

            2. Officers will give impartial advice to every member of the committee.

            {Running(3)}

            3. A member who is concerned about an officer should raise it with the Chief Officer first.

            {Running(4)}

            4. Members will not ask officers to act politically.
            """);
        Assert.DoesNotContain("Pwyllgor", Everything(p), StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4"], p.AllClauses().Select(c => c.Number));

        var kept = Normalise($"""
            1. Councillors and officers should treat one another with courtesy and respect at all times.

            {Sentence(2)}.

            2. Officers will give impartial advice to every member of the committee.

            {Sentence(3)}.
            """);
        Assert.Contains("reminded that this protocol", Everything(kept), StringComparison.Ordinal);
    }
}
