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
}
