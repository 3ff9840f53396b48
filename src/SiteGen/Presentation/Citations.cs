using SiteGen.Model;

namespace SiteGen.Presentation;

/// <summary>How clauses are cited in pages, data and reports: "Hackney, para 7.2(g)".</summary>
internal static class Citations
{
    /// <summary>
    /// True when the number was assigned by position ("p2", "p1(iv)", "t1.3"): authorities' own numbers always start
    /// with a digit, so a leading letter marks SiteGen's numbering even where an item label below it was printed.
    /// </summary>
    public static bool IsPositional(string number) => number.Length > 1 && number[0] is 'p' or 't' && char.IsAsciiDigit(number[1]);

    /// <summary>The number as a reader sees it: printed numbers as printed, positional ones marked so nobody mistakes them for the authority's own.</summary>
    public static string DisplayNumber(string number) => !IsPositional(number) ? number
        : number[0] == 'p' ? "¶" + number[1..] : "T" + number[1..];

    public static string DisplayNumber(Clause clause) => DisplayNumber(clause.Number);

    public static string Cite(ProtocolMetadata protocol, Clause clause) => IsPositional(clause.Number)
        ? $"{protocol.ShortName}, {DisplayNumber(clause.Number)} (unnumbered in source)"
        : $"{protocol.ShortName}, para {clause.Number}";
}
