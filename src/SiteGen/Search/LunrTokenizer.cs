namespace SiteGen.Search;

/// <summary>lunr.js 2.3.9's <c>lunr.tokenizer</c> for a string field.</summary>
internal static class LunrTokenizer
{
    /// <summary>Lower-cases the whole text the JavaScript way, then splits it on whitespace and hyphen-minus, dropping empty pieces.</summary>
    /// <remarks>
    /// Lower-casing comes first and covers the whole field because that is lunr's order: it can change
    /// the length (U+0130 becomes two code units) and Greek sigma looks at its neighbours. Only U+002D
    /// separates; en and em dashes stay inside tokens, as they do in lunr.
    /// </remarks>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var lower = JsText.ToLowerCase(text);
        var tokens = new List<string>();
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end])) continue;
            if (end > start) tokens.Add(lower[start..end]);
            start = end + 1;
        }
        return tokens;
    }

    /// <summary>True for the code units lunr splits on: JavaScript's <c>\s</c> and <c>-</c>.</summary>
    public static bool IsSeparator(char c) => c == '-' || JsText.IsWhiteSpace(c);
}
