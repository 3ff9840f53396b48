namespace SiteGen.Search;

/// <summary>A lunr.js 2.3.9 index in the shape <c>lunr.Index.load</c> reads; <see cref="LunrIndexJson"/> serialises it.</summary>
/// <param name="Fields">Field names, in the order lunr lists them.</param>
/// <param name="FieldVectors">One BM25 vector per document and field, documents in the order they were added, fields in field order.</param>
/// <param name="InvertedIndex">One posting per term, sorted by UTF-16 code units as lunr sorts them.</param>
internal sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<LunrFieldVector> FieldVectors,
    IReadOnlyList<LunrPosting> InvertedIndex)
{
    /// <summary>The lunr.js version whose format this is; <c>lunr.Index.load</c> warns on any other.</summary>
    public const string LunrVersion = "2.3.9";

    /// <summary>The search-time pipeline lunr records in the index: query terms are stemmed, nothing else.</summary>
    public static IReadOnlyList<string> SearchPipeline { get; } = ["stemmer"];
}

/// <summary>The scores of one field of one document, lunr's <c>fieldVectors</c> entry <c>["field/ref", [termIndex, score, …]]</c>.</summary>
/// <param name="Elements">Sorted by term index.</param>
internal sealed record LunrFieldVector(string FieldName, string DocumentRef, IReadOnlyList<LunrTermScore> Elements)
{
    /// <summary>lunr's key for the vector: field name, slash, document ref.</summary>
    public string FieldRef => FieldName + "/" + DocumentRef;
}

/// <summary>A term's BM25 score in one field of one document, rounded to 3 decimals as lunr does.</summary>
internal readonly record struct LunrTermScore(int TermIndex, double Score);

/// <summary>One <c>invertedIndex</c> entry: the term, its position in the vector space, and the documents containing it per field.</summary>
/// <param name="DocumentRefsByField">Parallel to <see cref="LunrIndex.Fields"/>; refs in the order JavaScript enumerates object keys.</param>
internal sealed record LunrPosting(string Term, int TermIndex, IReadOnlyList<IReadOnlyList<string>> DocumentRefsByField);
