using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace SiteGen.Output;

/// <summary>One set of JSON options for every data file, so field naming is the same everywhere and output is stable.</summary>
internal static class DataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // All of Unicode stays readable ("“", "é"); HTML-significant characters are still escaped, so data is safe to inline.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        IndentSize = 1,
        IndentCharacter = '\t',
        NewLine = "\n",
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Set here rather than on first use, so exporting the schema does not depend on something having been serialised first.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The same names and escaping without indentation, for the files the site publishes: at 400 authorities indentation was a quarter of their bytes.</summary>
    public static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    /// <summary>Indented, for what people diff and review (golden files, the schema).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>On one line, for data the site publishes; it parses to exactly what <see cref="Serialize{T}"/> gives.</summary>
    public static string SerializeCompact<T>(T value) => JsonSerializer.Serialize(value, CompactOptions) + "\n";

    /// <summary>
    /// The data files' options: on one line, and a member whose value is null is left out (the schema says an absent
    /// member means none), since at 400 authorities <c>null</c> members were 7 MB of data/ and told a reader nothing.
    /// </summary>
    public static readonly JsonSerializerOptions DataFileOptions = new(CompactOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>A data file (<see cref="DataFileOptions"/>), straight to the UTF-8 bytes a file holds, with no string in between.</summary>
    public static byte[] SerializeDataFile<T>(T value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DataFileOptions.Encoder, Indented = false }))
            JsonSerializer.Serialize(writer, value, DataFileOptions);
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }
}
