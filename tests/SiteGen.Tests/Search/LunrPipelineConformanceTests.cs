using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// Each text processing step, compared with lunr.js 2.3.9's own function on the same input: the
/// stemmer, trimmer and stop-word filter word by word, the tokenizer and whole pipeline text by text.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class LunrPipelineConformanceTests
{
    [Fact]
    public void Stemmer_trimmer_and_stop_word_filter_agree_with_lunr_on_every_seed_token_and_generated_word()
    {
        var words = ComparisonWords();
        var lunr = RunPipelineScript<LunrWord[]>("words", words);
        Assert.Equal(words.Count, lunr.Length);

        var mismatches = new StringBuilder();
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var ours = new LunrWord(LunrTrimmer.Trim(word), LunrStopWordFilter.IsStopWord(word), LunrStemmer.Stem(word));
            if (ours == lunr[i]) continue;
            if (++count <= 40) mismatches.AppendLine(CultureInfo.InvariantCulture, $"{JsonSerializer.Serialize(word)}: lunr {lunr[i]}, C# {ours}");
        }
        Assert.True(count == 0, $"{count} of {words.Count} words differ:\n{mismatches}");
    }

    [Fact]
    public void Tokenizer_and_index_pipeline_agree_with_lunr_on_every_seed_paragraph()
    {
        var texts = SeedCorpus.Documents().SelectMany(d => d.FieldTexts.Values).Distinct(StringComparer.Ordinal).ToList();
        var lunr = RunPipelineScript<LunrText[]>("texts", texts);

        var mismatches = new StringBuilder();
        var count = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var tokens = LunrTokenizer.Tokenize(texts[i]);
            var terms = LunrPipeline.IndexTerms(texts[i]);
            if (tokens.SequenceEqual(lunr[i].Tokens, StringComparer.Ordinal) && terms.SequenceEqual(lunr[i].Terms, StringComparer.Ordinal)) continue;
            if (++count <= 10)
            {
                mismatches.AppendLine(CultureInfo.InvariantCulture, $"text {JsonSerializer.Serialize(texts[i])}:");
                mismatches.AppendLine(CultureInfo.InvariantCulture, $"  tokens lunr {JsonSerializer.Serialize(lunr[i].Tokens)}\n         C#   {JsonSerializer.Serialize(tokens)}");
                mismatches.AppendLine(CultureInfo.InvariantCulture, $"  terms  lunr {JsonSerializer.Serialize(lunr[i].Terms)}\n         C#   {JsonSerializer.Serialize(terms)}");
            }
        }
        Assert.True(texts.Count > 300, $"only {texts.Count} texts");
        Assert.True(count == 0, $"{count} of {texts.Count} texts differ:\n{mismatches}");
    }

    [Fact]
    public void Stop_word_list_is_lunrs()
    {
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var output = Path.Combine(directory.FullName, "stopwords.json");
            NodeHarness.Run("pipeline.js", "stopwords", output).EnsureSuccess();
            var lunrs = JsonSerializer.Deserialize<string[]>(File.ReadAllText(output))!;
            Assert.True(lunrs.Length > 100, $"read only {lunrs.Length} stop words from lunr.js");
            Assert.Equal(lunrs.Order(StringComparer.Ordinal), LunrStopWordFilter.StopWords.Order(StringComparer.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Every distinct seed token, raw and trimmed; English words built from stems and every suffix the
    /// stemmer knows; and every string of up to five letters over an alphabet chosen to hit the
    /// vowel/y/consonant ambiguities and double-letter rules of lunr's Porter implementation.
    /// </summary>
    private static List<string> ComparisonWords()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var document in SeedCorpus.Documents())
        {
            foreach (var text in document.FieldTexts.Values)
            {
                foreach (var token in LunrTokenizer.Tokenize(text))
                {
                    words.Add(token);
                    words.Add(LunrTrimmer.Trim(token));
                }
            }
        }
        var seedTokens = words.Count;
        Assert.True(seedTokens > 2000, $"only {seedTokens} distinct seed tokens");

        foreach (var word in EnglishWords) words.Add(word);
        foreach (var stem in Stems)
        {
            foreach (var suffix in Suffixes) words.Add(stem + suffix);
        }
        AddAllStrings(words, "aeiyslbdtz", "", 5);
        foreach (var word in LunrStopWordFilter.StopWords) words.Add(word);
        return [.. words];
    }

    private static void AddAllStrings(SortedSet<string> words, string alphabet, string prefix, int maxLength)
    {
        if (prefix.Length > 0) words.Add(prefix);
        if (prefix.Length == maxLength) return;
        foreach (var c in alphabet) AddAllStrings(words, alphabet, prefix + c, maxLength);
    }

    private static T RunPipelineScript<T>(string mode, IReadOnlyList<string> input)
    {
        var directory = NodeHarness.TemporaryDirectory();
        try
        {
            var inputFile = Path.Combine(directory.FullName, "input.json");
            var outputFile = Path.Combine(directory.FullName, "output.json");
            File.WriteAllText(inputFile, JsonSerializer.Serialize(input));
            NodeHarness.Run("pipeline.js", mode, inputFile, outputFile).EnsureSuccess();
            return JsonSerializer.Deserialize<T>(File.ReadAllText(outputFile), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed record LunrWord(string Trimmed, bool StopWord, string Stem);

    private sealed record LunrText(string[] Tokens, string[] Terms);

    // Porter's own examples, council vocabulary and words that start with y or contain y between vowels.
    private static readonly string[] EnglishWords =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "disabled", "matting", "mating", "meeting",
        "milling", "messing", "meetings", "plastered", "bled", "motoring", "sing", "conflated", "troubled", "sized",
        "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky", "relational",
        "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli",
        "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness",
        "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative",
        "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference",
        "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent",
        "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize",
        "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators", "abatement", "abilities",
        "accountability", "acknowledgement", "allegations", "appropriately", "arrangements", "behaviour",
        "behaviours", "bullied", "bullies", "bully", "bullying", "harassed", "harassing", "harassment",
        "harasses", "relationships", "relationship", "relations", "relating", "councillors", "councillor",
        "councils", "officers", "officer", "officially", "courteous", "courtesy", "courtesies", "respectful",
        "respectfully", "respected", "confidential", "confidentiality", "confidentially", "disciplinary",
        "discrimination", "equality", "impartiality", "impartially", "independence", "integrity", "intimidation",
        "monitoring", "neutrality", "objectivity", "openness", "politically", "procedures", "professionalism",
        "protocols", "scrutiny", "selflessness", "whistleblowing", "victimisation", "victimization", "organisation",
        "organization", "authorise", "authorize", "yes", "yelling", "youth", "yearly", "yielded", "yoyo", "yyy", "y",
        "yy", "ya", "ye", "yaying", "syzygy", "obeying", "conveyed", "employee", "employees", "employed",
        "employing", "enjoyable", "layers", "prayed", "saying", "stayed", "toying", "buyers", "destroyed", "loyalty",
        "journeys", "attorneys", "surveying", "eyeing", "dying", "lying", "tying", "flying", "ies", "sses", "eed",
        "ied", "ing", "ed", "s", "ss", "ll", "is", "as", "us", "yes", "news", "bias", "gas", "alias", "atlas",
        "crisis", "analysis", "analyses", "thesis", "axes", "boxes", "taxes", "foxes", "indexes", "indices",
        "matrices", "vertices", "series", "species", "agreeing", "seeing", "fleeing", "needed", "proceed",
        "proceeding", "succeeded", "exceed", "exceedingly", "guaranteed", "refereed", "hoping", "hopping", "filed",
        "filled", "fined", "finned", "tired", "stirred", "coding", "codding", "size", "seize", "ceasing", "dissing",
        "fuzzing", "buzzing", "tolling", "pulling", "controlling", "controller", "excellent", "excellence",
        "well", "wells", "ewell", "fall", "falls", "shall", "install", "installation", "recall", "recalled",
        "generalisation", "rationalisation", "nationality", "sensational", "emotional", "professional",
        "operational", "constitutional", "additional", "exceptional", "traditional", "intentional",
        "2010", "2,000", "1.5", "5.2", "co-operate", "member's", "officers'", "councillors’", "o'clock", "don't",
        "café", "naïve", "résumé", "zoë", "straße", "i̇stanbul", "e\u0301", "respect—and", "ﬁnance", "ǆ", "👍🏽",
        "abc123", "123abc", "a1b2c3", "_private", "snake_case", "__init__", "x", "xx", "xxx", "aaa", "eee", "iii",
        "ooo", "uuu", "bbb", "sss", "zzz", "lll", "ssss", "sssss", "eeing", "eeed", "yies", "ysses", "yeed",
    ];

    private static readonly string[] Stems =
    [
        "relat", "condit", "ration", "valen", "hesit", "digit", "conform", "radic", "differ", "vile", "analog",
        "predic", "oper", "feud", "decis", "hope", "callous", "formal", "sensit", "sensib", "tripl", "electr",
        "good", "reviv", "allow", "infer", "airlin", "adjust", "defens", "irrit", "replac", "depend", "adopt",
        "homolog", "commun", "activ", "angular", "effect", "bowdler", "prob", "rat", "ceas", "control", "rol",
        "bull", "harass", "relationship", "council", "offic", "member", "mayor", "respect", "courte", "confiden",
        "y", "yell", "yield", "sk", "fl", "happ", "cr", "agr", "b", "st", "tr", "pla", "bey", "toy", "sta",
    ];

    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "sses", "ed", "eed", "ing", "ly", "ness", "ful", "fulness", "ation", "ational",
        "tional", "ization", "izer", "ize", "ise", "iser", "isation", "alism", "aliti", "iviti", "biliti", "logi",
        "ical", "icate", "ative", "alize", "iciti", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
        "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "sion", "tion", "e", "ll", "y", "ying", "ied",
        "ier", "iest", "enci", "anci", "bli", "alli", "entli", "eli", "ousli", "ator", "iveness", "ousness",
    ];
}
