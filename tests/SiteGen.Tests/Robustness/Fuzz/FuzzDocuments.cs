using System.Globalization;
using System.Text;

namespace SiteGen.Tests.Robustness.Fuzz;

/// <summary>One generated content file: how it was made (to read in a failure message) and its bytes.</summary>
public sealed record FuzzDocument(int Seed, int Index, string Recipe, string Text, byte[] Bytes);

/// <summary>
/// Generates protocol files for property tests. Most are the seed protocols (whole, or a slice) put through a few random
/// mutations of the kinds pasted documents suffer; the rest are random structure from scratch. Document <c>k</c> of seed
/// <c>s</c> is always the same bytes, so a failure reproduces from two numbers.
/// </summary>
public sealed class FuzzDocuments
{
    private readonly (string Name, string[] FrontMatter, string[] Body)[] _seeds;
    private readonly string[] _words;

    public FuzzDocuments(IEnumerable<(string Name, string Text)> seeds)
    {
        _seeds = [.. seeds.Select(s =>
        {
            var lines = s.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var close = Array.IndexOf(lines, "---", 1);
            return (s.Name, lines[..(close + 1)], lines[(close + 1)..]);
        })];
        _words = [.. _seeds.SelectMany(s => s.Body).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.All(char.IsLetter)).Distinct().Order(StringComparer.Ordinal)];
    }

    public FuzzDocument Make(int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var recipe = new List<string>();
        List<string> frontMatter;
        List<string> body;
        if (random.Next(100) < 85)
        {
            var (name, fm, whole) = _seeds[random.Next(_seeds.Length)];
            frontMatter = [.. fm];
            // Mostly slices, which keep the run fast; some whole, for what only long documents do (furniture, footnotes far below).
            if (whole.Length > 40 && random.Next(100) < 85)
            {
                var length = random.Next(5, Math.Min(60, whole.Length));
                var start = random.Next(whole.Length - length);
                body = [.. whole.Skip(start).Take(length)];
                recipe.Add(string.Create(CultureInfo.InvariantCulture, $"{name} lines {start + 1}-{start + length} of its body"));
            }
            else
            {
                body = [.. whole];
                recipe.Add(name + " whole");
            }
            for (var n = random.Next(1, 7); n > 0; n--)
            {
                var (mutation, apply) = Mutations[random.Next(Mutations.Length)];
                recipe.Add(mutation);
                apply(this, body, random);
            }
        }
        else
        {
            frontMatter = [.. _seeds[random.Next(_seeds.Length)].FrontMatter];
            body = RandomStructure(random);
            recipe.Add("random structure");
        }
        if (random.Next(100) < 10)
        {
            recipe.Add("front matter mutated");
            MutateFrontMatter(frontMatter, random);
        }

        var text = string.Join('\n', frontMatter.Concat(body));
        var newline = random.Next(100) < 10;
        if (newline) recipe.Add("CRLF line ends");
        var encoded = Encoding.UTF8.GetBytes(newline ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
        if (random.Next(100) < 5)
        {
            recipe.Add("byte-order mark");
            encoded = [.. Encoding.UTF8.GetPreamble(), .. encoded];
        }
        return new FuzzDocument(seed, index, string.Join(", ", recipe), text, encoded);
    }

    private string Words(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => _words[random.Next(_words.Length)]));

    private static int Line(List<string> body, Random random) => body.Count == 0 ? 0 : random.Next(body.Count);

    private static readonly string[] Markup =
    [
        "**", "*", "_", "__", "[", "]", "](", ")", "[link](https://example.org)", "[x](javascript:alert(1))", "![alt](x.png)", "<u>", "</u>", "<b>", "</b>",
        "<i>", "<br>", "<br/>", "<span>", "<sup>1</sup>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"x", "{{ site.title }}",
        "{{", "}}", "\\", "\\*", "#", "## ", "> ", "|", "`", "```", "<!--", "-->", "&amp;", "&lt;", "&#60;", "javascript:", "</p>", "</li></ol>", "<svg onload=x>",
        "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-", "- ", "* ", "• ", "(a) ", "(iv) ", "a) ", "1.1 ", "“", "”", "’", "\"", "'",
    ];

    private static readonly string[] Unicode =
    [
        "\u00a0", "\u200b", "\u200d", "\u202e", "\u2028", "\u2029", "\u3000", "\ufeff", "\u0301", "\u0130", "\u0131", "ß", "é", "\U0001F600", "\U0001F1EC\U0001F1E7",
        "１", "．", "¹", "²", "³", "⁴", "…", "–", "—", "‐", "ﬁ", "Ⅳ", "٣", "א", "ع", "中", "\t", "  ", "\u000b", "\u000c", "\u0085",
    ];

    private static readonly (string Name, Action<FuzzDocuments, List<string>, Random> Apply)[] Mutations =
    [
        ("shuffle lines", (_, body, r) =>
        {
            if (body.Count < 2) return;
            var start = Line(body, r);
            var count = Math.Min(r.Next(2, 13), body.Count - start);
            var slice = body.GetRange(start, count).OrderBy(_ => r.Next()).ToList();
            body.RemoveRange(start, count);
            body.InsertRange(start, slice);
        }),
        ("delete lines", (_, body, r) =>
        {
            if (body.Count == 0) return;
            var start = Line(body, r);
            body.RemoveRange(start, Math.Min(r.Next(1, 16), body.Count - start));
        }),
        ("duplicate lines", (_, body, r) =>
        {
            if (body.Count == 0) return;
            var start = Line(body, r);
            var slice = body.GetRange(start, Math.Min(r.Next(1, 11), body.Count - start));
            body.InsertRange(Line(body, r), slice);
        }),
        ("corrupt labels", (_, body, r) =>
        {
            for (var n = r.Next(1, 6); n > 0 && body.Count > 0; n--)
            {
                var i = Line(body, r);
                var text = body[i].TrimStart(' ', '-');
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                var rest = space < 0 ? text : text[(space + 1)..];
                body[i] = r.Next(12) switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(0, 30)}.{r.Next(0, 30)} {rest}"),
                    1 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 30)} {rest}"),
                    2 => string.Join('.', Enumerable.Range(0, r.Next(2, 10)).Select(_ => r.Next(0, 12).ToString(CultureInfo.InvariantCulture))) + " " + rest,
                    3 => string.Create(CultureInfo.InvariantCulture, $"- {r.Next(1, 20)}.{r.Next(1, 20)}. {rest}"),
                    4 => $"({(char)('a' + r.Next(26))}) {rest}",
                    5 => $"({new[] { "i", "ii", "iii", "iv", "v", "vi", "ix", "x", "xl", "I", "IV", "l", "L" }[r.Next(13)]}) {rest}",
                    6 => $"{(char)('a' + r.Next(26))}) {rest}",
                    7 => string.Create(CultureInfo.InvariantCulture, $"({r.Next(0, 120)}) {rest}"),
                    8 => rest,
                    9 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 20)}. {rest}"),
                    10 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 999)}.{r.Next(1, 999)}.{r.Next(1, 999)}.{r.Next(1, 999)}. {rest}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"0{r.Next(1, 9)}.0{r.Next(1, 9)} {rest}"),
                };
            }
        }),
        ("insert markup", (_, body, r) =>
        {
            for (var n = r.Next(1, 8); n > 0 && body.Count > 0; n--)
            {
                var i = Line(body, r);
                body[i] = body[i].Insert(r.Next(body[i].Length + 1), Markup[r.Next(Markup.Length)]);
            }
        }),
        ("insert Unicode", (_, body, r) =>
        {
            for (var n = r.Next(1, 8); n > 0 && body.Count > 0; n--)
            {
                var i = Line(body, r);
                var at = r.Next(body[i].Length + 1);
                if (at > 0 && at < body[i].Length && char.IsLowSurrogate(body[i][at])) at--;
                body[i] = body[i].Insert(at, Unicode[r.Next(Unicode.Length)]);
            }
        }),
        ("tabs", (self, body, r) =>
        {
            var at = Line(body, r);
            if (r.Next(2) == 0)
            {
                body.InsertRange(at, Enumerable.Range(0, r.Next(2, 8)).Select(_ => string.Join('\t', Enumerable.Range(0, r.Next(1, 5)).Select(_ => self.Words(r, 0, 6)))));
            }
            else
            {
                for (var n = r.Next(1, 5); n > 0 && body.Count > 0; n--)
                {
                    var i = Line(body, r);
                    var space = body[i].IndexOf(' ', StringComparison.Ordinal);
                    if (space >= 0) body[i] = body[i][..space] + "\t" + body[i][(space + 1)..];
                }
            }
        }),
        ("footnotes", (self, body, r) =>
        {
            var markers = new[] { "¹", "²", "³", "¹²", "⁴⁵⁶" };
            for (var n = r.Next(1, 4); n > 0 && body.Count > 0; n--)
            {
                var marker = markers[r.Next(markers.Length)];
                var i = Line(body, r);
                body[i] = body[i].Insert(r.Next(body[i].Length + 1), marker);
                body.Insert(Math.Min(body.Count, i + r.Next(0, 30)), marker + " " + self.Words(r, 1, 12) + ".");
            }
        }),
        ("blank lines", (_, body, r) =>
        {
            for (var n = r.Next(1, 10); n > 0 && body.Count > 0; n--)
            {
                var i = Line(body, r);
                if (r.Next(2) == 0) body.Insert(i, "");
                else if (body[i].Trim().Length == 0) body.RemoveAt(i);
            }
        }),
        ("split and join lines", (_, body, r) =>
        {
            for (var n = r.Next(1, 6); n > 0 && body.Count > 1; n--)
            {
                var i = Line(body, r);
                var space = body[i].IndexOf(' ', r.Next(body[i].Length + 1));
                if (r.Next(2) == 0 && space > 0)
                {
                    body.Insert(i + 1, body[i][(space + 1)..]);
                    body[i] = body[i][..space];
                }
                else if (i + 1 < body.Count)
                {
                    body[i] = body[i] + " " + body[i + 1];
                    body.RemoveAt(i + 1);
                }
            }
        }),
        ("page furniture", (self, body, r) =>
        {
            var header = new[] { "Part " + r.Next(1, 12).ToString(CultureInfo.InvariantCulture) + " - Codes and Protocols", self.Words(r, 1, 4) };
            for (var n = r.Next(2, 5); n > 0; n--)
            {
                var at = Line(body, r);
                var footer = r.Next(3) switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"Page {r.Next(1, 40)} of 40"),
                    1 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 3)}.0 - {r.Next(1, 28)} September 2023"),
                    _ => r.Next(1, 300).ToString(CultureInfo.InvariantCulture),
                };
                body.InsertRange(at, [footer, "", .. header, ""]);
            }
        }),
        ("table of contents", (self, body, r) =>
        {
            var entries = Enumerable.Range(1, r.Next(1, 8)).Select(i => string.Create(CultureInfo.InvariantCulture,
                $"{i}. {self.Words(r, 1, 4)}{(r.Next(2) == 0 ? "....." : "\t")}{r.Next(1, 60)}"));
            body.InsertRange(Line(body, r), [.. r.Next(2) == 0 ? new[] { "Contents", "" } : [], .. entries, ""]);
        }),
        ("headings", (self, body, r) =>
        {
            for (var n = r.Next(1, 4); n > 0; n--)
            {
                var title = self.Words(r, 1, 6);
                body.InsertRange(Line(body, r), ["", r.Next(5) switch
                {
                    0 => "## " + title,
                    1 => "**" + title + "**",
                    2 => "<u>" + title + "</u>",
                    3 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 20)}. {title}"),
                    _ => char.ToUpperInvariant(title[0]) + title[1..],
                }, ""]);
            }
        }),
        ("quoted paragraphs", (self, body, r) =>
            body.Insert(Line(body, r), string.Create(CultureInfo.InvariantCulture,
                $"Paragraph {r.Next(1, 40)} {self.Words(r, 0, 8)} “{self.Words(r, 3, 20)}.”"))),
        ("deep structure", (_, body, r) =>
        {
            var at = Line(body, r);
            if (r.Next(2) == 0)
                body.Insert(at, string.Join('.', Enumerable.Repeat("1", r.Next(7, 200))) + " deep");
            else
                body.InsertRange(at, Enumerable.Range(0, r.Next(3, 60)).Select(i => new[] { "(a) x", "(i) y", "(1) z", "(b) w", "(ii) v" }[i % (r.Next(3, 6))]));
        }),
        ("long line", (_, body, r) =>
            body.Insert(Line(body, r), "1.1 " + string.Concat(Enumerable.Repeat(new[] { "[", "(", "*", "<", "[a](", "*a ", "<b>", "\\", "“", ")" }[r.Next(10)], r.Next(50, 400))))),
    ];

    private List<string> RandomStructure(Random random)
    {
        var body = new List<string>();
        var section = 0;
        for (var blocks = random.Next(1, 40); blocks > 0; blocks--)
        {
            switch (random.Next(12))
            {
                case 0:
                    section++;
                    body.AddRange(["", string.Create(CultureInfo.InvariantCulture, $"{section}. {Words(random, 1, 5)}"), ""]);
                    break;
                case 1:
                    body.AddRange(["", random.Next(2) == 0 ? "# " + Words(random, 1, 5) : Words(random, 1, 5), ""]);
                    break;
                case 2 or 3 or 4:
                    body.Add(string.Create(CultureInfo.InvariantCulture, $"{Math.Max(section, random.Next(0, 4))}.{random.Next(0, 15)} {Words(random, 3, 40)}{(random.Next(3) == 0 ? ":" : ".")}"));
                    break;
                case 5:
                    var style = random.Next(3);
                    for (var i = 0; i < random.Next(1, 8); i++)
                        body.Add((style switch { 0 => $"({(char)('a' + i)})", 1 => $"({new[] { "i", "ii", "iii", "iv", "v", "vi", "vii" }[i]})", _ => $"{(char)('a' + i)})" }) + " " + Words(random, 2, 15) + ";");
                    break;
                case 6:
                    for (var i = 0; i < random.Next(1, 6); i++) body.Add("- " + Words(random, 2, 12));
                    break;
                case 7:
                    body.Add(Words(random, 1, 30) + (random.Next(2) == 0 ? "." : ""));
                    break;
                case 8:
                    for (var i = 0; i < random.Next(2, 6); i++) body.Add(Words(random, 1, 6) + "\t" + Words(random, 0, 3) + "\t" + Words(random, 1, 6));
                    break;
                case 9:
                    body.Add("¹ " + Words(random, 2, 10));
                    break;
                case 10:
                    body.Add(string.Create(CultureInfo.InvariantCulture, $"“{random.Next(1, 30)} {Words(random, 3, 20)}.”"));
                    break;
                default:
                    body.Add("");
                    break;
            }
        }
        return body;
    }

    private void MutateFrontMatter(List<string> frontMatter, Random random)
    {
        // Lines 1 .. Count-2 are fields; the first and last are the '---' fences.
        if (frontMatter.Count < 3) return;
        var i = random.Next(1, frontMatter.Count - 1);
        var colon = frontMatter[i].IndexOf(':', StringComparison.Ordinal);
        var key = colon > 0 ? frontMatter[i][..colon] : "title";
        frontMatter[i] = random.Next(14) switch
        {
            0 => "",
            1 => key + ": [" + Words(random, 1, 3) + ", " + Words(random, 1, 3) + "]",
            2 => key + ":\n  nested: " + Words(random, 1, 3),
            3 => key + ": " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            4 => frontMatter[i] + "\n" + frontMatter[i],
            5 => "unknown_field: " + Words(random, 1, 3),
            6 => key + ": \"" + Words(random, 1, 3),
            7 => key + ": {{ site.title }}",
            8 => key + ": \"<script>alert(1)</script>\"",
            9 => "- " + frontMatter[i],
            10 => key + ": " + new string('[', random.Next(1, 300)),
            11 => key + ": &a " + Words(random, 1, 2) + "\nshort_name: *a",
            12 => key + ": !!binary aGVsbG8=",
            _ => "page_furniture:\n  - " + Words(random, 1, 3) + "\n  - [" + Words(random, 1, 2) + "]",
        };
    }
}
