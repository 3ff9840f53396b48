using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The default taxonomy's expectation phrases read the words councils use for each expectation, in sentences written for
/// these tests, and keep apart senses that belong to another expectation or to none.
/// </summary>
[Trait("Kind", "Disk")]
public class ExpectationVocabularyTests
{
    private static ImmutableArray<ExpectationStatement> Read(string sentence) => TestProtocols.Analyse($"1. {sentence}\n", SeedAnalysis.Content).Expectations;

    [Theory]
    [InlineData("Staff will give councillors advice which is honest and based on their professional judgement.", "professional-advice", Direction.OfficersToMembers)]
    [InlineData("Officers will give councillors honest and timely advice.", "professional-advice", Direction.OfficersToMembers)]
    [InlineData("Officers will tell ward councillors about significant matters affecting their ward.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Ward members should be told in good time of any road closure in their ward.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Officers will answer councillors' enquiries within ten working days.", "timely-response", Direction.OfficersToMembers)]
    [InlineData("Staff will acknowledge a councillor's enquiry and reply in full within a fortnight.", "timely-response", Direction.OfficersToMembers)]
    [InlineData("Councillors should always speak to staff politely.", "respect-dignity-and-courtesy", Direction.MembersToOfficers)]
    [InlineData("Councillors must never treat an employee with contempt.", "respect-dignity-and-courtesy", Direction.MembersToOfficers)]
    [InlineData("Councillors must not victimise an officer who has raised a concern, or discourage staff from raising one.", "freedom-from-bullying-and-undue-pressure", Direction.MembersToOfficers)]
    [InlineData("Councillors should recognise the pressures on a small team and its limited hours.", "understanding-of-roles-and-pressures", Direction.MembersToOfficers)]
    [InlineData("Staff should not approach councillors about their pay or other terms and conditions.", "personal-issues-kept-out", Direction.OfficersToMembers)]
    [InlineData("Councillors must not seek preferential treatment for themselves from staff.", "no-improper-use-of-position", Direction.MembersToOfficers)]
    [InlineData("Officers will write to councillors clearly and concisely, without jargon.", "considerate-communication", Direction.OfficersToMembers)]
    [InlineData("Officers must not use Council resources to help any election campaign of a councillor.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors should remember that staff cannot answer back in public.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors on a scrutiny panel should question officers constructively.", "constructive-criticism", Direction.MembersToOfficers)]
    [InlineData("Councillors and officers should work together as partners.", "working-partnership", Direction.Mutual)]
    [InlineData("Councillors must not post anything online which comments on a named employee's conduct.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors should never publish a message which identifies an officer.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors should allow the Clerk a reasonable time to deal with a request.", "reasonable-requests", Direction.MembersToOfficers)]
    [InlineData("Papers given to a councillor in confidence must not be passed to the press.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Officers will not brief a political group on party business, and councillors should not ask them to.", "political-neutrality", Direction.MembersToOfficers)]
    [InlineData("Officers must not let their own political opinions colour the advice they give to councillors.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Staff should never comment to councillors on a matter of political controversy.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Where one party group is briefed, officers will offer a briefing to every other group on request.", "political-neutrality", Direction.OfficersToMembers)]
    [InlineData("Councillors must never disclose confidential information that staff have shared with them.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Councillors and staff should not let their friendship become so close that others doubt the officer's fairness.", "avoid-close-personal-familiarity", Direction.Mutual)]
    [InlineData("Councillors must not press an officer to change the advice in a report.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("Officers will give councillors frank advice on every proposal.", "professional-advice", Direction.OfficersToMembers)]
    [InlineData("Scrutiny councillors must not question a manager in a way that turns a meeting into a disciplinary hearing on an officer.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors and staff should work together constructively in the interests of the parish.", "working-partnership", Direction.Mutual)]
    [InlineData("Officers will reply to a councillor's casework within the timescale set out in the service standards.", "timely-response", Direction.OfficersToMembers)]
    [InlineData("Officers will inform the ward councillors before any planned road closure.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Councillors should show officers respect and courtesy in every meeting.", "respect-dignity-and-courtesy", Direction.MembersToOfficers)]
    [InlineData("Councillors must respect the confidentiality of any advice given to their party group.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Councillors must respect the professional advice of the Clerk even when it is unwelcome.", "professional-advice", Direction.MembersToOfficers)]
    [InlineData("Councillors should give staff a reasonable time to respond to their requests.", "reasonable-requests", Direction.MembersToOfficers)]
    [InlineData("Officers will carry out the council's decisions promptly and effectively.", "duties-performed-effectively", Direction.OfficersToMembers)]
    [InlineData("Councillors must not disclose what an officer tells them to anyone outside the council.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Councillors should not copy e-mails from the Clerk to residents without asking the Clerk first.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Councillors and staff should never send correspondence between them on to a third party.", "appropriate-confidentiality", Direction.Mutual)]
    [InlineData("Councillors must not give out the Clerk's personal contact details.", "appropriate-confidentiality", Direction.MembersToOfficers)]
    [InlineData("Councillors must not use social media to criticise the work of named staff.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Councillors should avoid criticism of a named officer in public.", "not-undermined-in-public", Direction.MembersToOfficers)]
    [InlineData("Ward councillors will be told about any significant planning application in their ward.", "regular-information", Direction.OfficersToMembers)]
    [InlineData("Staff will tell councillors early of any significant problem with a contract in their ward.", "regular-information", Direction.OfficersToMembers)]
    internal void Council_wording_reads_as_its_expectation(string sentence, string expectation, Direction direction)
    {
        var found = Read(sentence);
        Assert.True(found.Any(s => s.Expectation == expectation && s.Direction == direction), string.Join("; ", found.Select(s => $"{s.Expectation} {s.Direction} {s.Provenance.State}")));
    }

    [Theory]
    [InlineData("Councillors should respect the professional advice of officers.", "respect-dignity-and-courtesy")]
    [InlineData("Councillors should respect officers' time outside office hours.", "respect-dignity-and-courtesy")]
    [InlineData("Councillors should not use social media to publicise their surgeries to officers.", "not-undermined-in-public")]
    [InlineData("Councillors should treat officers with courtesy, including at meetings held in public.", "not-undermined-in-public")]
    [InlineData("Councillors should not direct the work of individual officers.", "reasonable-requests")]
    [InlineData("Officers will reply to councillors in the language of the enquiry.", "timely-response")]
    [InlineData("If the appeal is not settled within ten working days, the employee may ask for a hearing.", "timely-response")]
    [InlineData("An employee who is harassed by a councillor will be supported by the Council.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("But if a councillor has behaved towards you in a way that put you under pressure, speak to your manager.", "freedom-from-bullying-and-undue-pressure")]
    [InlineData("Councillors should avoid familiarity with staff which could cause others to question their impartiality.", "political-neutrality")]
    [InlineData("Councillors must not give a reference for a candidate for a post with the Council.", "political-neutrality")]
    [InlineData("All councillors have the same rights in their dealings with staff and should be treated equally.", "political-neutrality")]
    [InlineData("This protocol sets out how councillors and staff of the parish should work together.", "working-partnership")]
    [InlineData("The guidance describes how councillors should treat officers with courtesy.", "respect-dignity-and-courtesy")]
    [InlineData("An officer who complains about a councillor will be kept informed at each stage by the officers handling the complaint.", "regular-information")]
    [InlineData("Officers should inform their manager of any gift offered to them by a ward councillor.", "regular-information")]
    [InlineData("Officers will show councillors respect for the confidentiality of what a resident tells them.", "respect-dignity-and-courtesy")]
    [InlineData("Councillors should respect the fact that the Clerk works part-time.", "respect-dignity-and-courtesy")]
    [InlineData("A committee chair should respect the professional judgement of the Director on staffing.", "respect-dignity-and-courtesy")]
    [InlineData("Councillors must respect the confidentiality of any advice given to their party group.", "professional-advice")]
    [InlineData("Councillors should give staff a reasonable time to reply to detailed letters.", "timely-response")]
    [InlineData("Officers will make sure that ward councillors are told promptly of road closures.", "timely-response")]
    [InlineData("Officers will put the cabinet's decisions into effect promptly.", "timely-response")]
    [InlineData("Officers will help councillors who face a conflict between their duties to the council and to a charity.", "reasonable-requests")]
    [InlineData("Officers will copy the agenda to every councillor by e-mail.", "appropriate-confidentiality")]
    [InlineData("Officers will advise councillors who sit on outside bodies about their duties there.", "reasonable-requests")]
    [InlineData("Officers must tell their manager of any significant gift offered by a councillor.", "regular-information")]
    internal void A_word_in_another_sense_does_not_read_as_that_expectation(string sentence, string expectation) =>
        Assert.DoesNotContain(Read(sentence), s => s.Expectation == expectation);
}
