namespace SiteGen.Normalise;

/// <summary>How a list counts: (a) (b) (c), (i) (ii) (iii), or (1) (2) (3).</summary>
public enum ListStyle { Letter, Roman, Digit }

/// <summary>One way to read a printed item label: "(i)" is the ninth letter or roman one, depending on the list it is in.</summary>
/// <param name="Normalised">The label as SiteGen publishes it (lower case; OCR "I" read as "l").</param>
/// <param name="IsOcrCorrection">True where the printed label was an upper-case I standing for a lower-case l.</param>
public readonly record struct ItemReading(ListStyle Style, int Value, string Normalised, bool IsOcrCorrection = false);

/// <summary>Reads item labels and decides which reading continues a list.</summary>
public static class ItemLabel
{
    public static IReadOnlyList<ItemReading> Readings(string key)
    {
        var readings = new List<ItemReading>(3);
        if (key.All(char.IsAsciiDigit))
        {
            readings.Add(new ItemReading(ListStyle.Digit, int.Parse(key, System.Globalization.CultureInfo.InvariantCulture), key));
            return readings;
        }

        var lower = key.ToLowerInvariant();
        if (lower.Length == 1)
            readings.Add(new ItemReading(ListStyle.Letter, lower[0] - 'a' + 1, lower));
        if (RomanValue(lower) is > 0 and var roman)
            readings.Add(new ItemReading(ListStyle.Roman, roman, lower));
        // Scanned protocols print (l) as (I): only meaningful as the 12th letter of an (a)…(m) run.
        if (key == "I")
            readings.Add(new ItemReading(ListStyle.Letter, 'l' - 'a' + 1, "l", IsOcrCorrection: true));
        return readings;
    }

    /// <summary>The reading that continues a list whose last item had <paramref name="lastValue"/>, if any.</summary>
    public static ItemReading? Continuing(string key, ListStyle style, int lastValue) =>
        Readings(key).Where(r => r.Style == style && r.Value == lastValue + 1).Select(r => (ItemReading?)r).FirstOrDefault();

    /// <summary>True when the label reads as a letter, a roman numeral or a number at all; OCR labels such as "(ill)" or "(vv)" do not.</summary>
    public static bool IsReadable(string key) => Readings(key).Count > 0;

    /// <summary>
    /// The reading for an item that opens a list: a first item ((a), (i), (1)) if possible, else the plainest reading.
    /// A label that reads as nothing ("(ill)", "(iiii)") keeps its printed letters, lower-cased, with value 0, so no
    /// following label continues it by accident.
    /// </summary>
    public static ItemReading Opening(string key)
    {
        var readings = Readings(key);
        if (readings.Count == 0)
            return new ItemReading(key.Any(c => RomanDigit(char.ToLowerInvariant(c)) == 0) ? ListStyle.Letter : ListStyle.Roman, 0, key.ToLowerInvariant());
        var first = readings.Where(r => r.Value == 1 && !r.IsOcrCorrection).Select(r => (ItemReading?)r).FirstOrDefault();
        if (first is { } f) return f;
        // Multi-letter labels that read as roman numerals ("vi") continue a roman run; single letters stay letters.
        return readings.FirstOrDefault(r => !r.IsOcrCorrection && (r.Style != ListStyle.Roman || key.Length > 1), readings[0]);
    }

    /// <summary>The label of item <paramref name="value"/> of a list in <paramref name="style"/>: 3 is "c", "iii" or "3".</summary>
    public static string Format(ListStyle style, int value) => style switch
    {
        ListStyle.Letter when value is >= 1 and <= 26 => ((char)('a' + value - 1)).ToString(),
        ListStyle.Roman when value >= 1 => ToRoman(value),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static int RomanDigit(char c) => Digit(c);

    public static int RomanValue(string text)
    {
        if (text.Length is 0 or > 8) return 0;
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var value = Digit(text[i]);
            if (value == 0) return 0;
            var next = i + 1 < text.Length ? Digit(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        // Reject non-canonical spellings such as "iiii" or "vx" by writing the value back.
        return total > 0 && ToRoman(total) == text ? total : 0;
    }

    private static int Digit(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };

    private static string ToRoman(int value)
    {
        (int, string)[] parts = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var sb = new System.Text.StringBuilder();
        foreach (var (n, s) in parts)
            while (value >= n) { sb.Append(s); value -= n; }
        return sb.ToString();
    }
}
