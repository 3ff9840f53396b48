namespace SiteGen.Search;

/// <summary>The text processing lunr.js 2.3.9 applies to a field when indexing: tokenizer, then trimmer, stop-word filter and stemmer.</summary>
internal static class LunrPipeline
{
    /// <summary>The terms lunr's default index pipeline produces from a field's text, in order, repeats kept.</summary>
    /// <remarks>A token that the trimmer empties is kept as the empty term, because lunr keeps it.</remarks>
    public static IReadOnlyList<string> IndexTerms(string? fieldText) => IndexTerms(fieldText, LunrStemmer.Stem);

    /// <summary>As <see cref="IndexTerms(string?)"/>, with a stemmer supplied by the caller (e.g. a memoising one).</summary>
    public static IReadOnlyList<string> IndexTerms(string? fieldText, Func<string, string> stem)
    {
        var tokens = LunrTokenizer.Tokenize(fieldText);
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var trimmed = LunrTrimmer.Trim(token);
            if (LunrStopWordFilter.IsStopWord(trimmed)) continue;
            terms.Add(stem(trimmed));
        }
        return terms;
    }
}
