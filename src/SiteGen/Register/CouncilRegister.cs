using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SiteGen.Register;

/// <summary>The outcome of looking an authority up: one council, or none with the nearest names to suggest.</summary>
internal sealed record CouncilLookup(Council? Council, ImmutableArray<Council> Candidates, bool Ambiguous);

/// <summary>
/// mySociety's UK local authorities register (CC BY 4.0), shipped inside SiteGen. Lookups are pure functions over the
/// parsed rows; <see cref="Shipped"/> reads the embedded copy once.
/// </summary>
internal sealed class CouncilRegister
{
    /// <summary>The credit line the register's licence asks for wherever users see the data.</summary>
    public const string Credit = "Contains data from mySociety's UK Local Authority Names and Codes, CC BY 4.0.";

    private const string ResourceName = "SiteGen.Register.uk_local_authorities_current.csv";
    private static readonly Lazy<CouncilRegister> shipped = new(() =>
    {
        using var stream = typeof(CouncilRegister).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The register {ResourceName} is not embedded in SiteGen; the build is broken.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    public CouncilRegister(ImmutableArray<Council> councils)
    {
        Councils = councils;
        // Each name's key is made once: a build matches every protocol, and an import every file, against every row.
        _keys = new(() => [.. councils.Select(c => Names(c).Select(Key).Distinct(StringComparer.Ordinal).ToImmutableArray())]);
        _byKey = new(() => councils.SelectMany((c, i) => _keys.Value[i].Select(k => (Key: k, Council: c))).ToLookup(x => x.Key, x => x.Council, StringComparer.Ordinal));
    }

    private readonly Lazy<ImmutableArray<ImmutableArray<string>>> _keys;
    private readonly Lazy<ILookup<string, Council>> _byKey;

    /// <summary>Every row, current and past.</summary>
    public ImmutableArray<Council> Councils { get; }

    /// <summary>Current principal councils: the ones a coverage count is out of.</summary>
    public IEnumerable<Council> PrincipalCouncils => Councils.Where(c => c.IsPrincipalCouncil);

    /// <summary>The register as shipped with SiteGen.</summary>
    public static CouncilRegister Shipped => shipped.Value;

    /// <summary>Parses the register's CSV (header row, RFC 4180 quoting).</summary>
    public static CouncilRegister Parse(string csv)
    {
        var rows = Csv.Read(csv);
        if (rows.Count == 0) return new CouncilRegister([]);
        var header = rows[0];
        int Col(string name)
        {
            var i = header.IndexOf(name);
            if (i < 0) throw new FormatException($"The register has no '{name}' column.");
            return i;
        }
        int code = Col("local-authority-code"), official = Col("official-name"), nice = Col("nice-name"), gss = Col("gss-code"),
            nation = Col("nation"), region = Col("region"), type = Col("local-authority-type"), typeName = Col("local-authority-type-name"),
            alt = Col("alt-names"), current = Col("current-authority"), pop = Col("pop-2020"), lat = Col("lat"), lon = Col("long");
        string At(List<string> row, int i) => i < row.Count ? row[i].Trim() : "";
        static double? Number(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

        var councils = rows.Skip(1).Where(r => r.Count > 1 && At(r, code).Length > 0).Select(r => new Council(
            At(r, code), At(r, official), At(r, nice), At(r, gss), At(r, nation), At(r, region), At(r, type), At(r, typeName),
            [.. At(r, alt).Split(',').Select(a => a.Trim()).Where(a => a.Length > 0)],
            string.Equals(At(r, current), "True", StringComparison.OrdinalIgnoreCase),
            Number(At(r, pop)), Number(At(r, lat)), Number(At(r, lon)))).ToImmutableArray();
        return new CouncilRegister(councils);
    }

    /// <summary>
    /// Finds an authority by code, GSS code, official name, short name or an alternative spelling. Where several rows
    /// match and exactly one is current (Somerset County Council and Somerset Council), that one is meant.
    /// </summary>
    public CouncilLookup Find(string name)
    {
        var (council, matches) = Matches(name);
        if (council is not null) return new CouncilLookup(council, [], false);
        return matches.Length > 0 ? new CouncilLookup(null, matches, true) : new CouncilLookup(null, Nearest(name, 5), false);
    }

    /// <summary>The one council <see cref="Find"/> would find, without working out names to suggest when there is none.</summary>
    public Council? Match(string name) => Matches(name).Council;

    // One council, or none with the rows that matched equally well (current ones, when any is).
    private (Council? Council, ImmutableArray<Council> Ambiguous) Matches(string name)
    {
        var key = Key(name);
        if (key.Length == 0) return (null, []);
        var trimmed = name.Trim();
        var byName = _byKey.Value[key];
        var matches = Councils.Where(c =>
            string.Equals(c.Code, trimmed, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.GssCode, trimmed, StringComparison.OrdinalIgnoreCase) ||
            byName.Contains(c)).ToList();
        if (matches.Count == 1) return (matches[0], []);
        if (matches.Count == 0) return (null, []);
        var current = matches.Where(c => c.Current).ToList();
        if (current.Count == 1) return (current[0], []);
        return (null, [.. (current.Count > 0 ? current : matches)]);
    }

    /// <summary>The councils whose names are closest to <paramref name="name"/>, current ones first, for "did you mean".</summary>
    public ImmutableArray<Council> Nearest(string name, int count)
    {
        var key = Key(name);
        return [.. Councils
            .Select((c, i) => (Council: c, Distance: _keys.Value[i].Select(n => Distance(n, key, n.Contains(key, StringComparison.Ordinal) && key.Length >= 3)).Min()))
            .OrderBy(x => x.Distance).ThenBy(x => x.Council.Current ? 0 : 1).ThenBy(x => x.Council.OfficialName, StringComparer.Ordinal)
            .Select(x => x.Council).Take(count)];
    }

    public Council? ByCode(string code) => Councils.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Names(Council c) => c.AltNames.Append(c.OfficialName).Append(c.NiceName);

    /// <summary>Case, punctuation, "&amp;" and the word "the" do not distinguish names.</summary>
    internal static string Key(string name)
    {
        var s = name.ToLowerInvariant().Replace("&", " and ");
        var words = new StringBuilder();
        foreach (var ch in s) words.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "the"));
    }

    private static int Distance(string a, string b, bool contains)
    {
        if (contains) return Math.Max(0, a.Length - b.Length) / 4;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}

/// <summary>A small RFC 4180 reader: commas, double quotes, doubled quotes inside quotes, CRLF or LF.</summary>
internal static class Csv
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; break;
                case '\uFEFF' when i == 0: break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
