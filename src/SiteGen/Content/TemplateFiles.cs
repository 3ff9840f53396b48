using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Content;

/// <summary>Reads SiteGen's built-in templates, then the site's own templates folder over them, and parses the result once.</summary>
internal static class TemplateFiles
{
    /// <summary>Where the built-in templates are installed beside the SiteGen program.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Every file below a templates folder; the depth bound stops a folder that links to its own parent.</summary>
    private static readonly EnumerationOptions Walk = new() { RecurseSubdirectories = true, MaxRecursionDepth = 16, AttributesToSkip = 0 };

    public static (TemplateSet? Set, ImmutableArray<Diagnostic> Diagnostics) Load(string siteRoot, string templatesDir)
    {
        var layers = new List<(string Folder, IReadOnlyDictionary<string, string> Templates)>();
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        foreach (var (dir, display) in new[] { (BuiltInDirectory, "(built-in templates)/"), (Path.Combine(siteRoot, templatesDir), templatesDir + "/") })
        {
            if (!Directory.Exists(dir)) continue;
            string[] paths;
            try
            {
                paths = [.. Directory.EnumerateFiles(dir, "*", Walk).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(display, 0, "SG0404", $"The templates folder could not be read ({e.Message})."));
                continue;
            }
            var layer = new Dictionary<string, string>(StringComparer.Ordinal);
            layers.Add((display, layer));
            var realDir = ContentReader.RealPath(dir);
            if (display == templatesDir + "/" && realDir is not null && ContentReader.RealPath(siteRoot) is { } realSite
                && realDir != realSite && !ContentReader.IsInside(realDir, realSite))
            {
                diagnostics.Add(ContentReader.FolderOutsideSite(templatesDir));
                continue;
            }
            foreach (var path in paths)
            {
                var name = Path.GetRelativePath(dir, path).Replace(Path.DirectorySeparatorChar, '/');
                if (!name.StartsWith("assets/", StringComparison.Ordinal) && !name.EndsWith(".html", StringComparison.Ordinal)) continue;
                // Assets are published byte for byte: a link to a file elsewhere (a key, a password file) must never be.
                if (realDir is null || ContentReader.RealPath(path) is not { } real || !ContentReader.IsInside(real, realDir))
                {
                    diagnostics.Add(Diagnostic.Error(display + name, 0, "SG0405", "This template file is a link (or sits in a linked folder) that leads outside the templates folder, so SiteGen will not publish it. Copy the file in instead."));
                    continue;
                }
                if (name.StartsWith("assets/", StringComparison.Ordinal))
                {
                    try
                    {
                        var (bytes, problem) = RegularFile.Read(real, ContentReader.MaxFileBytes);
                        if (bytes is not null) assets[name] = bytes;
                        else diagnostics.Add(problem == IrregularFile.NotAFile ? ContentReader.NotAFile(display + name)
                            : Diagnostic.Error(display + name, 0, "SG0141", $"This asset is over {ContentReader.MaxFileBytes / (1024 * 1024)} MB, the limit for any file SiteGen reads. Is it the right file?"));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        diagnostics.Add(Diagnostic.Error(display + name, 0, "SG0142", $"The file could not be read ({e.Message})."));
                    }
                }
                else
                {
                    var (file, error) = ContentReader.Read(dir, name);
                    if (file is null) { diagnostics.Add(error! with { File = display + name }); continue; }
                    layer[name] = file.Text;
                }
            }
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return (null, diagnostics.ToImmutable());

        var (sources, origins) = TemplateSet.Overlay(layers);
        if (!sources.ContainsKey("layout.html"))
            return (null, [Diagnostic.Error(templatesDir, 0, "SG0402", "No layout.html template was found, neither in the site's templates folder nor built into SiteGen. Reinstall SiteGen or restore templates/layout.html.")]);

        var (set, errors) = TemplateSet.Parse(sources, origins, [.. assets.Select(a => (a.Key, a.Value))]);
        diagnostics.AddRange(errors);
        return (set, diagnostics.ToImmutable());
    }
}
