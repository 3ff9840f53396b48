using SiteGen.Model;

namespace SiteGen.Tests.Normalise;

/// <summary>A tab table headed by the two sides is read as two lists; a table of anything else keeps its rows as text.</summary>
[Trait("Kind", "Pure")]
public class TwoSidedTableTests
{
    private static Protocol Normalise(string body) => TestProtocols.Normalise(body, "Protocol");

    [Fact]
    public void A_table_headed_by_both_sides_in_two_columns_is_two_lists()
    {
        var p = Normalise("## Working together\n\n1.1 Each side commits to the following.\n\n"
            + "Councillors will\tStaff will\n"
            + "listen to professional advice\tgive advice without fear or favour\n"
            + "give staff time to reply\treply within ten working days\n");
        Assert.Contains(p.Sections, s => s.HeadingPath[^1] == "Councillors will / Staff will");
        Assert.Equal(["1.1", "t1", "t1.1", "t1.2", "t2", "t2.1", "t2.2"], p.AllClauses().Select(c => c.Number));
        Assert.Equal("reply within ten working days", p.AllClauses().Single(c => c.Number == "t2.2").Text);
    }

    [Theory]
    [InlineData("Concern\tContact first\n")]
    [InlineData("Councillors will\tCouncillors will not\n")]
    public void A_table_whose_header_does_not_name_the_two_sides_keeps_its_rows_as_text(string header)
    {
        var p = Normalise("## Working together\n\n1.1 The table sets out what happens.\n\n"
            + header
            + "a concern about an officer\tthe Head of Service\n"
            + "a concern about a Director\tthe Chief Executive\n");
        Assert.DoesNotContain(p.AllClauses(), c => c.Number.StartsWith('t'));
        Assert.Contains("the Chief Executive", p.AllClauses().Single(c => c.Number == "1.1").Text, StringComparison.Ordinal);
    }
}
