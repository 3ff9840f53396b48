using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// "Addressed to" read from how a clause names its subject: an introduction that only describes the protocol, a guide
/// written to "you", a side qualified by a relative clause, training the authority provides. Sentences invented for
/// these tests (not taken from the development corpus), each rule with look-alikes it must leave alone.
/// </summary>
[Trait("Kind", "Pure")]
public class AddressedToSubjectTests
{
    private static ClauseContext Read(string text) => ClauseClassifier.Classify(text, ClauseContext.None, isListItem: false);

    public static TheoryData<string, Actor> Introductions => new()
    {
        { "Trustees and wardens both work for the people of the valley. This guide sets out what each may look for from the other.", Actor.General },
        { "It matters that councillors and staff pull together. This page explains how councillors and staff of Lowmoor should deal with each other.", Actor.General },
        { "Councillors and employees need each other. The purpose of this protocol is to help each of them see the other's part.", Actor.General },
    };

    public static TheoryData<string, Actor> IntroductionLookAlikes => new()
    {
        // A later sentence with a duty of its own is read by that duty.
        { "This guide sets out how councillors and the Clerk work together. Councillors must not give the Clerk instructions.", Actor.Members },
        // No sentence about the protocol: the sides it names.
        { "Councillors and employees must treat each other with courtesy.", Actor.Both },
    };

    public static TheoryData<string, Actor> SecondPerson => new()
    {
        { "Tell your line manager about it as soon as you can; your manager may speak to the councillor.", Actor.Officers },
        { "You may also ask your trade union for support at any stage.", Actor.Officers },
        { "If a resident asks you for help, contact the service and keep your constituents informed of progress.", Actor.Members },
        { "Speak to your group whip before you raise it with the officer's director.", Actor.Members },
    };

    public static TheoryData<string, Actor> SecondPersonLookAlikes => new()
    {
        // A third-person sentence that quotes a question to the reader is read by its subject.
        { "Officers will ask members, 'Is this about your ward?', before logging a case.", Actor.Officers },
        // Speaks to the reader but names nothing that is only one side's.
        { "Please read the Code of Conduct alongside this guide.", Actor.General },
    };

    public static TheoryData<string, Actor> QualifiedSubjects => new()
    {
        { "A councillor who is worried about the work, conduct or manner of an employee should raise it with the Head of Service.", Actor.Members },
        { "An employee who believes that a councillor, or a councillor's agent, has treated them unfairly should speak to HR.", Actor.Officers },
        { "Any member that has doubts about advice from an officer may ask for a second opinion.", Actor.Members },
    };

    public static TheoryData<string, Actor> QualifiedLookAlikes => new()
    {
        // A passive with one side acted on stays the other side's duty.
        { "An officer who reports a concern must not be victimised for doing so.", Actor.Members },
        // A condition before the subject: the subject after the comma decides.
        { "Where a member who chairs a panel asks for a briefing, officers will give it.", Actor.Officers },
    };

    public static TheoryData<string, Actor> Training => new()
    {
        { "Training on this guide will be given to every new trustee and to wardens who work with them.", Actor.Council },
        { "Councillors and officers will be offered training on the protocol each year.", Actor.Council },
        { "The Authority will arrange induction on this protocol for new board members.", Actor.Council },
    };

    public static TheoryData<string, Actor> TrainingLookAlikes => new()
    {
        // Training someone gives, or asks for, is that side's.
        { "Officers will attend training on the protocol when asked.", Actor.Officers },
        { "Councillors should take up the training offered to them.", Actor.Members },
    };

    public static TheoryData<string, Actor> Instructions => new()
    {
        { "Do not discuss a member of staff's performance at a public meeting.", Actor.Members },
        { "Explain to the councillor that you cannot act on the request.", Actor.Officers },
        { "Step 2 – Speak to your Head of Service if the behaviour continues.", Actor.Officers },
    };

    public static TheoryData<string, Actor> InstructionLookAlikes => new()
    {
        // An instruction that names neither side leaves the reading as it was.
        { "Remember that this guide is not a legal document.", Actor.General },
        // A sentence with a side as its subject is not an instruction to the reader.
        { "Officers should tell councillors when a report is late.", Actor.Officers },
    };

    public static TheoryData<string, Actor> JoinedSides => new()
    {
        { "Neither councillors nor staff should use their posts to gain an advantage.", Actor.Both },
        { "Where a councillor and an employee are married, they must tell the Monitoring Officer.", Actor.Both },
        // A condition that names one side, then "they": that side.
        { "If a councillor is related to an officer, they should declare it.", Actor.Members },
    };

    public static TheoryData<string, Actor> DrawnIn => new()
    {
        { "Staff must not be drawn into a councillor's election campaign.", Actor.Members },
        { "Employees should not be involved in party publicity.", Actor.Members },
        // Active: the officers' own conduct.
        { "Officers should not involve themselves in party politics.", Actor.Officers },
    };

    public static TheoryData<string, Actor> Things => new()
    {
        { "Press releases will not be used to promote any individual councillor.", Actor.General },
        { "The reasons for a decision against an officer's advice will be minuted.", Actor.General },
        // What one side sends, answered with no one named, is still the other side's.
        { "Councillors' letters should be answered within ten working days.", Actor.Officers },
    };

    [Theory]
    [MemberData(nameof(Instructions))]
    [MemberData(nameof(InstructionLookAlikes))]
    public void An_instruction_about_one_side_is_given_to_the_other(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(JoinedSides))]
    public void Sides_joined_by_nor_or_in_a_condition_before_they_are_both(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(DrawnIn))]
    public void Being_drawn_into_or_involved_in_something_is_the_other_sides_duty(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(Things))]
    public void A_thing_as_subject_addresses_nobody_in_particular(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(Introductions))]
    [MemberData(nameof(IntroductionLookAlikes))]
    public void An_introduction_that_only_describes_the_protocol_addresses_nobody_in_particular(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(SecondPerson))]
    [MemberData(nameof(SecondPersonLookAlikes))]
    public void A_guide_written_to_you_is_addressed_to_the_side_whose_things_it_calls_yours(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(QualifiedSubjects))]
    [MemberData(nameof(QualifiedLookAlikes))]
    public void A_side_qualified_by_a_relative_clause_is_the_subject_whatever_the_clause_names(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [MemberData(nameof(Training))]
    [MemberData(nameof(TrainingLookAlikes))]
    public void Training_the_authority_provides_is_the_councils(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);
}
