using System.Text;

namespace SiteGen.Search;

/// <summary>Serialises a <see cref="LunrIndex"/> to the exact bytes <c>JSON.stringify(index)</c> gives for the same index built by lunr.js.</summary>
internal static class LunrIndexJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the index as compact UTF-8 JSON (no byte order mark) to <paramref name="output"/>, leaving it open.</summary>
    public static void Write(LunrIndex index, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        Write(index, writer);
    }

    /// <summary>The index as compact UTF-8 JSON without a byte order mark.</summary>
    public static byte[] ToUtf8Json(LunrIndex index)
    {
        using var buffer = new MemoryStream();
        Write(index, buffer);
        return buffer.ToArray();
    }

    /// <summary>The index as compact JSON text.</summary>
    public static string ToJson(LunrIndex index)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(index, writer);
        return writer.ToString();
    }

    /// <summary>Writes the index as compact JSON text; the writer's culture plays no part.</summary>
    public static void Write(LunrIndex index, TextWriter json)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(json);

        // Key order as lunr.Index#toJSON builds the object.
        json.Write("{\"version\":");
        JsJson.WriteString(json, LunrIndex.LunrVersion);

        json.Write(",\"fields\":");
        JsJson.WriteStringArray(json, index.Fields);

        json.Write(",\"fieldVectors\":[");
        for (var v = 0; v < index.FieldVectors.Count; v++)
        {
            var vector = index.FieldVectors[v];
            if (v > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteString(json, vector.FieldRef);
            json.Write(",[");
            for (var e = 0; e < vector.Elements.Count; e++)
            {
                if (e > 0) json.Write(',');
                JsJson.WriteNumber(json, vector.Elements[e].TermIndex);
                json.Write(',');
                JsJson.WriteNumber(json, vector.Elements[e].Score);
            }
            json.Write("]]");
        }

        json.Write("],\"invertedIndex\":[");
        for (var p = 0; p < index.InvertedIndex.Count; p++)
        {
            var posting = index.InvertedIndex[p];
            if (p > 0) json.Write(',');
            json.Write('[');
            JsJson.WriteString(json, posting.Term);
            json.Write(",{\"_index\":");
            JsJson.WriteNumber(json, posting.TermIndex);
            for (var f = 0; f < index.Fields.Count; f++)
            {
                json.Write(',');
                JsJson.WriteString(json, index.Fields[f]);
                json.Write(":{");
                var refs = posting.DocumentRefsByField[f];
                for (var r = 0; r < refs.Count; r++)
                {
                    if (r > 0) json.Write(',');
                    JsJson.WriteString(json, refs[r]);
                    json.Write(":{}"); // no metadata is recorded; see LunrIndexBuilder
                }
                json.Write('}');
            }
            json.Write("}]");
        }

        json.Write("],\"pipeline\":");
        JsJson.WriteStringArray(json, LunrIndex.SearchPipeline);
        json.Write('}');
    }
}
