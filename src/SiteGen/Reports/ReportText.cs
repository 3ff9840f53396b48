using System.Globalization;

namespace SiteGen.Reports;

/// <summary>Small wording helpers shared by report pages and printed documents.</summary>
internal static class ReportText
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>An ISO date (yyyy-mm-dd, yyyy-mm or yyyy) as a committee paper prints it: "12 April 2010", "April 2010", "2010".</summary>
    public static string LongDate(string isoDate)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        string[] shown = ["d MMMM yyyy", "MMMM yyyy", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (DateTime.TryParseExact(isoDate, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date.ToString(shown[i], CultureInfo.InvariantCulture);
        }
        return isoDate;
    }
}
