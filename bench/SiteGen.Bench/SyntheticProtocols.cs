using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// Protocol files shaped like the seeds (numbered sections, clauses, lettered and roman items, bullets, footnotes,
/// running headers), with words drawn from the seed protocols. The same seed gives the same files.
/// </summary>
internal static class SyntheticProtocols
{
    public static string[] Vocabulary(string repoRoot) =>
        [.. Directory.EnumerateFiles(Path.Combine(repoRoot, "content", "protocols"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.All(char.IsLetter))];

    /// <summary>Files (slug, text) holding <paramref name="clauses"/> clauses in all, about 300 per authority.</summary>
    public static List<(string Slug, string Text)> Corpus(int clauses, string[] vocabulary, int seed = 60000)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        for (var n = 0; clauses > 0; n++)
        {
            var (text, count) = Protocol(n, Math.Min(clauses, 300), vocabulary, random);
            files.Add((string.Create(CultureInfo.InvariantCulture, $"authority-{n:D4}"), text));
            clauses -= count;
        }
        return files;
    }

    private static (string Text, int Clauses) Protocol(int n, int target, string[] vocabulary, Random random)
    {
        string Words(int min, int max)
        {
            var count = random.Next(min, max);
            var sb = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                var word = vocabulary[random.Next(vocabulary.Length)];
                sb.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word.ToLowerInvariant()).Append(' ');
            }
            return sb.ToString().TrimEnd();
        }

        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"---\nauthority: Synthetic Council {n}\nshort_name: Synthetic {n}\ncouncil_type: district\nnation: england\n");
        sb.Append("title: Member/Officer Protocol\nstatus: adopted\nsource: generated\ncoverage: full\n---\n\n");
        var clauses = 0;
        var lines = 0;
        for (var section = 1; clauses < target; section++)
        {
            sb.Append(inv, $"{section}. {Words(1, 4)}\n\n");
            for (var c = 1; c <= 12 && clauses < target; c++)
            {
                clauses++;
                var roll = random.Next(10);
                sb.Append(inv, $"{section}.{c} {Words(15, 60)}{(roll == 0 ? "¹" : "")}{(roll == 1 ? ":" : ".")}\n");
                if (roll == 1)
                {
                    for (var item = 0; item < random.Next(2, 6) && clauses < target; item++, clauses++)
                        sb.Append(inv, $"({(char)('a' + item)}) {Words(5, 20)};\n");
                }
                if (roll == 2)
                    for (var b = 0; b < 3; b++) sb.Append(inv, $"- {Words(4, 10)}\n");
                if (roll == 0) sb.Append(inv, $"\n¹ {Words(5, 15)}.\n");
                sb.Append('\n');
                if (++lines % 25 == 0) sb.Append(inv, $"Synthetic Council {n} Constitution\nPart 5 Codes and Protocols\n\n");
            }
        }
        return (sb.ToString(), clauses);
    }
}
