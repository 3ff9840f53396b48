using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// "Addressed to" and force read from a clause's construction: a definition of terms, sentences that open on each side
/// in turn, a negative subject set off by a parenthesis, what the authority guarantees as employer, a prohibition spoken
/// to the reader. Sentences invented for these tests (not taken from the development corpus), each with look-alikes.
/// </summary>
[Trait("Kind", "Pure")]
public class AddressedToConstructionTests
{
    private static ClauseContext Read(string text) => ClauseClassifier.Classify(text, ClauseContext.None, isListItem: false);

    public static TheoryData<string, Actor, string> Readings => new()
    {
        // A definition of the protocol's terms addresses nobody and has no force.
        { "In this protocol \"chief officers\" means the Directors and the Heads of Service.", Actor.General, nameof(Modality.None) },
        { "In this guide “staff” includes agency workers and volunteers.", Actor.General, nameof(Modality.None) },
        { "\"Convener\" means the chair of any committee or panel. \"Officer\" means any employee of the Council.", Actor.General, nameof(Modality.None) },
        // No governing verb, sentences opening on each side in turn.
        { "Elected members set policy. Employees put it into effect.", Actor.Both, nameof(Modality.None) },
        { "Councillors answer to the voters; officers answer to the Council through the Chief Executive.", Actor.Both, nameof(Modality.None) },
        // A negative subject set off by a parenthesis.
        { "No councillor, including the Leader, may direct the work of an officer.", Actor.Members, nameof(Modality.MayNot) },
        { "No member, other than the Chair, should contact the Clerk at home.", Actor.Members, nameof(Modality.ShouldNot) },
        // What the authority guarantees as employer.
        { "Staff who raise a concern will not be treated less favourably for doing so.", Actor.Council, nameof(Modality.WillNot) },
        { "Officers who report bullying will be protected from victimisation.", Actor.Council, nameof(Modality.Will) },
        // A prohibition spoken to the reader.
        { "Do not criticise an officer by name in public.", Actor.Members, nameof(Modality.MustNot) },
        { "Never discuss an officer's performance on social media.", Actor.Members, nameof(Modality.MustNot) },
    };

    public static TheoryData<string, Actor, string> LookAlikes => new()
    {
        // No quoted term defined: the subject of the verb.
        { "In this protocol, officers must keep councillors informed.", Actor.Officers, nameof(Modality.Must) },
        // The second sentence goes on about the same side.
        { "Councillors answer to the voters. They are elected every four years.", Actor.Members, nameof(Modality.None) },
        // A later sentence opens on a pronoun that names the first side again, with the other side as its object.
        { "Officers are employed by the Council as a whole. They serve every councillor equally.", Actor.Officers, nameof(Modality.None) },
        { "Employees answer to the Chief Executive. Their duty is to all members alike.", Actor.Officers, nameof(Modality.None) },
        // A parenthesis without a negative subject.
        { "Councillors, including the Leader, may ask officers for information.", Actor.Members, nameof(Modality.May) },
        // Treated by one side, not guaranteed by the employer.
        { "Officers must not be treated with disrespect.", Actor.Members, nameof(Modality.MustNot) },
        // An instruction that forbids nothing.
        { "Tell your line manager straight away.", Actor.Officers, nameof(Modality.None) },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void A_construction_sets_who_is_addressed_and_the_force(string text, Actor actor, string modality) =>
        Assert.Equal((actor, modality), (Read(text).Actor, Read(text).Modality.ToString()));

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_look_alike_keeps_its_ordinary_reading(string text, Actor actor, string modality) =>
        Assert.Equal((actor, modality), (Read(text).Actor, Read(text).Modality.ToString()));
}
