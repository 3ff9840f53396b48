using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Output;
using SiteGen.Reports;

namespace SiteGen.Search;

/// <summary>
/// The site's search files under <c>search/</c>, all loadable by <c>&lt;script&gt;</c> so that search works from
/// <c>file://</c>: <c>lunr.min.js</c>; the lunr index in term shards and what results display in chunks
/// (<see cref="SearchShards"/>; refs are positions in the documents list); and <c>manifest.json</c>, which
/// describes them for other tools.
/// </summary>
internal static class SiteSearch
{
    public const string Folder = "search";
    public const string ManifestFile = "manifest.json";

    private static readonly JsonWriterOptions CompactJson = new()
    {
        // Every script stays readable ("é", "’"); HTML-significant characters and U+2028/U+2029 are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions IndentedJson = CompactJson with { Indented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>The lunr index of a corpus: one document per entry, its ref the entry's position.</summary>
    public static LunrIndex Index(SiteSearchCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var documents = corpus.Entries.Select((entry, i) => new SearchDocument(
            Ref(i),
            entry.Fields.ToDictionary(f => f.Key, f => SiteSearchText.Normalise(f.Value), StringComparer.Ordinal)));
        return LunrIndexBuilder.Build(SiteSearchCorpus.IndexFields, documents);
    }

    /// <summary>
    /// The search files for a corpus: lunr.min.js, the index in term shards with the documents in chunks
    /// (<see cref="SearchShards"/>), and manifest.json, which describes them for other tools.
    /// </summary>
    public static ImmutableArray<OutputFile> Files(SiteSearchCorpus corpus)
    {
        var sharded = SearchShards.Files(Index(corpus), corpus, Folder);
        var lunr = LunrScript.ReadBytes();
        return
        [
            new OutputFile($"{Folder}/{LunrScript.FileName}", lunr),
            .. sharded.Files,
            corpus.ThemePhrases.File(Folder),
            new OutputFile($"{Folder}/{ManifestFile}", Manifest(corpus, sharded, lunr.Length)),
        ];
    }

    /// <summary>A document's ref: its position in the documents list, as short as a ref can be.</summary>
    public static string Ref(int position) => position.ToString(CultureInfo.InvariantCulture);

    /// <summary>The kind as the document chunks and the manifest name it.</summary>
    public static string KindName(SiteSearchKind kind) => kind switch
    {
        SiteSearchKind.Clause => "clause",
        SiteSearchKind.ReportParagraph => "report",
        _ => "page",
    };

    private static byte[] Manifest(SiteSearchCorpus corpus, SearchShards.Result sharded, int lunrBytes)
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer, IndentedJson, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", "sitegen-search");
            w.WriteNumber("version", SearchShards.FormatVersion);
            w.WriteString("description", "Search files of this site, paths relative to this folder. Each .js file calls "
                + SearchShards.Register + "(kind, id, 'JSON text'). meta.js: fields, facets, document count, the first term of each term shard, every clause as [position, authority, number] and every report paragraph that quotes clauses as [position, clause position, ...]. "
                + "terms/N.js: [[term, lunr term index, [document gap, BM25 weight, ...] per field], ...] for the terms from shard N's first term up to the next shard's. "
                + "docs/N.js: documents N*chunk onwards as [kind, url, title, source, number, section, text, [facet value positions] per facet]. facets.js: per facet, per value, the documents that have it as [gap, run length, ...]. "
                + SearchThemePhrases.FileName + ": the taxonomy's theme phrases a query word is also searched under, as {themes: [[id, title], ...], phrases: [[text, [query word, ...], [lunr term, ...]], ...], terms: {lunr term: [[theme, ...], [phrase, ...]]}}. "
                + "A lunr.js index holding a query's shards, with these term indexes and weights as its field vectors, answers it exactly as the whole index would.");
            w.WriteStartObject("lunr");
            w.WriteString("version", LunrScript.Version);
            w.WriteString("file", LunrScript.FileName);
            w.WriteNumber("bytes", lunrBytes);
            w.WriteEndObject();
            w.WriteStartArray("fields");
            foreach (var field in SiteSearchCorpus.IndexFields)
            {
                w.WriteStartObject();
                w.WriteString("name", field.Name);
                w.WriteNumber("boost", field.Boost);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("meta", SearchShards.MetaFile);
            w.WriteString("phrases", SearchThemePhrases.FileName);
            w.WriteNumber("termShards", sharded.Shards);
            w.WriteNumber("documentChunks", sharded.Chunks);
            w.WriteNumber("bytes", sharded.Files.Sum(f => (long)f.Content.Length));
            w.WriteStartObject("documents");
            w.WriteNumber("count", corpus.Entries.Length);
            w.WriteStartObject("byKind");
            foreach (var kind in Enum.GetValues<SiteSearchKind>())
                w.WriteNumber(KindName(kind), corpus.Entries.Count(e => e.Kind == kind));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WritePropertyName("facets");
            WriteFacets(w, corpus.Facets);
            w.WriteEndObject();
        });
        Write(buffer, "\n");
        return buffer.ToArray();
    }

    private static void WriteFacets(Utf8JsonWriter w, ImmutableArray<SiteSearchFacet> facets)
    {
        w.WriteStartArray();
        foreach (var facet in facets)
        {
            w.WriteStartObject();
            w.WriteString("name", facet.Name);
            w.WriteString("label", facet.Label);
            w.WriteStartArray("values");
            foreach (var value in facet.Values) w.WriteStringValue(value);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteJson(Stream output, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var writer = new Utf8JsonWriter(output, options);
        write(writer);
        writer.Flush();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.UTF8.GetBytes(text));
}
