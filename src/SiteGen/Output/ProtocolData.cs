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
    // Each clause's "addressed to" and force with how it was read or who corrected it; expectations a person removed.
    ImmutableArray<ClauseReadingData> ClauseReadings,
    ImmutableArray<ExpectationStatement> RemovedExpectations);

/// <summary>A clause's "addressed to" and force as the data file gives them (<see cref="ClauseAddressing"/>, its evidence pointed to rather than copied).</summary>
internal sealed record ClauseReadingData(string ClauseId, Actor AddressedTo, ReadingProvenanceData AddressedToProvenance, Modality Force, ReadingProvenanceData ForceProvenance)
{
    public static ClauseReadingData Of(ClauseAddressing reading, string? clauseText) => new(reading.ClauseId,
        reading.AddressedTo, ReadingProvenanceData.Of(reading.AddressedToProvenance, clauseText), reading.Force, ReadingProvenanceData.Of(reading.ForceProvenance, clauseText));
}

/// <summary>
/// A <see cref="Provenance"/> in the data file. A reading of a whole clause mostly rests on the clause's own words,
/// which the file already holds in full (<c>sections[].clauses[].text</c>); such evidence (the clause text, or its
/// opening shortened to about 200 characters) is not copied: <c>evidence_is_clause_text</c> is true and
/// <c>evidence</c> is left out. At 400 authorities the copies were about 7 MB of data/.
/// </summary>
internal sealed record ReadingProvenanceData(ReadingState State, string Method, string? Evidence, bool? EvidenceIsClauseText,
    string? Concern, string? Owner, string? Note, int? OverrideLine, bool IsSettled)
{
    public static ReadingProvenanceData Of(Provenance p, string? clauseText)
    {
        var pointed = clauseText is not null && IsClauseText(p.Evidence, clauseText);
        return new(p.State, p.Method, pointed ? null : p.Evidence, pointed ? true : null, p.Concern, p.Owner, p.Note, p.OverrideLine, p.IsSettled);
    }

    /// <summary>Whether <paramref name="evidence"/> is the clause's text with its white space run together, whole or cut short and ended with "…".</summary>
    internal static bool IsClauseText(string evidence, string clauseText)
    {
        if (evidence.Length == 0) return false;
        var flat = string.Join(' ', clauseText.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (string.Equals(evidence, flat, StringComparison.Ordinal)) return true;
        return evidence.Length > 1 && evidence[^1] == '…' && flat.Length > evidence.Length - 1
            && flat.AsSpan().StartsWith(evidence.AsSpan(0, evidence.Length - 1), StringComparison.Ordinal);
    }
}

/// <summary>One entry of <c>data/protocols.json</c>, the index other tools start from.</summary>
internal sealed record ProtocolIndexEntry(string Slug, string Authority, string ShortName, string Title, string Status, string Coverage, int ClauseCount, string Data, string Page);

/// <summary>Writes the corpus as data: a JSON file per protocol, an index, the schema they follow, and the CSV.</summary>
internal static class ProtocolData
{
    public const string SchemaVersion = "1.3"; // 1.3 leaves out members whose value is null, and a reading's evidence that is its clause's own text; 1.2 added provenance (state, evidence, who checked) to readings; 1.1 the analysis fields

    public static IEnumerable<OutputFile> Build(IReadOnlyList<Protocol> protocols, SiteAnalysis? analysis = null)
    {
        foreach (var p in protocols)
        {
            var a = analysis?.For(p.Metadata.Slug);
            var path = SitePage.ProtocolData(p.Metadata.Slug).Path;
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in p.AllClauses()) texts.TryAdd(c.Id, c.Text);
            var readings = (a?.Clauses ?? []).Select(r => ClauseReadingData.Of(r, texts.GetValueOrDefault(r.ClauseId))).ToImmutableArray();
            var file = new ProtocolDataFile(SitePage.ClauseSchema.NearFrom(path), SchemaVersion, p.Metadata, p.PrintedTitle, p.Sections,
                a?.ClauseThemes ?? [], a?.Expectations ?? [], a?.Escalation, a?.Similar ?? [], a?.NotQuoted ?? [], readings, a?.RemovedExpectations ?? []);
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
                    root.Insert(2, "description", "One council's member/officer protocol normalised into sections and clauses. Clause ids are <slug>/<number>, e.g. hackney/7.2(g). clause_themes, expectations, escalation, similar_wording and not_quoted hold the comparative analysis against content/taxonomy.yml. A member whose value would be null is left out: an absent member means none (no date, no concern, no override). In clause_readings, evidence_is_clause_text: true stands for evidence that is the clause's own text (its text member, white space run together, whole or its opening), which is not copied.");
                }
                return node;
            },
        };
        var schema = DataJson.Options.GetJsonSchemaAsNode(typeof(ProtocolDataFile), options);
        return schema.ToJsonString(DataJson.Options) + "\n";
    }
}
