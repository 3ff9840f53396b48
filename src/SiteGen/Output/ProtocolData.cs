using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>The JSON file for one authority: its metadata and clause tree in the shared clause schema.</summary>
internal sealed record ProtocolDataFile(
    [property: JsonPropertyName("$schema")] string Schema,
    string SchemaVersion,
    ProtocolMetadata Metadata,
    ImmutableArray<string> PrintedTitle,
    ImmutableArray<Section> Sections,
    // Comparative analysis (empty, or null for escalation, when the site has no taxonomy).
    ImmutableArray<ClauseThemes> ClauseThemes,
    ImmutableArray<ExpectationStatement> Expectations,
    EscalationRoutes? Escalation,
    ImmutableArray<SimilarClauses> SimilarWording,
    ImmutableArray<NotAvailableNote> NotQuoted,
    // The readings' methods and concerns, each written once; before the readings so that a streaming reader has them first.
    ImmutableArray<string> ReadingMethods,
    ImmutableArray<string> ReadingConcerns,
    // Each clause's "addressed to" and force with how it was read or who corrected it; expectations a person removed.
    ImmutableArray<ClauseReadingData> ClauseReadings,
    ImmutableArray<ExpectationStatement> RemovedExpectations);

/// <summary>
/// The readings of one protocol as its data file gives them: each clause's "addressed to" and force, with the few
/// distinct method and concern sentences written once (<see cref="Methods"/>, <see cref="Concerns"/>) and referred to by
/// their index. At 400 authorities the copies of those sentences were most of the readings' 12 MB of data/.
/// </summary>
internal sealed record ReadingsData(ImmutableArray<string> Methods, ImmutableArray<string> Concerns, ImmutableArray<ClauseReadingData> Clauses)
{
    /// <summary>The readings, each sentence keyed by its first appearance in document order (addressed to, then force).</summary>
    public static ReadingsData Of(IEnumerable<ClauseAddressing> readings, Func<string, string?> clauseText)
    {
        var methods = new Keys();
        var concerns = new Keys();
        var clauses = readings.Select(r => ClauseReadingData.Of(r, clauseText(r.ClauseId), methods, concerns)).ToImmutableArray();
        return new(methods.All, concerns.All, clauses);
    }

    /// <summary>The readings back as the analysis made them: what a data user gets by following the keys and the clause text.</summary>
    public ImmutableArray<ClauseAddressing> Resolve(Func<string, string?> clauseText) =>
        [.. Clauses.Select(c => new ClauseAddressing(c.ClauseId, c.AddressedTo, c.AddressedToProvenance.Resolve(this, clauseText(c.ClauseId)),
            c.Force, c.ForceProvenance.Resolve(this, clauseText(c.ClauseId))))];

    /// <summary>Distinct strings in order of first use; a string's key is its index.</summary>
    internal sealed class Keys
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _all = [];

        public int KeyOf(string value)
        {
            if (_index.TryGetValue(value, out var key)) return key;
            _index.Add(value, _all.Count);
            _all.Add(value);
            return _all.Count - 1;
        }

        public ImmutableArray<string> All => [.. _all];
    }
}

/// <summary>A clause's "addressed to" and force as the data file gives them (<see cref="ClauseAddressing"/>, its evidence pointed to rather than copied).</summary>
internal sealed record ClauseReadingData(string ClauseId, Actor AddressedTo, ReadingProvenanceData AddressedToProvenance, Modality Force, ReadingProvenanceData ForceProvenance)
{
    public static ClauseReadingData Of(ClauseAddressing reading, string? clauseText, ReadingsData.Keys methods, ReadingsData.Keys concerns) => new(reading.ClauseId,
        reading.AddressedTo, ReadingProvenanceData.Of(reading.AddressedToProvenance, clauseText, methods, concerns),
        reading.Force, ReadingProvenanceData.Of(reading.ForceProvenance, clauseText, methods, concerns));
}

/// <summary>
/// A <see cref="Provenance"/> in the data file. Its method and concern are keys: indexes into the file's
/// <c>reading_methods</c> and <c>reading_concerns</c>. A reading of a whole clause mostly rests on the clause's own words,
/// which the file already holds in full (<c>sections[].clauses[].text</c>); such evidence (the clause text, or its
/// opening shortened to about 200 characters) is not copied: <c>evidence_is_clause_text</c> is true and
/// <c>evidence</c> is left out. At 400 authorities the copies were about 7 MB of data/.
/// </summary>
internal sealed record ReadingProvenanceData(ReadingState State, int MethodKey, string? Evidence, bool? EvidenceIsClauseText,
    int? ConcernKey, string? Owner, string? Note, int? OverrideLine, bool IsSettled)
{
    public static ReadingProvenanceData Of(Provenance p, string? clauseText, ReadingsData.Keys methods, ReadingsData.Keys concerns)
    {
        var pointed = clauseText is not null && IsClauseText(p.Evidence, clauseText);
        return new(p.State, methods.KeyOf(p.Method), pointed ? null : p.Evidence, pointed ? true : null,
            p.Concern is null ? null : concerns.KeyOf(p.Concern), p.Owner, p.Note, p.OverrideLine, p.IsSettled);
    }

    /// <summary>The provenance this stands for, its keys looked up; evidence that is the clause's text is given as the whole text, white space run together.</summary>
    public Provenance Resolve(ReadingsData table, string? clauseText) => new(State, table.Methods[MethodKey],
        Evidence ?? (EvidenceIsClauseText == true && clauseText is not null ? Flat(clauseText) : ""),
        ConcernKey is { } k ? table.Concerns[k] : null, Owner, Note, OverrideLine);

    /// <summary>Whether <paramref name="evidence"/> is the clause's text with its white space run together, whole or cut short and ended with "…".</summary>
    internal static bool IsClauseText(string evidence, string clauseText)
    {
        if (evidence.Length == 0) return false;
        var flat = Flat(clauseText);
        if (string.Equals(evidence, flat, StringComparison.Ordinal)) return true;
        return evidence.Length > 1 && evidence[^1] == '…' && flat.Length > evidence.Length - 1
            && flat.AsSpan().StartsWith(evidence.AsSpan(0, evidence.Length - 1), StringComparison.Ordinal);
    }

    private static string Flat(string clauseText) => string.Join(' ', clauseText.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One entry of <c>data/protocols.json</c>, the index other tools start from.</summary>
internal sealed record ProtocolIndexEntry(string Slug, string Authority, string ShortName, string Title, string Status, string Coverage, int ClauseCount, string Data, string Page);

/// <summary>Writes the corpus as data: a JSON file per protocol, an index, the schema they follow, and the CSV.</summary>
internal static class ProtocolData
{
    public const string SchemaVersion = "1.4"; // 1.4 writes the readings' method and concern sentences once per file (reading_methods, reading_concerns) and refers to them by key; 1.3 leaves out members whose value is null, and a reading's evidence that is its clause's own text; 1.2 added provenance (state, evidence, who checked) to readings; 1.1 the analysis fields

    public static IEnumerable<OutputFile> Build(IReadOnlyList<Protocol> protocols, SiteAnalysis? analysis = null)
    {
        foreach (var p in protocols)
        {
            var a = analysis?.For(p.Metadata.Slug);
            var path = SitePage.ProtocolData(p.Metadata.Slug).Path;
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in p.AllClauses()) texts.TryAdd(c.Id, c.Text);
            var readings = ReadingsData.Of(a?.Clauses ?? [], texts.GetValueOrDefault);
            var file = new ProtocolDataFile(SitePage.ClauseSchema.NearFrom(path), SchemaVersion, p.Metadata, p.PrintedTitle, p.Sections,
                a?.ClauseThemes ?? [], a?.Expectations ?? [], a?.Escalation, a?.Similar ?? [], a?.NotQuoted ?? [],
                readings.Methods, readings.Concerns, readings.Clauses, a?.RemovedExpectations ?? []);
            yield return new OutputFile(path, DataJson.SerializeDataFile(file));
        }

        var index = protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal).Select(p => new ProtocolIndexEntry(
            p.Metadata.Slug, p.Metadata.Authority, p.Metadata.ShortName, p.Metadata.Title,
            Presentation.Labels.Of(p.Metadata.Status), Presentation.Labels.Of(p.Metadata.Coverage), p.AllClauses().Count(),
            SitePage.ProtocolData(p.Metadata.Slug).NearFrom(SitePage.ProtocolIndex.Path), SitePage.Protocol(p.Metadata.Slug).NearFrom(SitePage.ProtocolIndex.Path)));
        yield return new OutputFile(SitePage.ProtocolIndex.Path, DataJson.SerializeDataFile(index.ToArray()));
        yield return OutputFile.Text(SitePage.ClauseSchema.Path, Schema());
        yield return ClauseCsv.Build(protocols, analysis);
    }

    /// <summary>The JSON Schema, exported from the very types and serializer options the data files are written with.</summary>
    public static string Schema()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.PropertyInfo is null && context.TypeInfo.Type == typeof(ProtocolDataFile) && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "title", "SiteGen protocol (shared clause schema)");
                    root.Insert(2, "description", "One council's member/officer protocol normalised into sections and clauses. Clause ids are <slug>/<number>, e.g. hackney/7.2(g). clause_themes, expectations, escalation, similar_wording and not_quoted hold the comparative analysis against content/taxonomy.yml. A member whose value would be null is left out: an absent member means none (no date, no concern, no override). In clause_readings, evidence_is_clause_text: true stands for evidence that is the clause's own text (its text member, white space run together, whole or its opening), which is not copied. A reading's method_key and concern_key are indexes into reading_methods and reading_concerns, which hold each distinct sentence once.");
                }
                return node;
            },
        };
        var schema = DataJson.Options.GetJsonSchemaAsNode(typeof(ProtocolDataFile), options);
        return schema.ToJsonString(DataJson.Options) + "\n";
    }
}
