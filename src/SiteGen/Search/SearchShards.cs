using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The lunr index split so that a query loads only what it needs, as Pagefind splits its own: the vocabulary in
/// sorted order is cut into term shards of about <see cref="ShardBytes"/> bytes, each holding its terms' postings
/// with the BM25 weight of each (term, field, document); <c>meta.js</c> lists the first term of each shard; what
/// results display is in chunks of <see cref="DocumentsPerChunk"/> documents; facet values are in <c>facets.js</c>.
/// The page rebuilds from the shards a query needs a lunr index holding exactly those terms, with their global
/// term indexes and weights, and runs lunr's own search on it: the results, scores included, are those of the
/// whole index (tests/js/lunr/compare-shards.js proves it against real lunr.js).
/// Every file is a classic script calling <c>SITEGEN_SEARCH_DATA(kind, id, 'json text')</c>, so it loads from
/// <c>file://</c> by a script tag, and the browser parses the data with JSON.parse, far faster than a literal.
/// </summary>
internal static class SearchShards
{
    public const string Register = "SITEGEN_SEARCH_DATA";
    public const string MetaFile = "meta.js";
    public const string FacetsFile = "facets.js";
    public const string TermsFolder = "terms";
    public const string DocumentsFolder = "docs";

    /// <summary>About this many bytes of JSON per term shard: a first query loads a few of them.</summary>
    public const int ShardBytes = 16_000;

    public const int DocumentsPerChunk = 10;

    /// <summary>Version of the sharded format, raised when it changes incompatibly.</summary>
    public const int FormatVersion = 2;

    public sealed record Result(ImmutableArray<OutputFile> Files, int Shards, int Chunks);

    /// <param name="documentCount">How many documents the index holds; the corpus's entries unless given (tests index documents with no corpus).</param>
    public static Result Files(LunrIndex index, SiteSearchCorpus corpus, string folder, int? documentCount = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(corpus);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var firstTerms = new List<string>();
        foreach (var (first, json) in TermShards(index))
        {
            files.Add(Script(folder + "/" + TermsFolder + "/" + firstTerms.Count.ToString(CultureInfo.InvariantCulture) + ".js", "terms", firstTerms.Count, json));
            firstTerms.Add(first);
        }
        var chunks = 0;
        for (var start = 0; start < corpus.Entries.Length; start += DocumentsPerChunk, chunks++)
            files.Add(Script(folder + "/" + DocumentsFolder + "/" + chunks.ToString(CultureInfo.InvariantCulture) + ".js", "docs", chunks, DocumentsJson(corpus, start)));
        files.Add(Script(folder + "/" + FacetsFile, "facets", 0, FacetsJson(corpus)));
        files.Insert(0, Script(folder + "/" + MetaFile, "meta", 0, MetaJson(index, corpus, documentCount ?? corpus.Entries.Length, firstTerms)));
        return new Result(files.ToImmutable(), firstTerms.Count, chunks);
    }

    /// <summary>Each shard's first term and its JSON: <c>[[term, termIndex, [doc gap, weight, …] per field], …]</c>.</summary>
    internal static IEnumerable<(string First, string Json)> TermShards(LunrIndex index)
    {
        var fields = index.Fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var vocabulary = index.InvertedIndex.Count == 0 ? 0 : index.InvertedIndex.Max(p => p.TermIndex) + 1;
        // Field vectors are in document order, so each term's list comes out in ascending document order per field.
        var byTerm = new List<(int Field, int Doc, double Weight)>?[vocabulary];
        foreach (var vector in index.FieldVectors)
        {
            var field = fields[vector.FieldName];
            var doc = int.Parse(vector.DocumentRef, NumberStyles.None, CultureInfo.InvariantCulture);
            foreach (var e in vector.Elements) (byTerm[e.TermIndex] ??= []).Add((field, doc, e.Weight()));
        }

        var json = new StringWriter(CultureInfo.InvariantCulture);
        string? first = null;
        foreach (var posting in index.InvertedIndex)
        {
            json.Write(first is null ? "[" : ",");
            first ??= posting.Term;
            json.Write('[');
            JsJson.WriteString(json, posting.Term);
            json.Write(',');
            JsJson.WriteNumber(json, posting.TermIndex);
            var entries = byTerm[posting.TermIndex] ?? [];
            for (var f = 0; f < index.Fields.Count; f++)
            {
                json.Write(",[");
                var previous = 0;
                var count = 0;
                foreach (var (field, doc, weight) in entries)
                {
                    if (field != f) continue;
                    if (count++ > 0) json.Write(',');
                    JsJson.WriteNumber(json, doc - previous);
                    json.Write(',');
                    JsJson.WriteNumber(json, weight);
                    previous = doc;
                }
                if (count != posting.DocumentRefsByField[f].Count)
                    throw new InvalidOperationException($"The search index is inconsistent: term '{posting.Term}' is in {posting.DocumentRefsByField[f].Count} documents' {index.Fields[f]} but has {count} weights.");
                json.Write(']');
            }
            json.Write(']');
            if (json.GetStringBuilder().Length >= ShardBytes)
            {
                json.Write(']');
                yield return (first, json.ToString());
                json.GetStringBuilder().Clear();
                first = null;
            }
        }
        if (first is not null)
        {
            json.Write(']');
            yield return (first, json.ToString());
        }
    }

    private static double Weight(this LunrTermScore score) => score.Score;

    private static string MetaJson(LunrIndex index, SiteSearchCorpus corpus, int documentCount, List<string> firstTerms)
    {
        var json = new StringWriter(CultureInfo.InvariantCulture);
        json.Write("{\"version\":");
        JsJson.WriteNumber(json, FormatVersion);
        json.Write(",\"lunr\":");
        JsJson.WriteString(json, LunrIndex.LunrVersion);
        json.Write(",\"fields\":");
        JsJson.WriteStringArray(json, index.Fields);
        json.Write(",\"pipeline\":");
        JsJson.WriteStringArray(json, LunrIndex.SearchPipeline);
        json.Write(",\"documents\":");
        JsJson.WriteNumber(json, documentCount);
        json.Write(",\"chunk\":");
        JsJson.WriteNumber(json, DocumentsPerChunk);
        json.Write(",\"kinds\":{");
        var kinds = Enum.GetValues<SiteSearchKind>();
        for (var k = 0; k < kinds.Length; k++)
        {
            if (k > 0) json.Write(',');
            JsJson.WriteString(json, SiteSearch.KindName(kinds[k]));
            json.Write(':');
            JsJson.WriteNumber(json, corpus.Entries.Count(e => e.Kind == kinds[k]));
        }
        json.Write("},\"facets\":[");
        for (var f = 0; f < corpus.Facets.Length; f++)
        {
            if (f > 0) json.Write(',');
            json.Write("{\"name\":");
            JsJson.WriteString(json, corpus.Facets[f].Name);
            json.Write(",\"label\":");
            JsJson.WriteString(json, corpus.Facets[f].Label);
            json.Write(",\"values\":");
            JsJson.WriteStringArray(json, corpus.Facets[f].Values);
            json.Write('}');
        }
        json.Write("],\"shards\":");
        JsJson.WriteStringArray(json, firstTerms);
        // Every clause's [position, authority, number], so that the page can take a clause id typed as such
        // ("hackney 7.2(g)") straight to the clause, and rank protocol clauses before the reports that quote them,
        // without loading any document chunk. lunr's tokenizer would split "7.2(g)" into words.
        json.Write(",\"clauses\":[");
        var written = 0;
        for (var position = 0; position < corpus.Entries.Length; position++)
        {
            var entry = corpus.Entries[position];
            if (entry.Kind != SiteSearchKind.Clause || entry.Number is null) continue;
            if (written++ > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteNumber(json, position);
            json.Write(',');
            JsJson.WriteString(json, entry.Source);
            json.Write(',');
            JsJson.WriteString(json, entry.Number);
            json.Write(']');
        }
        // Every report paragraph that quotes clauses, as [position, clause position, ...]: the page lists it under a quoted
        // clause that is a result too ("quoted in …"), so that a quotation never ranks as a result ahead of its clause.
        json.Write("],\"quotes\":[");
        for (var q = 0; q < corpus.Quotations.Length; q++)
        {
            if (q > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteNumber(json, corpus.Quotations[q].Paragraph);
            foreach (var clause in corpus.Quotations[q].Clauses)
            {
                json.Write(',');
                JsJson.WriteNumber(json, clause);
            }
            json.Write(']');
        }
        json.Write("]}");
        return json.ToString();
    }

    /// <summary>What results show, for the documents of one chunk: <c>[[kind, url, title, source, number, section, text, [[facet value position, …] per facet]], …]</c>.</summary>
    private static string DocumentsJson(SiteSearchCorpus corpus, int start)
    {
        var positions = corpus.Facets.Select(f => f.Values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal)).ToArray();
        var json = new StringWriter(CultureInfo.InvariantCulture);
        json.Write('[');
        for (var d = start; d < Math.Min(corpus.Entries.Length, start + DocumentsPerChunk); d++)
        {
            var e = corpus.Entries[d];
            if (d > start) json.Write(',');
            json.Write('[');
            JsJson.WriteString(json, SiteSearch.KindName(e.Kind));
            foreach (var value in new[] { e.Url, e.Title, e.Source })
            {
                json.Write(',');
                JsJson.WriteString(json, value);
            }
            json.Write(',');
            if (e.Number is null) json.Write("null");
            else JsJson.WriteString(json, e.Number);
            json.Write(',');
            JsJson.WriteString(json, e.Section);
            json.Write(',');
            JsJson.WriteString(json, e.Text);
            json.Write(",[");
            for (var f = 0; f < corpus.Facets.Length; f++)
            {
                if (f > 0) json.Write(',');
                json.Write('[');
                if (e.Facets.TryGetValue(corpus.Facets[f].Name, out var values))
                    json.Write(string.Join(",", values.Select(v => positions[f][v].ToString(CultureInfo.InvariantCulture))));
                json.Write(']');
            }
            json.Write("]]");
        }
        json.Write(']');
        return json.ToString();
    }

    /// <summary>
    /// Per facet, per value, the documents that have it as runs: <c>[gap, length, gap, length, …]</c>, each gap counted
    /// from the end of the run before. Documents of one authority or kind are contiguous, so most values are a few runs.
    /// </summary>
    private static string FacetsJson(SiteSearchCorpus corpus)
    {
        var json = new StringWriter(CultureInfo.InvariantCulture);
        json.Write('[');
        for (var f = 0; f < corpus.Facets.Length; f++)
        {
            var facet = corpus.Facets[f];
            var position = facet.Values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
            var docs = facet.Values.Select(_ => new List<int>()).ToArray();
            for (var d = 0; d < corpus.Entries.Length; d++)
                if (corpus.Entries[d].Facets.TryGetValue(facet.Name, out var values))
                    foreach (var v in values.Distinct(StringComparer.Ordinal)) docs[position[v]].Add(d);
            if (f > 0) json.Write(',');
            json.Write('[');
            for (var v = 0; v < docs.Length; v++)
            {
                if (v > 0) json.Write(',');
                json.Write('[');
                var end = 0;
                var firstRun = true;
                for (var i = 0; i < docs[v].Count;)
                {
                    var j = i;
                    while (j + 1 < docs[v].Count && docs[v][j + 1] == docs[v][j] + 1) j++;
                    if (!firstRun) json.Write(',');
                    firstRun = false;
                    JsJson.WriteNumber(json, docs[v][i] - end);
                    json.Write(',');
                    JsJson.WriteNumber(json, j - i + 1);
                    end = docs[v][j] + 1;
                    i = j + 1;
                }
                json.Write(']');
            }
            json.Write(']');
        }
        json.Write(']');
        return json.ToString();
    }

    /// <summary><c>SITEGEN_SEARCH_DATA("kind",id,'json');</c>: the JSON as a single-quoted string, so its many double quotes need no escape.</summary>
    /// <remarks>'&lt;', '&gt;' and '&amp;' occur only inside the JSON's strings, where they are written as \u escapes, so no
    /// "&lt;/script&gt;" in content could end a script block the data were ever inlined into.</remarks>
    internal static OutputFile Script(string path, string kind, int id, string json)
    {
        var sb = new StringBuilder(json.Length + 64);
        sb.Append(Register).Append("(\"").Append(kind).Append("\",").Append(id.ToString(CultureInfo.InvariantCulture)).Append(",'");
        foreach (var c in json)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                case '<': sb.Append("\\\\u003C"); break;
                case '>': sb.Append("\\\\u003E"); break;
                case '&': sb.Append("\\\\u0026"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append("');\n");
        return OutputFile.Text(path, sb.ToString());
    }
}
