using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// Writes a built site to its output folder atomically: everything goes into a fresh sibling folder first, and only
/// a complete build is swapped in. A failed or killed build leaves the previous site exactly as it was.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as SiteGen's own, so SiteGen never replaces a folder it did not create.</summary>
    public const string Marker = ".sitegen-output";

    /// <param name="beforeSwap">
    /// Runs on the complete staging folder just before it replaces the live site (the PDF step prints there); a
    /// diagnostic it returns abandons the staging folder and leaves the live site as it was.
    /// </param>
    public static Diagnostic? Write(IReadOnlyCollection<OutputFile> files, string outputDir, Func<string, Diagnostic?>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        if (IsSomeoneElses(target))
            return Diagnostic.Error(outputDir, 0, "SG0501",
                $"The output folder {target} already exists and was not made by SiteGen, so SiteGen will not replace it. Move it away or set another \"outputDir\" in site.json.");

        using var writing = TakeLock(parent, name, outputDir, out var busy);
        if (busy is not null) return busy;
        RestoreInterrupted(parent, name, target);
        RemoveLeftovers(parent, name);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.GetFullPath(Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar)));
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new IOException($"'{file.Path}' would be written outside the output folder"); // never from SiteGen's own paths; a guard for the future
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            File.WriteAllText(Path.Combine(staging, Marker), "This folder is written by SiteGen. It is replaced on every build; do not edit it by hand.\n");
            if (beforeSwap?.Invoke(staging) is { } failure)
            {
                TryDelete(staging);
                return failure;
            }

            Swap(staging, target, Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}"));
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            TryDelete(staging);
            return Diagnostic.Error(outputDir, 0, "SG0502", $"The site could not be written ({e.Message}). The previous site was left as it was.");
        }
    }

    /// <summary>
    /// Puts the staging folder in the live site's place. On Linux one system call exchanges the two folders, so there is
    /// no moment without a site; elsewhere (or on a file system that cannot exchange) it is two renames, and a build
    /// killed between them is repaired by the next one (<see cref="RestoreInterrupted"/>).
    /// </summary>
    private static void Swap(string staging, string target, string retired)
    {
        if (Directory.Exists(target) && AtomicExchange.TryExchange(staging, target))
        {
            Directory.Delete(staging, recursive: true); // now the previous site
            return;
        }
        if (Directory.Exists(target)) Directory.Move(target, retired);
        Directory.Move(staging, target);
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    private static bool IsSomeoneElses(string target)
    {
        try
        {
            return Directory.Exists(target) && !File.Exists(Path.Combine(target, Marker)) && Directory.EnumerateFileSystemEntries(target).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // a folder SiteGen cannot even list is not one it made
        }
    }

    /// <summary>
    /// One build writes an output folder at a time: a second one (another terminal, a double-triggered CI job) would
    /// otherwise delete the first one's staging folder as a leftover. The lock file goes when its build ends, even a killed one.
    /// </summary>
    private static FileStream? TakeLock(string parent, string name, string outputDir, out Diagnostic? busy)
    {
        busy = null;
        try
        {
            Directory.CreateDirectory(parent);
            return new FileStream(Path.Combine(parent, $".{name}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            busy = Diagnostic.Error(outputDir, 0, "SG0503", Directory.Exists(parent)
                ? $"Another SiteGen build is writing {outputDir} right now ({e.Message}). Wait for it to finish, then build again."
                : $"The output folder's parent could not be created ({e.Message}).");
            return null;
        }
    }

    /// <summary>
    /// The swap is two renames: a build killed between them leaves no output folder and the last good site under its
    /// retired name. Put it back before anything else, so the previous site is never lost.
    /// </summary>
    private static void RestoreInterrupted(string parent, string name, string target)
    {
        try
        {
            if (Directory.Exists(target)) return;
            var retired = Directory.EnumerateDirectories(parent, $".{name}.previous-*")
                .Where(d => File.Exists(Path.Combine(d, Marker)))
                .OrderByDescending(Directory.GetLastWriteTimeUtc)
                .FirstOrDefault();
            if (retired is not null) Directory.Move(retired, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Folders a killed build left behind; each carries the marker or is a staging folder SiteGen named.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        // Safe only under the lock: no other build is using these.
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.building-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.previous-*")))
            TryDelete(dir);
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
