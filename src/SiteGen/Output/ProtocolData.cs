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
    ImmutableArray<ClauseAddressing> ClauseReadings,
    ImmutableArray<ExpectationStatement> RemovedExpectations);

/// <summary>One entry of <c>data/protocols.json</c>, the index other tools start from.</summary>
internal sealed record ProtocolIndexEntry(string Slug, string Authority, string ShortName, string Title, string Status, string Coverage, int ClauseCount, string Data, string Page);

/// <summary>Writes the corpus as data: a JSON file per protocol, an index, the schema they follow, and the CSV.</summary>
internal static class ProtocolData
{
    public const string SchemaVersion = "1.2"; // 1.2 added provenance (state, evidence, who checked) to readings; 1.1 the analysis fields

    public static IEnumerable<OutputFile> Build(IReadOnlyList<Protocol> protocols, SiteAnalysis? analysis = null)
    {
        foreach (var p in protocols)
        {
            var a = analysis?.For(p.Metadata.Slug);
            var path = SitePage.ProtocolData(p.Metadata.Slug).Path;
            var file = new ProtocolDataFile(SitePage.ClauseSchema.NearFrom(path), SchemaVersion, p.Metadata, p.PrintedTitle, p.Sections,
                a?.ClauseThemes ?? [], a?.Expectations ?? [], a?.Escalation, a?.Similar ?? [], a?.NotQuoted ?? [], a?.Clauses ?? [], a?.RemovedExpectations ?? []);
            yield return new OutputFile(path, DataJson.SerializeCompactUtf8(file));
        }

        var index = protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal).Select(p => new ProtocolIndexEntry(
            p.Metadata.Slug, p.Metadata.Authority, p.Metadata.ShortName, p.Metadata.Title,
            Presentation.Labels.Of(p.Metadata.Status), Presentation.Labels.Of(p.Metadata.Coverage), p.AllClauses().Count(),
            SitePage.ProtocolData(p.Metadata.Slug).NearFrom(SitePage.ProtocolIndex.Path), SitePage.Protocol(p.Metadata.Slug).NearFrom(SitePage.ProtocolIndex.Path)));
        yield return new OutputFile(SitePage.ProtocolIndex.Path, DataJson.SerializeCompactUtf8(index.ToArray()));
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
                    root.Insert(2, "description", "One council's member/officer protocol normalised into sections and clauses. Clause ids are <slug>/<number>, e.g. hackney/7.2(g). clause_themes, expectations, escalation, similar_wording and not_quoted hold the comparative analysis against content/taxonomy.yml.");
                }
                return node;
            },
        };
        var schema = DataJson.Options.GetJsonSchemaAsNode(typeof(ProtocolDataFile), options);
        return schema.ToJsonString(DataJson.Options) + "\n";
    }
}
