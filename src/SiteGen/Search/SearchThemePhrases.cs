using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>One theme phrase as search uses it.</summary>
/// <param name="Text">The phrase as the taxonomy writes it, shown in "Also searched: …".</param>
/// <param name="Words">The words the page adds to the lunr query: normalised and trimmed as indexed text is, stop-words left out.</param>
/// <param name="Terms">The index terms of those words (lunr's pipeline): a document holds the phrase when it holds all of them.</param>
internal sealed record SearchPhrase(string Text, ImmutableArray<string> Words, ImmutableArray<string> Terms);

/// <summary>What one query term is also searched under: the themes it is a phrase of, and their other phrases.</summary>
/// <param name="Themes">Positions in <see cref="SearchThemePhrases.Themes"/>.</param>
/// <param name="Phrases">Positions in <see cref="SearchThemePhrases.Phrases"/>, in taxonomy order.</param>
internal sealed record SearchExpansion(ImmutableArray<int> Themes, ImmutableArray<int> Phrases);

/// <summary>A theme as "Also searched" names it.</summary>
internal sealed record SearchTheme(string Id, string Title);

/// <summary>
/// The term → theme phrases map the search page uses to search a word under its theme's phrases as well
/// ("bullying" → harassment, intimidate, undue pressure …), built from the taxonomy at build time and shipped
/// beside the index shards as <c>search/phrases.js</c>. The lunr index itself is not changed.
/// </summary>
/// <remarks>
/// Rules, so that an expansion is one the taxonomy states and never a guess:
/// <list type="bullet">
/// <item>Only a theme phrase of a single index term triggers an expansion ("bullying", "harassment", "complaint"): a word
/// that is only part of a longer phrase ("officer" in "concern ... officer") does not, or common words would pull in
/// whole themes.</item>
/// <item>A term expands to every other phrase of every theme it triggers, except phrases whose terms include the term
/// itself ("trust and respect" adds nothing to "respect") and phrases with the same terms as one already listed
/// ("harass" after "harassment").</item>
/// <item>A phrase whose words are all lunr stop-words, or are "…" gaps, has no terms and is never searched.</item>
/// </list>
/// The index keeps no word positions, so the page takes a phrase as found when a result holds all its terms, in any order.
/// </remarks>
internal sealed record SearchThemePhrases(
    ImmutableArray<SearchTheme> Themes,
    ImmutableArray<SearchPhrase> Phrases,
    ImmutableSortedDictionary<string, SearchExpansion> Terms)
{
    public const string FileName = "phrases.js";

    /// <summary>Version of the file's format, raised when it changes incompatibly.</summary>
    public const int FormatVersion = 1;

    public static SearchThemePhrases Empty { get; } = new([], [], ImmutableSortedDictionary.Create<string, SearchExpansion>(StringComparer.Ordinal));

    /// <summary>The map for a taxonomy. Pure: the same taxonomy gives the same map.</summary>
    public static SearchThemePhrases Build(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var themes = ImmutableArray.CreateBuilder<SearchTheme>();
        var phrases = new List<SearchPhrase>();
        var phraseByTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        var themePhrases = new List<List<int>>();
        var triggers = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);

        foreach (var theme in taxonomy.Themes)
        {
            var index = themes.Count;
            themes.Add(new SearchTheme(theme.Id, theme.Title));
            var own = new List<int>();
            foreach (var phrase in theme.Phrases)
            {
                if (Phrase(phrase.Text) is not { } searched) continue;
                var key = string.Join(' ', searched.Terms);
                if (!phraseByTerms.TryGetValue(key, out var at))
                {
                    at = phrases.Count;
                    phrases.Add(searched);
                    phraseByTerms.Add(key, at);
                }
                if (!own.Contains(at)) own.Add(at);
                if (searched.Terms.Length == 1)
                {
                    var themesOfTerm = triggers.TryGetValue(searched.Terms[0], out var list) ? list : triggers[searched.Terms[0]] = [];
                    if (!themesOfTerm.Contains(index)) themesOfTerm.Add(index);
                }
            }
            themePhrases.Add(own);
        }

        var terms = ImmutableSortedDictionary.CreateBuilder<string, SearchExpansion>(StringComparer.Ordinal);
        foreach (var (term, themesOfTerm) in triggers)
        {
            var added = new List<int>();
            foreach (var theme in themesOfTerm)
                foreach (var p in themePhrases[theme])
                    if (!phrases[p].Terms.Contains(term, StringComparer.Ordinal) && !added.Contains(p)) added.Add(p);
            if (added.Count > 0) terms.Add(term, new SearchExpansion([.. themesOfTerm], [.. added]));
        }
        return new SearchThemePhrases(themes.ToImmutable(), [.. phrases], terms.ToImmutable());
    }

    /// <summary>A taxonomy phrase as search uses it, or null when it has no term lunr indexes.</summary>
    public static SearchPhrase? Phrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ImmutableArray.CreateBuilder<string>();
        var terms = ImmutableArray.CreateBuilder<string>();
        foreach (var token in LunrTokenizer.Tokenize(SiteSearchText.Normalise(text)))
        {
            var word = LunrTrimmer.Trim(token);
            // "..." (a gap in the taxonomy's phrase syntax) trims to nothing; stop-words are not in the index.
            if (word.Length == 0 || LunrStopWordFilter.IsStopWord(word)) continue;
            words.Add(word);
            terms.Add(LunrStemmer.Stem(word));
        }
        return terms.Count == 0 ? null : new SearchPhrase(text.Trim(), words.ToImmutable(), terms.ToImmutable());
    }

    /// <summary>The phrases a query term is also searched under, in the order the page lists them; none when it triggers nothing.</summary>
    public ImmutableArray<SearchPhrase> ExpansionOf(string term) =>
        Terms.TryGetValue(term, out var expansion) ? [.. expansion.Phrases.Select(p => Phrases[p])] : [];

    /// <summary>
    /// <c>search/phrases.js</c>: <c>{"version", "themes": [[id, title], …], "phrases": [[text, [word, …], [term, …]], …],
    /// "terms": {term: [[theme, …], [phrase, …]], …}}</c>, as a script like the shards so that it loads from <c>file://</c>.
    /// </summary>
    public OutputFile File(string folder) => SearchShards.Script(folder + "/" + FileName, "phrases", 0, Json());

    internal string Json()
    {
        var json = new StringWriter(CultureInfo.InvariantCulture);
        json.Write("{\"version\":");
        JsJson.WriteNumber(json, FormatVersion);
        json.Write(",\"themes\":[");
        for (var t = 0; t < Themes.Length; t++)
        {
            if (t > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteString(json, Themes[t].Id);
            json.Write(',');
            JsJson.WriteString(json, Themes[t].Title);
            json.Write(']');
        }
        json.Write("],\"phrases\":[");
        for (var p = 0; p < Phrases.Length; p++)
        {
            if (p > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteString(json, Phrases[p].Text);
            json.Write(',');
            JsJson.WriteStringArray(json, Phrases[p].Words);
            json.Write(',');
            JsJson.WriteStringArray(json, Phrases[p].Terms);
            json.Write(']');
        }
        json.Write("],\"terms\":{");
        var first = true;
        foreach (var (term, expansion) in Terms)
        {
            if (!first) json.Write(',');
            first = false;
            JsJson.WriteString(json, term);
            json.Write(":[[");
            json.Write(string.Join(",", expansion.Themes.Select(i => i.ToString(CultureInfo.InvariantCulture))));
            json.Write("],[");
            json.Write(string.Join(",", expansion.Phrases.Select(i => i.ToString(CultureInfo.InvariantCulture))));
            json.Write("]]");
        }
        json.Write("}}");
        return json.ToString();
    }
}
