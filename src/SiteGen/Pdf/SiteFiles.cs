using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Pdf;

/// <summary>What reading one file of the site gave.</summary>
internal abstract record SiteFileRead
{
    private SiteFileRead() { }

    /// <summary>The file's bytes.</summary>
    public sealed record Read(byte[] Bytes) : SiteFileRead;

    /// <summary>No file is there.</summary>
    public sealed record Missing : SiteFileRead;

    /// <summary>Not read, for <paramref name="Reason"/> (outside the site, not a regular file, too large); written for the user.</summary>
    public sealed record Refused(string Reason) : SiteFileRead;
}

/// <summary>
/// Reads files of a built site for printing and for the PDF cache, and nothing else: only regular files inside the
/// site folder (after following links), at most <see cref="MaxFileBytes"/> each, read in bounded chunks. A device
/// such as <c>/dev/zero</c>, a named pipe, or a path outside the site is refused without being opened, so it can
/// neither exhaust memory nor hang the build.
/// </summary>
internal static class SiteFiles
{
    /// <summary>Largest file served to the printing browser or hashed for the cache (64 MiB): far above any page, stylesheet, image or font a report uses.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>True when <paramref name="fullPath"/> is <paramref name="siteRoot"/> or below it (no <c>..</c> tricks: both are normalised first).</summary>
    public static bool IsInside(string siteRoot, string fullPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        var path = Path.GetFullPath(fullPath);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Length > root.Length
            && path.StartsWith(root, comparison)
            && (path[root.Length] == Path.DirectorySeparatorChar || path[root.Length] == Path.AltDirectorySeparatorChar);
    }

    /// <summary>Reads <paramref name="fullPath"/> if it is a regular file inside <paramref name="siteRoot"/> of at most <paramref name="maxBytes"/> bytes.</summary>
    public static SiteFileRead TryRead(string siteRoot, string fullPath, long maxBytes = MaxFileBytes)
    {
        var check = Check(siteRoot, fullPath, maxBytes);
        if (check is not SiteFileRead.Read)
        {
            return check;
        }

        try
        {
            return ReadBounded(ResolvedPath(fullPath), maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SiteFileRead.Refused($"{fullPath} could not be read: {e.Message}");
        }
    }

    /// <summary>
    /// Whether <paramref name="fullPath"/> could be read, without opening it: <see cref="SiteFileRead.Missing"/>,
    /// <see cref="SiteFileRead.Refused"/>, or a <see cref="SiteFileRead.Read"/> with no bytes meaning "it may be read".
    /// </summary>
    public static SiteFileRead Check(string siteRoot, string fullPath, long maxBytes = MaxFileBytes)
    {
        if (!IsInside(siteRoot, fullPath))
        {
            return new SiteFileRead.Refused($"{fullPath} is outside the site folder {siteRoot}");
        }

        try
        {
            var info = new FileInfo(fullPath);
            if (Directory.Exists(fullPath))
            {
                return new SiteFileRead.Refused($"{fullPath} is a folder, not a file");
            }

            if (!info.Exists)
            {
                return new SiteFileRead.Missing();
            }

            if (info.LinkTarget is not null)
            {
                // A link inside the site may point anywhere; what counts is where it ends up.
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return new SiteFileRead.Missing();
                }

                if (!IsInside(siteRoot, target.FullName))
                {
                    return new SiteFileRead.Refused($"{fullPath} links to {target.FullName}, outside the site folder {siteRoot}");
                }

                info = new FileInfo(target.FullName);
            }

            if (FileKind.Of(info.FullName) is { } kind && kind != FileKind.Regular)
            {
                return new SiteFileRead.Refused($"{fullPath} is not a regular file ({FileKind.Describe(kind)})");
            }

            if (info.Length > maxBytes)
            {
                return new SiteFileRead.Refused(string.Create(CultureInfo.InvariantCulture,
                    $"{fullPath} is {info.Length:N0} bytes, more than the {maxBytes:N0} a printed page may use for one file"));
            }

            return new SiteFileRead.Read([]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SiteFileRead.Refused($"{fullPath} could not be read: {e.Message}");
        }
    }

    private static string ResolvedPath(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private static SiteFileRead ReadBounded(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The size was checked before opening; a file still growing past the limit is cut off here, not read to the end.
            if (buffer.Length + read > maxBytes)
            {
                return new SiteFileRead.Refused(string.Create(CultureInfo.InvariantCulture,
                    $"{path} grew past the {maxBytes:N0} bytes a printed page may use for one file while being read"));
            }

            buffer.Write(chunk, 0, read);
        }

        return new SiteFileRead.Read(buffer.ToArray());
    }

    /// <summary>The type of a file system entry, read with stat(2) through .NET's own native shim, without opening it.</summary>
    private static class FileKind
    {
        public const int Regular = 0x8000;
        private const int TypeMask = 0xF000;

        /// <summary>The S_IFMT bits of the entry, or null where they cannot be read (Windows, or a runtime without the shim).</summary>
        public static int? Of(string path)
        {
            if (OperatingSystem.IsWindows())
            {
                return null;
            }

            try
            {
                // FileStatus starts with two 32-bit fields, Flags then Mode; the buffer is larger than the whole struct.
                var status = new byte[512];
                return SystemNativeStat(path, status) == 0 ? BitConverter.ToInt32(status, 4) & TypeMask : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }
        }

        public static string Describe(int kind) => kind switch
        {
            0x1000 => "a named pipe",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "a special file",
        };

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
    }
}
