using System.Collections.Frozen;

namespace SiteGen.Serve;

/// <summary>
/// A built site held in memory, as the preview serves it: the build's own file contents by site-relative path, never
/// written to disk, so a rebuild publishes by swapping one reference and nothing is left behind to delete.
/// </summary>
internal sealed class MemorySite
{
    private readonly FrozenDictionary<string, byte[]> _files;
    private readonly FrozenSet<string> _folders;

    /// <param name="files">Site-relative paths with '/' and their bytes, as the build produced them (shared, not copied).</param>
    public MemorySite(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        _folders = _files.Keys.SelectMany(Folders).Append("").ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Files in the site.</summary>
    public int Count => _files.Count;

    /// <summary>The file's bytes, or null when there is none at that path.</summary>
    public byte[]? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>What <paramref name="target"/> finds here, by the same rules as a folder on disk (<see cref="SiteFileLocator"/>).</summary>
    public MemoryLocation Locate(RequestTarget.SiteFile target)
    {
        var path = target.RelativePath.Trim('/');
        if (_folders.Contains(path))
        {
            if (!target.EndsWithSlash && path.Length > 0) return new MemoryLocation(null, true);
            var index = path.Length == 0 ? "index.html" : path + "/index.html";
            return new MemoryLocation(_files.TryGetValue(index, out var indexBytes) ? (index, indexBytes) : null, false);
        }
        if (target.EndsWithSlash || !_files.TryGetValue(path, out var bytes)) return new MemoryLocation(null, false);
        return new MemoryLocation((path, bytes), false);
    }

    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}

/// <summary>A request's file in a <see cref="MemorySite"/> (with its path, for the content type), or that it named a folder without the slash.</summary>
internal sealed record MemoryLocation((string Path, byte[] Content)? File, bool IsFolder);
