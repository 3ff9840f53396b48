using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// "Addressed to" and force of single clauses, read by general rules, in sentences written for these tests in the shapes
/// councils publish; each rule has a case it must leave alone.
/// </summary>
[Trait("Kind", "Pure")]
public class ClauseClassifierTests
{
    private static ClauseContext Read(string text) => ClauseClassifier.Classify(text, ClauseContext.None, isListItem: false);

    [Theory]
    [InlineData("This Protocol applies to every councillor, co-opted member and employee of the Borough Council.")]
    [InlineData("The purpose of this protocol is to guide councillors and staff in their dealings with one another.")]
    [InlineData("This guidance should be read alongside the Members' Code of Conduct and the Employees' Code.")]
    public void A_clause_about_the_protocol_itself_addresses_nobody_in_particular(string text) =>
        Assert.Equal(Actor.General, Read(text).Actor);

    [Fact]
    public void A_clause_about_the_protocol_that_then_puts_a_duty_on_a_side_addresses_that_side()
    {
        var read = Read("This protocol covers working relationships. Councillors must treat staff with courtesy.");
        Assert.Equal(Actor.Members, read.Actor);
    }

    [Theory]
    [InlineData("Officers must not be asked to prepare material for a party political campaign.", Actor.Members)]
    [InlineData("Staff should not be approached at home about council business.", Actor.Members)]
    [InlineData("Ward councillors should be kept informed of proposals affecting their ward.", Actor.Officers)]
    [InlineData("Councillors will be offered training on this protocol after each election.", Actor.Council)]
    public void A_passive_with_no_actor_is_the_duty_of_the_other_side_or_the_councils(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [InlineData("Officers must not be pressed by a councillor to change their advice.")]
    [InlineData("Junior staff should not be approached directly by councillors for policy advice.")]
    public void A_passive_with_its_actor_named_is_that_actors_and_not_both_sides(string text) =>
        Assert.Equal(Actor.Members, Read(text).Actor);

    [Fact]
    public void A_clause_with_duties_on_each_side_in_turn_is_still_both()
    {
        var read = Read("Officers will give impartial advice. Councillors should respect that advice even where they disagree with it.");
        Assert.Equal(Actor.Both, read.Actor);
    }

    [Fact]
    public void Should_at_the_start_of_a_condition_is_not_a_duty()
    {
        var read = Read("Should the matter remain unresolved, the Head of Service will refer it to the Chief Executive.");
        Assert.Equal(Modality.Will, read.Modality);
    }

    [Fact]
    public void Should_as_a_verb_is_still_a_duty()
    {
        Assert.Equal(Modality.Should, Read("Councillors should raise any concern with the Head of Service.").Modality);
    }

    [Fact]
    public void An_item_under_a_lead_in_with_no_verb_keeps_its_own_verb()
    {
        var leadIn = new ClauseContext(Actor.Officers, Modality.None);
        var read = ClauseClassifier.Classify("if the matter is not resolved, the senior manager will refer it to the Director;", leadIn, isListItem: true);
        Assert.Equal(Modality.Will, read.Modality);
        Assert.Equal(Actor.Officers, read.Actor);
    }

    [Fact]
    public void An_item_under_a_lead_in_with_a_verb_takes_the_lead_ins()
    {
        var leadIn = new ClauseContext(Actor.Members, Modality.Should);
        Assert.Equal(Modality.Should, ClauseClassifier.Classify("treat staff with courtesy, and we will expect the same;", leadIn, isListItem: true).Modality);
    }

    [Fact]
    public void They_at_the_head_of_a_sentence_is_the_previous_sentences_subject()
    {
        var read = Read("Cabinet members give political direction within their portfolios. Equally, they must respect the professional advice of the officers who serve them.");
        Assert.Equal(Actor.Members, read.Actor);
    }

    [Fact]
    public void They_with_no_sentence_before_is_read_from_its_own_sentence()
    {
        Assert.Equal(Actor.Officers, Read("Where officers are unsure, they should ask the Monitoring Officer.").Actor);
    }

    [Theory]
    [InlineData("The Parish Clerk will answer councillors' letters within a week.", Actor.Officers)]
    [InlineData("If the Clerk is worried about a councillor's conduct, the Clerk should tell the Chairman.", Actor.Officers)]
    [InlineData("Where a member of staff is upset by a councillor, they should speak to their manager.", Actor.Officers)]
    [InlineData("A Convener has no power as an individual to direct an employee's work.", Actor.Members)]
    public void The_clerk_is_an_officer_and_a_chairman_or_convener_a_member(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [InlineData("Staff are not to be contacted at home about council business.", Actor.Members, "MustNot")]
    [InlineData("Employees are entitled to be treated with courtesy.", Actor.Members, "EntitledTo")]
    [InlineData("Criticism of an employee's work must never be raised by a councillor at a public meeting.", Actor.Members, "MustNot")]
    [InlineData("Employees are not to be criticised by councillors in the local press.", Actor.Members, "MustNot")]
    [InlineData("Staff will be given training on this protocol when they start.", Actor.Council, "Will")]
    public void Passives_with_a_negative_infinitive_an_entitlement_or_never_read_as_their_actor(string text, Actor actor, string modality)
    {
        var read = Read(text);
        Assert.Equal((actor, Enum.Parse<Modality>(modality)), (read.Actor, read.Modality));
    }

    [Fact]
    public void A_passive_item_under_a_lead_in_with_no_verb_is_the_other_sides_duty()
    {
        var leadIn = ClauseClassifier.LeadInFor("On political work:", ClauseContext.None);
        Assert.Equal(Actor.Members, ClauseClassifier.Classify("Officers should not be asked to canvass for a party.", leadIn, isListItem: true).Actor);
        Assert.Equal(Actor.Officers, ClauseClassifier.Classify("Officers should not canvass for a party.", leadIn, isListItem: true).Actor);
    }

    [Theory]
    [InlineData("Neither the Leader nor any councillor may direct a planning officer's report.", Actor.Members, "MayNot")]
    [InlineData("No employee will suffer for raising a concern in good faith.", Actor.Officers, "WillNot")]
    [InlineData("Councillors and officers should be courteous, and neither should take advantage of the other.", Actor.Both, "Should")]
    public void A_negative_subject_negates_the_verb_and_neither_nor_names_its_parties(string text, Actor actor, string modality)
    {
        var read = Read(text);
        Assert.Equal((actor, Enum.Parse<Modality>(modality)), (read.Actor, read.Modality));
    }

    [Theory]
    [InlineData("Councillors must set policy, and officers must carry it out faithfully.", Actor.Both)]
    [InlineData("Councillors must not lobby junior staff, and staff must not canvass councillors.", Actor.Both)]
    [InlineData("Officers should brief the ward councillor early, and councillors should be kept up to date.", Actor.Officers)]
    [InlineData("If a councillor is unhappy with a planner, they should speak to the Director. The Director will refer it to the Chief Executive if needed.", Actor.Members)]
    public void A_second_main_clause_on_the_other_side_makes_both_but_a_passive_or_a_handler_does_not(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [InlineData("Complaints that a councillor has broken the Code go to the Monitoring Officer.", Actor.General)]
    [InlineData("A complaint that an officer was rude should be sent to the Director.", Actor.General)]
    [InlineData("Disciplinary matters concerning the Clerk will be heard by the Personnel Committee.", Actor.General)]
    [InlineData("A complaint by a councillor about an officer should be made in writing.", Actor.Members)]
    [InlineData("If an officer is unhappy with a councillor's behaviour, the matter should be raised with their manager.", Actor.Officers)]
    [InlineData("The Town Council employs a Clerk and an Assistant Clerk.", Actor.General)]
    public void A_thing_or_procedure_as_subject_is_general_unless_it_names_whose_concern_it_is(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Theory]
    [InlineData("This protocol will be looked at again every three years.", "Will")]
    [InlineData("It should be read alongside the staff handbook.", "Should")]
    [InlineData("This guidance explains how councillors and staff are expected to work together.", "None")]
    [InlineData("The purpose of this protocol is to help councillors and staff. It should be read with the Code of Conduct.", "None")]
    public void A_clause_about_the_protocol_has_the_force_of_its_own_verb_not_of_what_it_describes(string text, string modality)
    {
        var read = Read(text);
        Assert.Equal((Actor.General, Enum.Parse<Modality>(modality)), (read.Actor, read.Modality));
    }

    [Fact]
    public void It_is_not_appropriate_for_a_side_is_a_duty_not_a_sentence_about_the_protocol() =>
        Assert.Equal((Actor.Members, Modality.ShouldNot), (Read("It is not appropriate for councillors to:").Actor, Read("It is not appropriate for councillors to:").Modality));

    [Theory]
    [InlineData("Councillors can expect staff to answer their letters within ten days.", Actor.Officers)]
    [InlineData("Employees can expect from elected members: courtesy and patience.", Actor.Members)]
    [InlineData("Staff could expect that councillors will not phone them at home.", Actor.Members)]
    [InlineData("Portfolio holders are entitled to expect the Strategic Directors to brief them before each meeting.", Actor.Officers)]
    [InlineData("Officers can expect to be consulted before a ward meeting is called.", Actor.Members)]
    [InlineData("Ward members can expect the following from staff:", Actor.Officers)]
    [InlineData("Employees can expect these standards of behaviour from councillors:", Actor.Members)]
    [InlineData("Staff can expect from the Mayor and councillors:", Actor.Members)]
    [InlineData("Officers can expect of the Leader that they will respect political neutrality.", Actor.Members)]
    public void An_expectation_is_addressed_to_the_party_expected_to_act_not_the_one_who_may_expect_it(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Fact]
    public void An_expectation_that_names_no_party_keeps_its_subject()
    {
        // "the following" names nobody who is to act: no expected party is read, so the rule stays out of the way.
        Assert.Equal(Modality.CanExpect, Read("Councillors and staff can expect the following from each other:").Modality);
        Assert.Equal(Actor.Both, Read("Councillors and staff can expect the following from each other:").Actor);
    }

    [Fact]
    public void Items_of_an_expectations_list_are_addressed_to_the_party_its_lead_in_expects_to_act()
    {
        var leadIn = ClauseClassifier.LeadInFor("Staff can expect that councillors will not:", ClauseContext.None);
        Assert.Equal(Actor.Members, leadIn.Actor);
        var byLeadIn = ClauseClassifier.LeadInFor("Councillors can expect officers to:", ClauseContext.None);
        Assert.Equal((Actor.Officers, Modality.CanExpect), (byLeadIn.Actor, byLeadIn.Modality));
        Assert.Equal(Actor.Officers, ClauseClassifier.Classify("reply to casework promptly;", byLeadIn, isListItem: true).Actor);
    }

    [Fact]
    public void An_inline_expectations_list_is_not_made_both_by_an_item_that_names_the_other_side() =>
        Assert.Equal(Actor.Members, Read("Staff can expect councillors to: • be polite; • accept that new staff may find it hard to say no.").Actor);

    [Theory]
    [InlineData("The Corporate Directors will brief ward councillors on local matters.", Actor.Officers)]
    [InlineData("Heads of Service should copy the ward councillor into replies.", Actor.Officers)]
    [InlineData("The Managing Director will decide whether the matter goes further.", Actor.StatutoryOfficers)]
    public void Directors_and_heads_of_service_are_officers_and_a_managing_director_a_statutory_officer(string text, Actor actor) =>
        Assert.Equal(actor, Read(text).Actor);

    [Fact]
    public void An_expectation_that_names_who_is_to_act_is_read_surely_and_one_that_does_not_needs_review()
    {
        Assert.Null(ClauseClassifier.ExplainAddressedTo("Councillors can expect staff to reply within ten days.", Actor.Officers, null).Concern);
        Assert.Null(ClauseClassifier.ExplainAddressedTo("reply within ten days;", Actor.Officers, "Councillors can expect staff to:").Concern);
        Assert.NotNull(ClauseClassifier.ExplainAddressedTo("Staff can expect to be consulted before a ward meeting.", Actor.Members, null).Concern);
    }
}
