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
}
