using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Tests.Output;

[Trait("Kind", "Pure")]
public class ProtocolDataFileTests
{
    [Theory]
    [InlineData("Officers must be neutral.", "Officers must be neutral.", true)]
    [InlineData("Officers must\n\n• be   neutral.", "Officers must • be neutral.", true)]
    [InlineData("Members should treat officers with respect at every meeting they attend.", "Members should treat officers…", true)]
    [InlineData("Members should treat officers with respect.", "Members should treat staff…", false)]
    [InlineData("Members should treat officers with respect.", "treat officers with respect", false)]
    [InlineData("Short.", "Short.…", false)]
    [InlineData("Anything at all.", "", false)]
    public void Reading_evidence_is_the_clause_text_only_when_it_is_that_text_whole_or_its_opening(string clause, string evidence, bool expected)
    {
        Assert.Equal(expected, ReadingProvenanceData.IsClauseText(evidence, clause));
    }

    [Fact]
    public void A_reading_whose_evidence_is_its_clause_points_to_the_clause_and_null_members_are_left_out()
    {
        var reading = new ClauseAddressing("shire/1.1", Actor.Members, Provenance.Read("subject of its governing verb", "Members must reply within ten working days…"),
            Modality.Must, Provenance.Unsure("its governing verb", "must reply", "two verbs"));
        var data = ReadingsData.Of([reading], _ => "Members must reply within ten working days to any officer who writes to them.").Clauses.Single();
        var json = JsonSerializer.Serialize(data, DataJson.DataFileOptions);

        using var parsed = JsonDocument.Parse(json);
        var addressed = parsed.RootElement.GetProperty("addressed_to_provenance");
        Assert.True(addressed.GetProperty("evidence_is_clause_text").GetBoolean());
        Assert.False(addressed.TryGetProperty("evidence", out _));
        Assert.False(addressed.TryGetProperty("concern_key", out _));
        var force = parsed.RootElement.GetProperty("force_provenance");
        Assert.Equal("must reply", force.GetProperty("evidence").GetString());
        Assert.Equal(0, force.GetProperty("concern_key").GetInt32());
        Assert.False(force.TryGetProperty("evidence_is_clause_text", out _));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    private const string Text = "Members must reply within ten working days to any officer who writes to them.";

    private static readonly ImmutableArray<ClauseAddressing> Readings =
    [
        new("shire/1", Actor.Members, Provenance.Read("subject of its governing verb", Text), Modality.Must, Provenance.Read("its governing verb", "must reply")),
        new("shire/2", Actor.Officers, Provenance.Unsure("subject of its governing verb", "Officers", "the subject is a list"),
            Modality.Should, Provenance.Unsure("its governing verb", "should", "the subject is a list")),
        new("shire/3", Actor.Members, Provenance.Read("subject of its governing verb", "Members").ConfirmedBy("J. Smith", "checked", 12),
            Modality.Must, Provenance.CorrectedBy("J. Smith", "a duty", 13, "must")),
    ];

    [Fact]
    public void Each_method_and_concern_sentence_is_written_once_and_readings_refer_to_it_by_key()
    {
        var data = ReadingsData.Of(Readings, _ => Text);

        Assert.Equal<string>(["subject of its governing verb", "its governing verb", "overrides file"], data.Methods);
        Assert.Equal<string>(["the subject is a list"], data.Concerns);
        Assert.Equal([0, 0, 0], data.Clauses.Select(c => c.AddressedToProvenance.MethodKey));
        Assert.Equal([1, 1, 2], data.Clauses.Select(c => c.ForceProvenance.MethodKey));
        Assert.Equal([null, 0, null], data.Clauses.Select(c => c.ForceProvenance.ConcernKey));
        var json = JsonSerializer.Serialize(data, DataJson.DataFileOptions);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "the subject is a list"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"its governing verb\""));
    }

    [Fact]
    public void The_readings_resolve_to_exactly_what_the_analysis_read()
    {
        var data = ReadingsData.Of(Readings, _ => Text);
        var parsed = JsonSerializer.Deserialize<ReadingsData>(JsonSerializer.Serialize(data, DataJson.DataFileOptions), DataJson.DataFileOptions)!;

        Assert.Equal<ClauseAddressing>(Readings, parsed.Resolve(_ => Text));
    }
}
