using System.Globalization;
using System.Text;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>Properties of the index builder that hold whatever lunr does: determinism, culture independence, input checks and internal consistency.</summary>
[Trait("Kind", "Pure")]
public class LunrIndexBuilderTests
{
    private static readonly SearchField[] Fields = [new("heading", 5), new("text")];

    private static IReadOnlyList<SearchDocument> TurkishTrap() =>
    [
        .. SeedCorpus.QuirkDocuments(),
        new("tr/1", new Dictionary<string, string> { ["heading"] = "ISTANBUL INFORMATION", ["text"] = "I İ ı i DIRECTOR Officer TITLE 1,5 £1.000,50" }),
    ];

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string cultureName)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(Fields, TurkishTrap())));
        var local = WithCulture(CultureInfo.GetCultureInfo(cultureName), () => LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(Fields, TurkishTrap())));

        Assert.Equal(invariant, local);
        var json = Encoding.UTF8.GetString(local);
        Assert.Contains("[\"istanbul\",", json, StringComparison.Ordinal);
        // tr-TR lower-cases I to dotless ı, which would survive inside "tıtle", "dırector", "ınformation".
        Assert.DoesNotContain("ı", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_documents_give_identical_bytes()
    {
        var documents = SeedCorpus.Documents();
        var first = LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(SeedCorpus.Fields, documents));
        var second = LunrIndexJson.ToUtf8Json(LunrIndexBuilder.Build(SeedCorpus.Fields, documents.ToList()));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Index_is_internally_consistent()
    {
        var documents = SeedCorpus.Documents();
        var index = LunrIndexBuilder.Build(SeedCorpus.Fields, documents);

        Assert.Equal(["heading", "text"], index.Fields);
        Assert.Equal(documents.Count * 2, index.FieldVectors.Count);
        // Term indexes are a permutation of 0..n-1 and the terms are in UTF-16 code unit order.
        Assert.Equal(Enumerable.Range(0, index.InvertedIndex.Count), index.InvertedIndex.Select(p => p.TermIndex).Order());
        for (var i = 1; i < index.InvertedIndex.Count; i++)
            Assert.True(string.CompareOrdinal(index.InvertedIndex[i - 1].Term, index.InvertedIndex[i].Term) < 0, $"{index.InvertedIndex[i - 1].Term} before {index.InvertedIndex[i].Term}");

        // Every scored term of a field lists that document in its posting for that field, and nothing else does.
        var byIndex = index.InvertedIndex.ToDictionary(p => p.TermIndex);
        var postingCount = index.InvertedIndex.Sum(p => p.DocumentRefsByField.Sum(refs => refs.Count));
        Assert.Equal(postingCount, index.FieldVectors.Sum(v => v.Elements.Count));
        foreach (var vector in index.FieldVectors)
        {
            var field = index.Fields.ToList().IndexOf(vector.FieldName);
            Assert.Equal(vector.Elements.Select(e => e.TermIndex).Order(), vector.Elements.Select(e => e.TermIndex));
            foreach (var element in vector.Elements)
            {
                Assert.Contains(vector.DocumentRef, byIndex[element.TermIndex].DocumentRefsByField[field]);
                Assert.True(element.Score > 0 && Math.Round(element.Score, 3) == element.Score, $"{vector.FieldRef}: {element.Score}");
            }
        }
    }

    [Fact]
    public void Heading_boost_and_document_boost_scale_the_scores()
    {
        SearchDocument Doc(string id, double boost = 1) => new(id, new Dictionary<string, string> { ["heading"] = "bullying", ["text"] = "bullying" }, boost);
        var index = LunrIndexBuilder.Build(Fields, [Doc("a"), Doc("b", 2), Doc("c"), Doc("d")]);
        double Score(string fieldRef) => index.FieldVectors.Single(v => v.FieldRef == fieldRef).Elements.Single().Score;

        // Each score is rounded to 3 decimals on its own, so the products agree to within that rounding.
        Assert.Equal(Score("text/a") * 5, Score("heading/a"), 0.003);
        Assert.Equal(Score("text/a") * 2, Score("text/b"), 0.002);
        Assert.True(Score("text/a") > 0);
    }

    [Fact]
    public void Refuses_input_lunr_would_mishandle()
    {
        var text = new Dictionary<string, string> { ["text"] = "x" };
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("a/b")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("_index")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("12")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("text"), new SearchField("text")], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunrIndexBuilder.Build([new SearchField("text", 0)], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunrIndexBuilder.Build([new SearchField("text")], [new SearchDocument("a", text, double.NaN)]));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("text")], [new SearchDocument("a", text), new SearchDocument("a", text)]));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.Build([new SearchField("text")], [new SearchDocument("a", new Dictionary<string, string> { ["txet"] = "x" })]));
    }

    [Fact]
    public void Empty_corpus_gives_an_empty_index_lunr_can_load()
    {
        var json = LunrIndexJson.ToJson(LunrIndexBuilder.Build(Fields, []));
        Assert.Equal("{\"version\":\"2.3.9\",\"fields\":[\"heading\",\"text\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}", json);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, uiCulture0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, uiCulture0);
        }
    }
}
