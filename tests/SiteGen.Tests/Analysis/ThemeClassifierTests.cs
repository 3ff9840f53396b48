using System.Collections.Immutable;
using System.Text;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

[Trait("Kind", "Pure")]
public class ThemeClassifierTests
{
    private static ThemeClassifier Classifier => new(SeedAnalysis.Content.Taxonomy);

    private static IEnumerable<(Protocol Protocol, Clause Clause)> AllClauses() =>
        SeedAnalysis.Protocols.SelectMany(p => p.AllClauses().Select(c => (p, c)));

    private static ImmutableArray<ThemeTag> TagsOf(string clauseId) =>
        SeedAnalysis.Analysis.Protocols.SelectMany(p => p.ClauseThemes).SingleOrDefault(c => c.ClauseId == clauseId)?.Tags ?? [];

    [Fact]
    public void The_default_taxonomy_has_at_least_twenty_themes_and_each_has_a_clause()
    {
        var themes = SeedAnalysis.Content.Taxonomy.Themes;
        Assert.True(themes.Length >= 20, $"{themes.Length} themes");
        var tagged = SeedAnalysis.Analysis.Protocols.SelectMany(p => p.ClauseThemes).SelectMany(c => c.Tags).Select(t => t.Theme).ToHashSet();
        Assert.All(themes, t => Assert.Contains(t.Id, tagged));
        Assert.DoesNotContain(SeedAnalysis.Diagnostics, d => d.Code == "SG0620");
    }

    [Fact]
    public void Every_clause_of_a_when_things_go_wrong_section_is_on_complaints_and_escalation()
    {
        var underHeading = AllClauses().Where(x => x.Clause.HeadingPath.Any(h => h.Contains("go wrong", StringComparison.OrdinalIgnoreCase))).ToArray();
        Assert.True(underHeading.Length >= 12, $"only {underHeading.Length} clauses found under such headings"); // Hackney 16.1–16.6, Haringey 5.1–5.3, Hounslow 11.1–11.3
        Assert.All(underHeading, x => Assert.Contains(TagsOf(x.Clause.Id), t => t.Theme == "complaints-and-escalation"));
    }

    [Fact]
    public void No_clause_is_on_a_theme_because_of_a_stop_word()
    {
        // Take every stop-word out of every clause and classify again: a theme that depended on one would disappear.
        // (Themes may only appear: exclusions such as "in respect of" are read word for word.)
        var classifier = Classifier;
        foreach (var (_, clause) in AllClauses())
        {
            var original = classifier.Classify(clause.Text, clause.HeadingPath).Select(t => t.Theme).ToHashSet();
            var stripped = WithoutStopWords(clause.Text);
            var again = classifier.Classify(stripped, [.. clause.HeadingPath.Select(WithoutStopWords)]).Select(t => t.Theme).ToHashSet();
            Assert.True(original.IsSubsetOf(again), $"{clause.Id}: lost {string.Join(", ", original.Except(again))} without its stop-words");
        }
    }

    [Fact]
    public void Every_phrase_reason_is_made_of_topic_words_found_in_the_clause()
    {
        var clauses = AllClauses().ToDictionary(x => x.Clause.Id, x => x.Clause);
        var reasons = SeedAnalysis.Analysis.Protocols.SelectMany(p => p.ClauseThemes)
            .SelectMany(c => c.Tags.SelectMany(t => t.Reasons.Select(r => (c.ClauseId, r)))).ToArray();
        Assert.NotEmpty(reasons);
        foreach (var (id, reason) in reasons.Where(x => x.r.Kind == ReasonKind.Phrase))
        {
            Assert.Contains(reason.Matched, clauses[id].Text);
            var topic = Words.Split(reason.Matched).Where(w => !w.IsStop).Select(w => w.Stem).ToArray();
            var phrase = Words.Split(reason.Phrase.Replace("...", " ", StringComparison.Ordinal)).Where(w => !w.IsStop).Select(w => w.Stem).ToArray();
            Assert.NotEmpty(topic);
            Assert.All(phrase, stem => Assert.Contains(stem, topic));
        }
    }

    [Fact]
    public void A_text_of_stop_words_alone_is_on_no_theme_even_when_a_phrase_is_full_of_them()
    {
        var (taxonomy, errors) = TaxonomyFileParser.Parse(new SourceFile("content/taxonomy.yml", """
            themes:
              - id: resources
                title: Use of council resources
                phrases: [use of council resources]
            """));
        Assert.True(taxonomy is not null, string.Join("\n", errors));
        var classifier = new ThemeClassifier(taxonomy!);
        Assert.Empty(classifier.Classify("It is one of the things that they should do to us, as and when it is of use.", []));
        Assert.Single(classifier.Classify("Members must not use council resources for party purposes.", []));
    }

    [Fact]
    public void A_phrase_never_matches_across_a_sentence_end()
    {
        var (taxonomy, _) = TaxonomyFileParser.Parse(new SourceFile("t.yml", "themes:\n  - id: roles\n    title: Roles\n    phrases: [role of officers]\n"));
        var classifier = new ThemeClassifier(taxonomy!);
        Assert.Empty(classifier.Classify("They assist members in their role. These officers must not be asked …", []));
        Assert.Single(classifier.Classify("The role of officers is to advise.", []));
    }

    [Fact]
    public void Stems_make_bullying_bullied_and_bully_the_same_word()
    {
        var (taxonomy, _) = TaxonomyFileParser.Parse(new SourceFile("t.yml", "themes:\n  - id: bullying\n    title: Bullying\n    phrases: [bullying]\n"));
        var classifier = new ThemeClassifier(taxonomy!);
        foreach (var text in new[] { "Officers must not be bullied.", "No member shall bully an officer.", "Bullies are dealt with." })
        {
            var tag = Assert.Single(classifier.Classify(text, []));
            Assert.Equal(ReasonKind.Phrase, tag.Reasons[0].Kind);
            Assert.Equal("bullying", tag.Reasons[0].Phrase);
        }
    }

    [Fact]
    public void Reasons_say_which_words_matched_and_headings_and_overrides_are_reasons_too()
    {
        var tag = TagsOf("hackney/7.2(g)").Single(t => t.Theme == "bullying-harassment-and-undue-pressure");
        Assert.Contains(tag.Reasons, r => r.Kind == ReasonKind.Phrase && r.Matched == "undue pressure");

        var heading = TagsOf("hounslow/11.1").Single(t => t.Theme == "complaints-and-escalation");
        Assert.Contains(heading.Reasons, r => r.Kind == ReasonKind.Heading && r.Matched == "When Things go Wrong");

        // content/overrides.yml takes Hackney's section 12 (criticism, under a "Complaints about …" heading) off the complaints theme.
        Assert.DoesNotContain(TagsOf("hackney/12.1"), t => t.Theme == "complaints-and-escalation");
        var added = TagsOf("hackney/12.1").Single(t => t.Theme == "criticism-of-officers-in-public");
        Assert.Contains(added.Reasons, r => r.Kind == ReasonKind.Override && r.Phrase.Contains("criticising", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_adds_and_removes_themes_on_one_clause_only()
    {
        var classifier = Classifier;
        var clause = SeedAnalysis.Protocol("hounslow").AllClauses().Single(c => c.Number == "11.1");
        var correction = new ThemeOverride(clause.Id, ["equalities"], ["complaints-and-escalation"], "test note", 1);
        var tags = classifier.Classify(clause.Text, clause.HeadingPath, correction);
        Assert.DoesNotContain(tags, t => t.Theme == "complaints-and-escalation");
        Assert.Equal("test note", tags.Single(t => t.Theme == "equalities").Reasons.Single().Phrase);
    }

    [Fact]
    public void Exclusions_keep_an_idiom_from_counting_in_respect_of_is_not_respect()
    {
        var classifier = Classifier;
        Assert.DoesNotContain(classifier.Classify("Group leaders are responsible in respect of members.", []), t => t.Theme == "mutual-respect-and-courtesy");
        Assert.Contains(classifier.Classify("Members and officers should show respect to one another.", []), t => t.Theme == "mutual-respect-and-courtesy");
    }

    private static string WithoutStopWords(string text)
    {
        var sb = new StringBuilder(text);
        foreach (var w in Words.Split(text).Where(w => w.IsStop).Reverse())
            sb.Remove(w.Start, w.Length);
        return sb.ToString();
    }
}
