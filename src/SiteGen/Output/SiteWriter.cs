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
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, Marker)) && Directory.EnumerateFileSystemEntries(target).Any())
            return Diagnostic.Error(outputDir, 0, "SG0501",
                $"The output folder {target} already exists and was not made by SiteGen, so SiteGen will not replace it. Move it away or set another \"outputDir\" in site.json.");

        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            File.WriteAllText(Path.Combine(staging, Marker), "This folder is written by SiteGen. It is replaced on every build; do not edit it by hand.\n");
            if (beforeSwap?.Invoke(staging) is { } failure)
            {
                TryDelete(staging);
                return failure;
            }

            var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            return Diagnostic.Error(outputDir, 0, "SG0502", $"The site could not be written ({e.Message}). The previous site was left as it was.");
        }
    }

    /// <summary>Folders a killed build left behind; each carries the marker or is a staging folder SiteGen named.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
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
