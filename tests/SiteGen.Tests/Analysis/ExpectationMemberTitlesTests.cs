using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The shared subject reader: titles only members hold (Convener, Provost, Portfolio Holder, the Chair of a committee)
/// are the members' side; a lead-in in which a side says what it may expect leads its items; a title that sees to
/// something for members owes nothing to officers; and a side "not expected to" do something is owed it by the other
/// side. Sentences are invented for these tests; each rule has a look-alike that must not match. Pure: protocol and
/// taxonomy text in, model out.
/// </summary>
[Trait("Kind", "Pure")]
public class ExpectationMemberTitlesTests
{
    private const string Taxonomy = """
        themes:
          - id: conduct
            title: Conduct
            phrases: [courtesy]
        expectations:
          - id: respect
            title: Respect
            theme: conduct
            phrases: [courtesy]
          - id: neutrality
            title: Neutrality
            theme: conduct
            phrases: [impartial advice]
        roles:
          - id: line-manager
            title: Line manager
            synonyms: [line manager]
        escalation:
          headings: [things go wrong]
          informal: [resolve matters informally]
        """;

    private static ImmutableArray<ExpectationStatement> Expectations(string body) => TestProtocols.Analyse(body, Taxonomy).Expectations;


    [Theory]
    [InlineData("The Provost is briefed weekly.")]
    [InlineData("Each Convener chairs a panel.")]
    [InlineData("A Portfolio Holder answers to the Cabinet.")]
    [InlineData("The Chair of the panel opens the meeting.")]
    [InlineData("Committee chairmen sign the minutes.")]
    public void A_title_only_members_hold_is_the_members_side(string sentence) =>
        Assert.Equal(Party.Members, Assert.Single(Parties.Mentions(sentence)).Party);

    [Theory]
    [InlineData("Nobody may chair the hearing twice.")]
    [InlineData("Whoever is asked to chair it decides.")]
    [InlineData("The provosts' guild of a burgh is not a side.")]
    public void Chair_as_a_verb_and_other_look_alikes_are_no_side(string sentence) =>
        Assert.Empty(Parties.Mentions(sentence));

    [Fact]
    public void A_title_that_may_expect_leads_items_owed_to_it()
    {
        var found = Expectations("1. The Provost works with the directors. The Provost may expect:\n\n(a) impartial advice on civic matters; and\n\n(b) courtesy from every department.\n");
        Assert.True(TestProtocols.States(found, "neutrality", Direction.OfficersToMembers));
        Assert.True(TestProtocols.States(found, "respect", Direction.OfficersToMembers));
        Assert.False(TestProtocols.States(found, "neutrality", Direction.MembersToOfficers));
    }

    [Fact]
    public void A_body_that_is_no_side_and_may_expect_leads_nothing()
    {
        var found = Expectations("1. The visiting inspectors may expect:\n\n(a) impartial advice on civic matters.\n");
        Assert.False(TestProtocols.States(found, "neutrality", Direction.OfficersToMembers));
        Assert.False(TestProtocols.States(found, "neutrality", Direction.MembersToOfficers));
    }

    [Fact]
    public void A_title_that_sees_to_something_for_members_owes_nothing_to_officers()
    {
        var found = Expectations("1. The Convener will ensure that councillors receive impartial advice before each meeting.\n");
        Assert.False(TestProtocols.States(found, "neutrality", Direction.MembersToOfficers));
    }

    [Fact]
    public void A_side_not_expected_to_do_something_is_owed_it_by_the_other_side()
    {
        var found = Expectations("1. Staff are not expected to give impartial advice late at night.\n");
        Assert.True(TestProtocols.States(found, "neutrality", Direction.MembersToOfficers));
        var lookAlike = Expectations("1. Staff are expected to give impartial advice at all times.\n");
        Assert.True(TestProtocols.States(lookAlike, "neutrality", Direction.OfficersToMembers));
        Assert.False(TestProtocols.States(lookAlike, "neutrality", Direction.MembersToOfficers));
    }
}
