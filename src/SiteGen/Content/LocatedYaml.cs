using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace SiteGen.Content;

/// <summary>A YAML mapping deserialised into a class that remembers the line it started on, so validation can point at it.</summary>
internal interface ILocated
{
    int Line { get; set; }
}

/// <summary>A YAML string with the line it is on.</summary>
internal sealed record YamlText(string Value, int Line)
{
    public override string ToString() => Value;
}

/// <summary>
/// Deserialises whole YAML files (not front matter) into typed classes with line numbers: mappings implementing
/// <see cref="ILocated"/> and <see cref="YamlText"/> scalars are stamped with the line they start on.
/// </summary>
internal static partial class LocatedYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithNodeDeserializer(new YamlTextDeserializer(), s => s.OnTop())
        .WithNodeDeserializer(new EmptyEntryRefuser(), s => s.OnTop())
        .WithNodeDeserializer(inner => new LocatingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    /// <summary>The file deserialised, or one located error. An empty file gives a new, empty <typeparamref name="T"/>.</summary>
    public static (T? Value, Diagnostic? Error) Read<T>(SourceFile file) where T : class, new()
    {
        try
        {
            if (YamlExpansion.FirstExcess(file.Text) is { } excess)
                return (null, new Diagnostic(file.RelativePath, (int)Math.Max(1, excess.At.Line), (int)Math.Max(0, excess.At.Column), Severity.Error, "SG1510",
                    string.Create(CultureInfo.InvariantCulture, $"The aliases ('*name') in this file expand it to more than {YamlExpansion.MaxExpandedNodes:N0} entries, so SiteGen will not read it. Write the lists out, or alias fewer of them.")));
            return (Deserializer.Deserialize<T>(file.Text) ?? new T(), null);
        }
        catch (YamlException e)
        {
            var innermost = e;
            while (innermost.InnerException is YamlException inner) innermost = inner;
            var message = (innermost.InnerException?.Message ?? innermost.Message).Trim();
            var unknown = UnknownProperty().Match(message);
            var duplicate = DuplicateKey().Match(message);
            var explained = unknown.Success
                ? $"Unknown field '{unknown.Groups[1].Value}'. Check its spelling against the comments at the top of the file."
                : duplicate.Success
                ? $"The field '{duplicate.Groups[1].Value}' is given twice in this entry. Keep one of them: SiteGen will not guess which one you meant."
                : innermost is EmptyEntryException
                ? innermost.Message
                : message.Contains("SequenceStart", StringComparison.Ordinal) || message.Contains("MappingStart", StringComparison.Ordinal) || message.Contains("No node deserializer", StringComparison.Ordinal)
                    || innermost.InnerException is InvalidCastException or FormatException or OverflowException || message.Contains("System.", StringComparison.Ordinal)
                    ? "This entry has the wrong shape: check its indentation, and whether a list ('- item'), a set of 'field: value' lines or a single value is expected here."
                    : string.Create(CultureInfo.InvariantCulture, $"This is not valid YAML: {message.TrimEnd('.')}. Put text containing ':' or '#' in double quotes.");
            return (null, new Diagnostic(file.RelativePath, (int)Math.Max(1, e.Start.Line), (int)Math.Max(0, e.Start.Column), Severity.Error, "SG0601", explained));
        }
    }

    [GeneratedRegex(@"duplicate key '?([^'\s]+)'?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DuplicateKey();

    private sealed class EmptyEntryException(Mark start, Mark end, string message) : YamlException(start, end, message);

    /// <summary>
    /// An entry written as '-' alone or '~' is YAML's null: deserialised, it would be a missing theme or phrase that the
    /// checks after it cannot point at. Refuse it here, where its line is known.
    /// </summary>
    private sealed class EmptyEntryRefuser : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            value = null;
            if ((typeof(ILocated).IsAssignableFrom(expectedType) || expectedType == typeof(YamlText)) && reader.Current is Scalar scalar && IsNull(scalar))
                throw new EmptyEntryException(scalar.Start, scalar.End,
                    "This entry is empty (a '-' with nothing after it, or '~'). Fill it in or delete the line.");
            return false;
        }

        private static bool IsNull(Scalar scalar) =>
            scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
    }

    [GeneratedRegex(@"Property '([^']+)' not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();

    private sealed class YamlTextDeserializer : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            if (expectedType != typeof(YamlText) || !reader.TryConsume<Scalar>(out var scalar))
            {
                value = null;
                return false;
            }
            value = new YamlText(scalar.Value, (int)scalar.Start.Line);
            return true;
        }
    }

    private sealed class LocatingDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = (int)(reader.Current?.Start.Line ?? 0);
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer)) return false;
            if (value is ILocated located) located.Line = line;
            return true;
        }
    }
}
