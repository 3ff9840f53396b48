using System.Collections.Immutable;
using SiteGen.Build;

namespace SiteGen.Tests.Build;

[Trait("Kind", "Pure")]
public sealed class FingerprintTests
{
    private sealed record Row(string Title, ImmutableArray<int> Counts);

    private sealed record View(Row Row, object? Extra, UInt128 Key);

    private static View Sample(string title = "Hackney", int count = 3, object? extra = null, ulong key = 7) => new(new Row(title, [1, 2, count]), extra, key);

    [Fact]
    public void Equal_values_built_separately_have_the_same_fingerprint()
    {
        Assert.Equal(Fingerprint.Of(Sample()), Fingerprint.Of(Sample()));
    }

    [Fact]
    public void A_change_anywhere_in_the_value_changes_the_fingerprint()
    {
        var original = Fingerprint.Of(Sample());
        Assert.NotEqual(original, Fingerprint.Of(Sample(title: "Haringey")));
        Assert.NotEqual(original, Fingerprint.Of(Sample(count: 4)));
        Assert.NotEqual(original, Fingerprint.Of(Sample(key: 8)));
        Assert.NotEqual(original, Fingerprint.Of(Sample(extra: new Row("x", []))));
    }

    [Fact]
    public void Values_with_nothing_public_to_read_are_told_apart_by_their_text()
    {
        Assert.NotEqual(Fingerprint.Of(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")), Fingerprint.Of(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964fe")));
    }

    [Fact]
    public void Parts_are_not_confused_by_moving_text_between_them()
    {
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));
    }

    [Fact]
    public void A_value_holding_a_delegate_or_a_default_array_has_no_fingerprint_and_is_never_cached()
    {
        Assert.Null(Fingerprint.TryOf(new Row("x", default)));
        Assert.Null(Fingerprint.TryOf(new View(new Row("x", []), (Func<int>)(() => 1), 0)));
    }

    private sealed record Mutable(string Title, int[] Counts);

    private sealed class Settable
    {
        public string Title { get; set; } = "";
    }

    [Fact]
    public void The_model_types_are_deeply_immutable_and_anything_with_an_array_or_a_setter_is_not()
    {
        Assert.True(Fingerprint.IsDeeplyImmutable(typeof(Row)));
        Assert.True(Fingerprint.IsDeeplyImmutable(typeof(SiteGen.Model.Protocol)));
        Assert.True(Fingerprint.IsDeeplyImmutable(typeof(SiteGen.Model.SiteAnalysis)));
        Assert.False(Fingerprint.IsDeeplyImmutable(typeof(Mutable)));
        Assert.False(Fingerprint.IsDeeplyImmutable(typeof(Settable)));
        Assert.False(Fingerprint.IsDeeplyImmutable(typeof(View))); // its Extra is any object
    }

    [Fact]
    public void A_remembered_fingerprint_is_the_one_computing_it_again_would_give()
    {
        var row = new Row("Hackney " + new string('x', 600), [1, 2, 3]); // long enough to be hashed on its own
        GC.Collect(); // fingerprints are kept for objects that have outlived a collection, as a rebuild's inputs have
        var first = Fingerprint.Of(row, "tail");
        var remembered = Fingerprint.Remembered;
        Assert.Equal(first, Fingerprint.Of(row, "tail"));
        Assert.True(Fingerprint.Remembered > remembered);
        Assert.Equal(first, Fingerprint.Of(row with { }, "tail")); // a new object with the same value: computed afresh, same result
        Assert.NotEqual(first, Fingerprint.Of(row with { Title = "Merton" }, "tail"));
        Assert.NotEqual(Fingerprint.Of(new Row("a", [1])), Fingerprint.Of(new Row("a", [2]))); // a short value, copied in whole, is still told apart
    }

    [Fact]
    public void A_long_text_is_remembered_by_its_object_and_still_told_apart_from_another()
    {
        var text = new string('a', 5000);
        var other = new string('a', 4999) + "b";
        Assert.Equal(Fingerprint.Of(text), Fingerprint.Of(new string('a', 5000)));
        Assert.NotEqual(Fingerprint.Of(text), Fingerprint.Of(other));
    }
}
