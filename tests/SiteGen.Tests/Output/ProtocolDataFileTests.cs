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
        var data = ClauseReadingData.Of(reading, "Members must reply within ten working days to any officer who writes to them.");
        var json = JsonSerializer.Serialize(data, DataJson.DataFileOptions);

        using var parsed = JsonDocument.Parse(json);
        var addressed = parsed.RootElement.GetProperty("addressed_to_provenance");
        Assert.True(addressed.GetProperty("evidence_is_clause_text").GetBoolean());
        Assert.False(addressed.TryGetProperty("evidence", out _));
        Assert.False(addressed.TryGetProperty("concern", out _));
        var force = parsed.RootElement.GetProperty("force_provenance");
        Assert.Equal("must reply", force.GetProperty("evidence").GetString());
        Assert.Equal("two verbs", force.GetProperty("concern").GetString());
        Assert.False(force.TryGetProperty("evidence_is_clause_text", out _));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }
}
