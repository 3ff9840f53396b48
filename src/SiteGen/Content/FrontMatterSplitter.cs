using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>The YAML front matter and the body of a content file, with the line each starts on.</summary>
internal sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Splits <c>---</c>-fenced YAML front matter from the body of a content file.</summary>
internal static class FrontMatterSplitter
{
    public static (FrontMatterSplit? Split, Diagnostic? Error) Split(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return (null, Diagnostic.Error(file.RelativePath, 1, "SG0110",
                "The file has no front matter. Start it with a line '---', then one 'field: value' line per field (authority, title, …), then a closing '---' line."));
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i].Select(l => l.TrimEnd('\r')));
                var body = string.Join('\n', lines[(i + 1)..].Select(l => l.TrimEnd('\r')));
                return (new FrontMatterSplit(yaml, 2, body, i + 2), null);
            }
        }

        return (null, Diagnostic.Error(file.RelativePath, 1, "SG0111",
            "The front matter that starts on line 1 is never closed. Add a line '---' after the last field."));
    }
}
