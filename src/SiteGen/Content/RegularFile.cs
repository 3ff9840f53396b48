using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Content;

/// <summary>What reading a file found, when it was not an ordinary file of bytes that ends.</summary>
internal enum IrregularFile { None, NotAFile, TooLarge }

/// <summary>
/// Reads a file only if it is an ordinary file, and never more than a limit. A named pipe (FIFO) called <c>x.md</c>
/// would make an ordinary read wait for a writer that never comes, and a device such as <c>/dev/zero</c> never ends:
/// on Unix the file is opened without waiting (O_NONBLOCK) and refused unless it can be seeked (pipes, sockets and
/// terminals cannot), and reading stops one byte past the limit whatever the file claims its length is.
/// </summary>
internal static class RegularFile
{
    public static (byte[]? Bytes, IrregularFile Problem) Read(string path, long maxBytes)
    {
        using var stream = Open(path);
        if (!stream.CanSeek) return (null, IrregularFile.NotAFile);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return (null, IrregularFile.TooLarge);
        }
        return (buffer.ToArray(), IrregularFile.None);
    }

    private static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var flags = OperatingSystem.IsLinux() ? LinuxNonBlock | LinuxCloseOnExec : BsdNonBlock | BsdCloseOnExec;
        var fd = OpenFile(path, flags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} (error {errno})");
        }
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
    }

    private const int LinuxNonBlock = 0x800;
    private const int LinuxCloseOnExec = 0x80000;
    private const int BsdNonBlock = 0x4;
    private const int BsdCloseOnExec = 0x1000000;

    // O_RDONLY is 0 everywhere. DllImport rather than LibraryImport, as in AtomicExchange: no unsafe code in the project.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
