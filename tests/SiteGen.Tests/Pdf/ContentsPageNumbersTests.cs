using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

[Trait("Kind", "Pure")]
public sealed class ContentsPageNumbersTests
{
    private static readonly string[] Ids = ["intro", "roles", "annex"];

    private static Dictionary<string, int> Pages(params (string Id, int Page)[] pages) =>
        pages.ToDictionary(p => p.Id, p => p.Page, StringComparer.Ordinal);

    [Fact]
    public void First_print_shows_placeholders_so_it_is_always_printed_again_with_real_numbers()
    {
        var landed = Pages(("intro", 3), ("roles", 3), ("annex", 12));

        var check = ContentsPageNumbers.Check(Ids, shown: null, landed);

        var again = Assert.IsType<ContentsCheck.PrintAgain>(check);
        Assert.Equal(landed, again.Pages);
    }

    [Fact]
    public void Settles_when_every_shown_number_is_where_the_target_landed()
    {
        var landed = Pages(("intro", 3), ("roles", 4), ("annex", 12));

        var check = ContentsPageNumbers.Check(Ids, shown: landed, landed);

        Assert.Equal(landed, Assert.IsType<ContentsCheck.Settled>(check).Pages);
    }

    [Fact]
    public void One_moved_target_means_another_print_with_the_new_numbers()
    {
        var shown = Pages(("intro", 3), ("roles", 4), ("annex", 12));
        var landed = Pages(("intro", 3), ("roles", 4), ("annex", 13));

        var again = Assert.IsType<ContentsCheck.PrintAgain>(ContentsPageNumbers.Check(Ids, shown, landed));

        Assert.Equal(13, again.Pages["annex"]);
        Assert.Equal(3, again.Pages["intro"]);
    }

    [Fact]
    public void Only_the_contents_targets_are_kept_from_the_pdfs_link_destinations()
    {
        // Other in-document links (e.g. "see paragraph 4.2") also have destinations; they are not contents entries.
        var landed = Pages(("intro", 3), ("roles", 4), ("annex", 12), ("para-4-2", 7));

        var again = Assert.IsType<ContentsCheck.PrintAgain>(ContentsPageNumbers.Check(Ids, null, landed));

        Assert.Equal(Ids.Order(StringComparer.Ordinal), again.Pages.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Targets_without_a_destination_are_reported_each_once()
    {
        string[] ids = ["intro", "gone", "roles", "gone", "also-gone"];
        var landed = Pages(("intro", 3), ("roles", 4));

        var missing = Assert.IsType<ContentsCheck.MissingTargets>(ContentsPageNumbers.Check(ids, null, landed));

        Assert.Equal(["gone", "also-gone"], missing.Ids);
    }

    [Fact]
    public void An_id_listed_twice_is_filled_in_both_places()
    {
        string[] ids = ["intro", "intro"];

        Assert.Equal(ContentsPageNumbers.Placeholder, Assert.Single(ContentsPageNumbers.PlaceholderTexts(ids)).Value);
        var settled = Assert.IsType<ContentsCheck.Settled>(ContentsPageNumbers.Check(ids, Pages(("intro", 5)), Pages(("intro", 5))));
        Assert.Equal(5, Assert.Single(settled.Pages).Value);
    }

    [Fact]
    public void Numbers_are_plain_digits_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("1234", ContentsPageNumbers.Format(1234));
            Assert.Equal("12", ContentsPageNumbers.Texts(Pages(("annex", 12)))["annex"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Placeholder_is_as_wide_as_a_two_digit_page_number()
    {
        Assert.Equal(ContentsPageNumbers.Format(42).Length, ContentsPageNumbers.Placeholder.Length);
        Assert.All(ContentsPageNumbers.PlaceholderTexts(Ids).Values, text => Assert.Equal(ContentsPageNumbers.Placeholder, text));
    }
}
