using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Where each side's role stops, read by construction: a member who may not instruct officers, and officers answerable
/// to the authority as a whole. Sentences are written for these tests (boards, clerks and wardens), each
/// rule with look-alikes that must not read. Pure: text in, readings out.
/// </summary>
[Trait("Kind", "Pure")]
public class ExpectationRoleLimitsTests
{
    [Theory]
    [InlineData("No single councillor may give instructions to the Parish Clerk.")]
    [InlineData("Councillors have no authority as individuals to instruct any employee of the parish.")]
    [InlineData("The chair of the finance committee has no more power than any other councillor to instruct the Clerk.")]
    [InlineData("A Cabinet Member must not give direct instructions to staff below the level of Director.")]
    [InlineData("Neither the Leader nor any other Member may instruct an officer individually.")]
    [InlineData("It follows that no councillor can issue an instruction to the Town Clerk.")]
    [InlineData("Although the Convener may agree the agenda with the Clerk, the Convener is not entitled to give instructions to employees.")]
    [InlineData("Members of the Board are not authorised to instruct officers other than through a decision of the Board.")]
    [InlineData("Portfolio holders should not direct officers on matters delegated to those officers.")]
    [InlineData("Committee chairs are not, however, entitled to give the Clerk instructions.")]
    internal void A_member_who_may_not_instruct_officers_is_read(string sentence) =>
        Assert.NotNull(ExpectationExtractor.ForbidsInstructing(sentence, null));

    [Theory]
    // Where an officer's instructions come from: a description, no expectation.
    [InlineData("The Clerk takes instructions only from decisions of the Board.")]
    [InlineData("Officers work to the instructions of the Council, not to the instructions of individual councillors.")]
    // A permission, not a limit.
    [InlineData("The Leader may instruct the Chief Executive on executive matters.")]
    [InlineData("Councillors must not bully officers, and the Cabinet may give instructions to the Director through its decisions.")]
    // Someone who is not a member.
    [InlineData("Members of the Mayor's political staff may not give instructions to officers.")]
    [InlineData("Team managers must not give instructions to staff outside their own team.")]
    [InlineData("The Clerk will not give instructions to contractors without a quotation.")]
    // Not an officer instructed.
    [InlineData("Councillors must not give instructions to contractors working in the parish.")]
    // Letters that give instructions on the council's behalf.
    [InlineData("Letters which give instructions on behalf of the Council must never be sent in the name of a councillor.")]
    // Directing officers' day-to-day work is read both ways by the corpus, so only a delegated matter counts.
    [InlineData("Councillors should not seek to direct officers in their day to day work, or to involve themselves in matters delegated to officers.")]
    internal void A_look_alike_is_not_read_as_a_limit_on_instructing(string sentence) =>
        Assert.Null(ExpectationExtractor.ForbidsInstructing(sentence, null));

    [Fact]
    public void They_after_a_sentence_about_members_is_a_member()
    {
        Assert.NotNull(ExpectationExtractor.ForbidsInstructing("They should not give instructions to officers below the level of Director.", Direction.MembersToOfficers));
        Assert.Null(ExpectationExtractor.ForbidsInstructing("They should not give instructions to officers below the level of Director.", Direction.OfficersToMembers));
    }

    [Fact]
    public void An_item_under_a_forbidding_members_lead_in_is_read_without_a_negation_of_its_own()
    {
        Assert.NotNull(ExpectationExtractor.ForbidsInstructing("give instructions to the Clerk outside a decision of the Board;", Direction.MembersToOfficers, leadInForbids: true));
        Assert.Null(ExpectationExtractor.ForbidsInstructing("give instructions to the Clerk outside a decision of the Board;", Direction.MembersToOfficers, leadInForbids: false));
    }

    [Theory]
    [InlineData("Officers are employed by the Council as a whole.")]
    [InlineData("Trustees answer to the charity's members, and employees are accountable to the Board as a whole.")]
    [InlineData("The Clerk is employed by the parish council as a whole, and is accountable to it through the Staffing Committee.")]
    [InlineData("Staff are responsible to the Authority as a whole, not to any political group.")]
    internal void Officers_answerable_to_the_authority_as_a_whole_are_read(string sentence) =>
        Assert.NotNull(ExpectationExtractor.AnswerableToWhole(sentence, null));

    [Theory]
    [InlineData("Councillors are responsible to the electorate as a whole.")]
    [InlineData("Officers are accountable to the public as a whole for the standard of their work.")]
    [InlineData("Members should recognise that officers are employed by the Council as a whole.")]
    [InlineData("Employees are employed by the Council and are accountable to it through the Chief Executive.")]
    [InlineData("Officers are not accountable to individual members.")]
    internal void A_look_alike_is_not_read_as_answerable_to_the_whole(string sentence) =>
        Assert.Null(ExpectationExtractor.AnswerableToWhole(sentence, null));

    [Fact]
    public void They_after_a_sentence_about_officers_is_an_officer()
    {
        Assert.NotNull(ExpectationExtractor.AnswerableToWhole("They are employed by the Board as a whole.", Direction.OfficersToMembers));
        Assert.Null(ExpectationExtractor.AnswerableToWhole("They are employed by the Board as a whole.", Direction.MembersToOfficers));
    }

    [Fact]
    public void Both_constructions_read_in_a_protocol_with_their_directions()
    {
        var found = Expectations("1. Roles\n\n1.1 Staff are employed by the Board as a whole. No councillor may give instructions to a member of staff.\n\n1.2 Councillors should:\n\n(a) never instruct the Clerk as individuals;\n\n(b) be courteous.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1.1", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.WholeAuthority && s.Direction == Direction.OfficersToMembers && s.Provenance.IsSettled);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1.1", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles && s.Direction == Direction.MembersToOfficers);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1.2(a)", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles && s.Direction == Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.ClauseId.EndsWith("/1.2(b)", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles);
    }

    [Fact]
    public void A_half_sentence_with_no_subject_or_they_takes_the_subject_of_the_half_before()
    {
        var found = Expectations("1. Chairs\n\n1.1 A Convener will meet the chief officer each month, but may not instruct employees.\n\n1.2 Committee chairs have extra duties. They will work closely with senior officers, but they have no power to give instructions to staff.\n\n1.3 Staff will meet the Convener each month, but may not give instructions to contractors.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1.1", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1.2", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles);
        Assert.DoesNotContain(found, s => s.ClauseId.EndsWith("/1.3", StringComparison.Ordinal) && s.Expectation == ExpectationExtractor.UnderstandingOfRoles);
    }

    [Fact]
    public void A_no_one_subject_after_a_comma_governs_its_own_modal()
    {
        Assert.NotNull(ExpectationExtractor.ForbidsInstructing("Staff answer to their managers, and no individual councillor may instruct an employee.", Direction.OfficersToMembers));
        Assert.Null(ExpectationExtractor.ForbidsInstructing("No decision has been taken, and the Leader may instruct an officer to act.", null));
    }

    [Fact]
    public void A_long_sentence_of_repeated_words_is_read_in_linear_time()
    {
        var hostile = string.Concat(Enumerable.Repeat("no members may not instruct the ", 4000)) + "contractors as a whole";
        var clock = Stopwatch.StartNew();
        ExpectationExtractor.ForbidsInstructing(hostile, null);
        ExpectationExtractor.AnswerableToWhole(string.Concat(Enumerable.Repeat("officers are employed by the ", 4000)) + "electorate as a whole", null);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

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
          - id: commitment-to-the-authority-as-a-whole
            title: The authority as a whole
            theme: roles
            phrases: [committed to the council as a whole]
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
