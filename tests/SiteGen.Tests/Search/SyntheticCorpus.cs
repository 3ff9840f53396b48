using System.Globalization;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>Many clause-shaped documents for scale: a numbered short heading and a 20-120 word body, words drawn from the seeds as often as the seeds use them.</summary>
internal static class SyntheticCorpus
{
    private static readonly Lazy<string[]> Vocabulary = new(() => SeedCorpus.Documents()
        .SelectMany(d => d.FieldTexts.Values)
        .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .ToArray());

    /// <summary>The same <paramref name="count"/> clauses every time, refs <c>clause0</c>, <c>clause1</c>, ….</summary>
    public static List<SearchDocument> Clauses(int count)
    {
        var vocabulary = Vocabulary.Value;
        var random = new Random(20130121);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(new SearchDocument(string.Create(CultureInfo.InvariantCulture, $"clause{i}"), new Dictionary<string, string>
            {
                ["heading"] = string.Create(CultureInfo.InvariantCulture, $"{i / 40 + 1}.{i % 40 + 1} {Words(random.Next(2, 7))}"),
                ["text"] = Words(random.Next(20, 121)),
            }));
        }
        return documents;
    }
}
