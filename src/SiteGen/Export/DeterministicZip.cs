using System.IO.Compression;

namespace SiteGen.Export;

/// <summary>
/// Rewrites an Office package so the same content gives the same bytes: System.IO.Packaging stamps every zip entry with
/// the time it was written, which would make each build's .docx and .xlsx differ.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can hold (the MS-DOS epoch), used for every entry.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="package">The package as written, read from its start (not copied: a workbook of every authority is tens of megabytes stored).</param>
    public static byte[] Normalise(Stream package)
    {
        package.Position = 0;
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; the rest by name, whatever order the packager used.
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
