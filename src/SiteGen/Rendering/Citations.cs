using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>How clauses are cited in pages, data and reports: "Hackney, para 7.2(g)".</summary>
public static class Citations
{
    /// <summary>The number as a reader sees it: printed numbers as printed, positional ones marked so nobody mistakes them for the authority's own.</summary>
    public static string DisplayNumber(Clause clause) => DisplayNumber(clause.Number, clause.IsSynthetic);

    public static string DisplayNumber(string number, bool isSynthetic)
    {
        if (!isSynthetic) return number;
        return number.StartsWith('p') ? "¶" + number[1..] : number.StartsWith('t') ? "T" + number[1..] : number;
    }

    public static string Cite(ProtocolMetadata protocol, Clause clause) => clause.IsSynthetic
        ? $"{protocol.ShortName}, {DisplayNumber(clause)} (unnumbered in source)"
        : $"{protocol.ShortName}, para {clause.Number}";

    /// <summary>Relative link from the site root to a clause's anchor.</summary>
    public static string Href(string slug, string number) => $"protocols/{slug}.html#{number}";
}
