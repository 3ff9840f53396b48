using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The default taxonomy reads the words councils use for roles, advantage, pressure, support, junior staff and requests
/// outside the job, and what the two role constructions state, in sentences written for these tests; look-alikes that
/// share a word do not read.
/// </summary>
[Trait("Kind", "Disk")]
public class ExpectationRoleVocabularyTests
{
    private static ImmutableArray<ExpectationStatement> Read(string sentence) => TestProtocols.Analyse($"1. {sentence}\n", SeedAnalysis.Content).Expectations;

    [Theory]
    [InlineData("No individual councillor may give the Clerk instructions about the allotments.", "understanding-of-roles-and-pressures", Direction.MembersToOfficers)]
    [InlineData("The Clerk is employed by the parish council as a whole.", "commitment-to-the-authority-as-a-whole", Direction.OfficersToMembers)]
    [InlineData("Staff are responsible to the Council as a whole, and not to any group of councillors.", "commitment-to-the-authority-as-a-whole", Direction.OfficersToMembers)]
    [InlineData("Councillors must never use their office to secure an advantage for a relative.", "no-improper-use-of-position", Direction.MembersToOfficers)]
    [InlineData("Councillors and staff must not let a family relationship influence council business.", "no-improper-use-of-position", Direction.Mutual)]
    [InlineData("Councillors and staff should not let friendships affect the business of the council.", "no-improper-use-of-position", Direction.Mutual)]
    [InlineData("Councillors may question a recommendation but must not press the planning team to change it.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Councillors must not discourage an officer from reporting a safeguarding concern.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Officers will support members in their role as ward representatives.", "support-for-members-role", Direction.OfficersToMembers)]
    [InlineData("Councillors should take particular care with staff who are less senior.", "regard-for-junior-staff", Direction.MembersToOfficers)]
    [InlineData("Councillors must not ask staff to do anything that is unlawful.", "reasonable-requests", Direction.MembersToOfficers)]
    [InlineData("Councillors should not ask a caretaker to do work outside their job.", "reasonable-requests", Direction.MembersToOfficers)]
    internal void Council_wording_reads_as_its_expectation(string sentence, string expectation, Direction direction)
    {
        var found = Read(sentence);
        Assert.True(found.Any(s => s.Expectation == expectation && s.Direction == direction && s.Provenance.IsSettled),
            string.Join("; ", found.Select(s => $"{s.Expectation} {s.Direction} {s.Provenance.State}")));
    }

    [Theory]
    [InlineData("Councillors should send statements for the press to the press officer to change if needed.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("Members should recognise that officers work for the Council as a whole.", "commitment-to-the-authority-as-a-whole")]
    [InlineData("Councillors are responsible to the electorate as a whole.", "commitment-to-the-authority-as-a-whole")]
    [InlineData("The Clerk takes instructions only from decisions of the Council.", "understanding-of-roles-and-pressures")]
    [InlineData("The Leader may give instructions to the Chief Executive on executive business.", "understanding-of-roles-and-pressures")]
    internal void A_look_alike_does_not_read_as_that_expectation(string sentence, string expectation) =>
        Assert.DoesNotContain(Read(sentence), s => s.Expectation == expectation);
}
