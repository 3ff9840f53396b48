using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Tables;

namespace SiteGen.Export;

/// <summary>One downloadable file's worth of tables: a title and the tables, each a Word table and a spreadsheet sheet.</summary>
/// <param name="Path">Site-relative path without extension ("data/expectation-matrix"): the .docx and .xlsx sit beside the CSV.</param>
/// <param name="Link">Turns a site address into the link the file holds: absolute under the site's base URL when it has one, else relative to the file.</param>
internal sealed record ExportDocument(string Path, string Title, string Subtitle, ImmutableArray<TableModel> Tables, Func<SitePage, string> Link)
{
    /// <summary>How the parts' XML is encoded when written element by element: UTF-8 without a byte-order mark, as the SDK saves a whole part.</summary>
    public static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A link as a package relationship holds it; characters a URI may not carry are escaped, never a reason to fail.</summary>
    public static Uri Uri(string target) =>
        System.Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var uri) ? uri : new Uri(System.Uri.EscapeDataString(target), UriKind.Relative);

    /// <summary>The text with the characters XML 1.0 cannot hold dropped (control characters, unpaired surrogates), so no content can break a file.</summary>
    public static string XmlSafe(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(ch).Append(text[++i]); continue; }
            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF' || ch < ' ' && ch is not ('\t' or '\n' or '\r')) continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
