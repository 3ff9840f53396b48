using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// Writes a built site to its output folder atomically: everything goes into a fresh sibling folder first, and only
/// a complete build is swapped in. A failed or killed build leaves the previous site exactly as it was.
/// </summary>
internal static class SiteWriter
{
    /// <summary>
    /// Marks a folder as SiteGen's own, and lists every file SiteGen wrote into it, so that SiteGen never replaces a
    /// folder it did not create, nor one that someone has since put their own files in (a <c>.git</c>, notes).
    /// </summary>
    public const string Marker = ".sitegen-output";

    private const string MarkerHeading = "This folder is written by SiteGen. It is replaced on every build; do not edit it by hand.\nFiles SiteGen wrote:\n";

    /// <param name="beforeSwap">
    /// Runs on the complete staging folder just before it replaces the live site (the PDF step prints there); a
    /// diagnostic it returns abandons the staging folder and leaves the live site as it was.
    /// </param>
    /// <param name="cancellationToken">Checked between files and before the swap: a cancelled write removes its staging folder, leaves the live site as it was and throws <see cref="OperationCanceledException"/>.</param>
    public static Diagnostic? Write(IEnumerable<OutputFile> files, string outputDir, Func<string, Diagnostic?>? beforeSwap = null,
        CancellationToken cancellationToken = default)
    {
        using var staged = StagedSite.Open(outputDir, out var refused);
        if (staged is null) return refused;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!staged.TryWrite(file)) break;
        }
        return staged.Publish(beforeSwap, cancellationToken);
    }

    /// <summary>
    /// A site being written: a fresh staging folder beside the live one (or inside it, for a mount point), under the
    /// output folder's lock. Files go into it as the build makes them, from any thread; <see cref="Publish"/> swaps it in
    /// whole, and disposing it unpublished (a failed, cancelled or killed build) deletes it, so the live site is never half-written.
    /// </summary>
    internal sealed class StagedSite : IDisposable
    {
        private readonly string _outputDir;
        private readonly string _target;
        private readonly string _parent;
        private readonly string _name;
        private readonly bool _inPlace;
        private readonly string _staging;
        private readonly FileStream _lock;
        private readonly Lock _gate = new();
        private Exception? _failure;
        private bool _published;

        private StagedSite(string outputDir, string target, bool inPlace, string staging, FileStream lockFile)
        {
            _outputDir = outputDir;
            _target = target;
            _parent = Path.GetDirectoryName(target) ?? ".";
            _name = Path.GetFileName(target);
            _inPlace = inPlace;
            _staging = staging;
            _lock = lockFile;
        }

        /// <summary>The staging folder, for tests.</summary>
        internal string Folder => _staging;

        /// <summary>A staging folder for <paramref name="outputDir"/>, or null with the reason SiteGen may not write there (not its folder, another build writing it, no permission).</summary>
        public static StagedSite? Open(string outputDir, out Diagnostic? refused)
        {
            refused = null;
            var written = Path.GetFullPath(outputDir);
            // A link named _site (to a web server's folder, say) stays a link: the folder it leads to is what is replaced.
            var target = ResolveLink(written);
            var parent = Path.GetDirectoryName(target) ?? ".";
            var name = Path.GetFileName(target);
            if (Foreign(target) is { } foreign)
            {
                refused = Diagnostic.Error(outputDir, 0, "SG0501", foreign);
                return null;
            }

            var writing = TakeLock(parent, name, outputDir, out var busy);
            if (writing is null)
            {
                refused = busy;
                return null;
            }
            try
            {
                RestoreInterrupted(parent, name, target);
                RemoveLeftovers(parent, name);
                // A mount point cannot be renamed: build inside it and replace its contents instead.
                var inPlace = IsMountPoint(target);
                var staging = inPlace ? Path.Combine(target, $".sitegen-building-{Guid.NewGuid():N}") : Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
                var site = new StagedSite(outputDir, target, inPlace, staging, writing);
                try
                {
                    Directory.CreateDirectory(staging);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    refused = site.Refusal(e);
                    site.Dispose();
                    return null;
                }
                return site;
            }
            catch
            {
                writing.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Writes one file into the staging folder; false once any write has failed (the failure is reported by
        /// <see cref="Publish"/>, and nothing more is written). Safe to call from several threads for different paths.
        /// </summary>
        public bool TryWrite(OutputFile file)
        {
            if (Volatile.Read(ref _failure) is not null) return false;
            try
            {
                var path = Path.GetFullPath(Path.Combine(_staging, file.Path.Replace('/', Path.DirectorySeparatorChar)));
                if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new IOException($"'{file.Path}' would be written outside the output folder"); // never from SiteGen's own paths; a guard for the future
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (_gate) _failure ??= e;
                return false;
            }
        }

        /// <summary>
        /// Puts the complete staging folder in the live site's place, after <paramref name="beforeSwap"/>; null when it
        /// did, else why not (a write failed, or the step refused), with the staging folder removed and the live site as it was.
        /// </summary>
        public Diagnostic? Publish(Func<string, Diagnostic?>? beforeSwap = null, CancellationToken cancellationToken = default)
        {
            try
            {
                if (_failure is not null) return Refusal(_failure);
                cancellationToken.ThrowIfCancellationRequested();
                if (beforeSwap?.Invoke(_staging) is { } failure) return failure;
                WriteMarker(_staging);
                cancellationToken.ThrowIfCancellationRequested();

                if (_inPlace) ReplaceContents(_staging, _target);
                else Swap(_staging, _target, Path.Combine(_parent, $".{_name}.previous-{Guid.NewGuid():N}"));
                _published = true;
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                return Refusal(e);
            }
            finally
            {
                if (!_published) TryDelete(_staging);
            }
        }

        private Diagnostic Refusal(Exception e) => Diagnostic.Error(_outputDir, 0, e is UnauthorizedAccessException ? "SG1507" : "SG0502", e is UnauthorizedAccessException
            ? $"SiteGen is not allowed to write the output folder {_target} or the folder it is in ({e.Message}). Check the folders' permissions (is it read-only?); the previous site was left as it was."
            : $"The site could not be written ({e.Message}). The previous site was left as it was.");

        /// <summary>An unpublished staging folder is deleted; the lock is released either way.</summary>
        public void Dispose()
        {
            if (!_published) TryDelete(_staging);
            _lock.Dispose();
        }
    }

    /// <summary>The marker, listing every file now in the staging folder (the PDF step adds its own before this).</summary>
    private static void WriteMarker(string staging)
    {
        var listed = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(staging, Marker), MarkerHeading + string.Join("", listed.Select(f => f + "\n")));
    }

    /// <summary>
    /// Why SiteGen will not replace <paramref name="target"/>, or null when it may: it is missing or empty, or SiteGen
    /// made it and nothing has been added since. A marker from an older SiteGen, without its list, is trusted as it was.
    /// </summary>
    internal static string? Foreign(string target)
    {
        try
        {
            if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any()) return null;
            var markerPath = Path.Combine(target, Marker);
            if (!File.Exists(markerPath))
                return $"The output folder {target} already exists and was not made by SiteGen, so SiteGen will not replace it. Move it away or set another \"outputDir\" in site.json.";
            var marker = File.ReadAllText(markerPath);
            if (!marker.StartsWith(MarkerHeading, StringComparison.Ordinal)) return null;
            var ours = marker[MarkerHeading.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var folders = ours.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
            var added = Directory.EnumerateFileSystemEntries(target, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, MaxRecursionDepth = 64 })
                .Select(e => Path.GetRelativePath(target, e).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(e => e != Marker && !ours.Contains(e) && !folders.Contains(e) && !e.StartsWith(".sitegen-", StringComparison.Ordinal)
                            && e != CarriedOverFolder && !e.StartsWith(CarriedOverFolder + "/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (added.Count == 0) return null;
            // Name the top-most additions: a whole .git folder is one thing to move, not thousands.
            var top = added.Where(a => !added.Any(b => a.StartsWith(b + "/", StringComparison.Ordinal))).ToList();
            return $"The output folder {target} holds {(top.Count == 1 ? "something" : "things")} SiteGen did not write ({string.Join(", ", top.Take(5))}{(top.Count > 5 ? $", and {top.Count - 5} more" : "")}), " +
                   "which a build would delete. Move them out of the folder (keep your own files, such as a .git folder, elsewhere), then build again.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"The output folder {target} could not be read ({e.Message}), so SiteGen cannot tell whether it made it, and will not replace it. Check its permissions.";
        }
    }

    /// <summary>The PDFs: <c>sitegen pdf</c> prints them into the site and every build carries the still-valid ones over, so they are SiteGen's whoever listed them.</summary>
    private const string CarriedOverFolder = "pdf";

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }

    /// <summary>The output folder with the links on its own name followed (a chain of them, up to a limit), so that the link survives and its target is rebuilt.</summary>
    private static string ResolveLink(string path)
    {
        for (var hops = 0; hops < 40 && new DirectoryInfo(path).LinkTarget is { } link; hops++)
            path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? ".", link));
        return path;
    }

    /// <summary>True when <paramref name="path"/> is itself a mount point (Linux: listed in /proc/self/mountinfo), which cannot be renamed.</summary>
    internal static bool IsMountPoint(string path)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(path)) return false;
        try
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            foreach (var line in File.ReadLines("/proc/self/mountinfo"))
            {
                var fields = line.Split(' ');
                if (fields.Length > 4 && UnescapeMountPath(fields[4]) == full) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }

    private static string UnescapeMountPath(string field) =>
        System.Text.RegularExpressions.Regex.Replace(field, @"\\([0-7]{3})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 8)).ToString());

    /// <summary>
    /// For an output folder that is a mount point: the old contents are moved into a folder beside the new ones, the new
    /// ones moved up, then the old deleted. Each move is one rename inside the mount, but the whole is not one step, so
    /// a reader can see a mixture for a moment; the README says so.
    /// </summary>
    private static void ReplaceContents(string staging, string target)
    {
        var retired = Path.Combine(target, $".sitegen-previous-{Guid.NewGuid():N}");
        Directory.CreateDirectory(retired);
        var stagingName = Path.GetFileName(staging);
        foreach (var entry in Directory.EnumerateFileSystemEntries(target).ToList())
        {
            var entryName = Path.GetFileName(entry);
            if (entryName == stagingName || entry == retired) continue;
            Move(entry, Path.Combine(retired, entryName));
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(staging).ToList())
            Move(entry, Path.Combine(target, Path.GetFileName(entry)));
        Directory.Delete(staging);
        TryDelete(retired);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from) && new DirectoryInfo(from).LinkTarget is null) Directory.Move(from, to);
        else File.Move(from, to);
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
            TryDelete(staging); // now the previous site; if it cannot be deleted (read-only), the next build tries again
            return;
        }
        if (Directory.Exists(target)) Directory.Move(target, retired);
        Directory.Move(staging, target);
        TryDelete(retired);
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
        catch (UnauthorizedAccessException e)
        {
            busy = Diagnostic.Error(outputDir, 0, "SG1507",
                $"SiteGen is not allowed to write in {parent}, where the output folder is ({e.Message}). Check the folder's permissions (is it read-only?), or set another \"outputDir\" in site.json.");
            return null;
        }
        catch (IOException e) when (Directory.Exists(parent) && !CanWriteIn(parent))
        {
            busy = Diagnostic.Error(outputDir, 0, "SG1507",
                $"SiteGen cannot write in {parent}, where the output folder is ({e.Message}). Check that the folder (or its drive) is not read-only, or set another \"outputDir\" in site.json.");
            return null;
        }
        catch (IOException e)
        {
            busy = Diagnostic.Error(outputDir, 0, "SG0503", Directory.Exists(parent)
                ? $"Another SiteGen build is writing {outputDir} right now ({e.Message}). Wait for it to finish, then build again."
                : $"The output folder's parent could not be created ({e.Message}).");
            return null;
        }
    }

    /// <summary>Whether a new file can be made in <paramref name="folder"/>: tells "another build holds the lock" from "nobody may write here".</summary>
    private static bool CanWriteIn(string folder)
    {
        var probe = Path.Combine(folder, $".sitegen-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
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
        var target = Path.Combine(parent, name);
        if (Directory.Exists(target))
            foreach (var dir in Directory.EnumerateDirectories(target, ".sitegen-building-*").Concat(Directory.EnumerateDirectories(target, ".sitegen-previous-*")))
                TryDelete(dir);
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
