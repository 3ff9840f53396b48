using System.Globalization;

namespace SiteGen.Search;

/// <summary>The pieces of JavaScript's <c>JSON.stringify</c> output that lunr's index needs, byte for byte.</summary>
internal static class JsJson
{
    /// <summary>Writes <paramref name="value"/> as <c>JSON.stringify</c> writes a number (<c>null</c> for NaN and infinities).</summary>
    public static void WriteNumber(TextWriter output, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) { output.Write("null"); return; }
        // Fast path for the millions of scores in an index: where .NET's shortest round-trip form is
        // plain decimal (1e-5 <= |x| < 1e15) JavaScript prints the same digits the same way.
        Span<char> buffer = stackalloc char[32];
        if (value != 0 && value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) && buffer[..written].IndexOf('E') < 0)
        {
            output.Write(buffer[..written]);
            return;
        }
        output.Write(NumberToString(value));
    }

    /// <summary>JavaScript's <c>Number.prototype.toString()</c>: shortest round-trip digits, laid out by ECMA-262's rules.</summary>
    public static string NumberToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0"; // also -0
        if (value < 0) return "-" + NumberToString(-value);

        // .NET's "R" already yields the shortest digits that round-trip, as ECMA-262 requires;
        // only its layout (when to use an exponent, how to write it) differs from JavaScript's.
        var (digits, pointPosition) = ShortestDigits(value);
        int k = digits.Length, n = pointPosition;
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="value"/> quoted and escaped as <c>JSON.stringify</c> does (well-formed variant, ES2019).</summary>
    public static void WriteString(TextWriter output, string value)
    {
        output.Write('"');
        if (!NeedsEscaping(value))
        {
            output.Write(value);
            output.Write('"');
            return;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write("\\\\"); break;
                case '\b': output.Write("\\b"); break;
                case '\f': output.Write("\\f"); break;
                case '\n': output.Write("\\n"); break;
                case '\r': output.Write("\\r"); break;
                case '\t': output.Write("\\t"); break;
                default:
                    if (c < 0x20) WriteUnicodeEscape(output, c);
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Write(c);
                        output.Write(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c)) WriteUnicodeEscape(output, c); // a lone surrogate cannot be UTF-8 encoded
                    else output.Write(c);
                    break;
            }
        }
        output.Write('"');
    }

    /// <summary>Writes a JSON array of strings, each as <see cref="WriteString"/> writes it, as JSON.stringify does.</summary>
    public static void WriteStringArray(TextWriter output, IEnumerable<string> values)
    {
        output.Write('[');
        var first = true;
        foreach (var value in values)
        {
            if (!first) output.Write(',');
            first = false;
            WriteString(output, value);
        }
        output.Write(']');
    }

    /// <summary>
    /// True when JavaScript treats <paramref name="key"/> as an array index: such own keys of an object
    /// enumerate first, in numeric order, before all other keys in insertion order.
    /// </summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10) return false;
        if (key.Length > 1 && key[0] == '0') return false; // "01" is not canonical, so it is an ordinary key
        ulong value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (ulong)(c - '0');
        }
        if (value >= uint.MaxValue) return false; // 2^32 - 1 is not an array index
        index = (uint)value;
        return true;
    }

    /// <summary>The order in which JavaScript enumerates an object's keys (<c>Object.keys</c>, <c>JSON.stringify</c>) given their insertion order.</summary>
    public static IReadOnlyList<T> InObjectKeyOrder<T>(IReadOnlyList<T> itemsInInsertionOrder, Func<T, string> key)
    {
        List<(uint Index, T Item)>? indexed = null;
        List<T>? named = null;
        foreach (var item in itemsInInsertionOrder)
        {
            if (IsArrayIndex(key(item), out var index)) (indexed ??= []).Add((index, item));
            else (named ??= []).Add(item);
        }
        if (indexed is null) return itemsInInsertionOrder; // the common case: nothing moves
        indexed.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ordered = new List<T>(itemsInInsertionOrder.Count);
        foreach (var (_, item) in indexed) ordered.Add(item);
        if (named is not null) ordered.AddRange(named);
        return ordered;
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private static void WriteUnicodeEscape(TextWriter output, char c)
    {
        output.Write("\\u");
        output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }

    private static (string Digits, int PointPosition) ShortestDigits(double positive)
    {
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? text.Length : point;
        var digits = point < 0 ? text : string.Concat(text.AsSpan(0, point), text.AsSpan(point + 1));
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        // value = 0.digits × 10^PointPosition
        return (digits, integerDigits - leadingZeros + exponent);
    }
}
