using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// When a theme tag rests on weak evidence it is Needs review, not a confident reading: a section heading that names
/// other topics too, a committee named in passing, or what a sentence says could be harmed. Sentences written for these
/// tests; each rule has a case that stays confident. Pure: taxonomy text in, tags out.
/// </summary>
[Trait("Kind", "Pure")]
public class ThemeEvidenceTests
{
    private static ThemeClassifier Classifier()
    {
        var (taxonomy, errors) = TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", """
            themes:
              - id: respect
                title: Respect
                phrases: [respect, courtesy]
              - id: standards
                title: Standards
                phrases: [standards committee, code of conduct]
              - id: media
                title: Media
                headings: [media]
              - id: secrets
                title: Confidentiality
                headings: [confidentiality]
                phrases: [confidential]
              - id: statutory
                title: Statutory officers
                phrases: [monitoring officer]
              - id: roles
                title: Roles
                headings: [role]
              - id: neutral
                title: Neutrality
                phrases: [politically neutral, party group]
              - id: complaints
                title: Complaints
                phrases: [concern ... planner]
            """));
        Assert.True(taxonomy is not null, string.Join("\n", errors));
        return new ThemeClassifier(taxonomy!);
    }

    private static ReadingState? State(string text, string theme, params string[] headings) =>
        Classifier().Classify(text, [.. headings]).SingleOrDefault(t => t.Theme == theme)?.Provenance.State;

    [Fact]
    public void A_heading_that_names_only_the_theme_puts_each_clause_under_it_on_the_theme()
    {
        Assert.Equal(ReadingState.Read, State("Papers marked as exempt are to be kept in the locked cabinet.", "secrets", "7. Confidentiality"));
        Assert.Equal(ReadingState.Read, State("Reporters may ring the press office at any time.", "media", "Councillors and the media"));
    }

    [Fact]
    public void A_heading_that_names_other_topics_too_is_not_enough_on_its_own()
    {
        Assert.Equal(ReadingState.NeedsReview, State("Letters to ward councillors will be answered within a fortnight.", "media", "Letters, e-mail and the media"));
        // The clause's own words settle it.
        Assert.Equal(ReadingState.Read, State("Confidential papers must not be forwarded.", "secrets", "Information, confidentiality and the press"));
    }

    [Fact]
    public void A_committee_named_in_passing_is_not_what_the_clause_is_about()
    {
        Assert.Equal(ReadingState.NeedsReview, State("This guidance was agreed by the Standards Committee in March.", "standards"));
        // Lower case, it is the clause's topic; a document or an office named with capitals is its topic too.
        Assert.Equal(ReadingState.Read, State("Each district has a standards committee which hears complaints.", "standards"));
        Assert.Equal(ReadingState.Read, State("Both sides must follow their Code of Conduct.", "standards"));
        Assert.Equal(ReadingState.Read, State("The Head of Legal is the Monitoring Officer.", "statutory"));
        // Another, topical, match keeps the tag confident.
        Assert.Equal(ReadingState.Read, State("Breaches of the code of conduct go to the Standards Committee.", "standards"));
    }

    [Fact]
    public void What_a_sentence_says_could_be_harmed_is_not_its_topic()
    {
        Assert.Equal(ReadingState.NeedsReview, State("Friendships between a councillor and a planner could undermine respect for the planning service.", "respect"));
        Assert.Equal(ReadingState.NeedsReview, State("Gossip about staff is likely to erode courtesy in meetings.", "respect"));
        // Before the harm, or in a sentence of its own, it is the topic.
        Assert.Equal(ReadingState.Read, State("Treat every planner with respect; rudeness could damage the service.", "respect"));
        Assert.Equal(ReadingState.Read, State("Rudeness could damage the service. Courtesy is expected of everyone.", "respect"));
    }

    [Theory]
    [InlineData("Standards Committee", true)]
    [InlineData("Audit and Standards Committee", true)]
    [InlineData("standards committee", false)]
    [InlineData("Code of Conduct", false)]
    [InlineData("Monitoring Officer", false)]
    [InlineData("STANDARDS COMMITTEE", false)]
    [InlineData("Committee", false)]
    public void A_body_is_named_in_passing_only_as_a_title_of_capitalised_words(string matched, bool passing) =>
        Assert.Equal(passing, ThemeClassifier.IsNamedInPassing(matched));

    private static IEnumerable<string> Default(string text) =>
        new ThemeClassifier(SeedAnalysis.Content.Taxonomy).Classify(text, []).Select(t => t.Theme);

    [Fact]
    public void A_prohibition_on_raising_something_in_public_is_not_a_complaints_route()
    {
        Assert.DoesNotContain("complaints-and-escalation", Default("Councillors should not raise concerns about a planner's work at a meeting open to the press."));
        Assert.DoesNotContain("complaints-and-escalation", Default("A councillor must never raise a caseworker's performance at full council."));
        Assert.Contains("complaints-and-escalation", Default("A councillor with a concern about an officer should raise it with the relevant Director."));
    }

    [Fact]
    public void Confidence_as_trust_is_not_confidentiality()
    {
        Assert.DoesNotContain("confidentiality", Default("Rudeness to staff can undermine public confidence in the authority."));
        Assert.DoesNotContain("confidentiality", Default("Either side may ask the Monitoring Officer for advice in confidence."));
        Assert.Contains("confidentiality", Default("Anything a resident tells a councillor in confidence must not be passed to officers without consent."));
    }

    [Fact]
    public void A_gap_phrase_within_one_run_of_words_is_firm_and_across_punctuation_is_loose()
    {
        Assert.Equal(ReadingState.Read, State("A councillor with a concern about the work of a planner should tell the Director.", "complaints"));
        Assert.Equal(ReadingState.NeedsReview, State("Any concern goes to the Director, and the planner is told.", "complaints"));
        Assert.Equal(ReadingState.NeedsReview, State("Concern | First contact | The planner's manager", "complaints"));
    }

    [Fact]
    public void A_heading_alone_needs_review_when_the_clause_is_about_another_theme()
    {
        // Under a heading that names only the theme, the clause is on it …
        Assert.Equal(ReadingState.Read, State("Councillors set the budget and officers carry it out.", "roles", "The role of councillors"));
        // … unless its own words are firmly about something else: then the specific theme is the filing, the heading a hint.
        Assert.Equal(ReadingState.NeedsReview, State("Staff must stay politically neutral in all their work.", "roles", "The role of officers"));
        Assert.Equal(ReadingState.Read, State("Staff must stay politically neutral in all their work.", "neutral", "The role of officers"));
    }

    [Fact]
    public void Alternatives_joined_by_or_are_not_a_compound_phrase()
    {
        Assert.Null(State("Staff work for the whole council and not for any party or group.", "neutral"));
        Assert.Equal(ReadingState.Read, State("Staff may brief a party group at its request.", "neutral"));
    }

    [Fact]
    public void A_word_that_opens_the_name_of_a_policy_or_an_Act_is_named_in_passing()
    {
        Assert.Equal(ReadingState.NeedsReview, State("The Council's Respect at Work Policy applies to councillors too.", "respect"));
        Assert.Equal(ReadingState.NeedsReview, State("Requests are handled under the Courtesy Charter.", "respect"));
        Assert.Equal(ReadingState.Read, State("Respect at work is owed by councillors to every officer.", "respect"));
        Assert.Equal(ReadingState.Read, State("Councillors must show respect to officers, as the Council's policy says.", "respect"));
    }

    [Fact]
    public void A_party_group_leaders_title_is_named_in_passing()
    {
        Assert.Equal(ReadingState.NeedsReview, State("The Director may speak to the Party Group Leader about it.", "neutral"));
        Assert.Equal(ReadingState.Read, State("Officers may attend a Party Group meeting only to give facts.", "neutral"));
    }

    [Fact]
    public void Idioms_and_names_that_share_a_topic_word_do_not_tag_with_the_default_vocabulary()
    {
        // "Their role as councillors" says what something is for; "the officer responsible" names whom to ask.
        Assert.DoesNotContain("roles-and-responsibilities", Default("Councillors are given laptops to help them in their role as councillors."));
        Assert.DoesNotContain("roles-and-responsibilities", Default("Room bookings are made with the officer responsible for the building."));
        Assert.Contains("roles-and-responsibilities", Default("Chief officers are responsible for running services day to day."));
        Assert.DoesNotContain("use-of-council-resources", Default("Officers should at all times be polite to visitors."));
        Assert.DoesNotContain("ward-councillors-and-casework", Default("Board members are nominated by the constituent councils."));
        Assert.DoesNotContain("power-imbalance-and-junior-staff", Default("Challenges to advice are best made at a senior level."));
        Assert.DoesNotContain("training-and-support", Default("Councillors and the clerk should support each other's roles."));
        Assert.DoesNotContain("access-to-information", Default("At a public meeting officers give factual information only."));
    }

    [Fact]
    public void Neutrality_ward_criticism_and_resources_are_read_from_their_usual_wording()
    {
        Assert.Contains("political-neutrality-and-impartiality", Default("Staff must not be asked to draft leaflets for a political party."));
        Assert.Contains("ward-councillors-and-casework", Default("Councillors represent the people of their ward."));
        Assert.Contains("ward-councillors-and-casework", Default("Officers will tell members about plans affecting their wards."));
        Assert.Contains("criticism-of-officers-in-public", Default("Councillors must not question the conduct or capability of a named officer at a council meeting."));
        Assert.Contains("use-of-council-resources", Default("Councillors must not ask staff to work outside their contracted duties."));
    }

    [Fact]
    public void Pressure_routes_and_standards_are_read_from_their_usual_wording()
    {
        Assert.Contains("bullying-harassment-and-undue-pressure", Default("Councillors must not put planners under pressure to change a report."));
        Assert.Contains("complaints-and-escalation", Default("If the matter is not resolved, the Director will refer the matter to the Chief Executive."));
        Assert.Contains("complaints-and-escalation", Default("A caretaker who is upset by a councillor should tell their line manager."));
        Assert.Contains("codes-of-conduct", Default("Councillors must act with integrity in every dealing with staff."));
        Assert.Contains("codes-of-conduct", Default("Anyone may complain to the Ombudsman about a councillor."));
        // Respecting an officer's integrity is not the councillor's own standard of conduct.
        Assert.DoesNotContain("codes-of-conduct", Default("Councillors should respect the professional integrity of planners."));
    }

    [Fact]
    public void Reports_and_references_are_not_a_complaints_route()
    {
        // "Report" and "refer" stem the same as the nouns: a group asking for reports on matters, a post that reports to
        // the Monitoring Officer and a reference to the Chief Executive raise no concern.
        Assert.DoesNotContain("complaints-and-escalation", Default("A political group may ask a Director to prepare written reports on matters before the council."));
        Assert.DoesNotContain("complaints-and-escalation", Default("The Head of Democratic Services reports to the Monitoring Officer."));
        Assert.DoesNotContain("complaints-and-escalation", Default("References in this protocol to the Chief Executive include the deputy."));
    }
}
