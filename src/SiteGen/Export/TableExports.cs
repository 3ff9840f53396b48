using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Tables;

namespace SiteGen.Export;

/// <summary>
/// The comparisons as Word documents and workbooks, beside their CSV files in data/. The names are stable:
/// theme-matrix, expectation-matrix (one table or sheet per direction), escalation, themes/&lt;theme id&gt; and compare-all (every
/// authority side by side, a table or sheet per group of authorities), each .docx and .xlsx.
/// </summary>
internal static class TableExports
{
    // Each export sits beside its CSV in data/, named as it is without the extension (.docx and .xlsx are added).
    public static readonly string ThemeMatrix = SitePage.DataFile("theme-matrix").Path;
    public static readonly string ExpectationMatrix = SitePage.DataFile("expectation-matrix").Path;
    public static readonly string Escalation = SitePage.DataFile("escalation").Path;

    /// <summary>The compare view, every authority side by side theme by theme (beside the folder of compare.js's data scripts).</summary>
    public static readonly string Compare = SitePage.DataFile("compare-all").Path;

    public static string Theme(string id) => SitePage.DataFile("themes/" + id).Path;

    /// <summary>The documents to export, each with its links resolved for where it is written. Pure.</summary>
    public static IEnumerable<ExportDocument> Documents(ComparisonTables tables, SiteConfig config)
    {
        var subtitle = $"From {config.Title}" + (string.IsNullOrWhiteSpace(config.Owner) ? "" : $", published by {config.Owner}") + ". Every citation links to the clause.";
        ExportDocument Doc(string path, string title, params TableModel[] models) => new(path, title, subtitle, [.. models], LinkFrom(path, config.BaseUrl));
        yield return Doc(ThemeMatrix, "Themes by authority", tables.ThemeMatrix);
        yield return Doc(ExpectationMatrix, "Expectations by authority", [.. tables.Expectations]);
        yield return Doc(Escalation, "Complaint and escalation routes", tables.Escalation);
        foreach (var (id, table) in tables.Themes) yield return Doc(Theme(id), table.Caption, table);
        if (!tables.Compare.IsEmpty) yield return Doc(Compare, "Authorities compared side by side", [.. tables.Compare]);
    }

    /// <param name="reuse">
    /// Given a document (with the base URL its links are made from) and how to write its files, returns them, from an
    /// earlier build when that document is unchanged: writing Word and Excel files is most of the data stage.
    /// </param>
    public static IEnumerable<OutputFile> Build(IReadOnlyList<Protocol> protocols, SiteAnalysis analysis, SiteConfig config,
        Func<ExportDocument, string?, Func<OutputFile[]>, OutputFile[]>? reuse = null)
    {
        if (analysis.IsEmpty) yield break;
        foreach (var document in Documents(ComparisonTables.Build(protocols, analysis), config))
        {
            OutputFile[] Write() =>
            [
                new OutputFile(document.Path + ".docx", TableDocxWriter.Write(document)),
                new OutputFile(document.Path + ".xlsx", TableXlsxWriter.Write(document)),
            ];
            foreach (var file in reuse is null ? Write() : reuse(document, config.BaseUrl, Write)) yield return file;
        }
    }

    /// <summary>A site address as a file at <paramref name="path"/> holds it: absolute under the base URL, else relative, so it works from a file share too.</summary>
    public static Func<SitePage, string> LinkFrom(string path, string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? page => page.FromFile(path) : page => page.Absolute(baseUrl);
}
