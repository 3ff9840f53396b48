using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The general rules that give an expectation its direction, or withhold it: headings that lead a list, lists of what
/// one side must not ask of the other, concerns not to be raised in public, passive predicates, provision with no
/// provider. Sentences are written for these tests in the shapes councils publish; each rule has a negative case.
/// Pure: protocol and taxonomy text in, model out.
/// </summary>
[Trait("Kind", "Pure")]
public class ExpectationRulesTests
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
            phrases: [respect, courtesy]
          - id: neutrality
            title: Neutrality
            theme: conduct
            phrases: [party political, impartial]
          - id: whole-council
            title: The council as a whole
            theme: conduct
            phrases: [serve ... council as a whole]
          - id: training
            title: Training
            theme: conduct
            phrases: [training]
          - id: requests
            title: Reasonable requests
            theme: conduct
            phrases: [personal business, outside ... working hours]
          - id: not-undermined-in-public
            title: Not criticised in public
            theme: conduct
            phrases: [criticise ... media]
          - id: professional-advice
            title: Professional advice
            theme: conduct
            phrases: [professional advice]
          - id: bullying
            title: Bullying
            theme: conduct
            phrases: [harassment]
          - id: information
            title: Information
            theme: conduct
            phrases: [keep ... informed]
          - id: timely
            title: Timely replies
            theme: conduct
            phrases: [answer ... working days]
        roles:
          - id: line-manager
            title: Line manager
            synonyms: [line manager]
        escalation:
          headings: [things go wrong]
          informal: [resolve matters informally]
        """;

    private static ImmutableArray<ExpectationStatement> Expectations(string body) => TestProtocols.Analyse(body, Taxonomy).Expectations;

    private static ExpectationStatement Stated(ImmutableArray<ExpectationStatement> found, string id, Direction direction) =>
        Assert.Single(found, s => s.Expectation == id && s.Direction == direction && s.Provenance.State == ReadingState.Read);

    [Fact]
    public void A_heading_naming_who_can_expect_what_from_whom_leads_the_items_under_it()
    {
        var found = Expectations("## 4. What councillors can expect of staff\n\n(a) impartial advice on every matter;\n\n(b) to be treated with courtesy.\n\n## 5. What staff can expect from councillors\n\n(a) courtesy at all times;\n\n(b) no request for work of a party political kind.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.MembersToOfficers);
        Assert.Contains(found, s => s.Expectation == "neutrality" && s.Direction == Direction.MembersToOfficers);
    }

    [Fact]
    public void A_can_expect_lead_in_that_runs_on_in_its_own_sentence_leads_the_words_after_it()
    {
        var found = Expectations("1. Councillors can expect staff to give them impartial advice and to keep them informed of events in their wards.\n\n2. Staff can expect councillors to show them courtesy.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "information", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Expectation == "respect" && s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_can_expect_lead_in_that_ends_its_sentence_reads_nothing_from_itself()
    {
        var found = Expectations("1. Councillors can expect the following from staff, who are bound by a code on impartial conduct:\n\n(a) courtesy.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality");
        Stated(found, "respect", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_second_sentence_giving_the_same_in_return_owes_what_the_first_named_to_the_other_side()
    {
        var found = Expectations("1. Councillors must treat staff with courtesy. Staff will show councillors the same consideration in return.\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        Stated(found, "respect", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_second_sentence_that_only_treats_alike_gives_nothing_in_return()
    {
        var found = Expectations("1. Councillors must treat staff with courtesy. Staff will reply to councillors in the same way as to residents.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "respect" && s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_comma_and_employees_half_sentence_is_read_for_its_own_side()
    {
        var found = Expectations("1. Councillors should not ask staff to deal with their personal business, and employees should not ask councillors about such matters.\n");
        Stated(found, "requests", Direction.MembersToOfficers);
        Stated(found, "requests", Direction.OfficersToMembers);
        var joined = Expectations("1. Councillors should not discuss the personal business of officers and employees with residents.\n");
        Assert.DoesNotContain(joined, s => s.Direction == Direction.OfficersToMembers);
    }

    [Theory]
    [InlineData("Neither councillors nor staff should take part in party political campaigning on council premises.")]
    [InlineData("Neither side should give the other any party political material.")]
    [InlineData("Neither a councillor nor an officer should take part in party political campaigning on council premises.")]
    public void Neither_one_nor_the_other_is_owed_by_both(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Stated(found, "neutrality", Direction.Mutual);
    }

    [Fact]
    public void Nor_after_a_one_sided_subject_keeps_the_subject_side()
    {
        var found = Expectations("1. Councillors should not discuss party political matters with staff, nor with residents.\n");
        Stated(found, "neutrality", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Direction == Direction.Mutual);
    }

    [Fact]
    public void Forbidding_anything_that_would_compromise_something_asks_for_that_thing()
    {
        var found = Expectations("1. Councillors must not ask staff to do anything that would compromise their impartial standing.\n");
        Stated(found, "neutrality", Direction.MembersToOfficers);
    }

    [Fact]
    public void What_a_sentence_only_says_could_be_compromised_is_not_asked_for()
    {
        var found = Expectations("1. Councillors who become friends with staff may compromise the impartial standing of those staff.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
    }

    [Theory]
    [InlineData("Corporate Directors will keep the portfolio councillors informed of any significant risk.")]
    [InlineData("Heads of Service should keep ward councillors informed of works in their wards.")]
    public void A_senior_officer_title_owing_a_duty_to_members_is_the_officers_side(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Stated(found, "information", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_senior_officer_title_with_no_member_named_owes_members_nothing()
    {
        var found = Expectations("1. Directors will keep the risk register informed by quarterly returns.\n");
        Assert.DoesNotContain(found, s => s.Direction == Direction.OfficersToMembers && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_heading_that_only_names_a_topic_gives_its_items_no_direction()
    {
        var found = Expectations("## 4. Impartial advice\n\n(a) impartial advice on every matter;\n\n(b) courtesy at all times.\n");
        Assert.DoesNotContain(found, s => s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_sentence_under_an_expectations_heading_that_names_its_own_subject_keeps_its_own_direction()
    {
        var found = Expectations("## 4. What councillors can expect from staff\n\n4.1 Councillors must treat staff with courtesy.\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_list_of_what_officers_must_not_be_asked_by_a_member_to_do_is_owed_by_members()
    {
        var found = Expectations("1. Staff must not be asked by a councillor to:\n\n(a) do work of a party political nature;\n\n(b) deal with a councillor's personal business.\n");
        Stated(found, "neutrality", Direction.MembersToOfficers);
        Stated(found, "requests", Direction.MembersToOfficers);
    }

    [Fact]
    public void A_list_of_what_members_should_not_ask_officers_to_do_is_owed_by_members()
    {
        var found = Expectations("1. Councillors should not ask employees to:\n\n(a) carry out party political work;\n\n(b) work outside their normal working hours.\n");
        Stated(found, "neutrality", Direction.MembersToOfficers);
        Stated(found, "requests", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void The_clerk_or_an_expected_to_lead_in_names_who_owes_the_items()
    {
        var found = Expectations("1. The Parish Clerk will:\n\n(a) give impartial advice to every councillor.\n\n2. Councillors are expected to:\n\n(a) treat the Clerk with courtesy.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.MembersToOfficers);
    }

    [Theory]
    [InlineData("A councillor who is unhappy with the work of an employee should take it up with the Head of Service, and not at a meeting of the full Council.")]
    [InlineData("Where a councillor has a concern about an officer, it should go to the officer's manager. It must never be raised in front of members of the public.")]
    [InlineData("Councillors should not raise concerns about an officer's capability at a public meeting.")]
    public void A_concern_that_must_not_be_raised_in_public_is_an_expectation_owed_by_the_one_concerned(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        var s = Stated(found, "not-undermined-in-public", Direction.MembersToOfficers);
        Assert.Equal(StatementForm.General, s.Form);
    }

    [Fact]
    public void An_officer_told_not_to_air_a_councillors_conduct_in_public_owes_it_to_members()
    {
        var found = Expectations("1. Equally, officers should not raise a concern about a councillor's conduct in the press.\n");
        Stated(found, "not-undermined-in-public", Direction.OfficersToMembers);
    }

    [Theory]
    [InlineData("Officers should not discuss exempt reports at public meetings.")]
    [InlineData("A councillor who has a concern about an officer should raise it with the Director.")]
    [InlineData("Members will raise concerns about services at the area forum, which is open to the public.")]
    public void Public_places_without_a_forbidden_airing_of_a_concern_state_no_such_expectation(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Assert.DoesNotContain(found, s => s.Expectation == "not-undermined-in-public");
    }

    [Fact]
    public void A_passive_second_predicate_does_not_turn_round_the_duty_of_the_first()
    {
        var found = Expectations("1. Officers serve the Council as a whole and must not be asked to carry out party political work.\n");
        Stated(found, "neutrality", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Expectation == "whole-council" && s.Direction == Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void Provision_to_members_with_no_provider_named_needs_review()
    {
        var found = Expectations("1. Councillors will be offered training on this protocol after each election.\n");
        Assert.All(found.Where(s => s.Expectation == "training"), s => Assert.Equal(ReadingState.NeedsReview, s.Provenance.State));
        Assert.Contains(found, s => s.Expectation == "training");
    }

    [Fact]
    public void A_reply_promised_to_one_side_with_no_one_named_to_give_it_needs_review()
    {
        var found = Expectations("1. Letters from councillors will be answered within five working days.\n");
        Assert.Contains(found, s => s.Expectation == "timely");
        Assert.All(found.Where(s => s.Expectation == "timely"), s => Assert.Equal(ReadingState.NeedsReview, s.Provenance.State));
        // Who answers is named: the agent owes it.
        Stated(Expectations("1. Letters from councillors will be answered by officers within five working days.\n"), "timely", Direction.OfficersToMembers);
    }

    [Fact]
    public void An_office_holder_running_the_protocol_for_the_council_is_not_one_side_dealing_with_the_other()
    {
        var found = Expectations("1. The Monitoring Officer will arrange training on these rules for every councillor after each election.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "training" && s.Provenance.State == ReadingState.Read);
        // Staff who arrange it for councillors owe it.
        Stated(Expectations("1. Staff will arrange training for every councillor after each election.\n"), "training", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_sentence_citing_the_principles_of_public_life_needs_review()
    {
        var found = Expectations("1. Councillors and staff must uphold the seven principles of public life and act in an impartial way.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
        // The same value asked of one side, without the principles cited, is stated.
        Stated(Expectations("1. Staff must give impartial advice to every councillor.\n"), "neutrality", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_description_of_what_one_side_does_for_the_councils_bodies_needs_review()
    {
        var found = Expectations("1. Officers give impartial advice to the Council, its Cabinet and committees, and carry out its decisions.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
        Assert.Contains(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.NeedsReview);
        // The same description towards the other side, or the same words said as a duty, is stated.
        Stated(Expectations("1. Officers give impartial advice to every councillor.\n"), "neutrality", Direction.OfficersToMembers);
        Stated(Expectations("1. Officers must give impartial advice to the Council, its Cabinet and committees.\n"), "neutrality", Direction.OfficersToMembers);
    }

    [Fact]
    public void Words_only_in_an_opening_condition_need_review()
    {
        var found = Expectations("1. Where a councillor asks an officer for help with party political work, the officer should refer the request to the Chief Executive.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
        Assert.Contains(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.NeedsReview);
        // What follows the condition is what is asked, and is stated; so is the same words without a condition.
        Stated(Expectations("1. If a councillor asks for a briefing, officers must not give party political advice.\n"), "neutrality", Direction.OfficersToMembers);
        Stated(Expectations("1. Officers must not help a councillor with party political work.\n"), "neutrality", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_sentence_whose_subject_is_a_publication_needs_review()
    {
        var found = Expectations("1. Council newsletters may quote councillors but must not carry party political slogans.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
        // A side named as the subject of the same words is stated.
        Stated(Expectations("1. Councillors must not ask officers to put party political slogans in Council newsletters.\n"), "neutrality", Direction.MembersToOfficers);
    }

    [Fact]
    public void Provision_by_a_named_side_is_stated()
    {
        var found = Expectations("1. Councillors will be offered training by senior officers after each election.\n");
        Assert.Contains(found, s => s.Expectation == "training" && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_duty_owed_to_every_person_alike_is_mutual()
    {
        var found = Expectations("1. Every person working for or with the Council must be treated with courtesy.\n");
        Stated(found, "respect", Direction.Mutual);
    }

    [Fact]
    public void What_one_side_is_not_to_be_asked_is_the_other_sides_duty()
    {
        var found = Expectations("1. Employees are not to be contacted outside their normal working hours except in an emergency.\n");
        Stated(found, "requests", Direction.MembersToOfficers);
    }

    [Fact]
    public void A_thing_that_is_not_to_be_done_names_no_side()
    {
        var found = Expectations("1. Reports are not to be circulated outside their normal working hours.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "requests" && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void A_sentence_describing_what_one_side_does_for_the_other_is_owed_by_that_side()
    {
        var found = Expectations("1. Staff give impartial advice to every councillor, whatever their party.\n\n2. It is the role of councillors to treat staff with courtesy.\n\n3. Employees have a duty to serve the council as a whole.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.MembersToOfficers);
        Stated(found, "whole-council", Direction.OfficersToMembers);
        // What a fact about a side goes on to say of it is a description too.
        Stated(Expectations("1. Staff are employed by the borough and give impartial advice to each councillor.\n"), "neutrality", Direction.OfficersToMembers);
    }

    [Fact]
    public void A_description_continued_by_they_keeps_the_side_the_sentence_before_opened_with()
    {
        var found = Expectations("1. Officers are appointed by the council. They serve the council as a whole and give impartial advice.\n");
        Stated(found, "whole-council", Direction.OfficersToMembers);
        Stated(found, "neutrality", Direction.OfficersToMembers);
    }

    [Fact]
    public void One_side_entitled_to_something_is_owed_it_by_the_other()
    {
        var found = Expectations("1. Employees are entitled to courtesy from every councillor.\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Direction == Direction.OfficersToMembers);
    }

    [Fact]
    public void A_fact_about_a_side_or_a_description_of_someone_else_is_no_expectation()
    {
        // Who employs officers, what a committee does and what happens to training are facts, not duties between the sides.
        var found = Expectations("1. Officers are employed by the council as a whole.\n\n2. The Standards Committee gives impartial rulings on complaints.\n\n3. Councillors and officers attended training last year.\n\n4. They serve the council as a whole.\n");
        Assert.DoesNotContain(found, s => s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void The_subject_of_a_sentence_opening_with_a_condition_is_in_its_main_clause()
    {
        var found = Expectations("1. When a councillor asks about a planning case, the officer handling it will reply with courtesy.\n\n2. If an employee is busy, councillors should show courtesy.\n\n3. Where it is needed, councillors should show staff respect.\n");
        var one = found.Where(s => s.ClauseId.EndsWith("/1", StringComparison.Ordinal)).ToArray();
        Assert.Contains(one, s => s.Expectation == "respect" && s.Direction == Direction.OfficersToMembers);
        Assert.DoesNotContain(one, s => s.Direction == Direction.MembersToOfficers);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/2", StringComparison.Ordinal) && s.Direction == Direction.MembersToOfficers);
        // A condition that names no side leaves the subject where it was.
        Assert.Contains(found, s => s.ClauseId.EndsWith("/3", StringComparison.Ordinal) && s.Direction == Direction.MembersToOfficers);
    }

    [Fact]
    public void A_passive_duty_whose_agent_is_one_side_is_that_sides()
    {
        var found = Expectations("1. Staff are not to be spoken to without courtesy by any councillor, whatever the pressure.\n\n2. Party political work must never be requested by councillors.\n\n3. Councillors are to be treated with courtesy by employees.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1", StringComparison.Ordinal) && s.Expectation == "respect" && s.Direction == Direction.MembersToOfficers);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/2", StringComparison.Ordinal) && s.Expectation == "neutrality" && s.Direction == Direction.MembersToOfficers);
        Assert.Contains(found, s => s.ClauseId.EndsWith("/3", StringComparison.Ordinal) && s.Expectation == "respect" && s.Direction == Direction.OfficersToMembers);
        Assert.DoesNotContain(found, s => s.ClauseId.EndsWith("/1", StringComparison.Ordinal) && s.Direction != Direction.MembersToOfficers);
    }

    [Fact]
    public void What_closeness_could_call_into_question_is_not_what_the_sentence_asks()
    {
        var found = Expectations("1. Councillors and staff should not become so friendly as to call into question whether advice is impartial.\n\n2. Both sides should:\n\n(a) avoid friendships that could give rise to a suspicion that advice is not impartial;\n\n(b) avoid anything which could undermine courtesy.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality");
        // What an item says could be harmed is what it protects.
        Assert.Contains(found, s => s.Expectation == "respect" && s.Direction == Direction.Mutual);
    }

    [Fact]
    public void They_after_a_sentence_opening_with_one_side_is_that_side()
    {
        var found = Expectations("1. Staff are paid by the council. They must give impartial advice to councillors.\n\n2. The committee met in May. They must give impartial advice to councillors.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1", StringComparison.Ordinal) && s.Expectation == "neutrality" && s.Direction == Direction.OfficersToMembers && s.Provenance.State == ReadingState.Read);
        // "They" after a sentence about someone else names no side with certainty.
        Assert.DoesNotContain(found, s => s.ClauseId.EndsWith("/2", StringComparison.Ordinal) && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void Each_column_of_a_two_sided_table_is_owed_by_the_side_its_header_names()
    {
        var found = Expectations("1. The table sets out what each side undertakes.\n\nCouncillors will\tStaff will\ntreat staff with courtesy\tgive impartial advice\nnot ask for work of a party political kind\ttreat councillors with courtesy\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        Stated(found, "neutrality", Direction.MembersToOfficers);
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.OfficersToMembers);
    }

    [Theory]
    [InlineData("Councillors can expect", Direction.OfficersToMembers)]
    [InlineData("What employees can expect", Direction.MembersToOfficers)]
    [InlineData("Members will", Direction.MembersToOfficers)]
    [InlineData("Officers undertake to:", Direction.OfficersToMembers)]
    internal void A_table_header_cell_names_who_owes_its_column(string cell, Direction direction) =>
        Assert.Equal(direction, ExpectationExtractor.ColumnHeadReading(cell));

    [Theory]
    [InlineData("Members and officers will")]
    [InlineData("Notes")]
    [InlineData("Officers")]
    public void A_header_cell_naming_both_sides_or_no_duty_gives_no_direction(string cell) =>
        Assert.Null(ExpectationExtractor.ColumnHeadReading(cell));

    [Fact]
    public void A_bullet_list_pasted_into_one_paragraph_is_led_by_its_lead_in()
    {
        var found = Expectations("1. Staff will: Ø give councillors impartial advice; Ø treat councillors with courtesy.\n\n2. Councillors will: ▪ keep staff informed of their ward work; ▪ show courtesy to staff.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "respect", Direction.OfficersToMembers);
        Stated(found, "information", Direction.MembersToOfficers);
        Stated(found, "respect", Direction.MembersToOfficers);
    }

    [Fact]
    public void An_item_under_a_forbidding_lead_in_that_airs_a_concern_in_public_is_not_undermined_in_public()
    {
        var found = Expectations("1. Councillors must not:\n\n(a) raise concerns about a named employee's work at a public meeting;\n\n(b) ask staff to do party political work.\n");
        Assert.Contains(found, s => s.ClauseId.EndsWith("/1(a)", StringComparison.Ordinal) && s.Expectation == "not-undermined-in-public" && s.Direction == Direction.MembersToOfficers);
    }

    [Fact]
    public void An_item_naming_a_public_place_without_a_concern_aired_there_is_not_undermined_in_public()
    {
        var found = Expectations("1. Councillors will:\n\n(a) show courtesy to staff, including in meetings held in public.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "not-undermined-in-public");
    }

    [Fact]
    public void The_other_sides_half_of_a_sentence_that_refers_back_takes_what_the_first_half_names()
    {
        var found = Expectations("1. Staff will not draft party political leaflets, and councillors should not ask them to.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        Stated(found, "neutrality", Direction.MembersToOfficers);
    }

    [Fact]
    public void A_second_half_naming_something_new_takes_nothing_from_the_first()
    {
        var found = Expectations("1. Staff will not draft party political leaflets, and councillors should tell the Clerk about their surgeries.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Direction == Direction.MembersToOfficers);
    }

    [Fact]
    public void A_passive_second_predicate_about_treatment_is_owed_by_the_other_side()
    {
        var found = Expectations("1. Staff attending the panel will answer its questions fully, and will be treated with courtesy.\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Expectation == "respect" && s.Direction == Direction.OfficersToMembers);
    }

    [Theory]
    [InlineData("A portfolio holder may say what they think about a matter delegated to staff, but the decision remains the officer's.")]
    [InlineData("Where a matter is delegated to staff, the employee remains responsible for the outcome.")]
    [InlineData("A committee chair may not instruct an officer to reach a particular answer under delegated powers.")]
    public void A_delegated_decision_left_to_the_officer_is_professional_advice_owed_by_members(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Stated(found, "professional-advice", Direction.MembersToOfficers);
    }

    [Fact]
    public void Delegation_alone_states_no_professional_advice()
    {
        var found = Expectations("1. The scheme of delegation lists the decisions officers may take.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "professional-advice");
    }

    [Theory]
    [InlineData("1. This protocol should be read with the Dignity at Work Policy, which asks for courtesy.\n")]
    [InlineData("1. Staff bullying policies are read alongside the councillors' code, with its duty of courtesy.\n")]
    public void A_cross_reference_to_other_documents_states_no_expectation(string body) =>
        Assert.DoesNotContain(Expectations(body), s => s.Expectation == "respect");

    [Fact]
    public void Harm_done_to_one_side_by_the_other_named_as_a_noun_is_owed_by_the_other()
    {
        var found = Expectations("1. Harassment of the Clerk by any councillor will not be tolerated.\n");
        Stated(found, "bullying", Direction.MembersToOfficers);
        Assert.DoesNotContain(found, s => s.Expectation == "bullying" && s.Direction == Direction.OfficersToMembers);
    }
    [Fact]
    public void They_opening_a_sentence_stands_for_the_side_the_sentence_before_opened_with()
    {
        var found = Expectations("1. Staff who go to a group's meeting are there to explain the budget. They will not join in party political argument.\n");
        Stated(found, "neutrality", Direction.OfficersToMembers);
        var councillors = Expectations("1. Councillors sit on the lottery panel. They must not take part in party political canvassing at its meetings.\n");
        Stated(councillors, "neutrality", Direction.MembersToOfficers);
    }

    [Fact]
    public void They_after_a_subject_joined_with_the_other_side_is_not_one_side()
    {
        var found = Expectations("1. Councillors and staff often sit on the same outside bodies. They should avoid party political argument there.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Direction != Direction.Mutual);
    }

    [Fact]
    public void They_after_a_sentence_opened_by_neither_side_says_nothing_of_one_side()
    {
        var found = Expectations("1. Outside bodies choose their own chairs. They should avoid party political argument.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read);
    }

    [Theory]
    [InlineData("Staff may be invited to brief a party group on the budget. Any such briefing will be confined to facts and must not be party political.")]
    [InlineData("Officer reports to committees set out the options. Reports will not contain party political argument.")]
    [InlineData("Officers' advice to the cabinet is written down. Advice must be impartial.")]
    public void A_subject_that_is_what_the_sentence_before_says_one_side_gives_is_that_sides_duty(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        var statement = Stated(found, "neutrality", Direction.OfficersToMembers);
        Assert.Equal("sentence whose subject is what the sentence before says one side gives", statement.Provenance.Method);
    }

    [Theory]
    [InlineData("Councillors will receive reports a week before each meeting. Reports will not contain party political argument.")]
    [InlineData("Outside bodies send the council their annual reports. Reports must be impartial.")]
    [InlineData("Staff may be invited to brief a party group on the budget. Requests will be confined to facts and must not be party political.")]
    public void A_thing_the_side_before_only_receives_or_that_no_side_gives_carries_no_duty(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Assert.DoesNotContain(found, s => s.Expectation == "neutrality" && s.Provenance.State == ReadingState.Read
            && s.Provenance.Method == "sentence whose subject is what the sentence before says one side gives");
    }

    [Theory]
    [InlineData("Harassment will not be tolerated.")]
    [InlineData("Bullying and harassment are completely unacceptable, whoever is responsible.")]
    [InlineData("Intimidation, bullying or harassment is not acceptable in the parish office.")]
    public void Harm_forbidden_as_a_noun_with_no_side_named_is_owed_by_both(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Stated(found, "bullying", Direction.Mutual);
    }

    [Theory]
    [InlineData("Harassment is acceptable to nobody, but the policy on it is under review.")]
    [InlineData("Harassment of staff by councillors will not be tolerated.")]
    [InlineData("Harassment complaints are dealt with under the grievance procedure.")]
    public void Harm_that_is_not_forbidden_or_names_a_side_is_not_owed_by_both(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Assert.DoesNotContain(found, s => s.Expectation == "bullying" && s.Direction == Direction.Mutual && s.Provenance.State == ReadingState.Read);
    }

    [Fact]
    public void Saying_one_side_cannot_answer_back_in_public_is_no_prohibition_on_airing_a_concern()
    {
        var found = Expectations("1. Councillors must never criticise staff in the media. Officers are not able to answer back in public and must be shielded from such criticism.\n");
        Assert.DoesNotContain(found, s => s.Expectation == "not-undermined-in-public" && s.Direction == Direction.OfficersToMembers);
        var forbidden = Expectations("1. Councillors who are unhappy with an officer's work should raise it with the manager and not in public.\n");
        Stated(forbidden, "not-undermined-in-public", Direction.MembersToOfficers);
    }
    [Theory]
    [InlineData("The chair of the panel will ensure that staff giving evidence are shown courtesy.")]
    [InlineData("The Convener is responsible for making sure that the Clerk is treated with courtesy at every meeting.")]
    public void What_the_chair_sees_to_for_officers_at_a_meeting_is_owed_by_members(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Stated(found, "respect", Direction.MembersToOfficers);
    }

    [Theory]
    [InlineData("The chair of the panel will ensure that councillors are shown the papers with courtesy.")]
    [InlineData("The Chief Executive will ensure that staff giving evidence are shown courtesy.")]
    public void What_a_chair_sees_to_for_members_or_an_officer_sees_to_is_not_owed_by_members_through_the_chair(string sentence)
    {
        var found = Expectations($"1. {sentence}\n");
        Assert.DoesNotContain(found, s => s.Expectation == "respect" && s.Direction == Direction.MembersToOfficers && s.Provenance.State == ReadingState.Read);
    }
    [Fact]
    public void A_reports_content_said_to_be_the_officers_is_professional_advice_owed_by_members()
    {
        var found = Expectations("1. A portfolio holder may comment on a draft report, but the recommendations in it are a matter for the officer who writes it.\n");
        Stated(found, "professional-advice", Direction.MembersToOfficers);
        var timetable = Expectations("1. The officer who writes a report will send it to the portfolio holder a week before the meeting.\n");
        Assert.DoesNotContain(timetable, s => s.Expectation == "professional-advice");
        var newsletter = Expectations("1. The content of the newsletter is a matter for the communications officer.\n");
        Assert.DoesNotContain(newsletter, s => s.Expectation == "professional-advice");
    }

    [Fact]
    public void A_conduct_policy_applied_to_how_members_treat_officers_is_owed_by_members()
    {
        var found = Expectations("1. The Respect at Work Policy applies to the way councillors treat staff as it applies to the way staff treat one another.\n");
        Stated(found, "respect", Direction.MembersToOfficers);
        var staffOnly = Expectations("1. The Respect at Work Policy applies to staff in their dealings with one another.\n");
        Assert.DoesNotContain(staffOnly, s => s.Expectation == "respect" && s.Direction == Direction.MembersToOfficers);
    }

    [Fact]
    public void A_passive_done_at_the_request_of_one_side_is_that_sides_duty()
    {
        var found = Expectations("1. The professional advice in a report must not be changed at the request of a cabinet member.\n");
        Stated(found, "professional-advice", Direction.MembersToOfficers);
        var resident = Expectations("1. The professional advice in a report will be published at the request of a resident.\n");
        Assert.DoesNotContain(resident, s => s.Expectation == "professional-advice" && s.Provenance.State == ReadingState.Read);
    }
}
