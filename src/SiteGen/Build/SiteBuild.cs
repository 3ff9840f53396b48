using System.Collections.Immutable;
using System.Reflection;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Build;

/// <summary>What a build produced: the files (empty if it failed) and every diagnostic, in a stable order.</summary>
public sealed record BuildResult(ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics, SiteConfig? Config, ImmutableArray<Protocol> Protocols)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The pipeline, wired in one place: load → normalise → render → (the caller writes). Stage failures are reported with the stage's name.</summary>
public static class SiteBuild
{
    public static string Generator => "SiteGen " + (typeof(SiteBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev");

    /// <summary>Loads the site folder from disk, then builds in memory. With <c>"strict": true</c> in site.json, warnings fail the build too.</summary>
    public static BuildResult Run(string siteRoot) => Strictly(RunLenient(siteRoot));

    private static BuildResult RunLenient(string siteRoot)
    {
        var loading = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Stage("load", ContentLoader.ConfigFile, () => ContentLoader.Load(siteRoot), loading, out var loaded)) return Fail(loading.ToImmutable(), null);
        var (content, loadDiagnostics) = loaded;
        if (content is null || loadDiagnostics.Any(d => d.Severity == Severity.Error))
            return Fail(loadDiagnostics, content?.Config);
        if (!Stage("templates", content.Config.TemplatesDir, () => TemplateFiles.Load(siteRoot, content.Config.TemplatesDir), loading, out var templateLoad))
            return Fail(loadDiagnostics.AddRange(loading), content.Config);
        var (templates, templateDiagnostics) = templateLoad;
        var diagnostics = loadDiagnostics.AddRange(templateDiagnostics);
        if (templates is null) return Fail(diagnostics, content.Config);
        var result = Build(content, templates);
        return result with { Diagnostics = Sorted(diagnostics.AddRange(result.Diagnostics)) };
    }

    /// <summary>Under <see cref="SiteConfig.Strict"/>, every warning becomes an error (same code, same place) and the build produces nothing.</summary>
    private static BuildResult Strictly(BuildResult result)
    {
        if (result.Config is not { Strict: true } || !result.Diagnostics.Any(d => d.Severity == Severity.Warning)) return result;
        var promoted = result.Diagnostics.Select(d => d.Severity != Severity.Warning ? d
            : d with { Severity = Severity.Error, Message = d.Message + " (an error because site.json sets \"strict\": true)" });
        return Fail([.. promoted], result.Config);
    }

    /// <summary>The pure part of a build: content and templates in, files and diagnostics out.</summary>
    public static BuildResult Build(LoadedContent content, TemplateSet templates)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var protocols = ImmutableArray.CreateBuilder<Protocol>();
        foreach (var document in content.Protocols)
        {
            if (!Stage("normalise", document.Metadata.ContentFile, () => ProtocolNormaliser.Normalise(document), diagnostics, out var result)) continue;
            diagnostics.AddRange(result.Diagnostics);
            protocols.Add(result.Protocol);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);

        var model = new SiteModel(content.Config, protocols.ToImmutable(),
            content.ProtocolSources.ToImmutableDictionary(s => Path.GetFileNameWithoutExtension(s.RelativePath), s => s.Text, StringComparer.Ordinal),
            content.Reports);
        var rendered = Stage("render", content.Config.TemplatesDir, () =>
        {
            try { return SiteRenderer.Render(model, templates, Generator).AddRange(ProtocolData.Build(model.Protocols)); }
            catch (TemplateRenderException e)
            {
                diagnostics.Add(Diagnostic.Error(e.File, e.Line, "SG0403", $"Template failed: {e.Message}"));
                return [];
            }
        }, diagnostics, out var files);
        if (!rendered || diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);
        return new BuildResult(files, Sorted(diagnostics.ToImmutable()), content.Config, model.Protocols);
    }

    /// <summary>Runs a stage, turning an unexpected exception into one diagnostic that names the stage and the file, never a stack trace.</summary>
    private static bool Stage<T>(string stage, string file, Func<T> run, ImmutableArray<Diagnostic>.Builder diagnostics, out T value)
    {
        try
        {
            value = run();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, "SG0900",
                $"{stage}: SiteGen failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report this with the file that caused it."));
            value = default!;
            return false;
        }
    }

    private static BuildResult Fail(ImmutableArray<Diagnostic> diagnostics, SiteConfig? config) => new([], Sorted(diagnostics), config, []);

    private static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct().OrderByDescending(d => d.Severity).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
