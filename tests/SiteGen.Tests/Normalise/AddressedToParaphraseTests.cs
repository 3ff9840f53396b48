using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// A generalisation set for "addressed to": sentences written for these tests in the shapes real councils' protocols use
/// (lists under a lead-in, passive duties, "each other", "both", the Clerk as one side), worded differently from the
/// development corpus. Shapes learnt, not copied, from the protocols cited in ThemeParaphraseTests
/// (Knutsford, Spelthorne, Colchester, Bracknell Forest, Wyre Forest, West Lothian).
/// Measured when written (2026-12-07, themes6), 38 rows: the code before read 27 right (all 9 list items, 18 of 29
/// sentences); after, 38 of 38.
/// </summary>
[Trait("Kind", "Pure")]
public class AddressedToParaphraseTests
{
    private static ClauseContext Read(string text) => ClauseClassifier.Classify(text, ClauseContext.None, isListItem: false);

    private static ClauseContext Item(string leadIn, string item)
    {
        var own = Read(leadIn);
        return ClauseClassifier.Classify(item, ClauseClassifier.LeadInFor(leadIn, own), isListItem: true);
    }

    public static TheoryData<string, string, Actor> Listed => new()
    {
        { "Members will:", "treat staff politely and fairly;", Actor.Members },
        { "Officers should:", "answer councillors' letters within ten working days;", Actor.Officers },
        { "In their dealings with officers, councillors should:", "avoid making personal remarks;", Actor.Members },
        { "As a councillor you should:", "never ask a member of staff to work late for you;", Actor.Members },
        { "Employees must:", "not share confidential papers with anyone outside the Council;", Actor.Officers },
        { "Councillors and officers will both:", "respect each other's roles;", Actor.Both },
        { "The Council will:", "offer each new councillor an induction;", Actor.Council },
        { "Staff are entitled to expect that councillors will:", "not contact them at home;", Actor.Members },
        { "Councillors can expect the Clerk to:", "prepare the agenda for each meeting;", Actor.Officers },
    };

    public static TheoryData<string, Actor> Sentences => new()
    {
        // Mutual and both sides.
        { "Councillors and the Clerk should respect each other's roles.", Actor.Both },
        { "Councillors and the Town Clerk must treat one another with courtesy.", Actor.Both },
        { "Both councillors and employees must keep confidential information confidential.", Actor.Both },
        { "Neither side should seek to take advantage of the other.", Actor.Both },
        { "There must be mutual trust between councillors and staff.", Actor.Both },
        { "Members and officers should try to answer each other's messages promptly.", Actor.Both },
        { "Close personal familiarity between individual councillors and employees should be avoided.", Actor.Both },
        { "Over-familiar friendships between councillors and staff can harm trust, and should not be allowed to develop.", Actor.Both },
        // Passive duties: what is done to one side, with no one named, is the other side's to do.
        { "Staff must not be telephoned at home about Council business.", Actor.Members },
        { "Councillors should be told about major proposals affecting their ward before they are announced.", Actor.Officers },
        { "Ward councillors who raise a case for a resident should be given a reply within ten working days.", Actor.Officers },
        { "Employees should not be pressed to change a recommendation.", Actor.Members },
        { "Staff cannot reply in public and must be protected from personal attacks.", Actor.Members },
        { "Councillors must be given the same information whatever their party.", Actor.Officers },
        { "Enquiries from councillors will be answered within ten working days.", Actor.Officers },
        { "Requests from members for information will be dealt with promptly.", Actor.Officers },
        // A passive with its agent named is the agent's.
        { "Confidential papers must be kept securely by councillors.", Actor.Members },
        { "Councillors' letters must be answered by the officer responsible.", Actor.Officers },
        // A plain subject.
        { "The Clerk will prepare the minutes of each meeting.", Actor.Officers },
        { "A councillor who is unhappy with the Clerk's work should speak to the Chairman.", Actor.Members },
        { "Officers who are unhappy with a councillor's conduct should tell their line manager.", Actor.Officers },
        { "The Council will review this protocol every four years.", Actor.Council },
        { "This protocol applies to every councillor and every employee of the Council.", Actor.General },
        // The Clerk and proper officers, as statutory officers or the officers' side.
        { "Officers and the Leader will meet weekly.", Actor.Both },
        { "Cabinet members must respect the impartiality of the staff who advise them.", Actor.Members },
        { "An employee who feels bullied by a councillor should speak to Human Resources.", Actor.Officers },
        { "Members should not give instructions to staff other than through a decision of the Council.", Actor.Members },
        { "Employees must not be asked by councillors to canvass in an election.", Actor.Members },
        { "Officers will reply to councillors' letters in the language in which they were written.", Actor.Officers },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void An_item_is_addressed_to_the_party_its_lead_in_names(string leadIn, string item, Actor actor) =>
        Assert.Equal(actor, Item(leadIn, item).Actor);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_sentence_is_addressed_to_the_party_its_wording_puts_the_duty_on(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);
}
