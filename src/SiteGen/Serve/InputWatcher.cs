namespace SiteGen.Serve;

/// <summary>
/// Watches the site's inputs (folders recursively, single files by name) and reports each changed path.
/// Editor scratch files are ignored so that, say, Vim's swap file does not trigger rebuilds while typing.
/// </summary>
internal sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _onChange;

    /// <summary>Starts watching at once; <paramref name="onChange"/> is called on watcher threads.</summary>
    public InputWatcher(IEnumerable<string> paths, Action<string> onChange)
    {
        _onChange = onChange;
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = CreateWatcher(path);
            if (watcher is null) continue;
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) => { Report(e.OldFullPath); Report(e.FullPath); };
            // Overflowed buffer: we no longer know what changed, so say the watched path itself did.
            watcher.Error += (_, _) => _onChange(path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Paths that were given but could not be watched (their folder does not exist).</summary>
    public IReadOnlyList<string> Unwatched { get; private set; } = [];

    private FileSystemWatcher? CreateWatcher(string path)
    {
        const NotifyFilters filters = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;
        if (Directory.Exists(path))
            return new FileSystemWatcher(path) { IncludeSubdirectories = true, NotifyFilter = filters, InternalBufferSize = 64 * 1024 };
        // A single file (or one not created yet): watch its folder for that name only.
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            Unwatched = [.. Unwatched, path];
            return null;
        }
        return new FileSystemWatcher(folder, Path.GetFileName(path)) { IncludeSubdirectories = false, NotifyFilter = filters };
    }

    private void Report(string path)
    {
        if (!IsEditorScratchFile(path)) _onChange(path);
    }

    /// <summary>True for files editors write next to the real one while editing or saving (swap, backup, lock files).</summary>
    public static bool IsEditorScratchFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0
            || name.EndsWith('~')
            || name.StartsWith(".#", StringComparison.Ordinal)   // Emacs lock
            || name.StartsWith("~$", StringComparison.Ordinal)   // Office lock
            || name.Equals("4913", StringComparison.Ordinal)     // Vim's write-permission probe
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith('#') && name.EndsWith('#'));       // Emacs auto-save
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
    }
}
