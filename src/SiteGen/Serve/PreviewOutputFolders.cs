using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Serve;

/// <summary>
/// Hands out a fresh output folder per preview build under one scratch root, so a build never writes over the
/// folder being served, and clears away all but the last good build when the next build starts. Only folders
/// this class made are ever deleted: it lists them in a marker file in the root as it makes them, so the next
/// preview can clear what a stopped one left, and anything else a user keeps in the root is never touched.
/// </summary>
internal sealed partial class PreviewOutputFolders
{
    /// <summary>Lists, one per line, the build folders previews made in the root.</summary>
    public const string MarkerFile = ".sitegen-preview-builds";

    private readonly string _root;
    private readonly bool _createdRoot;
    private readonly HashSet<string> _made = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _counter;
    private string? _lastGood;

    /// <summary>Uses <paramref name="root"/> (e.g. <c>_site.preview</c>) and deletes the builds earlier previews made there.</summary>
    public PreviewOutputFolders(string root)
    {
        _root = Path.GetFullPath(root);
        _createdRoot = !Directory.Exists(_root);
        Directory.CreateDirectory(_root);
        var marker = Path.Combine(_root, MarkerFile);
        if (File.Exists(marker))
        {
            foreach (var name in File.ReadAllLines(marker).Where(n => BuildName().IsMatch(n)).Distinct(StringComparer.Ordinal))
                TryDelete(Path.Combine(_root, name));
        }
        File.WriteAllText(marker, "");
    }

    /// <summary>Creates the folder the next build writes into, deleting earlier builds (this preview's) except the last good one.</summary>
    public string Next()
    {
        lock (_gate)
        {
            foreach (var folder in _made.ToList())
            {
                if (string.Equals(folder, _lastGood, StringComparison.Ordinal)) continue;
                TryDelete(folder);
                if (!Directory.Exists(folder)) _made.Remove(folder);
            }
            string next;
            do next = Path.Combine(_root, "build-" + (++_counter).ToString("D4", CultureInfo.InvariantCulture));
            while (Directory.Exists(next) || File.Exists(next)); // someone else's: never reused, never deleted
            Directory.CreateDirectory(next);
            _made.Add(next);
            File.AppendAllText(Path.Combine(_root, MarkerFile), Path.GetFileName(next) + "\n");
            return next;
        }
    }

    /// <summary>Records that <paramref name="folder"/> built successfully and is about to be served.</summary>
    public void MarkGood(string folder)
    {
        lock (_gate) _lastGood = Path.GetFullPath(folder);
    }

    /// <summary>When the preview stops: deletes every build it made and its marker, and the root itself if the preview created it and nothing else is in it.</summary>
    public void RemoveAll()
    {
        lock (_gate)
        {
            foreach (var folder in _made) TryDelete(folder);
            _made.Clear();
            try
            {
                File.Delete(Path.Combine(_root, MarkerFile));
                if (_createdRoot && Directory.Exists(_root) && !Directory.EnumerateFileSystemEntries(_root).Any()) Directory.Delete(_root);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }

    private static void TryDelete(string folder)
    {
        // Best effort: on Windows a file still being sent to a browser cannot be deleted; the next build retries.
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"^build-[0-9]{4,}$")]
    private static partial Regex BuildName();
}
