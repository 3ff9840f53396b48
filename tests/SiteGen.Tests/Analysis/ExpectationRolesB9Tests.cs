using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Officers named by the title of their post are the officers' side; members keep out of the day-to-day management of
/// services; one group's business is kept from another. Sentences are invented for these tests (boards, wardens,
/// trusts), each rule with look-alikes that must not read. Pure.
/// </summary>
[Trait("Kind", "Pure")]
public class ExpectationRolesB9Tests
{
    [Theory]
    [InlineData("The Strategic Director will reply to the trustees.", "Strategic Director")]
    [InlineData("Directors must keep the board informed.", "Directors")]
    [InlineData("Heads of Service should answer trustees promptly.", "Heads of Service")]
    [InlineData("The Head of Paid Service will advise the trustees.", "Head of Paid Service")]
    [InlineData("The Chief Executive will brief the chair.", "Chief Executive")]
    [InlineData("Assistant Directors will attend the panel.", "Assistant Directors")]
    [InlineData("The Executive Director of Place will meet the portfolio holder.", "Executive Director of Place")]
    [InlineData("The Head of Legal will advise the panel.", "Head of Legal")]
    public void A_post_only_officers_hold_is_the_officers_side(string sentence, string title)
    {
        var sides = Parties.Sides(sentence);
        Assert.Contains(sides, s => s.Party == Party.Officers && sentence[s.Index..s.End] == title);
    }

    [Theory]
    // A title naming a thing, not a person.
    [InlineData("The Director of Public Health's report goes to the board.")]
    [InlineData("The Director of Public Health report was noted.")]
    [InlineData("The Chief Executive's Office keeps the diary.")]
    // Company and charity directors, and non-executive directors, are not the authority's officers.
    [InlineData("A trustee who is a director of a company the trust owns declares it.")]
    [InlineData("The non-executive directors meet quarterly.")]
    [InlineData("She sits as a director on the harbour board.")]
    // "head of" what is not a post.
    [InlineData("The head of the queue was served first.")]
    public void A_title_used_for_a_thing_or_an_outside_post_is_no_side(string sentence) =>
        Assert.DoesNotContain(Parties.Sides(sentence), s => s.Party == Party.Officers);

    [Fact]
    public void An_executive_member_is_a_member_and_an_executive_director_an_officer()
    {
        var sides = Parties.Sides("The Executive Member and the Executive Director meet weekly.");
        Assert.Equal([Party.Members, Party.Officers], sides.Select(s => s.Party));
    }

    [Fact]
    public void Escalation_reads_titles_as_roles_not_as_party_words() =>
        Assert.Empty(Parties.Mentions("Raise it with the Strategic Director or the Chief Executive."));

    [Theory]
    [InlineData("The Strategic Director should reply to councillors within ten days.", Direction.OfficersToMembers)]
    [InlineData("Heads of Service must give Cabinet Members accurate figures.", Direction.OfficersToMembers)]
    [InlineData("Councillors must not ask Directors to take sides.", Direction.MembersToOfficers)]
    [InlineData("Board members should not press the Head of Paid Service for a view.", Direction.MembersToOfficers)]
    internal void A_titled_officer_gives_a_sentence_its_direction(string sentence, Direction expected) =>
        Assert.Equal(expected, Parties.DirectionOf(sentence, null));

    [Theory]
    [InlineData("Councillors should not involve themselves in the day to day management of the warden service.")]
    [InlineData("Board members must not become involved in operational matters delegated to staff.")]
    [InlineData("It is not the role of members to involve themselves in the day-to-day running of the reserve.")]
    [InlineData("Board members should not seek to direct the work of individual employees.")]
    [InlineData("Councillors should not try to direct officers in carrying out their work.")]
    [InlineData("Individual councillors have no power to direct staff.")]
    [InlineData("A board member should not, however, direct how an employee carries out their duties.")]
    internal void A_member_who_keeps_out_of_management_is_read(string sentence) =>
        Assert.NotNull(ExpectationExtractor.KeepsOutOfManagement(sentence, null));

    [Theory]
    // A description, with no duty.
    [InlineData("Councillors are not responsible for the day to day management of services.")]
    // Officers keeping out of something.
    [InlineData("Officers should not become involved in the day-to-day running of a political group.")]
    // Management of something that is not the officers' to run.
    [InlineData("Members should not become involved in the management of a party campaign.")]
    // A permission.
    [InlineData("The Leader may direct the work of the Director through the Cabinet.")]
    internal void A_look_alike_is_not_read_as_keeping_out_of_management(string sentence) =>
        Assert.Null(ExpectationExtractor.KeepsOutOfManagement(sentence, null));

    [Fact]
    public void They_after_a_member_keeps_out_of_officers_work()
    {
        var found = Expectations("1. Board members set the policy of the trust. They should not seek to direct the work of individual employees.\n");
        Assert.True(TestProtocols.States(found, "understanding-of-roles-and-pressures", Direction.MembersToOfficers));
    }

    [Fact]
    public void A_list_item_keeps_the_lead_ins_side()
    {
        var found = Expectations("1. Board members will:\n\n(a) not become involved in the day-to-day management of the staff; and\n\n(b) be courteous.\n");
        Assert.True(TestProtocols.States(found, "understanding-of-roles-and-pressures", Direction.MembersToOfficers));
    }

    [Theory]
    [InlineData("1. Officers will keep what they hear at a group meeting to themselves and will not pass it on to another group.\n", Direction.OfficersToMembers)]
    [InlineData("1. Employees must not disclose to one group what was said at a briefing given to another group.\n", Direction.OfficersToMembers)]
    [InlineData("1. Board members should not ask an employee to disclose what has been said at another group's meeting.\n", Direction.MembersToOfficers)]
    internal void One_groups_business_kept_from_another_is_neutrality(string body, Direction direction) =>
        Assert.True(TestProtocols.States(Expectations(body), "political-neutrality", direction));

    [Theory]
    // Another member, not another group.
    [InlineData("1. Employees will not pass to one board member what another board member has told them.\n")]
    // Kept confidential, with no other group named.
    [InlineData("1. Officers will keep confidential what they hear at a group meeting.\n")]
    public void A_confidence_with_no_other_group_is_not_neutrality(string body) =>
        Assert.DoesNotContain(Expectations(body), s => s.Expectation == "political-neutrality");

    [Theory]
    // A title late in a sentence with no subject before its modal names who decides, not a side.
    [InlineData("They will not stay at any part of the meeting at which non-members are present, unless the Chief Executive has agreed.")]
    // A post holder's duty that names no member is no duty towards members.
    [InlineData("The Corporate Director will pass the concern to the Head of Legal.")]
    // A post holder who sees to something for staff owes members nothing by it.
    [InlineData("Strategic Directors will make sure that staff in their directorates understand this protocol and the councillors' role.")]
    internal void A_title_that_is_no_side_of_the_relationship_gives_no_direction(string sentence) =>
        Assert.Null(Parties.DirectionOf(sentence, null));

    private const string Taxonomy = """
        themes:
          - id: roles
            title: Roles
            phrases: [courteous]
        expectations:
          - id: understanding-of-roles-and-pressures
            title: Understanding of roles
            theme: roles
            phrases: [respective roles]
          - id: political-neutrality
            title: Neutrality
            theme: roles
            phrases: [politically impartial]
          - id: respect
            title: Respect
            theme: roles
            phrases: [courteous]
        roles:
          - id: line-manager
            title: Line manager
            synonyms: [line manager]
        escalation:
          headings: [things go wrong]
          informal: [resolve matters informally]
        """;

    private static ImmutableArray<ExpectationStatement> Expectations(string body) => TestProtocols.Analyse(body, Taxonomy).Expectations;
}
