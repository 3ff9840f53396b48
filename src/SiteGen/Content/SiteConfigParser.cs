using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Reads <c>site.json</c> into a <see cref="SiteConfig"/>, with located errors for bad JSON, unknown keys and bad values.</summary>
internal static class SiteConfigParser
{
    private sealed class SiteJson
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? BaseUrl { get; set; }
        public string? Language { get; set; }
        public string? Owner { get; set; }
        public string? ContentDir { get; set; }
        public string? TemplatesDir { get; set; }
        public string? OutputDir { get; set; }
        public bool? Strict { get; set; }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public static (SiteConfig? Config, ImmutableArray<Diagnostic> Errors) Parse(SourceFile file)
    {
        SiteJson? json;
        try
        {
            json = JsonSerializer.Deserialize<SiteJson>(file.Text, Options);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var message = e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                ? $"The setting {QuotedPath(e.Path)} is given twice. Keep one of them: SiteGen will not guess which one you meant."
                : e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"Unknown setting {QuotedPath(e.Path)}. The settings are: title, description, baseUrl, language, owner, contentDir, templatesDir, outputDir, strict."
                : e.Message.Contains("could not be converted", StringComparison.Ordinal) && e.Path is "$"
                ? "site.json must be one object of settings, such as { \"title\": \"Member/Officer protocols compared\" }."
                : e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"The setting {QuotedPath(e.Path)} has the wrong kind of value: it must be {(e.Path == "$.strict" ? "true or false, without quotes" : "text in double quotes")}."
                : $"site.json is not valid JSON here ({FirstSentence(e.Message)}). Check for a missing comma, quote or brace.";
            return (null, [new Diagnostic(file.RelativePath, line, column, Severity.Error, "SG0101", message)]);
        }

        if (json is null)
            return (null, [Diagnostic.Error(file.RelativePath, 1, "SG0102", "site.json is empty. It must be an object such as { \"title\": \"Member/Officer protocols compared\" }.")]);

        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        if (string.IsNullOrWhiteSpace(json.Title))
            errors.Add(Diagnostic.Error(file.RelativePath, LineOf(file.Text, "title"), "SG0103", "site.json needs a \"title\", shown at the top of every page."));
        if (json.BaseUrl is { Length: > 0 } url && !ProtocolFileParser.IsWebAddress(url))
            errors.Add(Diagnostic.Error(file.RelativePath, LineOf(file.Text, "baseUrl"), "SG0104",
                $"\"baseUrl\" must be the full web address the site is published at, such as https://example.github.io/protocols/ (found '{url}')."));

        var config = new SiteConfig(
            Title: json.Title?.Trim() ?? "",
            Description: json.Description?.Trim() ?? "",
            BaseUrl: string.IsNullOrWhiteSpace(json.BaseUrl) ? null : json.BaseUrl.Trim().TrimEnd('/') + "/",
            Language: string.IsNullOrWhiteSpace(json.Language) ? "en-GB" : json.Language.Trim(),
            Owner: json.Owner?.Trim() ?? "",
            ContentDir: RelativeDir(json.ContentDir, "content", "contentDir", file, errors),
            TemplatesDir: RelativeDir(json.TemplatesDir, "templates", "templatesDir", file, errors),
            OutputDir: RelativeDir(json.OutputDir, "_site", "outputDir", file, errors),
            Strict: json.Strict ?? false);
        return errors.Count == 0 ? (config, []) : (null, errors.ToImmutable());
    }

    /// <summary>Folders must stay inside the site folder, so a build can never write over or read from elsewhere by accident.</summary>
    private static string RelativeDir(string? value, string fallback, string key, SourceFile file, ImmutableArray<Diagnostic>.Builder errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        var dir = value.Trim().Replace('\\', '/').TrimEnd('/');
        if (dir.Any(c => char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*'))
        {
            errors.Add(Diagnostic.Error(file.RelativePath, LineOf(file.Text, key), "SG1509",
                $"\"{key}\" holds a character no folder name can have on every system (a control character, or one of < > : \" | ? *). Use letters, digits, '-', '_' and '/', such as \"{fallback}\"."));
            return fallback;
        }
        if (Path.IsPathRooted(dir) || dir.Split('/').Any(part => part is ".." or "") || dir == ".")
        {
            errors.Add(Diagnostic.Error(file.RelativePath, LineOf(file.Text, key), "SG0105",
                $"\"{key}\" must be a folder inside the site folder, such as \"{fallback}\" (found '{value}')."));
            return fallback;
        }
        return dir;
    }

    private static int LineOf(string text, string key)
    {
        var at = text.IndexOf("\"" + key + "\"", StringComparison.Ordinal);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }

    private static string QuotedPath(string? path) => path is null ? "" : "'" + path.TrimStart('$', '.') + "'";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
