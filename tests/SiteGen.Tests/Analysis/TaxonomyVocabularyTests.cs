using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The default taxonomy's phrases read general monitoring-officer vocabulary, in sentences written for these tests in
/// the shapes councils publish, and do not fire on a common word alone or on a word used in another sense.
/// </summary>
[Trait("Kind", "Pure")]
public class TaxonomyVocabularyTests
{
    private static readonly ThemeClassifier Themes = new(SeedAnalysis.Content.Taxonomy);

    private static string[] ThemesOf(string text) => [.. Themes.Classify(text, []).Select(t => t.Theme)];

    [Theory]
    [InlineData("A councillor should take any worry about an employee to the Head of Service and must not raise it at a public meeting.", "criticism-of-officers-in-public")]
    [InlineData("Officers cannot answer back when they are criticised at a committee.", "criticism-of-officers-in-public")]
    [InlineData("Staff will reply to councillors' enquiries within ten working days.", "correspondence")]
    [InlineData("Officers will keep ward councillors informed of significant proposals in their area.", "access-to-information")]
    [InlineData("Councillors are entitled to information held by the Council where they need it for their duties.", "access-to-information")]
    [InlineData("Employees serve the Council as a whole, whatever the make-up of the administration.", "political-neutrality-and-impartiality")]
    [InlineData("Officers will treat all councillors alike, whatever their political affiliation.", "political-neutrality-and-impartiality")]
    [InlineData("Staff will treat every councillor equally and fairly.", "equalities")]
    [InlineData("Councillors should not set unreasonable deadlines for staff.", "use-of-council-resources")]
    [InlineData("The Clerk must not be asked to work outside the hours in the Clerk's contract.", "use-of-council-resources")]
    [InlineData("Councillors set policy; it is for employees to implement those decisions and manage operational matters.", "roles-and-responsibilities")]
    [InlineData("A councillor has no power as an individual to instruct a member of staff.", "roles-and-responsibilities")]
    [InlineData("Chairs and Vice-Chairs of committees will be briefed before each meeting.", "scrutiny-and-committees")]
    [InlineData("An employee who is unhappy about a councillor's behaviour should speak to their manager.", "complaints-and-escalation")]
    [InlineData("Councillors must not use their position to gain an advantage for a relative.", "interests-gifts-and-hospitality")]
    public void General_vocabulary_puts_a_clause_on_its_theme(string text, string theme) =>
        Assert.Contains(theme, ThemesOf(text));

    [Theory]
    [InlineData("Equally, the Chair will sign the minutes.", "equalities")]
    [InlineData("Officers support the Chair at every meeting.", "training-and-support")]
    [InlineData("The Chair and Vice-Chair of the Council will attend civic events in the Town Hall.", "scrutiny-and-committees")]
    [InlineData("Councillors should respect the hours that part-time staff are contracted to work.", "mutual-respect-and-courtesy")]
    [InlineData("Councillors and officers should respect each other's confidences.", "mutual-respect-and-courtesy")]
    [InlineData("Councillors may attend the public meeting of the parish forum.", "criticism-of-officers-in-public")]
    [InlineData("Officers will respond to the consultation within the working day.", "access-to-information")]
    public void A_common_word_alone_or_in_another_sense_does_not(string text, string theme) =>
        Assert.DoesNotContain(theme, ThemesOf(text));

    [Fact]
    public void A_statutory_post_named_on_a_matters_way_is_at_most_for_review()
    {
        var tag = Themes.Classify("The Head of Paid Service will refer it to the Monitoring Officer.", []).SingleOrDefault(t => t.Theme == "statutory-officers");
        Assert.True(tag is null || tag.Provenance.State == ReadingState.NeedsReview, tag?.Provenance.State.ToString());
        // Designated or described, the post is what the clause is about.
        Assert.Equal(ReadingState.Read, Themes.Classify("The Director of Law is the Monitoring Officer.", []).Single(t => t.Theme == "statutory-officers").Provenance.State);
        Assert.Equal(ReadingState.Read, Themes.Classify("The Head of Paid Service has a duty to report on staffing.", []).Single(t => t.Theme == "statutory-officers").Provenance.State);
    }

    [Fact]
    public void No_expectation_or_theme_phrase_of_the_default_taxonomy_is_a_single_common_word()
    {
        string[] common = ["support", "equally", "chair", "advice", "information", "close", "public", "meeting", "work", "council", "reply", "respond", "time"];
        var single = SeedAnalysis.Content.Taxonomy.Themes.SelectMany(t => t.Phrases.Select(p => (t.Id, p)))
            .Concat(SeedAnalysis.Content.Taxonomy.Expectations.SelectMany(x => x.Phrases.Select(p => (x.Id, p))))
            .Where(x => PhraseMatcher<string>.Compile(x.p) is { } c && c.Parts.Length == 1 && common.Contains(c.Parts[0]!))
            .Select(x => $"{x.Id}: {x.p.Text}").ToArray();
        Assert.True(single.Length == 0, string.Join("\n", single));
    }

    [Fact]
    public void Keeping_a_note_of_a_date_is_not_keeping_members_up_to_date()
    {
        var extractor = new ExpectationExtractor(SeedAnalysis.Content.Taxonomy);
        var text = "The officer should keep a file note of the advice and of the date on which councillors were told.";
        var protocol = SeedAnalysis.Protocols[0] with
        {
            Sections = [SeedAnalysis.Protocols[0].Sections[0] with { Clauses = [SeedAnalysis.Protocols[0].Sections[0].Clauses[0] with { Text = text, Children = [] }] }],
        };
        Assert.DoesNotContain(extractor.Extract(protocol), s => s.Expectation == "regular-information");
    }
}
