namespace SiteGen.Search;

/// <summary>Builds the index lunr.js 2.3.9's <c>lunr()</c> builds from the same fields and documents, score for score.</summary>
/// <remarks>
/// No term metadata is stored (lunr's default, an empty metadata whitelist), so every posting is
/// <c>{}</c>. Positions would let the results page highlight matches, but on the seed protocols they
/// make lunr's index 75% bigger (64% gzipped), a cost every search page load pays; and the page can
/// highlight without them: lunr's match data names the matched terms, and the page can run its
/// snippet text through lunr's own tokenizer and stemmer to find the words that produce them.
/// </remarks>
public static class LunrIndexBuilder
{
    // lunr's BM25 parameters (lunr.Builder defaults).
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The index lunr would build with <c>this.field(name, {boost})</c> per field and <c>this.add(doc, {boost})</c> per document, in this order.</summary>
    /// <exception cref="ArgumentException">A field name lunr cannot serve, a duplicate ref, an unknown field in a document, or a boost that is not positive and finite.</exception>
    public static LunrIndex Build(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        ValidateFields(fields);

        var fieldCount = fields.Count;
        var fieldPosition = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < fieldCount; f++) fieldPosition.Add(fields[f].Name, f);

        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stem(string word)
        {
            if (!stems.TryGetValue(word, out var stem)) stems.Add(word, stem = LunrStemmer.Stem(word));
            return stem;
        }

        var termIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var postings = new List<List<int>[]>(); // by term index, then field: document numbers
        var documentRefs = new List<string>();
        var documentBoosts = new List<double>();
        var seenRefs = new HashSet<string>(StringComparer.Ordinal);
        var fieldEntries = new List<FieldEntry>(); // by document number * fieldCount + field
        var totalFieldLength = new long[fieldCount];
        var frequencies = new Dictionary<int, int>();

        foreach (var document in documents)
        {
            ValidateDocument(document, fieldPosition, seenRefs);
            var documentNumber = documentRefs.Count;
            documentRefs.Add(document.Ref);
            documentBoosts.Add(document.Boost);

            for (var f = 0; f < fieldCount; f++)
            {
                document.FieldTexts.TryGetValue(fields[f].Name, out var text);
                var fieldTerms = LunrPipeline.IndexTerms(text, Stem);
                frequencies.Clear();
                foreach (var term in fieldTerms)
                {
                    if (!termIndexes.TryGetValue(term, out var termIndex))
                    {
                        // Term indexes count up in order of first appearance, as lunr assigns them.
                        termIndex = terms.Count;
                        termIndexes.Add(term, termIndex);
                        terms.Add(term);
                        var byField = new List<int>[fieldCount];
                        for (var g = 0; g < fieldCount; g++) byField[g] = [];
                        postings.Add(byField);
                    }
                    frequencies[termIndex] = frequencies.GetValueOrDefault(termIndex) + 1;
                    var containing = postings[termIndex][f];
                    if (containing.Count == 0 || containing[^1] != documentNumber) containing.Add(documentNumber);
                }
                totalFieldLength[f] += fieldTerms.Count;
                fieldEntries.Add(new FieldEntry(fieldTerms.Count, [.. frequencies.OrderBy(p => p.Key)]));
            }
        }

        var documentCount = documentRefs.Count;
        var idf = new double[terms.Count];
        for (var t = 0; t < terms.Count; t++) idf[t] = InverseDocumentFrequency(postings[t], documentCount);

        var averageFieldLength = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++) averageFieldLength[f] = (double)totalFieldLength[f] / documentCount;

        var vectors = new List<LunrFieldVector>(fieldEntries.Count);
        for (var d = 0; d < documentCount; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                var entry = fieldEntries[d * fieldCount + f];
                var elements = new LunrTermScore[entry.Frequencies.Length];
                for (var e = 0; e < elements.Length; e++)
                {
                    var (termIndex, frequency) = entry.Frequencies[e];
                    var score = Bm25(idf[termIndex], frequency, entry.Length, averageFieldLength[f]);
                    score *= fields[f].Boost;
                    score *= documentBoosts[d];
                    // lunr keeps 3 decimals, before serialising, so that is what its scores are made of.
                    elements[e] = new LunrTermScore(termIndex, JsMath.Round(score * 1000) / 1000);
                }
                vectors.Add(new LunrFieldVector(fields[f].Name, documentRefs[d], elements));
            }
        }

        var sortedTermIndexes = Enumerable.Range(0, terms.Count).ToArray();
        Array.Sort(sortedTermIndexes, (a, b) => JsText.CompareCodeUnits(terms[a], terms[b]));
        var invertedIndex = new LunrPosting[terms.Count];
        for (var i = 0; i < sortedTermIndexes.Length; i++)
        {
            var termIndex = sortedTermIndexes[i];
            var refsByField = new IReadOnlyList<string>[fieldCount];
            for (var f = 0; f < fieldCount; f++)
            {
                var refs = postings[termIndex][f].ConvertAll(d => documentRefs[d]);
                refsByField[f] = JsJson.InObjectKeyOrder(refs, r => r);
            }
            invertedIndex[i] = new LunrPosting(terms[termIndex], termIndex, refsByField);
        }

        return new LunrIndex([.. fields.Select(f => f.Name)], vectors, invertedIndex);
    }

    // lunr.idf: a document counts once per field the term occurs in, so the ratio can go negative,
    // which is why lunr takes its absolute value.
    private static double InverseDocumentFrequency(List<int>[] documentsByField, int documentCount)
    {
        var documentsWithTerm = 0;
        foreach (var documents in documentsByField) documentsWithTerm += documents.Count;
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }

    // Written in lunr's operation order so that every intermediate double rounds as it does in JavaScript.
    private static double Bm25(double idf, int termFrequency, int fieldLength, double averageFieldLength) =>
        idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + termFrequency);

    private static void ValidateFields(IReadOnlyList<SearchField> fields)
    {
        if (fields.Count == 0) throw new ArgumentException("A search index needs at least one field.", nameof(fields));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field);
            var name = field.Name ?? throw new ArgumentException("A search field has no name.", nameof(fields));
            // lunr rejects '/', which joins field and ref in its keys; "_index" would overwrite the
            // posting's term index; "__proto__" breaks lunr's plain-object arithmetic; and JavaScript
            // would move a numeric name to the front, changing lunr's field order.
            if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name is "_index" or "__proto__" || JsJson.IsArrayIndex(name, out _))
                throw new ArgumentException($"'{name}' cannot be a lunr field name: use a non-numeric name without '/' other than _index and __proto__.", nameof(fields));
            if (!names.Add(name)) throw new ArgumentException($"Search field '{name}' is defined twice.", nameof(fields));
            ValidateBoost(field.Boost, $"field '{name}'");
        }
    }

    private static void ValidateDocument(SearchDocument document, Dictionary<string, int> fieldPosition, HashSet<string> seenRefs)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Ref is null) throw new ArgumentException("A search document has no ref.", nameof(document));
        if (!seenRefs.Add(document.Ref)) throw new ArgumentException($"Two search documents have the ref '{document.Ref}'.", nameof(document));
        ArgumentNullException.ThrowIfNull(document.FieldTexts);
        foreach (var name in document.FieldTexts.Keys)
        {
            if (!fieldPosition.ContainsKey(name))
                throw new ArgumentException($"Search document '{document.Ref}' has text for '{name}', which is not a field of the index.", nameof(document));
        }
        ValidateBoost(document.Boost, $"document '{document.Ref}'");
    }

    // lunr silently turns a boost of 0 into 1 and lets negative ones invert the ranking; neither is
    // ever meant, so refuse them rather than reproduce them.
    private static void ValidateBoost(double boost, string owner)
    {
        if (!double.IsFinite(boost) || boost <= 0)
            throw new ArgumentOutOfRangeException(nameof(boost), boost, $"The boost of {owner} must be a positive finite number.");
    }

    private sealed record FieldEntry(int Length, KeyValuePair<int, int>[] Frequencies);
}
