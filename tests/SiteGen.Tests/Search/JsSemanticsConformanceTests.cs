using System.Globalization;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The JavaScript behaviour lunr leans on, compared with what Node's engine actually does
/// (js-facts.js): lower-casing every code point and around sigma, <c>\s</c> and <c>\w</c> per code
/// unit, number and string serialisation, object key order, <c>Math.round</c> and <c>Math.log</c>.
/// </summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class JsSemanticsConformanceTests : IClassFixture<JsSemanticsConformanceTests.Facts>
{
    private readonly Facts facts;

    public JsSemanticsConformanceTests(Facts facts) => this.facts = facts;

    [Fact]
    public void Lower_cases_every_code_point_as_javascript_does()
    {
        var expected = new Dictionary<int, string>();
        foreach (var entry in facts.Root.GetProperty("lowerCase").EnumerateArray())
            expected[entry[0].GetInt32()] = FromUnits(entry[1]);
        Assert.True(expected.Count > 1000, $"Node reported only {expected.Count} lower-case mappings");

        var differences = new List<string>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF) continue;
            var s = char.ConvertFromUtf32(codePoint);
            var want = expected.GetValueOrDefault(codePoint, s);
            var got = JsText.ToLowerCase(s);
            if (!string.Equals(want, got, StringComparison.Ordinal)) differences.Add($"U+{codePoint:X4}: JS {Hex(want)}, C# {Hex(got)}");
        }
        AssertNone(differences, "code points lower-case differently; regenerate with tests/js/lunr/generate-unicode-tables.js if Node's Unicode moved on");
    }

    [Fact]
    public void Lower_cases_strings_with_final_sigma_and_surrogates_as_javascript_does()
    {
        var differences = new List<string>();
        var count = 0;
        foreach (var entry in facts.Root.GetProperty("lowerCaseStrings").EnumerateArray())
        {
            count++;
            string input = FromUnits(entry[0]), want = FromUnits(entry[1]), got = JsText.ToLowerCase(input);
            if (!string.Equals(want, got, StringComparison.Ordinal)) differences.Add($"{Hex(input)}: JS {Hex(want)}, C# {Hex(got)}");
        }
        Assert.True(count > 10000, $"only {count} strings");
        AssertNone(differences, "strings lower-case differently");
    }

    [Fact]
    public void Separator_and_word_classes_match_javascripts_regexes_for_every_code_unit()
    {
        var separators = facts.Root.GetProperty("separatorUnits").EnumerateArray().Select(e => e.GetInt32()).ToHashSet();
        var wordUnits = facts.Root.GetProperty("wordUnits").EnumerateArray().Select(e => e.GetInt32()).ToHashSet();
        var differences = new List<string>();
        for (var unit = 0; unit <= 0xFFFF; unit++)
        {
            if (separators.Contains(unit) != LunrTokenizer.IsSeparator((char)unit)) differences.Add($"U+{unit:X4} separator: JS {separators.Contains(unit)}");
            if (wordUnits.Contains(unit) != JsText.IsWordChar((char)unit)) differences.Add($"U+{unit:X4} \\w: JS {wordUnits.Contains(unit)}");
        }
        AssertNone(differences, "code units are classified differently");
    }

    [Fact]
    public void Numbers_print_as_javascripts_number_to_string()
    {
        var differences = new List<string>();
        var entries = facts.Root.GetProperty("numbers").EnumerateArray().ToList();
        foreach (var entry in entries)
        {
            var value = FromBits(entry[0].GetString()!);
            // Both the general conversion and the JSON writer's fast path (JSON.stringify of a finite number is its toString).
            using var json = new StringWriter(CultureInfo.InvariantCulture);
            JsJson.WriteNumber(json, value);
            foreach (var got in new[] { JsJson.NumberToString(value), json.ToString() })
            {
                if (!string.Equals(entry[1].GetString(), got, StringComparison.Ordinal))
                    differences.Add($"{value.ToString("R", CultureInfo.InvariantCulture)}: JS {entry[1].GetString()}, C# {got}");
            }
        }
        Assert.True(entries.Count > 40000, $"only {entries.Count} numbers");
        AssertNone(differences, "numbers print differently");
    }

    [Fact]
    public void Strings_serialise_as_json_stringify_does()
    {
        var differences = new List<string>();
        foreach (var entry in facts.Root.GetProperty("jsonStrings").EnumerateArray())
        {
            var input = FromUnits(entry[0]);
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            JsJson.WriteString(output, input);
            if (!string.Equals(FromUnits(entry[1]), output.ToString(), StringComparison.Ordinal))
                differences.Add($"{Hex(input)}: JS {FromUnits(entry[1])}, C# {output}");
        }
        AssertNone(differences, "strings serialise differently");
    }

    [Fact]
    public void Object_keys_enumerate_in_javascripts_order()
    {
        var differences = new List<string>();
        foreach (var entry in facts.Root.GetProperty("keyOrders").EnumerateArray())
        {
            var inserted = entry[0].EnumerateArray().Select(e => e.GetString()!).ToList();
            var want = entry[1].EnumerateArray().Select(e => e.GetString()!).ToList();
            var got = JsJson.InObjectKeyOrder(inserted, k => k);
            if (!want.SequenceEqual(got, StringComparer.Ordinal)) differences.Add($"{string.Join(",", inserted)}: JS {string.Join(",", want)}, C# {string.Join(",", got)}");
        }
        AssertNone(differences, "key orders differ");
    }

    [Fact]
    public void Math_round_matches_v8_to_the_last_bit()
    {
        var differences = new List<string>();
        foreach (var (name, function) in new (string, Func<double, double>)[] { ("round", JsMath.Round) })
        {
            var entries = facts.Root.GetProperty(name).EnumerateArray().ToList();
            Assert.True(entries.Count > 10000, $"only {entries.Count} {name} inputs");
            foreach (var entry in entries)
            {
                var input = FromBits(entry[0].GetString()!);
                var want = FromBits(entry[1].GetString()!);
                var got = function(input);
                if (BitConverter.DoubleToInt64Bits(want) != BitConverter.DoubleToInt64Bits(got))
                    differences.Add($"{name}({input:R}): JS {want:R}, C# {got:R}");
            }
        }
        AssertNone(differences, "results differ in their bits");
    }

    private static void AssertNone(List<string> differences, string what) =>
        Assert.True(differences.Count == 0, $"{differences.Count} {what}:\n{string.Join("\n", differences.Take(40))}");

    private static string FromUnits(JsonElement units)
    {
        var chars = new char[units.GetArrayLength()];
        var i = 0;
        foreach (var unit in units.EnumerateArray()) chars[i++] = (char)unit.GetInt32();
        return new string(chars);
    }

    private static double FromBits(string hex) => BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    /// <summary>Runs js-facts.js once for all the tests in this class.</summary>
    public sealed class Facts : IDisposable
    {
        private readonly JsonDocument document;

        public Facts()
        {
            var directory = NodeHarness.TemporaryDirectory();
            try
            {
                var output = Path.Combine(directory.FullName, "facts.json");
                NodeHarness.Run("js-facts.js", output).EnsureSuccess();
                document = JsonDocument.Parse(File.ReadAllBytes(output));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        public JsonElement Root => document.RootElement;

        public void Dispose() => document.Dispose();
    }
}
