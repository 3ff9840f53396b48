using System.Text.RegularExpressions;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// Realistic clause-like search documents: the shared seed protocols split into paragraphs under
/// their nearest heading, plus documents written to provoke lunr's Unicode and key-order quirks.
/// </summary>
internal static partial class SeedCorpus
{
    public static IReadOnlyList<SearchField> Fields { get; } = [new("heading", 5), new("text")];

    /// <summary>
    /// The seed files, from shared/seeds beside the repository; in a clone with no shared folder beside it, the
    /// repository's own content/protocols (the same protocols, with front matter), so that the suite runs anywhere.
    /// </summary>
    public static IReadOnlyList<FileInfo> SeedFiles()
    {
        for (var dir = new DirectoryInfo(NodeHarness.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var seeds = Sorted(new DirectoryInfo(Path.Combine(dir.FullName, "shared", "seeds")), "*.txt");
            if (seeds.Count > 0) return seeds;
        }
        var protocols = Sorted(new DirectoryInfo(Path.Combine(NodeHarness.RepoRoot, "content", "protocols")), "*.md");
        if (protocols.Count > 0) return protocols;
        Assert.Fail($"Neither shared/seeds/*.txt beside {NodeHarness.RepoRoot} nor content/protocols/*.md in it.");
        return [];
    }

    private static List<FileInfo> Sorted(DirectoryInfo folder, string pattern) =>
        folder.Exists ? folder.GetFiles(pattern).OrderBy(f => f.Name, StringComparer.Ordinal).ToList() : [];

    /// <summary>Every seed paragraph as a document <c>seedNNN/pK</c>, then the quirk documents.</summary>
    public static IReadOnlyList<SearchDocument> Documents()
    {
        var documents = new List<SearchDocument>();
        var files = SeedFiles();
        for (var i = 0; i < files.Count; i++) documents.AddRange(Paragraphs($"seed{i:000}", File.ReadAllText(files[i].FullName)));
        documents.AddRange(QuirkDocuments());
        return documents;
    }

    /// <summary>Splits a protocol into paragraphs (blank lines and top-level list items), each under the heading above it.</summary>
    public static IEnumerable<SearchDocument> Paragraphs(string prefix, string text)
    {
        var heading = "";
        var number = 0;
        foreach (var block in BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            foreach (var paragraph in TopLevelListItem().Split(block))
            {
                var trimmed = paragraph.Trim();
                if (trimmed.Length == 0) continue;
                if (LooksLikeHeading(trimmed))
                {
                    heading = Markup().Replace(trimmed, "").Trim();
                    continue;
                }
                number++;
                // The opening paragraph of each protocol is its summary; boosting it exercises lunr's document boosts.
                var boost = number == 1 ? 1.5 : 1.0;
                yield return new SearchDocument($"{prefix}/p{number}", new Dictionary<string, string>
                {
                    ["heading"] = heading,
                    ["text"] = Markup().Replace(trimmed, " "),
                }, boost);
            }
        }
    }

    /// <summary>Documents written to show any tokenizer, trimmer, lower-casing or key-order difference.</summary>
    public static IEnumerable<SearchDocument> QuirkDocuments()
    {
        yield return new SearchDocument("unicode/accents", new Dictionary<string, string>
        {
            ["heading"] = "İSTANBUL Protocol – “Quoted” Heading for Councillors’ Café",
            ["text"] = "Councillors’ café meetings — naïve résumé Zoë £250 gifts; ‘curly’ “double” quotes; respect—and " +
                "courtesy… Ærøskøbing straße STRASSE İnci’s İ and DİYARBAKIR; ΟΔΟΣ aΣ.b xΣy ΣΑΣ; emoji 👍🏽 officer 𝐁old; " +
                "non\u00A0breaking\u2003em\u2003space\u200Bzero\u200Bwidth\uFEFFbom\u0085nel\u2028line\u2029para\tTab " +
                "e\u0301 combining; snake_case; 1.5 2,000 £1,000.00 50% co-operate ﬁnance Ⅻ ǅ ½ №5 ©2024 x²",
        });
        yield return new SearchDocument("unicode/dashes", new Dictionary<string, string>
        {
            ["heading"] = "Em dashes — and en dashes – inside words",
            ["text"] = "officer—member member–officer officer-member ‘bullying’ “harassment” (harassing) [bullied] {relationships}",
        });
        // Numeric refs: JavaScript lists such object keys first and in numeric order, whatever the insertion order.
        yield return new SearchDocument("2024", new Dictionary<string, string> { ["heading"] = "Officer numbers", ["text"] = "officer officer officer member" });
        yield return new SearchDocument("7", new Dictionary<string, string> { ["heading"] = "Officer", ["text"] = "The officer and the member" });
        yield return new SearchDocument("07", new Dictionary<string, string> { ["heading"] = "", ["text"] = "officer respect" });
        yield return new SearchDocument("quirk/stop-words-only", new Dictionary<string, string> { ["heading"] = "The", ["text"] = "the and of to it is was" });
        yield return new SearchDocument("quirk/no-heading", new Dictionary<string, string> { ["text"] = "Mayor mayor MAYOR mayoral" });
        yield return new SearchDocument("quirk/empty", new Dictionary<string, string>(), 2);
    }

    private static bool LooksLikeHeading(string paragraph)
    {
        if (paragraph.Contains('\n', StringComparison.Ordinal) || paragraph.Length > 90) return false;
        if (paragraph.StartsWith('#')) return true;
        if (paragraph.StartsWith("**", StringComparison.Ordinal) && paragraph.EndsWith("**", StringComparison.Ordinal)) return true;
        if (paragraph.EndsWith('.') || paragraph.EndsWith(':') || paragraph.EndsWith(';')) return false;
        if (paragraph.StartsWith("- ", StringComparison.Ordinal)) return false;
        // Numbered ("4. Provision of information"), shouted ("BACKGROUND PAPERS") or short title-like lines.
        return NumberedHeading().IsMatch(paragraph)
            || (paragraph.Any(char.IsLetter) && !paragraph.Any(char.IsLower))
            || (paragraph.Length <= 60 && char.IsUpper(paragraph[0]));
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\n(?=- )")]
    private static partial Regex TopLevelListItem();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+[A-Z][^.]*$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^#+\s*|\*\*|</?[a-z]+>|\[|\]\(#?\)|^- ", RegexOptions.Multiline)]
    private static partial Regex Markup();
}
