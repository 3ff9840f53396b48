using System.Globalization;

namespace SiteGen.Pdf;

/// <summary>What to do after reading where the contents' targets landed in a print.</summary>
internal abstract record ContentsCheck
{
    private ContentsCheck() { }

    /// <summary>Every number shown in the print equals the page its target is on: the PDF is final.</summary>
    public sealed record Settled(IReadOnlyDictionary<string, int> Pages) : ContentsCheck;

    /// <summary>Some shown number is wrong (or still a placeholder): show <paramref name="Pages"/> and print again.</summary>
    public sealed record PrintAgain(IReadOnlyDictionary<string, int> Pages) : ContentsCheck;

    /// <summary>Some entries point at ids that the PDF has no destination for (missing, hidden, or not linked).</summary>
    public sealed record MissingTargets(IReadOnlyList<string> Ids) : ContentsCheck;
}

/// <summary>
/// The pure half of two-pass contents numbering. Chromium has no <c>target-counter()</c>, so SiteGen prints,
/// reads each link destination's page from the PDF, writes the numbers into <c>span.toc-page[data-for]</c>,
/// and prints again until what is shown is what is true.
/// </summary>
internal static class ContentsPageNumbers
{
    /// <summary>Selector of the spans that receive page numbers; <c>data-for</c> holds the target id without '#'.</summary>
    public const string SpanSelector = "span.toc-page[data-for]";

    /// <summary>
    /// Text shown before the first print. Two digits, because most appendices run to 10–99 pages: the
    /// placeholder then takes the width the real number will, so the contents' lines wrap the same in
    /// every pass. print.css also gives the span a fixed minimum width; the check after each pass is what
    /// guarantees correctness either way.
    /// </summary>
    public const string Placeholder = "00";

    /// <summary>The text shown for a page number (plain digits, culture-independent).</summary>
    public static string Format(int page) => page.ToString(CultureInfo.InvariantCulture);

    /// <summary>The span text per target id for the first print: the placeholder everywhere.</summary>
    public static IReadOnlyDictionary<string, string> PlaceholderTexts(IEnumerable<string> targetIds) =>
        targetIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => Placeholder, StringComparer.Ordinal);

    /// <summary>The span text per target id for a print that should show <paramref name="pages"/>.</summary>
    public static IReadOnlyDictionary<string, string> Texts(IReadOnlyDictionary<string, int> pages) =>
        pages.ToDictionary(pair => pair.Key, pair => Format(pair.Value), StringComparer.Ordinal);

    /// <summary>
    /// Compares what a print showed with where its targets actually landed.
    /// </summary>
    /// <param name="targetIds">Ids named by the contents spans, in document order.</param>
    /// <param name="shown">Numbers the print showed, or null when it showed placeholders.</param>
    /// <param name="landed">Page of each link destination, read from the printed PDF.</param>
    public static ContentsCheck Check(IReadOnlyList<string> targetIds, IReadOnlyDictionary<string, int>? shown, IReadOnlyDictionary<string, int> landed)
    {
        var missing = targetIds.Where(id => !landed.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return new ContentsCheck.MissingTargets(missing);
        }

        var pages = targetIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => landed[id], StringComparer.Ordinal);
        var allShownCorrectly = shown is not null
            && pages.All(pair => shown.TryGetValue(pair.Key, out var page) && page == pair.Value);
        return allShownCorrectly ? new ContentsCheck.Settled(pages) : new ContentsCheck.PrintAgain(pages);
    }
}
