using System.Globalization;
using System.Text;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Output;

/// <summary>
/// Every clause as one CSV row that opens cleanly in Excel: UTF-8 with a byte-order mark (so Excel detects
/// the encoding), CRLF rows and RFC 4180 quoting.
/// </summary>
internal static class ClauseCsv
{
    private static readonly string[] Header =
    [
        "id", "authority", "slug", "number", "printed_label", "citation", "parent_id", "depth", "section", "heading_path",
        "actor", "modality", "text", "notes", "status", "coverage", "source_file", "first_line", "last_line", "page",
        "actor_state", "modality_state",
    ];

    public static OutputFile Build(IEnumerable<Protocol> protocols, SiteAnalysis? analysis = null)
    {
        var readings = (analysis?.Protocols ?? []).SelectMany(a => a.Clauses).ToDictionary(r => r.ClauseId, StringComparer.Ordinal);
        var sb = new StringBuilder();
        AppendRow(sb, Header);
        foreach (var p in protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal))
            foreach (var clause in p.Sections.SelectMany(s => s.Clauses))
                AppendClause(sb, p, clause, parentId: "", depth: 0, readings);

        var bytes = Encoding.UTF8.GetPreamble().Concat(new UTF8Encoding(false).GetBytes(sb.ToString())).ToArray();
        return new OutputFile(SitePage.ClausesCsv.Path, bytes);
    }

    private static void AppendClause(StringBuilder sb, Protocol p, Clause c, string parentId, int depth, Dictionary<string, ClauseAddressing> readings)
    {
        // The reading as corrected in the overrides file, when there is one; with how sure it is beside it.
        var r = readings.GetValueOrDefault(c.Id);
        AppendRow(sb,
        [
            c.Id, p.Metadata.Authority, p.Metadata.Slug, c.Number, c.PrintedLabel ?? "", Citations.Cite(p.Metadata, c), parentId,
            depth.ToString(CultureInfo.InvariantCulture), c.HeadingPath.LastOrDefault() ?? "", string.Join(" > ", c.HeadingPath),
            Labels.Of(r?.AddressedTo ?? c.Actor), Labels.Of(r?.Force ?? c.Modality), c.Text,
            string.Join(" | ", c.Notes.Select(n => n.Marker.Length > 0 ? $"{n.Marker} {n.Text}" : n.Text)),
            Labels.Of(p.Metadata.Status), Labels.Of(p.Metadata.Coverage), p.Metadata.ContentFile,
            c.Lines.First.ToString(CultureInfo.InvariantCulture), c.Lines.Last.ToString(CultureInfo.InvariantCulture),
            SitePage.Clause(p.Metadata.Slug, c.Number).FromRoot,
            r is null ? "" : StateOf(r.AddressedToProvenance), r is null ? "" : StateOf(r.ForceProvenance),
        ]);
        foreach (var child in c.Children) AppendClause(sb, p, child, c.Id, depth + 1, readings);
    }

    private static string StateOf(Provenance p) => AnalysisLabels.Of(p) is { Length: > 0 } label ? label : "read";

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Field(fields[i]));
        }
        sb.Append("\r\n");
    }

    /// <summary>
    /// Quotes a field when RFC 4180 requires it. A field that Excel would run as a formula (starting with =, +, @ or a
    /// tab) gets a leading apostrophe, which Excel hides: protocol text must never become a live formula on an officer's PC.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' or '-' && !IsPlainNumber(value))
            value = "'" + value;
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith(' ') || value.EndsWith(' ');
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsPlainNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
