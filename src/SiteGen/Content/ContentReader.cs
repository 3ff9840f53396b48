using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Reads content files from disk, refusing (with a located message) anything that is not safe, readable UTF-8 text.</summary>
internal static class ContentReader
{
    /// <summary>Protocols are tens of kilobytes; anything this large is almost certainly the wrong file.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Reads a file of the site, which must stay inside <paramref name="within"/> (a folder relative to the site root; the site root itself when null) once every link on its path is followed.</summary>
    public static (SourceFile? File, Diagnostic? Error) Read(string siteRoot, string relativePath, string? within = null)
    {
        var fullPath = Path.GetFullPath(Path.Combine(siteRoot, relativePath));
        var display = relativePath.Replace(Path.DirectorySeparatorChar, '/');
        try
        {
            var boundary = within is null ? siteRoot : Path.Combine(siteRoot, within);
            if (RealPath(fullPath) is not { } real)
                return (null, Diagnostic.Error(display, 0, "SG0140", "This file is a link that leads round in a loop of links. Replace it with the file itself."));
            // The folder itself may be a link too (content/ → /home/someone): it must lead to a folder inside the site.
            if (within is not null && RealPath(boundary) is { } linkedBoundary && RealPath(siteRoot) is { } realSite
                && linkedBoundary != realSite && !IsInside(linkedBoundary, realSite))
                return (null, FolderOutsideSite(within));
            if (RealPath(boundary) is not { } realBoundary || !IsInside(real, realBoundary))
            {
                var folder = within is null ? "site folder" : $"{within.Replace('\\', '/').TrimEnd('/')}/ folder";
                return (null, Diagnostic.Error(display, 0, "SG0140",
                    $"This file is a link (or sits in a linked folder) that leads outside the {folder}, so SiteGen will not publish it. Copy the file into the {folder} instead."));
            }
            var info = new FileInfo(real);
            if (info.Length > MaxFileBytes)
                return (null, Diagnostic.Error(display, 0, "SG0141", string.Create(CultureInfo.InvariantCulture,
                    $"This file is {info.Length / (1024 * 1024)} MB; content files are limited to {MaxFileBytes / (1024 * 1024)} MB. Is it the right file? Split a very long document into several.")));
            var (bytes, problem) = RegularFile.Read(real, MaxFileBytes);
            if (problem == IrregularFile.NotAFile)
                return (null, NotAFile(display));
            if (bytes is null)
                return (null, Diagnostic.Error(display, 0, "SG0141", string.Create(CultureInfo.InvariantCulture,
                    $"This file is over {MaxFileBytes / (1024 * 1024)} MB; content files are limited to {MaxFileBytes / (1024 * 1024)} MB. Is it the right file? Split a very long document into several.")));
            return Decode(display, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(display, 0, "SG0142", $"The file could not be read ({e.Message}). Check that it exists and that you have permission to read it."));
        }
    }

    /// <summary>The error for a content or templates folder that is a link (or inside a linked folder) leading out of the site: everything in it would be published.</summary>
    public static Diagnostic FolderOutsideSite(string folder) => Diagnostic.Error(folder.Replace('\\', '/').TrimEnd('/') + "/", 0, "SG1504",
        $"The folder {folder.Replace('\\', '/').TrimEnd('/')}/ is a link that leads outside the site folder, so SiteGen will not read or publish anything from it. Copy the folder into the site instead of linking to it.");

    /// <summary>The error for a named pipe, socket or device where a file was expected: reading one could wait for ever.</summary>
    public static Diagnostic NotAFile(string display) => Diagnostic.Error(display, 0, "SG1502",
        "This is not an ordinary file (it is a named pipe, a socket or a device), so SiteGen will not read it: reading could wait for ever. Replace it with a file, or delete it.");

    /// <summary>Links followed before a path is treated as a loop, as the operating systems do.</summary>
    private const int MaxLinkHops = 40;

    /// <summary>
    /// The path with every symbolic link along it followed, folders included, so a linked folder cannot lead a file out of
    /// the site; null for a loop of links. Parts that do not exist are kept as written.
    /// </summary>
    public static string? RealPath(string path)
    {
        var pending = new Stack<string>();
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        PushParts(pending, full[current.Length..]);
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            var resolved = Path.GetFullPath(Path.Combine(current, target));
            current = Path.GetPathRoot(resolved)!;
            PushParts(pending, resolved[current.Length..]);
        }
        return current;
    }

    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    /// <summary>Strict UTF-8 decoding; a BOM is accepted and dropped, and the first bad byte is reported by line.</summary>
    public static (SourceFile? File, Diagnostic? Error) Decode(string display, byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            return (null, Diagnostic.Error(display, 0, "SG0143", "This file is empty. Add front matter and the protocol text, or delete the file."));
        // Notepad's "Unicode" is UTF-16 with a byte order mark: read it as what it is.
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DecodeUtf16(display, bytes, bigEndian: bytes[0] == 0xFE);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0 && LooksLikeUtf16(bytes))
            return (null, Diagnostic.Error(display, 1, "SG1512",
                "This file is UTF-16 text without a byte order mark, which SiteGen cannot tell apart from binary safely. Re-save it as UTF-8, e.g. in Notepad: File → Save as → Encoding: UTF-8."));
        if (nul >= 0)
            return (null, Diagnostic.Error(display, LineAt(bytes, nul), "SG0144", "This looks like a binary file (it contains NUL bytes), not text. Save the document as plain text (UTF-8) or Markdown first."));

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var offset = bytes.Length - span.Length + read;
            return (null, Diagnostic.Error(display, LineAt(bytes, offset), "SG0145",
                "This file is not valid UTF-8 text (it was probably saved as Windows-1252 or Latin-1). Re-save it as UTF-8, e.g. in Notepad: File → Save as → Encoding: UTF-8."));
        }
        return (new SourceFile(display, UnixLineEndings(new string(chars, 0, written))), null);
    }

    /// <summary>Windows (CR LF) and classic Mac (CR alone) line endings both become LF, so lines are counted the same everywhere.</summary>
    internal static string UnixLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static (SourceFile? File, Diagnostic? Error) DecodeUtf16(string display, byte[] bytes, bool bigEndian)
    {
        try
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
            var text = encoding.GetString(bytes, 2, bytes.Length - 2);
            if (text.Contains('\0'))
                return (null, Diagnostic.Error(display, 1, "SG0144", "This looks like a binary file (it contains NUL characters), not text. Save the document as plain text (UTF-8) or Markdown first."));
            return (new SourceFile(display, UnixLineEndings(text)), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Diagnostic.Error(display, 1, "SG1512",
                "This file starts like UTF-16 text but is not valid UTF-16. Re-save it as UTF-8, e.g. in Notepad: File → Save as → Encoding: UTF-8."));
        }
    }

    /// <summary>ASCII text saved as UTF-16 has a NUL in every other byte, in the same half of each pair.</summary>
    private static bool LooksLikeUtf16(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 4) return false;
        int even = 0, odd = 0;
        for (var i = 0; i < sample; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        var pairs = sample / 2;
        return (even >= pairs * 0.9 && odd == 0) || (odd >= pairs * 0.9 && even == 0);
    }

    /// <summary>Files of one kind in a content folder, sorted ordinally so builds are deterministic on every OS.</summary>
    public static (ImmutableArray<string> Paths, ImmutableArray<Diagnostic> Notes) List(string siteRoot, string folder)
    {
        var full = Path.Combine(siteRoot, folder);
        if (!Directory.Exists(full)) return ([], []);
        var notes = ImmutableArray.CreateBuilder<Diagnostic>();
        var paths = ImmutableArray.CreateBuilder<string>();
        string[] files;
        try
        {
            files = [.. Directory.EnumerateFiles(full).Select(p => Path.GetRelativePath(siteRoot, p).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [Diagnostic.Error(folder, 0, "SG0147", $"The folder could not be read ({e.Message}). Check that you have permission to read it.")]);
        }
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor and OS droppings
            if (path.EndsWith(".md", StringComparison.Ordinal)) paths.Add(path);
            else notes.Add(Diagnostic.Warning(path, 0, "SG0146", "Ignored: only .md files are read from this folder."));
        }
        return (paths.ToImmutable(), notes.ToImmutable());
    }

    internal static bool IsInside(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n') + 1;
}
