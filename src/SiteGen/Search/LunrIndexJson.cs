using System.Text;

namespace SiteGen.Search;

/// <summary>Serialises a <see cref="LunrIndex"/> to the exact bytes <c>JSON.stringify(index)</c> gives for the same index built by lunr.js.</summary>
public static class LunrIndexJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The index as compact JSON text.</summary>
    public static string ToJson(LunrIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var json = new StringBuilder(EstimateLength(index));
        json.Append("{\"version\":");
        JsJson.AppendString(json, LunrIndex.LunrVersion);

        json.Append(",\"fields\":");
        AppendStringArray(json, index.Fields);

        json.Append(",\"fieldVectors\":[");
        for (var v = 0; v < index.FieldVectors.Count; v++)
        {
            var vector = index.FieldVectors[v];
            if (v > 0) json.Append(',');
            json.Append('[');
            JsJson.AppendString(json, vector.FieldRef);
            json.Append(",[");
            for (var e = 0; e < vector.Elements.Count; e++)
            {
                if (e > 0) json.Append(',');
                JsJson.AppendNumber(json, vector.Elements[e].TermIndex);
                json.Append(',');
                JsJson.AppendNumber(json, vector.Elements[e].Score);
            }
            json.Append("]]");
        }

        json.Append("],\"invertedIndex\":[");
        for (var p = 0; p < index.InvertedIndex.Count; p++)
        {
            var posting = index.InvertedIndex[p];
            if (p > 0) json.Append(',');
            json.Append('[');
            JsJson.AppendString(json, posting.Term);
            json.Append(",{\"_index\":");
            JsJson.AppendNumber(json, posting.TermIndex);
            for (var f = 0; f < index.Fields.Count; f++)
            {
                json.Append(',');
                JsJson.AppendString(json, index.Fields[f]);
                json.Append(":{");
                var refs = posting.DocumentRefsByField[f];
                for (var r = 0; r < refs.Count; r++)
                {
                    if (r > 0) json.Append(',');
                    JsJson.AppendString(json, refs[r]);
                    json.Append(":{}"); // no metadata is recorded; see LunrIndexBuilder
                }
                json.Append('}');
            }
            json.Append("}]");
        }

        json.Append("],\"pipeline\":");
        AppendStringArray(json, LunrIndex.SearchPipeline);
        json.Append('}');
        return json.ToString();
    }

    /// <summary>The index as compact JSON, UTF-8 encoded without a byte order mark.</summary>
    public static byte[] ToUtf8Json(LunrIndex index) => Utf8NoBom.GetBytes(ToJson(index));

    private static void AppendStringArray(StringBuilder json, IReadOnlyList<string> values)
    {
        json.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) json.Append(',');
            JsJson.AppendString(json, values[i]);
        }
        json.Append(']');
    }

    private static int EstimateLength(LunrIndex index) =>
        (int)Math.Min(int.MaxValue / 2, 256L + index.FieldVectors.Count * 64L + index.InvertedIndex.Count * 96L);
}
