namespace SiteGen.Search;

/// <summary>Builds the index lunr.js 2.3.9's <c>lunr()</c> builds from the same fields and documents, score for score.</summary>
/// <remarks>
/// No term metadata is stored (lunr's default, an empty metadata whitelist), so every posting is
/// <c>{}</c>. Positions would let the results page highlight matches, but on the seed protocols they
/// make lunr's index 75% bigger (64% gzipped), a cost every search page load pays; and the page can
/// highlight without them: lunr's match data names the matched terms, and the page can run its
/// snippet text through lunr's own tokenizer and stemmer to find the words that produce them.
/// </remarks>
internal static class LunrIndexBuilder
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

        var corpus = new TermCollector(fields);
        foreach (var document in documents) corpus.Add(document);

        return new LunrIndex([.. fields.Select(f => f.Name)], ScoreFieldVectors(fields, corpus), SortedInvertedIndex(corpus));
    }

    // BM25 per term of every document field, in lunr's order: documents as added, fields as defined.
    private static List<LunrFieldVector> ScoreFieldVectors(IReadOnlyList<SearchField> fields, TermCollector corpus)
    {
        var documentCount = corpus.DocumentRefs.Count;
        var idf = new double[corpus.Terms.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = InverseDocumentFrequency(corpus.Postings[t], documentCount);

        var averageFieldLength = new double[fields.Count];
        for (var f = 0; f < fields.Count; f++) averageFieldLength[f] = (double)corpus.TotalFieldLength[f] / documentCount;

        var vectors = new List<LunrFieldVector>(corpus.FieldEntries.Count);
        for (var d = 0; d < documentCount; d++)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                var entry = corpus.FieldEntries[d * fields.Count + f];
                var elements = new LunrTermScore[entry.Frequencies.Length];
                for (var e = 0; e < elements.Length; e++)
                {
                    var (termIndex, frequency) = entry.Frequencies[e];
                    var score = Bm25(idf[termIndex], frequency, entry.Length, averageFieldLength[f]);
                    score *= fields[f].Boost;
                    score *= corpus.DocumentBoosts[d];
                    // lunr keeps 3 decimals, before serialising, so that is what its scores are made of.
                    elements[e] = new LunrTermScore(termIndex, JsMath.Round(score * 1000) / 1000);
                }
                vectors.Add(new LunrFieldVector(fields[f].Name, corpus.DocumentRefs[d], elements));
            }
        }
        return vectors;
    }

    // Terms sorted by UTF-16 code units (lunr's sort()), refs per field in JavaScript's key order.
    private static LunrPosting[] SortedInvertedIndex(TermCollector corpus)
    {
        var terms = corpus.Terms;
        var byTerm = Enumerable.Range(0, terms.Count).ToArray();
        Array.Sort(byTerm, (a, b) => JsText.CompareCodeUnits(terms[a], terms[b]));
        var invertedIndex = new LunrPosting[terms.Count];
        for (var i = 0; i < byTerm.Length; i++)
        {
            var termIndex = byTerm[i];
            var refsByField = corpus.Postings[termIndex]
                .Select(documents => JsJson.InObjectKeyOrder(documents.ConvertAll(d => corpus.DocumentRefs[d]), r => r))
                .ToArray();
            invertedIndex[i] = new LunrPosting(terms[termIndex], termIndex, refsByField);
        }
        return invertedIndex;
    }

    // lunr.idf: a document counts once per field the term occurs in, so the ratio can go negative,
    // which is why lunr takes its absolute value.
    private static double InverseDocumentFrequency(List<int>[] documentsByField, int documentCount)
    {
        var documentsWithTerm = 0;
        foreach (var documents in documentsByField) documentsWithTerm += documents.Count;
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
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

    /// <summary>One pass over the documents: the terms, where they occur and how often, as lunr.Builder#add records them.</summary>
    private sealed class TermCollector(IReadOnlyList<SearchField> fields)
    {
        private readonly Dictionary<string, int> fieldPosition = fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        private readonly Dictionary<string, int> termIndexes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
        private readonly HashSet<string> seenRefs = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> frequencies = [];

        /// <summary>Terms by term index, which counts up in order of first appearance, as lunr assigns it.</summary>
        public List<string> Terms { get; } = [];

        /// <summary>By term index, then field: the numbers of the documents containing the term.</summary>
        public List<List<int>[]> Postings { get; } = [];

        public List<string> DocumentRefs { get; } = [];

        public List<double> DocumentBoosts { get; } = [];

        /// <summary>By document number × field count + field.</summary>
        public List<FieldEntry> FieldEntries { get; } = [];

        public long[] TotalFieldLength { get; } = new long[fields.Count];

        public void Add(SearchDocument document)
        {
            ValidateDocument(document, fieldPosition, seenRefs);
            var documentNumber = DocumentRefs.Count;
            DocumentRefs.Add(document.Ref);
            DocumentBoosts.Add(document.Boost);

            for (var f = 0; f < fields.Count; f++)
            {
                document.FieldTexts.TryGetValue(fields[f].Name, out var text);
                var fieldTerms = LunrPipeline.IndexTerms(text, Stem);
                frequencies.Clear();
                foreach (var term in fieldTerms)
                {
                    var termIndex = TermIndex(term);
                    frequencies[termIndex] = frequencies.GetValueOrDefault(termIndex) + 1;
                    var containing = Postings[termIndex][f];
                    if (containing.Count == 0 || containing[^1] != documentNumber) containing.Add(documentNumber);
                }
                TotalFieldLength[f] += fieldTerms.Count;
                FieldEntries.Add(new FieldEntry(fieldTerms.Count, [.. frequencies.OrderBy(p => p.Key)]));
            }
        }

        private int TermIndex(string term)
        {
            if (termIndexes.TryGetValue(term, out var termIndex)) return termIndex;
            termIndex = Terms.Count;
            termIndexes.Add(term, termIndex);
            Terms.Add(term);
            var byField = new List<int>[fields.Count];
            for (var f = 0; f < byField.Length; f++) byField[f] = [];
            Postings.Add(byField);
            return termIndex;
        }

        // Stemming is the costly step and a corpus repeats its words, so each word is stemmed once.
        private string Stem(string word)
        {
            if (!stems.TryGetValue(word, out var stem)) stems.Add(word, stem = LunrStemmer.Stem(word));
            return stem;
        }
    }

    /// <summary>A document field's length in terms and its term frequencies, sorted by term index.</summary>
    private sealed record FieldEntry(int Length, KeyValuePair<int, int>[] Frequencies);
}
