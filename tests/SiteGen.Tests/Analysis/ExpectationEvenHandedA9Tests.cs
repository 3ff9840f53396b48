using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Political even-handedness and pressure on an officer, stated by constructions no taxonomy phrase holds: what one group
/// says kept from the others, an officer not said to back a group, no side taken, groups treated alike, questions of
/// political choice put to politicians, an officer's own decision not leaned on. Sentences are invented for these tests
/// (several wordings of each construction), each beside look-alikes that must not read so.
/// </summary>
[Trait("Kind", "Disk")]
public class ExpectationEvenHandedA9Tests
{
    private static ImmutableArray<ExpectationStatement> Read(string body) => TestProtocols.Analyse(body, SeedAnalysis.Content).Expectations;

    private static string Show(ImmutableArray<ExpectationStatement> found) =>
        string.Join("; ", found.Select(s => $"{s.Expectation} {s.Direction} {s.Provenance.State}"));

    [Theory]
    [InlineData("Staff will keep what a party group tells them to themselves and will not pass it on to any other group.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Employees must never report to one group what another group has discussed with them.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors must not ask staff to report on the discussions of another group.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors must not claim that an employee supports their group's manifesto.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors should never imply to the newspapers that staff back the ruling group.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors should not ask staff to take sides in a dispute between the groups.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff will treat every political group even-handedly.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Staff serve every councillor, whichever party they stand for.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors should not ask staff to arrange events promoting a candidate.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Questions about the merits of a political decision should be directed to the Leader, not to the officer.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff answer questions on the facts, and the panel should put questions of political choice to the portfolio holder.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff giving evidence are not to be questioned on matters of political policy.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors must not try to influence an employee's decision on a licence.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Councillors must not seek to influence an officer not to report a concern.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Councillors should not press the officer to grant an exception to the lettings policy.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Councillors should not pressure staff to bend the lettings policy.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Staff will send the consultation papers to all the councillors for a ward at the same time.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("It is vital that staff keep councillors informed of significant matters in their ward.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Good relations depend on staff giving impartial advice to every councillor.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors are not to put staff under pressure to change a report.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    internal void A_construction_reads_as_its_expectation_and_direction(string sentence, string expectation, Direction direction)
    {
        var found = Read($"1. {sentence}\n");
        Assert.True(found.Any(s => s.Expectation == expectation && s.Direction == direction && s.Provenance.State == ReadingState.Read), Show(found));
    }

    [Theory]
    [InlineData("Staff will not pass to one councillor information about another councillor's casework.", "political-neutrality")]
    [InlineData("Attendance by an officer at a group meeting does not imply that the officer supports the group.", "political-neutrality")]
    [InlineData("Staff at the committee will answer questions about the council's policies and services.", "political-neutrality")]
    [InlineData("Staff should take the minutes and circulate them to the members of the committee.", "political-neutrality")]
    [InlineData("Councillors should not seek to influence the professional advice of an employee.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("Councillors who want publicity should contact the press officer to arrange an interview.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("Councillors should be mindful of the pressure officers face to meet deadlines.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("Councillors should not ask two officers to do the same job at the same time.", "regular-information")]
    [InlineData("Councillors must not seek to influence an officer to change the advice in a report.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("It is vital that the accounts are audited impartially every year.", "political-neutrality")]
    internal void A_look_alike_does_not_read_as_that_expectation(string sentence, string expectation)
    {
        var found = Read($"1. {sentence}\n");
        Assert.DoesNotContain(found, s => s.Expectation == expectation && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_list_item_served_alike_takes_its_lead_in_direction()
    {
        var found = Read("1. Staff will:\n\n(a) give the same advice and information to every councillor; and\n\n(b) reply within ten working days.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("(a)", StringComparison.Ordinal) && s.Expectation == "political-neutrality" && s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_question_of_policy_put_to_a_politician_is_members_side_whoever_opens_the_sentence()
    {
        var found = Read("1. Officers attending the committee will answer questions about services, but questions about the merits of a political decision should be put to the Cabinet Member.\n");
        Assert.Contains(found, s => s.Expectation == "political-neutrality" && s.Direction == Direction.MembersToOfficers && s.Provenance.State == ReadingState.Read);
    }
}
