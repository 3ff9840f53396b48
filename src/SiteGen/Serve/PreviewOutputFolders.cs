using System.Globalization;

namespace SiteGen.Serve;

/// <summary>
/// Hands out a fresh output folder per preview build under one scratch root, so a build never writes over the
/// folder being served, and clears away all but the last good build when the next build starts.
/// </summary>
public sealed class PreviewOutputFolders
{
    private readonly string _root;
    private int _counter;
    private string? _lastGood;

    /// <summary>Uses <paramref name="root"/> (e.g. <c>_site.preview</c>) and empties it of earlier runs' builds.</summary>
    public PreviewOutputFolders(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
        foreach (var old in Directory.EnumerateDirectories(_root, "build-*")) TryDelete(old);
    }

    /// <summary>Creates the folder the next build writes into, deleting earlier builds except the last good one.</summary>
    public string Next()
    {
        foreach (var folder in Directory.EnumerateDirectories(_root, "build-*"))
        {
            if (!string.Equals(folder, _lastGood, StringComparison.Ordinal)) TryDelete(folder);
        }
        var next = Path.Combine(_root, "build-" + Interlocked.Increment(ref _counter).ToString("D4", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(next);
        return next;
    }

    /// <summary>Records that <paramref name="folder"/> built successfully and is about to be served.</summary>
    public void MarkGood(string folder) => _lastGood = Path.GetFullPath(folder);

    private static void TryDelete(string folder)
    {
        // Best effort: on Windows a file still being sent to a browser cannot be deleted; the next build retries.
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
