using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Ways of stating an expectation that no taxonomy phrase can hold (the words that carry it are stop-words or stand
/// apart), and the subjects that name a side without naming members or officers: read from sentences written for these
/// tests, each beside a look-alike that must not read so.
/// </summary>
[Trait("Kind", "Disk")]
public class ExpectationConstructionTests
{
    private static ImmutableArray<ExpectationStatement> Read(string sentence) => TestProtocols.Analyse($"1. {sentence}\n", SeedAnalysis.Content).Expectations;

    private static string Show(ImmutableArray<ExpectationStatement> found) =>
        string.Join("; ", found.Select(s => $"{s.Expectation} {s.Direction} {s.Provenance.State}"));

    [Theory]
    [InlineData("Staff will not attend a party group meeting at which people who are not councillors are present.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Staff must not be asked to attend meetings of a political group.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors and staff should support each other in their work.", "mutual-support", Direction.Mutual)]
    [InlineData("The chair of each panel will be briefed by staff before every meeting.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("When a proposal affects two wards, staff will inform all the councillors concerned at the same time.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Staff must never tell one party group what another group has said to them.", "appropriate-confidentiality", Direction.OfficersToMembers)]
    [InlineData("The Chief Executive will offer the same briefing to the other groups.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors should accept that a briefing given to one group may be offered to every other group.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff will give the same information to each councillor for a ward.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Staff will treat all councillors for a ward equally.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("A portfolio holder may not give instructions on a matter delegated to staff.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("A portfolio holder may comment, but once a matter is delegated the decision is the officer's alone.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("Councillors should aim any criticism at the service, not at the officer who runs it.", "constructive-criticism", Direction.MembersToOfficers)]
    [InlineData("A scrutiny panel must not question an officer about conduct or capability.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("The chair will respect the advice of the officer on procedure.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("Staff who post online in a private capacity must not comment on the political business of the council.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors must not discuss an employee's performance at a meeting open to the public.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors should not use social media to comment on the work of individual staff.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Staff must not let political considerations shape their advice to councillors.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("In the weeks before an election, staff will not arrange publicity for any councillor.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors must not press officers to make a particular recommendation on an application.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("Staff must give councillors of every party the same help.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Staff are employed by the Council. They must give advice to all councillors and must not be drawn into party politics.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff may brief party groups on council business, but will not attend a group meeting at which people who are not councillors are present.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors must not ask staff to help with their own re-election.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors should not ask a member of staff to do work for a political group.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Councillors should not invite staff in politically restricted posts to political events.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Staff must not be asked to give a view on a question calling for a political rather than a professional judgement.", "political-neutrality", Direction.MembersToOfficers)]
    internal void A_construction_reads_as_its_expectation_and_direction(string sentence, string expectation, Direction direction)
    {
        var found = Read(sentence);
        Assert.True(found.Any(s => s.Expectation == expectation && s.Direction == direction && s.Provenance.State == ReadingState.Read), Show(found));
    }

    [Theory]
    [InlineData("Staff who attend a group meeting will keep its business confidential.", "political-neutrality")]
    [InlineData("Staff will support each committee chair with the agenda.", "mutual-support")]
    [InlineData("Staff may be asked to brief a party group on council business.", "regular-information")]
    [InlineData("Councillors should not ask two officers to do the same job at the same time.", "regular-information")]
    [InlineData("Staff may give information to political groups on council business.", "political-neutrality")]
    [InlineData("Councillors will receive the same agenda as the public.", "political-neutrality")]
    [InlineData("Staff will carry out the functions delegated to them by the council.", "professional-advice")]
    [InlineData("Councillors should not direct staff in their day-to-day work on delegated services.", "professional-advice")]
    [InlineData("Questions of policy should be put to the portfolio holder, not to the officer.", "constructive-criticism")]
    [InlineData("A councillor who contacts staff in a private capacity should be treated with courtesy.", "respect-dignity-and-courtesy")]
    [InlineData("Councillors should not discuss confidential items at a meeting open to the public.", "not-undermined-in-public")]
    [InlineData("Staff may brief a party group, and will keep to factual information and professional advice.", "professional-advice")]
    [InlineData("Staff will publish the results of the election on the council's website.", "political-neutrality")]
    internal void A_look_alike_does_not_read_as_that_expectation(string sentence, string expectation)
    {
        var found = Read(sentence);
        Assert.DoesNotContain(found, s => s.Expectation == expectation && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_second_passive_after_they_is_not_read_as_the_object_named_in_the_first()
    {
        var found = Read("Staff are employed by the Council. They must give advice to all councillors and must not be drawn into party politics.");
        Assert.DoesNotContain(found, s => s.Expectation == "political-neutrality" && s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_body_of_members_done_to_is_not_the_members_side()
    {
        var found = Read("The panel will be supported by officers who give it impartial advice.");
        Assert.DoesNotContain(found, s => s.Direction == Direction.MembersToOfficers);
    }
}
