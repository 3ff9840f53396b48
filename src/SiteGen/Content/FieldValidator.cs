using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Collects located errors while front matter fields are checked one by one, so a user sees every problem in one build.</summary>
internal sealed partial class FieldValidator(string file, FrontMatterSplit split)
{
    private readonly ImmutableArray<Diagnostic>.Builder _errors = ImmutableArray.CreateBuilder<Diagnostic>();

    public ImmutableArray<Diagnostic> Errors => _errors.ToImmutable();

    public string Required(string? value, string field, string example)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        _errors.Add(Diagnostic.Error(file, FrontMatterReader.LineOf(split, field), "SG0120",
            $"The required field '{field}' is missing or empty. Add a line like: {field}: {example}"));
        return "";
    }

    public string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Parses a kebab-case value (e.g. <c>london-borough</c>) into an enum member (<c>LondonBorough</c>).</summary>
    public TEnum Choice<TEnum>(string? value, string field, TEnum fallback, bool required = true) where TEnum : struct, Enum
    {
        var allowed = Enum.GetNames<TEnum>().Select(ToKebab).ToArray();
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                _errors.Add(Diagnostic.Error(file, FrontMatterReader.LineOf(split, field), "SG0120",
                    $"The required field '{field}' is missing. Use one of: {string.Join(", ", allowed)}."));
            return fallback;
        }

        var wanted = value.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        foreach (var name in Enum.GetNames<TEnum>())
            if (ToKebab(name) == wanted)
                return Enum.Parse<TEnum>(name);

        _errors.Add(Diagnostic.Error(file, FrontMatterReader.LineOf(split, field), "SG0121",
            $"'{value.Trim()}' is not a valid {field}. Use one of: {string.Join(", ", allowed)}."));
        return fallback;
    }

    /// <summary>Accepts yyyy, yyyy-mm or yyyy-mm-dd and checks the date exists.</summary>
    public string? IsoDate(string? value, string field, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Required(value, field, "2024-03-31");
            return null;
        }

        var text = value.Trim();
        var ok = IsoDatePattern().IsMatch(text) && text.Length switch
        {
            4 => true,
            7 => DateTime.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        };
        if (ok) return text;
        _errors.Add(Diagnostic.Error(file, FrontMatterReader.LineOf(split, field), "SG0122",
            $"'{text}' is not a date SiteGen understands in '{field}'. Write it as yyyy-mm-dd (for example 2023-09-04), yyyy-mm or yyyy."));
        return null;
    }

    public void Add(Diagnostic diagnostic) => _errors.Add(diagnostic);

    public static string ToKebab(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();
}
