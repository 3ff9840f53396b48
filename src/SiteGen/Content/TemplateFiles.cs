using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Content;

/// <summary>Reads SiteGen's built-in templates, then the site's own templates folder over them, and parses the result once.</summary>
public static class TemplateFiles
{
    /// <summary>Where the built-in templates are installed beside the SiteGen program.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    public static (TemplateSet? Set, ImmutableArray<Diagnostic> Diagnostics) Load(string siteRoot, string templatesDir)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        foreach (var (dir, display) in new[] { (BuiltInDirectory, "(built-in templates)/"), (Path.Combine(siteRoot, templatesDir), templatesDir + "/") })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(dir, path).Replace('\\', '/');
                if (name.StartsWith("assets/", StringComparison.Ordinal))
                {
                    assets[name] = File.ReadAllBytes(path);
                }
                else if (name.EndsWith(".html", StringComparison.Ordinal))
                {
                    var (file, error) = ContentReader.Read(dir, name);
                    if (file is null) { diagnostics.Add(error! with { File = display + name }); continue; }
                    sources[name] = file.Text;
                    origins[name] = display + name;
                }
            }
        }

        if (!sources.ContainsKey("layout.html"))
            return (null, [Diagnostic.Error(templatesDir, 0, "SG0402", "No layout.html template was found, neither in the site's templates folder nor built into SiteGen. Reinstall SiteGen or restore templates/layout.html.")]);

        var (set, errors) = TemplateSet.Parse(sources, origins, [.. assets.Select(a => (a.Key, a.Value))]);
        diagnostics.AddRange(errors);
        return (set, diagnostics.ToImmutable());
    }
}
