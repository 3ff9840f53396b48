using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Bench;

/// <summary>
/// A site of N synthetic authorities made from the seed protocols (Hackney, Haringey, Hounslow), varied as real
/// councils' protocols vary: names, council types and nations in the UK's proportions, section order (sections
/// moved and renumbered), numbering style (1.1 or 1.1.), wording (synonyms), and short texts (the first sections
/// only) beside full ones. The same N gives the same files.
/// </summary>
internal static partial class SyntheticAuthorities
{
    private static readonly string[] Seeds = ["haringey", "hounslow", "hackney"];

    // Roughly the UK's mix: 32 London boroughs, 36 metropolitan, 21 counties, 164 districts, 62 unitaries, 22 Welsh, 32 Scottish.
    private static readonly (string Type, string Nation, int Weight)[] Types =
    [
        ("london-borough", "england", 32), ("metropolitan-borough", "england", 36), ("county", "england", 21), ("district", "england", 164),
        ("unitary", "england", 62), ("welsh-county", "wales", 22), ("scottish-council", "scotland", 32), ("other", "northern-ireland", 11),
    ];

    private static readonly string[] Prefixes = ["", "North ", "South ", "East ", "West ", "Upper ", "Great ", "Mid "];
    private static readonly string[] Stems = ["Ash", "Oak", "Elm", "Bram", "Cran", "Dun", "Hart", "Kings", "Mill", "Stan", "Wel", "Thorn", "Bex", "Chel", "Dor", "Fen", "Gold", "Hol", "Lang", "Mar"];
    private static readonly string[] Roots = ["bridge", "ford", "ham", "ton", "wick", "bury", "field", "minster", "stow", "worth", "ley", "mouth"];

    private static readonly (string From, string To)[] Synonyms =
    [
        ("ensure", "make sure"), ("appropriate", "proper"), ("However", "But"), ("assist", "help"), ("inform", "tell"),
        ("request", "ask for"), ("Councillors", "Members"), ("councillors", "members"), ("regarding", "about"), ("whilst", "while"),
    ];

    public sealed record Authority(string Slug, string Name, string ShortName, string Type, string Nation, string Body, bool Short);

    public static List<Authority> Generate(string repoRoot, int count)
    {
        var seeds = Seeds.Select(s => SplitFrontMatter(File.ReadAllText(Path.Combine(repoRoot, "content", "protocols", s + ".md"))).Body).ToArray();
        var typeCycle = Types.SelectMany(t => Enumerable.Repeat(t, t.Weight)).ToArray();
        var random = new Random(400);
        var shuffled = typeCycle.OrderBy(_ => random.Next()).ToArray();
        var authorities = new List<Authority>();
        for (var i = 0; i < count; i++)
        {
            var name = Prefixes[i / (Stems.Length * Roots.Length) % Prefixes.Length] + Stems[i % Stems.Length] + Roots[i / Stems.Length % Roots.Length];
            var (type, nation, _) = shuffled[i % shuffled.Length];
            var seed = i % Seeds.Length;
            var isShort = i % 4 == 3;
            var body = Vary(seeds[seed], new Random(i), isShort, trailingDot: i % 5 == 1);
            var slug = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-') + "-" + i.ToString("D3", CultureInfo.InvariantCulture);
            authorities.Add(new Authority(slug, $"{name} {Label(type)}", name, type, nation, body, isShort));
        }
        return authorities;
    }

    /// <summary>The protocol file SiteGen reads.</summary>
    public static string ProtocolFile(Authority a) =>
        $"---\nauthority: {a.Name}\nshort_name: {a.ShortName}\ncouncil_type: {a.Type}\nnation: {a.Nation}\ntitle: Member/Officer Protocol\n" +
        $"status: adopted\nsource: \"synthetic, from the seed protocols\"\ncoverage: full\n---\n{a.Body}";

    private static string Label(string type) => type switch
    {
        "london-borough" => "London Borough Council",
        "metropolitan-borough" => "Metropolitan Borough Council",
        "county" => "County Council",
        "district" => "District Council",
        "unitary" => "Council",
        "welsh-county" => "County Borough Council",
        "scottish-council" => "Council",
        _ => "District Council",
    };

    private static string Vary(string body, Random random, bool isShort, bool trailingDot)
    {
        var lines = body.Split('\n');
        // Sections: "N. Title" lines with no tab or dot leader (those are the table of contents).
        var starts = lines.Select((l, i) => (l, i)).Where(x => SectionHeading().IsMatch(x.l)).Select(x => x.i).ToList();
        string text;
        if (starts.Count >= 3)
        {
            var head = lines.Take(starts[0]).ToList();
            var sections = starts.Select((s, k) => lines.Skip(s).Take((k + 1 < starts.Count ? starts[k + 1] : lines.Length) - s).ToList()).ToList();
            // Keep the first section first; move two others.
            for (var swaps = 0; swaps < 2; swaps++)
            {
                var a = random.Next(1, sections.Count);
                var b = random.Next(1, sections.Count);
                (sections[a], sections[b]) = (sections[b], sections[a]);
            }
            if (isShort) sections = sections.Take(Math.Max(2, sections.Count / 3)).ToList();
            var renumbered = sections.Select((section, k) => Renumber(section, k + 1, trailingDot));
            text = string.Join('\n', head.Concat(renumbered.SelectMany(s => s)));
        }
        else
        {
            text = isShort ? string.Join('\n', lines.Take(lines.Length / 3)) : body;
        }
        foreach (var (from, to) in Synonyms)
            if (random.Next(2) == 0) text = Regex.Replace(text, $@"\b{from}\b", to);
        return text;
    }

    private static IEnumerable<string> Renumber(List<string> section, int number, bool trailingDot)
    {
        var old = SectionHeading().Match(section[0]).Groups[1].Value;
        var n = number.ToString(CultureInfo.InvariantCulture);
        var clause = new Regex($@"^(- )?{Regex.Escape(old)}\.(\d+)\.?(?=\s)");
        yield return n + section[0][old.Length..];
        foreach (var line in section.Skip(1))
            yield return clause.Replace(line, m => $"{m.Groups[1].Value}{n}.{m.Groups[2].Value}{(trailingDot ? "." : "")}");
    }

    public static (string FrontMatter, string Body) SplitFrontMatter(string text)
    {
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return (text[..(end + 5)], text[(end + 5)..]);
    }

    [GeneratedRegex(@"^(\d+)\. [A-Z][^\t.]*$")]
    private static partial Regex SectionHeading();
}
