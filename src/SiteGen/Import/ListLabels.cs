using System.Text;

namespace SiteGen.Import;

/// <summary>Formats list counters as printed: decimal, letters, Roman numerals. Shared by the Word and HTML readers.</summary>
internal static class ListLabels
{
    public static string Format(int value, string format) => format switch
    {
        "decimal" => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "none" => "",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering: a…z, then aa…zz, bbb… (repeated letters, not base 26).</summary>
    public static string Letters(int value)
    {
        if (value < 1) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    public static string Roman(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (n, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (value >= n) { sb.Append(s); value -= n; }
        return sb.ToString();
    }
}
