using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Content;

/// <summary>Deserialises front matter YAML into a typed record, turning YamlDotNet's exceptions into located, plain-English diagnostics.</summary>
internal static partial class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>The front matter as <typeparamref name="T"/>, or every located problem that stops it being read.</summary>
    public static (T? Value, ImmutableArray<Diagnostic> Errors) Read<T>(string file, FrontMatterSplit split) where T : class, new()
    {
        if (string.IsNullOrWhiteSpace(split.Yaml))
            return (null, [Diagnostic.Error(file, 1, "SG0112", "The front matter is empty. Add the required fields between the '---' lines.")]);
        if (FirstContentLine(split.Yaml) is { } first && first.Text.StartsWith('-'))
            return (null, [Diagnostic.Error(file, split.YamlFirstLine + first.Index, "SG0114",
                "The front matter is a list ('- …' lines), where 'field: value' lines were expected, for example 'authority: London Borough of Hackney'.")]);
        try
        {
            var shapeErrors = ShapeErrors<T>(file, split);
            if (!shapeErrors.IsEmpty) return (null, shapeErrors);
            var value = Deserializer.Deserialize<T>(split.Yaml);
            return value is null
                ? (null, [Diagnostic.Error(file, split.YamlFirstLine, "SG0112", "The front matter is empty. Add the required fields between the '---' lines.")])
                : (value, []);
        }
        catch (YamlException e)
        {
            var line = split.YamlFirstLine - 1 + (int)Math.Max(1, e.Start.Line);
            var column = (int)Math.Max(0, e.Start.Column);
            return (null, [new Diagnostic(file, line, column, Severity.Error, "SG0113", Explain(e, KnownFields<T>()))]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet trips over some broken YAML without saying where: point at the front matter as a whole.
            return (null, [Diagnostic.Error(file, split.YamlFirstLine - 1, "SG0113",
                $"The front matter is not valid YAML ({e.Message.TrimEnd('.')}). Check its quotes and brackets, and put text containing ':' or '#' in double quotes.")]);
        }
    }

    private static ImmutableArray<Diagnostic> ShapeErrors<T>(string file, FrontMatterSplit split)
    {
        try
        {
            return FrontMatterShape.Check(file, split, FrontMatterShape.FieldsOf<T>());
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner trips over some broken YAML this way; deserialising it says where, as a YamlException.
            return [];
        }
    }

    private static (int Index, string Text)? FirstContentLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.Length > 0 && !t.StartsWith('#')) return (i, t);
        }
        return null;
    }

    /// <summary>The line of a top-level field, so validation errors can point at it.</summary>
    public static int LineOf(FrontMatterSplit split, string field)
    {
        var lines = split.Yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith(field, StringComparison.Ordinal) && lines[i].AsSpan(field.Length).TrimStart().StartsWith(":"))
                return split.YamlFirstLine + i;
        return split.YamlFirstLine - 1;
    }

    private static string KnownFields<T>() =>
        string.Join(", ", typeof(T).GetProperties().Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)));

    private static string Explain(YamlException e, string knownFields)
    {
        var innermost = e;
        while (innermost.InnerException is YamlException inner) innermost = inner;
        var message = (innermost.InnerException?.Message ?? innermost.Message).Trim();

        var unknown = UnknownProperty().Match(message);
        if (unknown.Success)
            return $"Unknown field '{unknown.Groups[1].Value}'. Check its spelling; the fields are: {knownFields}.";
        if (message.Contains("MappingStart", StringComparison.Ordinal) || message.Contains("SequenceStart", StringComparison.Ordinal)
            || message.Contains("No node deserializer", StringComparison.Ordinal))
            return "This field has the wrong shape: a single value was expected here (put text in quotes if it contains ': ').";
        if (innermost.InnerException is FormatException or InvalidCastException or OverflowException)
            return "This field's value has the wrong type.";
        return string.Create(CultureInfo.InvariantCulture, $"The front matter is not valid YAML: {message.TrimEnd('.')}. Put text containing ':' or '#' in double quotes.");
    }

    [GeneratedRegex(@"Property '([^']+)' not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();
}
