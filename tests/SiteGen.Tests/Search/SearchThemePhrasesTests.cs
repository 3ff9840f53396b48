using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>The term → theme phrases map that search expands a word with, built from a taxonomy without disk or browser.</summary>
[Trait("Kind", "Pure")]
public sealed class SearchThemePhrasesTests
{
    private static Taxonomy Parse(SourceFile file)
    {
        var (taxonomy, diagnostics) = TaxonomyFileParser.Parse(file);
        Assert.True(taxonomy is not null, string.Join("\n", diagnostics));
        return taxonomy!;
    }

    private static Taxonomy Themes(params (string Id, string[] Phrases)[] themes) => Taxonomy.Empty with
    {
        Themes = [.. themes.Select((t, i) => new ThemeDefinition(t.Id, "Theme " + t.Id, "", [.. t.Phrases.Select(p => new Phrase(p, i + 1))], [], [], i + 1))],
    };

    private static string[] Texts(ImmutableArray<SearchPhrase> phrases) => [.. phrases.Select(p => p.Text)];

    [Fact]
    public void A_word_of_a_theme_expands_to_the_theme_s_other_phrases_in_taxonomy_order()
    {
        var map = SearchThemePhrases.Build(Themes(("bullying", ["bullying", "harassment", "intimidate", "undue pressure"])));
        // Every form of the word stems to one term, so "bullied" and "bullies" expand as "bullying" does.
        Assert.Equal(["harassment", "intimidate", "undue pressure"], Texts(map.ExpansionOf(LunrStemmer.Stem("bullying"))));
        Assert.Equal(LunrStemmer.Stem("bullying"), LunrStemmer.Stem("bullied"));
        Assert.Equal(["bullying", "intimidate", "undue pressure"], Texts(map.ExpansionOf(LunrStemmer.Stem("harassment"))));
        var undue = map.ExpansionOf(LunrStemmer.Stem("bullying"))[2];
        Assert.Equal(["undue", "pressure"], undue.Words.ToArray());
        Assert.Equal([LunrStemmer.Stem("undue"), LunrStemmer.Stem("pressure")], undue.Terms.ToArray());
    }

    [Fact]
    public void Only_a_one_word_phrase_triggers_an_expansion()
    {
        var map = SearchThemePhrases.Build(Themes(("complaints", ["complaint", "concern ... officer", "raise a concern"])));
        Assert.NotEmpty(map.ExpansionOf(LunrStemmer.Stem("complaint")));
        // "officer" and "concern" are words of longer phrases only: searching them pulls in nothing.
        Assert.Empty(map.ExpansionOf(LunrStemmer.Stem("officer")));
        Assert.Empty(map.ExpansionOf(LunrStemmer.Stem("concern")));
        Assert.Equal([LunrStemmer.Stem("complaint")], map.Terms.Keys);
    }

    [Fact]
    public void Gaps_and_stop_words_are_left_out_and_a_phrase_of_stop_words_only_is_never_searched()
    {
        var gap = SearchThemePhrases.Phrase("concern ... officer");
        Assert.NotNull(gap);
        Assert.Equal(["concern", "officer"], gap.Words.ToArray());
        Assert.Equal("concern ... officer", gap.Text);
        Assert.Equal(["raise", "concern"], SearchThemePhrases.Phrase("raise a concern")!.Words.ToArray());
        // Punctuation breaks words as it does in the index: "Council's" is "council", "member/officer" two words.
        Assert.Equal(["council", "member", "officer"], SearchThemePhrases.Phrase("the Council's member/officer")!.Words.ToArray());
        Assert.Null(SearchThemePhrases.Phrase("must not"));
        Assert.Null(SearchThemePhrases.Phrase("..."));
        var map = SearchThemePhrases.Build(Themes(("t", ["respect", "must not", "courtesy"])));
        Assert.Equal(["courtesy"], Texts(map.ExpansionOf(LunrStemmer.Stem("respect"))));
    }

    [Fact]
    public void A_phrase_holding_the_word_or_repeating_another_phrase_s_terms_adds_nothing()
    {
        var map = SearchThemePhrases.Build(Themes(("t", ["respect", "trust and respect", "harassment", "harass", "courtesy"])));
        // "trust and respect" holds "respect"; "harass" has the same term as "harassment".
        Assert.Equal(["harassment", "courtesy"], Texts(map.ExpansionOf(LunrStemmer.Stem("respect"))));
        Assert.Equal(["respect", "trust and respect", "courtesy"], Texts(map.ExpansionOf(LunrStemmer.Stem("harass"))));
    }

    [Fact]
    public void A_word_of_two_themes_expands_to_both_themes_phrases_each_once()
    {
        var map = SearchThemePhrases.Build(Themes(("a", ["rudeness", "criticism", "personal abuse"]), ("b", ["criticism", "undermine", "personal abuse"])));
        var expansion = map.Terms[LunrStemmer.Stem("criticism")];
        Assert.Equal([0, 1], expansion.Themes.ToArray());
        Assert.Equal(["rudeness", "personal abuse", "undermine"], Texts(map.ExpansionOf(LunrStemmer.Stem("criticism"))));
        Assert.Equal(["criticism", "personal abuse"], Texts(map.ExpansionOf(LunrStemmer.Stem("rudeness"))));
    }

    [Fact]
    public void A_theme_with_one_phrase_or_no_themes_expands_nothing()
    {
        Assert.Empty(SearchThemePhrases.Build(Themes(("t", ["nolan"]))).Terms);
        Assert.Empty(SearchThemePhrases.Build(Taxonomy.Empty).Terms);
    }

    [Fact]
    public void The_default_taxonomy_expands_bullying_to_its_theme_s_phrases_and_complaint_to_the_complaints_theme()
    {
        var map = SearchThemePhrases.Build(Parse(TestSupport.Repo.ContentFile("content/taxonomy.yml")));
        var bullying = Texts(map.ExpansionOf(LunrStemmer.Stem("bullying")));
        Assert.Contains("harassment", bullying);
        Assert.Contains("intimidate", bullying);
        Assert.Contains("undue pressure", bullying);
        Assert.DoesNotContain("bullying", bullying);
        Assert.Contains("grievance", Texts(map.ExpansionOf(LunrStemmer.Stem("complaint"))));
        Assert.Empty(map.ExpansionOf(LunrStemmer.Stem("monitoring")));
        Assert.Empty(map.ExpansionOf(LunrStemmer.Stem("officer")));
        Assert.Equal(["Bullying, harassment and undue pressure"], map.Terms[LunrStemmer.Stem("bullying")].Themes.Select(t => map.Themes[t].Title));
    }

    [Fact]
    public void The_shipped_file_is_a_data_script_whose_json_holds_themes_phrases_and_terms()
    {
        var map = SearchThemePhrases.Build(Themes(("bullying", ["bullying", "harassment", "undue pressure"])));
        var file = map.File("search");
        Assert.Equal("search/phrases.js", file.Path);
        var (kind, id, json) = SiteSearchFiles.ReadData(file.Content);
        Assert.Equal(("phrases", 0), (kind, id));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(SearchThemePhrases.FormatVersion, root.GetProperty("version").GetInt32());
        Assert.Equal("Theme bullying", root.GetProperty("themes")[0][1].GetString());
        var phrases = root.GetProperty("phrases").EnumerateArray().Select(p => p[0].GetString()).ToList();
        var entry = root.GetProperty("terms").GetProperty(LunrStemmer.Stem("bullying"));
        Assert.Equal([0], entry[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(["harassment", "undue pressure"], entry[1].EnumerateArray().Select(e => phrases[e.GetInt32()]));
        Assert.Equal([LunrStemmer.Stem("undue"), LunrStemmer.Stem("pressure")], root.GetProperty("phrases")[2][2].EnumerateArray().Select(e => e.GetString()));
    }
}
