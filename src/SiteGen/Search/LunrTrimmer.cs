namespace SiteGen.Search;

/// <summary>lunr.js 2.3.9's <c>lunr.trimmer</c>.</summary>
internal static class LunrTrimmer
{
    /// <summary>Removes leading and trailing code units that are not ASCII word characters (JavaScript's <c>\W</c>).</summary>
    /// <remarks>
    /// ASCII only, as lunr's regex has no <c>u</c> flag: "café" loses its "é" and a token of
    /// punctuation or non-Latin letters becomes the empty string, which lunr then still indexes.
    /// </remarks>
    public static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !JsText.IsWordChar(token[start])) start++;
        var end = token.Length;
        while (end > start && !JsText.IsWordChar(token[end - 1])) end--;
        return start == 0 && end == token.Length ? token : token[start..end];
    }
}
