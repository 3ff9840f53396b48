using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// Wording councils use for a theme that the default taxonomy reads (who leads and manages whom, settling differences,
/// candidates and campaigns, a group's advice, contracted hours …), and the harm a sentence forbids read as its topic.
/// Sentences invented for these tests, not taken from the development corpus; each group has look-alikes that must not
/// be tagged confidently.
/// </summary>
[Trait("Kind", "Pure")]
public class ThemeWordingTests
{
    private static readonly AnalysisContent Content = SeedAnalysis.LoadContent();

    /// <summary>The themes SiteGen tags the sentence with, read as clause 1 of a protocol of its own.</summary>
    private static IEnumerable<ThemeTag> Tags(string text) =>
        TestProtocols.Analyse($"1. {text}\n", Content).ClauseThemes.SelectMany(c => c.Tags);

    public static TheoryData<string, string> Said => new()
    {
        { "Service directors lead the Council's directorates, and heads of service manage the teams within them.", "roles-and-responsibilities" },
        { "The Parish Clerk manages all other staff of the Council.", "roles-and-responsibilities" },
        { "Cabinet members carry additional responsibilities, which bring closer contact with senior officers.", "roles-and-responsibilities" },
        { "A councillor who also sits on the county council should make clear in which capacity they are acting.", "roles-and-responsibilities" },
        { "Members may disagree with the advice they are given, but should not dismiss it.", "roles-and-responsibilities" },
        { "Councillors should be aware of how they speak with and relate to junior staff.", "mutual-respect-and-courtesy" },
        { "Members should bear in mind the limited hours that a part-time clerk works.", "use-of-council-resources" },
        { "Staff must not be asked to help with a councillor's private or business interests.", "use-of-council-resources" },
        { "Councillors should not voice concerns about the Clerk at a meeting held in public.", "criticism-of-officers-in-public" },
        { "Officers will tell the councillors for a ward before a road is closed.", "ward-councillors-and-casework" },
        { "Most disagreements can be sorted out with a quiet word.", "complaints-and-escalation" },
        { "Councillors and staff should try to settle differences between them before anything else.", "complaints-and-escalation" },
        { "An employee who feels a councillor has behaved unprofessionally towards them should tell their manager.", "complaints-and-escalation" },
        { "Employees will take no part in campaigning for any candidate.", "political-neutrality-and-impartiality" },
        { "Whatever briefing is given to one group will be offered to the other groups too.", "political-neutrality-and-impartiality" },
        { "Employees serve every councillor, not only those of the controlling group.", "political-neutrality-and-impartiality" },
        { "Officers will answer questions on the facts but not on the political merits of a proposal.", "political-neutrality-and-impartiality" },
        { "Members must respect the confidentiality of advice given to their group.", "political-groups-and-briefings" },
        { "Officers must not be asked to do work for a political group.", "political-groups-and-briefings" },
        { "Each group leader should promote high standards of conduct by the members of the group.", "political-groups-and-briefings" },
        { "Officers must never help a councillor's campaign for election.", "publicity-media-and-pre-election-period" },
        { "A councillor should not take advantage of their position to gain a favour for a relative.", "interests-gifts-and-hospitality" },
        { "Staff must not use their contacts with councillors to advance their own careers.", "interests-gifts-and-hospitality" },
        { "Councillors and staff should not let a relationship become so close that others doubt their independence.", "close-personal-relationships-and-familiarity" },
        // A breach referred or reported on its way, an investigation: the route a matter takes.
        { "Any suspected breach of the Code of Conduct should be referred to the Monitoring Officer.", "complaints-and-escalation" },
        { "The Director may report the breach to the Chief Executive.", "complaints-and-escalation" },
        { "Breaches of this guidance will be reported to the Standards Committee.", "complaints-and-escalation" },
        { "The Monitoring Officer may appoint someone to investigate the matter.", "complaints-and-escalation" },
        // A concern about an officer's work raised privately is the other side of not criticising in public.
        { "Councillors should raise any concern about the Clerk's performance privately.", "criticism-of-officers-in-public" },
        { "A member with a concern about an employee's work should take it up privately with the employee's manager.", "criticism-of-officers-in-public" },
        // Telling the members for an area what happens in it.
        { "Officers will inform the councillors for a ward of any planning application in it.", "access-to-information" },
        { "Councillors will be told of significant developments in their division.", "access-to-information" },
        { "Staff should notify the members for the ward when a consultation begins.", "access-to-information" },
    };

    public static TheoryData<string, string> LookAlikes => new()
    {
        { "The leisure team manages the swimming pools and sports halls.", "roles-and-responsibilities" },
        { "Councillors should respect the fact that officers cannot take sides.", "mutual-respect-and-courtesy" },
        { "The resident who reported the fault will be kept informed of progress.", "access-to-information" },
        { "Meetings of the Planning Committee are held in public unless exempt business is discussed.", "criticism-of-officers-in-public" },
        { "Gossip about a director could compromise the impartiality of the service.", "political-neutrality-and-impartiality" },
        { "Invoices from contractors will be settled within thirty days.", "complaints-and-escalation" },
        { "The Council has a close working relationship with the police.", "close-personal-relationships-and-familiarity" },
        { "Residents can take advantage of the longer opening hours.", "interests-gifts-and-hospitality" },
        { "A breach of contract by a supplier is dealt with by the Procurement team.", "complaints-and-escalation" },
        { "Residents may report a broken streetlight online.", "complaints-and-escalation" },
        { "Members must not disclose private information about staff.", "criticism-of-officers-in-public" },
        { "The Council has no concern with a private landlord's rents.", "criticism-of-officers-in-public" },
        { "Officers will inform the Council's insurers of any claim.", "access-to-information" },
        { "The ward boundaries were last reviewed in 2019.", "access-to-information" },
    };

    [Theory]
    [MemberData(nameof(Said))]
    public void A_theme_in_the_words_councils_use_is_tagged(string text, string theme)
    {
        var tag = Tags(text).SingleOrDefault(t => t.Theme == theme);
        Assert.True(tag is { Provenance.State: ReadingState.Read }, $"{theme} {(tag is null ? "not tagged" : "only " + tag.Provenance.State)}: {text}");
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_look_alike_is_not_tagged_confidently(string text, string theme)
    {
        var tag = Tags(text).SingleOrDefault(t => t.Theme == theme);
        Assert.True(tag is null || tag.Provenance.State == ReadingState.NeedsReview, $"{theme} read from {string.Join("; ", tag?.Reasons.Select(r => r.Matched) ?? [])}: {text}");
    }

    [Theory]
    [InlineData("Councillors must not do anything that could compromise the impartiality of staff.")]
    [InlineData("Members and officers should avoid friendships which might compromise, or seem to compromise, their impartiality.")]
    public void A_harm_the_sentence_forbids_is_its_topic(string text)
    {
        var tag = Tags(text).SingleOrDefault(t => t.Theme == "political-neutrality-and-impartiality");
        Assert.True(tag is { Provenance.State: ReadingState.Read }, tag is null ? "not tagged" : "only " + tag.Provenance.State);
    }

    [Theory]
    [InlineData("Gossip about a director could compromise the impartiality of the service.")]
    [InlineData("Officers should not gossip, because it could compromise the impartiality of the service.")]
    public void A_harm_only_described_or_given_as_a_reason_is_not_the_topic(string text)
    {
        var tag = Tags(text).SingleOrDefault(t => t.Theme == "political-neutrality-and-impartiality");
        Assert.True(tag is null || tag.Provenance.State == ReadingState.NeedsReview, "read confidently");
    }

    [Fact]
    public void What_a_forbidden_thing_would_lead_to_is_not_the_topic()
    {
        var tag = Tags("Councillors and staff should avoid friendships that could give rise to a suspicion of undue influence.")
            .SingleOrDefault(t => t.Theme == "bullying-harassment-and-undue-pressure");
        Assert.True(tag is null || tag.Provenance.State == ReadingState.NeedsReview, "read confidently");
    }
}
