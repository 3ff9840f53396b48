using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>Item labels read on their own: which labels read as anything, and how a list's next label is written.</summary>
public class ItemLabelTests
{
    [Theory]
    [InlineData("ill")]
    [InlineData("ll")]
    [InlineData("il")]
    [InlineData("iiii")]
    [InlineData("vv")]
    [InlineData("ic")]
    public void A_scanning_error_label_reads_as_nothing_but_still_opens_a_list_with_its_printed_letters(string key)
    {
        Assert.False(ItemLabel.IsReadable(key));
        var opening = ItemLabel.Opening(key);
        Assert.Equal(key, opening.Normalised);
        Assert.Equal(0, opening.Value);
        Assert.Null(ItemLabel.Continuing(key, ListStyle.Roman, 2));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("iv", true)]
    [InlineData("I", true)]
    [InlineData("12", true)]
    public void Ordinary_labels_read(string key, bool readable) => Assert.Equal(readable, ItemLabel.IsReadable(key));

    [Theory]
    [InlineData(ListStyle.Letter, 3, "c")]
    [InlineData(ListStyle.Roman, 3, "iii")]
    [InlineData(ListStyle.Roman, 14, "xiv")]
    [InlineData(ListStyle.Digit, 3, "3")]
    [InlineData(ListStyle.Letter, 27, "27")]
    public void The_next_label_of_a_list_is_written_in_its_style(ListStyle style, int value, string expected) =>
        Assert.Equal(expected, ItemLabel.Format(style, value));
}
