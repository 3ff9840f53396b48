using System.Text;
using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Search;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Search;

/// <summary>Reads the search files a build wrote.</summary>
internal static class SiteSearchFiles
{
    /// <summary>The kind, id and JSON of <c>SITEGEN_SEARCH_DATA("kind",id,'json');</c>, the string's escapes undone.</summary>
    public static (string Kind, int Id, string Json) ReadData(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        var prefix = SearchShards.Register + "(\"";
        Assert.StartsWith(prefix, text);
        Assert.EndsWith("');\n", text);
        var kindEnd = text.IndexOf('"', prefix.Length);
        var kind = text[prefix.Length..kindEnd];
        var idEnd = text.IndexOf(",'", kindEnd, StringComparison.Ordinal);
        var id = int.Parse(text[(kindEnd + 2)..idEnd], System.Globalization.CultureInfo.InvariantCulture);
        var literal = text[(idEnd + 2)..^4];
        var json = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            Assert.NotEqual('\'', c); // an unescaped quote would end the string early
            if (c != '\\') { json.Append(c); continue; }
            var next = literal[++i];
            switch (next)
            {
                case 'n': json.Append('\n'); break;
                case 'r': json.Append('\r'); break;
                case 'u': json.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)); i += 4; break;
                default: json.Append(next); break;
            }
        }
        return (kind, id, json.ToString());
    }

    public static JsonDocument Json(byte[] script) => JsonDocument.Parse(ReadData(script).Json);

    /// <summary>
    /// meta.js and every document chunk, put together in one document of the shape
    /// <c>{fields, facets, documents: [{kind, url, title, source, number, section, text, facets}]}</c>.
    /// </summary>
    /// <param name="read">Reads a file by its site-relative path (<c>search/meta.js</c>).</param>
    public static JsonDocument Documents(Func<string, byte[]> read)
    {
        using var meta = Json(read("search/" + SearchShards.MetaFile));
        var count = meta.RootElement.GetProperty("documents").GetInt32();
        var chunk = meta.RootElement.GetProperty("chunk").GetInt32();
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("fields");
            meta.RootElement.GetProperty("fields").WriteTo(w);
            w.WritePropertyName("facets");
            meta.RootElement.GetProperty("facets").WriteTo(w);
            w.WriteStartArray("documents");
            for (var c = 0; c * chunk < count; c++)
            {
                using var docs = Json(read($"search/{SearchShards.DocumentsFolder}/{c}.js"));
                foreach (var d in docs.RootElement.EnumerateArray())
                {
                    w.WriteStartObject();
                    var names = new[] { "kind", "url", "title", "source", "number", "section", "text", "facets" };
                    for (var i = 0; i < names.Length; i++)
                    {
                        w.WritePropertyName(names[i]);
                        d[i].WriteTo(w);
                    }
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.ToArray());
    }

    public static JsonDocument Documents(IReadOnlyDictionary<string, SiteGen.Output.OutputFile> files) => Documents(path => files[path].Content);

    public static JsonDocument Documents(string siteFolder) => Documents(path => File.ReadAllBytes(Path.Combine(siteFolder, path)));
}
