using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>Inputs that would take quadratic time (or worse) if some scan in the pipeline were not bounded.</summary>
internal static class PathologicalBodies
{
    public const string FrontMatter = "---\nauthority: Pathological Council\ncouncil_type: district\nnation: england\ntitle: P\nstatus: adopted\nsource: generated\ncoverage: full\n---\n";

    private static string Repeat(string unit, int chars) => new StringBuilder(chars + unit.Length).Insert(0, unit, Math.Max(1, chars / unit.Length)).ToString();

    private static string Lines(int chars, Func<int, string> line)
    {
        var sb = new StringBuilder(chars + 100);
        for (var i = 0; sb.Length < chars; i++) sb.Append(line(i)).Append('\n');
        return sb.ToString();
    }

    public static readonly (string Name, Func<int, string> Make)[] All =
    [
        ("one line of [[[[", n => "1.1 " + Repeat("[", n)),
        ("one line of ((((", n => "1.1 " + Repeat("(", n)),
        ("one line of ****", n => "1.1 " + Repeat("*", n)),
        ("one line of <<<<", n => "1.1 " + Repeat("<", n)),
        ("one line of [a](", n => "1.1 " + Repeat("[a](", n)),
        ("one line of *a *a", n => "1.1 " + Repeat("*a ", n)),
        ("one line of <b><b>", n => "1.1 " + Repeat("<b>", n)),
        ("one line of \\\\\\", n => "1.1 " + Repeat("\\", n)),
        ("continuation lines", n => "1.1 Members must\n" + Lines(n, i => string.Create(CultureInfo.InvariantCulture, $"continue line {i} of the clause"))),
        ("paragraphs ending in ))))", n => "1.1 Members must\n" + Lines(n, i => "\n))))))))))))))))))))))))")),
        ("footnote markers and footnotes", n => "1.1 Members " + Repeat("¹", n / 4) + "\n" + Lines(n / 2, i => "¹ A footnote.")),
        ("clauses with footnotes", n => Lines(n, i => string.Create(CultureInfo.InvariantCulture, $"{i % 900 + 1}.{i % 7 + 1} Text ²\n² Note {i}."))),
        ("blank lines", n => "1.1 Text\n" + Repeat("\n", n) + "1.2 End"),
        ("contents entries", n => Lines(n, i => string.Create(CultureInfo.InvariantCulture, $"Heading {i} .......... {i % 999 + 1}"))),
        ("duplicate clause numbers", n => Lines(n, _ => "1.1 The same number again.")),
        ("numbering going backwards", n => Lines(n, i => string.Create(CultureInfo.InvariantCulture, $"{999 - i % 999}.{99 - i % 99} Back."))),
        ("the same heading", n => Lines(n, _ => "\n## Same heading\n\n1.1 Text.")),
        ("bullets in an extract", n => "Officers can expect:\n" + Lines(n, i => "- a bullet")),
        ("alternating item labels", n => "1.1 Lead:\n" + Lines(n, i => (i % 3) switch { 0 => "(a) x", 1 => "(i) y", _ => "(1) z" })),
        ("tab table rows", n => Lines(n, i => "Left cell\tmiddle\tright cell")),
        ("repeated header pairs", n => Lines(n, i => i % 3 == 2 ? "1.1 Text." : i % 3 == 0 ? "Council Constitution" : "Part 5")),
        ("lines of ))))", n => "1.1 Members must\n" + Lines(n, i => ")))))))))))))))))))))))))")),
        ("short paragraphs", n => "1.1 Members must\n" + Lines(n, i => "\nabc abc abc.")),
        ("unnumbered, then ))))", n => "Members must\n" + Lines(n, i => "\n))))))))))))))))))))")),
        ("deep numbers 1.1.1…", n => "1" + Repeat(".1", n) + " text"),
        ("expect, never a full stop", n => "1.1 " + Repeat("members expect officers ", n)),
        ("procedure, procedure…", n => "1. " + Repeat("procedure ", n) + "\n\n1.1 Text."),
        ("complaint then fillers", n => "1.1 If a member has a complaint " + Repeat("to the ", n) + "chief executive x"),
        ("roles and conjunctions", n => "1.1 A complaint to the director " + Repeat("and the , ", n) + "or the monitoring officer."),
        ("members and officers", n => "1.1 " + Repeat("between members and officers, but ", n)),
    ];

    public static readonly (string Name, Func<int, string> Make)[] Markdown =
    [
        ("[a](", n => Repeat("[a](", n)),
        ("*a *a", n => Repeat("*a ", n)),
        ("_a_a", n => Repeat("_a", n)),
        ("<a<a", n => Repeat("<a", n)),
        ("`a`` ", n => Repeat("`a`` ", n)),
        ("lines of [a", n => Repeat("[a\n", n)),
        ("lines of > a", n => Repeat("> a\n", n)),
        ("lines of - a", n => Repeat("- a\n", n)),
        ("reference definitions", n => Repeat("[a]: b\n", n)),
        ("table rows", n => "|a|b|\n|-|-|\n" + Repeat("|x|y|\n", n)),
        ("table columns", n => "|" + Repeat("a|", n / 2) + "\n|" + Repeat("-|", n / 2)),
    ];
}
