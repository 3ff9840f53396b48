using System.Collections.Immutable;
using SiteGen.Tables;

namespace SiteGen.Export;

/// <summary>One downloadable file's worth of tables: a title and the tables, each a Word table and a spreadsheet sheet.</summary>
/// <param name="Path">Site-relative path without extension ("data/expectation-matrix"): the .docx and .xlsx sit beside the CSV.</param>
/// <param name="Link">Turns a site-relative link ("protocols/hackney.html#7.2(g)") into the one the file holds: absolute under the site's base URL when it has one, else relative to the file.</param>
public sealed record ExportDocument(string Path, string Title, string Subtitle, ImmutableArray<TableModel> Tables, Func<string, string> Link);
