namespace SiteGen.Normalise;

/// <summary>How a list counts: (a) (b) (c), (i) (ii) (iii), or (1) (2) (3).</summary>
internal enum ListStyle { Letter, Roman, Digit }

/// <summary>One way to read a printed item label: "(i)" is the ninth letter or roman one, depending on the list it is in.</summary>
/// <param name="Normalised">The label as SiteGen publishes it (lower case; OCR "I" read as "l").</param>
/// <param name="IsOcrCorrection">True where the printed label was an upper-case I standing for a lower-case l, or an l for an i ("(ill)" for "(iii)").</param>
/// <param name="IsUnreadable">True where the label is no letter or roman numeral at all ("(vv)", "(ic)"): kept as printed, lower case, counting as nothing.</param>
internal readonly record struct ItemReading(ListStyle Style, int Value, string Normalised, bool IsOcrCorrection = false, bool IsUnreadable = false);

/// <summary>Reads item labels and decides which reading continues a list.</summary>
internal static class ItemLabel
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
        // OCR reads the i of a roman numeral as l: "(ill)" is (iii), "(il)" and "(ll)" are (ii).
        if (readings.Count == 0 && lower.Contains('l', StringComparison.Ordinal) && lower.All(c => c is 'i' or 'l'))
        {
            var corrected = lower.Replace('l', 'i');
            if (RomanValue(corrected) is > 0 and var value)
                readings.Add(new ItemReading(ListStyle.Roman, value, corrected, IsOcrCorrection: true));
        }
        // Anything else ("(iiii)", "(vv)", "(ic)") is kept as printed and counts as nothing, so the list after it still reads.
        if (readings.Count == 0)
            readings.Add(new ItemReading(lower.All(c => Digit(c) > 0) ? ListStyle.Roman : ListStyle.Letter, 0, lower, IsUnreadable: true));
        return readings;
    }

    /// <summary>The reading that continues a list whose last item had <paramref name="lastValue"/>, if any.</summary>
    public static ItemReading? Continuing(string key, ListStyle style, int lastValue) =>
        Readings(key).Where(r => r.Style == style && r.Value == lastValue + 1).Select(r => (ItemReading?)r).FirstOrDefault();

    /// <summary>The reading for an item that opens a list: a first item ((a), (i), (1)) if possible, else the plainest reading.</summary>
    public static ItemReading Opening(string key)
    {
        var readings = Readings(key);
        var first = readings.Where(r => r.Value == 1 && !r.IsOcrCorrection).Select(r => (ItemReading?)r).FirstOrDefault();
        if (first is { } f) return f;
        // Multi-letter labels that read as roman numerals ("vi") continue a roman run; single letters stay letters.
        return readings.FirstOrDefault(r => !r.IsOcrCorrection && (r.Style != ListStyle.Roman || key.Length > 1), readings[0]);
    }

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
