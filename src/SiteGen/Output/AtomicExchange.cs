using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>Linux's <c>renameat2(…, RENAME_EXCHANGE)</c>: swaps two paths in one step, so readers see the old folder or the new one, never neither.</summary>
internal static class AtomicExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD: relative paths resolve as usual; ours are absolute anyway
    private const uint RenameExchange = 2;

    /// <summary>True if the two folders were exchanged; false where the system or file system cannot, and nothing was changed.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than glibc 2.28, or not glibc
        }
    }

    // DllImport, not LibraryImport, which would need the whole project compiled with unsafe code; strings go as UTF-8 on Linux.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
