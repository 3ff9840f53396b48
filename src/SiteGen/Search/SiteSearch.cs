using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The site's search files under <c>search/</c>, all loadable by <c>&lt;script&gt;</c> so that search works from
/// <c>file://</c>: <c>lunr.min.js</c>; <c>index.js</c>, the lunr index (refs are positions in the documents list);
/// <c>documents.js</c>, what results display (kept out of the index so it stays small); and
/// <c>manifest.json</c>, which names them and counts their documents for other tools.
/// </summary>
public static class SiteSearch
{
    public const string Folder = "search";
    public const string IndexFile = "index.js";
    public const string DocumentsFile = "documents.js";
    public const string ManifestFile = "manifest.json";
    public const string IndexGlobal = SearchIndexScript.DefaultGlobalName;
    public const string DocumentsGlobal = "SITEGEN_SEARCH_DOCUMENTS";

    /// <summary>Version of the documents.js and manifest.json formats, raised when either changes incompatibly.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions CompactJson = new()
    {
        // Every script stays readable ("é", "’"); HTML-significant characters and U+2028/U+2029 are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions IndentedJson = CompactJson with { Indented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>The search files for a corpus.</summary>
    public static ImmutableArray<OutputFile> Files(SiteSearchCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var documents = corpus.Entries.Select((entry, i) => new SearchDocument(
            Ref(i),
            entry.Fields.ToDictionary(f => f.Key, f => SiteSearchText.Normalise(f.Value), StringComparer.Ordinal)));
        var index = LunrIndexBuilder.Build(SiteSearchCorpus.IndexFields, documents);
        var indexScript = SearchIndexScript.ToBytes(index, IndexGlobal);
        var documentsScript = DocumentsScript(corpus);
        var lunr = LunrScript.ReadBytes();
        return
        [
            new OutputFile($"{Folder}/{LunrScript.FileName}", lunr),
            new OutputFile($"{Folder}/{IndexFile}", indexScript),
            new OutputFile($"{Folder}/{DocumentsFile}", documentsScript),
            new OutputFile($"{Folder}/{ManifestFile}", Manifest(corpus, indexScript.Length, documentsScript.Length, lunr.Length)),
        ];
    }

    /// <summary>A document's ref: its position in the documents list, as short as a ref can be.</summary>
    public static string Ref(int position) => position.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>var SITEGEN_SEARCH_DOCUMENTS = {…};</c>, one document per line so that changes diff well.</summary>
    public static byte[] DocumentsScript(SiteSearchCorpus corpus)
    {
        using var buffer = new MemoryStream();
        Write(buffer, "var " + DocumentsGlobal + " = {\"version\":");
        Write(buffer, FormatVersion.ToString(CultureInfo.InvariantCulture));
        Write(buffer, ",\"fields\":");
        WriteJson(buffer, CompactJson, w =>
        {
            w.WriteStartArray();
            foreach (var field in SiteSearchCorpus.IndexFields) w.WriteStringValue(field.Name);
            w.WriteEndArray();
        });
        Write(buffer, ",\n\"facets\":");
        WriteJson(buffer, CompactJson, w => WriteFacets(w, corpus.Facets));
        Write(buffer, ",\n\"documents\":[");
        var valueIndexes = corpus.Facets.Select(f => f.Values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal)).ToList();
        for (var d = 0; d < corpus.Entries.Length; d++)
        {
            Write(buffer, d == 0 ? "\n" : ",\n");
            var entry = corpus.Entries[d];
            WriteJson(buffer, CompactJson, w =>
            {
                w.WriteStartObject();
                w.WriteString("kind", KindName(entry.Kind));
                w.WriteString("url", entry.Url);
                w.WriteString("title", entry.Title);
                w.WriteString("source", entry.Source);
                if (entry.Number is null) w.WriteNull("number");
                else w.WriteString("number", entry.Number);
                w.WriteString("section", entry.Section);
                w.WriteString("text", entry.Text);
                w.WriteStartArray("facets");
                for (var f = 0; f < corpus.Facets.Length; f++)
                {
                    w.WriteStartArray();
                    if (entry.Facets.TryGetValue(corpus.Facets[f].Name, out var values))
                    {
                        foreach (var value in values) w.WriteNumberValue(valueIndexes[f][value]);
                    }
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        Write(buffer, "\n]};\n");
        return buffer.ToArray();
    }

    /// <summary>The kind as documents.js and the manifest name it.</summary>
    public static string KindName(SiteSearchKind kind) => kind switch
    {
        SiteSearchKind.Clause => "clause",
        SiteSearchKind.ReportParagraph => "report",
        _ => "page",
    };

    private static byte[] Manifest(SiteSearchCorpus corpus, int indexBytes, int documentsBytes, int lunrBytes)
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer, IndentedJson, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", "sitegen-search");
            w.WriteNumber("version", FormatVersion);
            w.WriteString("description", "Search files of this site. Paths are relative to this folder. Each index is a lunr.js index in a script that sets the named global; load it with lunr.Index.load. A ref is the position of its document in the documents array of the documents script.");
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
            w.WriteStartArray("indexes");
            w.WriteStartObject();
            w.WriteString("file", IndexFile);
            w.WriteString("global", IndexGlobal);
            w.WriteNumber("documents", corpus.Entries.Length);
            w.WriteNumber("bytes", indexBytes);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("documents");
            w.WriteString("file", DocumentsFile);
            w.WriteString("global", DocumentsGlobal);
            w.WriteNumber("count", corpus.Entries.Length);
            w.WriteStartObject("byKind");
            foreach (var kind in Enum.GetValues<SiteSearchKind>())
                w.WriteNumber(KindName(kind), corpus.Entries.Count(e => e.Kind == kind));
            w.WriteEndObject();
            w.WriteNumber("bytes", documentsBytes);
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
