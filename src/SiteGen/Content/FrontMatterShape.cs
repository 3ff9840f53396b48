using System.Collections.Immutable;
using System.Reflection;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Content;

/// <summary>What a front matter field holds, as far as its shape goes.</summary>
internal enum FieldShape { Text, ListOfText, Other }

/// <summary>
/// Checks the shape of front matter before it is deserialised: a mapping of known fields, each named once, text where
/// text belongs and a list of lines where a list belongs. Reading the YAML as a flat stream of events (never recursing)
/// keeps any nesting depth safe, and every problem is reported at once with its field's name and line.
/// </summary>
internal static class FrontMatterShape
{
    public static IReadOnlyDictionary<string, FieldShape> FieldsOf<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(
            p => UnderscoredNamingConvention.Instance.Apply(p.Name),
            p => p.PropertyType == typeof(string) ? FieldShape.Text
                : typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType) ? FieldShape.ListOfText
                : FieldShape.Other,
            StringComparer.Ordinal);

    /// <summary>Located problems with the front matter's shape; empty when it can be deserialised. May throw <see cref="YamlException"/> on bad syntax.</summary>
    public static ImmutableArray<Diagnostic> Check(string file, FrontMatterSplit split, IReadOnlyDictionary<string, FieldShape> fields)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var parser = new Parser(new StringReader(split.Yaml));
        int LineOf(ParsingEvent e) => split.YamlFirstLine - 1 + (int)Math.Max(1, e.Start.Line);
        void Error(ParsingEvent at, string code, string message) => errors.Add(Diagnostic.Error(file, LineOf(at), code, message));
        var known = string.Join(", ", fields.Keys);

        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _)) return [];
        switch (parser.Current)
        {
            case MappingStart:
                parser.MoveNext();
                break;
            case SequenceStart list:
                Error(list, "SG0114", "The front matter is a list ('- …' lines), where 'field: value' lines were expected, for example 'authority: London Borough of Hackney'.");
                return errors.ToImmutable();
            case { } other:
                Error(other, "SG0114", $"The front matter is a single value, where 'field: value' lines were expected, one per field ({known}).");
                return errors.ToImmutable();
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (parser.Current is not MappingEnd and not null)
        {
            if (parser.Current is not Scalar key)
            {
                Error(parser.Current, "SG0115", "A field name must be a single word such as 'title', not a list or another set of fields.");
                Skip(parser);
                Skip(parser);
                continue;
            }
            parser.MoveNext();
            var name = key.Value;
            var value = parser.Current!;
            if (!fields.TryGetValue(name, out var shape))
            {
                Error(key, "SG0113", $"Unknown field '{name}'. Check its spelling; the fields are: {known}.");
                Skip(parser);
                continue;
            }
            if (seen.TryGetValue(name, out var firstLine))
                Error(key, "SG0116", $"The field '{name}' is given twice (also on line {firstLine}). Keep one of them.");
            else
                seen[name] = LineOf(key);

            switch (shape, value)
            {
                case (FieldShape.Text, SequenceStart):
                    Error(value, "SG0115", $"'{name}' must be a single piece of text, but here it is a list. Write it on one line: {name}: …");
                    break;
                case (FieldShape.Text, MappingStart):
                    Error(value, "SG0115", $"'{name}' must be a single piece of text, but here it is read as 'field: value' pairs. If the text contains ': ', put it in double quotes: {name}: \"…\"");
                    break;
                case (FieldShape.ListOfText, Scalar { Value.Length: > 0 } or MappingStart):
                    Error(value, "SG0115", $"'{name}' must be a list: one entry per line below it, each starting '- ', for example '  - \"Part 5 - Codes and Protocols\"'.");
                    break;
                case (FieldShape.ListOfText, SequenceStart):
                    parser.MoveNext();
                    while (parser.Current is not SequenceEnd and not null)
                    {
                        if (parser.Current is not (Scalar or AnchorAlias))
                            Error(parser.Current, "SG0115", $"Each entry of '{name}' must be one line of text, not a list or 'field: value' pairs. Put an entry containing ': ' in double quotes.");
                        Skip(parser, name, Error);
                    }
                    parser.MoveNext(); // past the end of the list
                    continue;
            }
            Skip(parser, name, Error);
        }
        return errors.ToImmutable();
    }

    /// <summary>
    /// The longest value a field may hold. A short name is printed in every citation of every clause, so a 200,000
    /// character one made hundreds of megabytes of pages; a limit per field keeps output in proportion to the input.
    /// </summary>
    public static int MaxLength(string field) => field switch
    {
        "short_name" => 100,
        "source" or "source_url" => 2_000, // where a text came from can take a paragraph (the corpus's longest is 545)
        "appendices" => 2_000, // include lines hold whole [[compare …]] references
        _ => 1_000, // titles, names and furniture lines: the longest real one is under 350
    };

    /// <summary>The message for a value over <see cref="MaxLength"/>.</summary>
    public static string TooLong(string field, int length) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"'{field}' is {length:N0} characters long; it may be at most {MaxLength(field):N0}. Is something pasted into it by mistake? Shorten it.");

    /// <summary>Moves past one node (a scalar, an alias, or a whole list or mapping), counting depth instead of recursing.</summary>
    private static void Skip(IParser parser, string? field = null, Action<ParsingEvent, string, string>? error = null)
    {
        var depth = 0;
        do
        {
            switch (parser.Current)
            {
                case null: return;
                case Scalar scalar when field is not null && error is not null && scalar.Value.Length > MaxLength(field):
                    error(scalar, "SG1501", TooLong(field, scalar.Value.Length));
                    break;
                case SequenceStart or MappingStart: depth++; break;
                case SequenceEnd or MappingEnd: depth--; break;
            }
            parser.MoveNext();
        }
        while (depth > 0);
    }
}
