namespace SiteGen.Search;

/// <summary>One unit the search finds (a clause or paragraph): its ref and the text of each field.</summary>
/// <param name="Ref">What a search result returns, e.g. <c>hackney/5.2</c>; unique within an index.</param>
/// <param name="FieldTexts">Text by field name; a field that is absent is indexed as empty, as lunr does.</param>
/// <param name="Boost">Multiplies every score of this document; must be positive and finite.</param>
internal sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, string> FieldTexts, double Boost = 1.0);
