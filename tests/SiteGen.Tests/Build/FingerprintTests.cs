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
}
