using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Build;

/// <summary>What a build produced: the files (empty if it failed) and every diagnostic, in a stable order.</summary>
internal sealed record BuildResult(ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics, SiteConfig? Config, ImmutableArray<Protocol> Protocols)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Time per stage (load, normalise, analyse, reports, pages, analysis pages, search, data), for the benchmark.</summary>
    public ImmutableArray<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}

/// <summary>The pipeline, wired in one place: load → normalise → analyse → reports (which embed the analysis) → render → (the caller writes). Stage failures are reported with the stage's name.</summary>
internal static class SiteBuild
{
    public static string Generator => "SiteGen " + (typeof(SiteBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev");

    /// <summary>Loads the site folder from disk, then builds in memory. With <c>"strict": true</c> in site.json, warnings fail the build too.</summary>
    /// <param name="baseUrl">Replaces site.json's baseUrl for this build (e.g. the GitHub Pages address a workflow knows); null keeps it.</param>
    /// <param name="cache">Stage results kept from earlier builds (the preview's rebuilds), so only what an edit touches runs again.</param>
    /// <param name="cancellationToken">Checked between stages and between protocols: a cancelled build throws <see cref="OperationCanceledException"/> and produces nothing.</param>
    /// <param name="stage">
    /// Given the loaded configuration, a staging folder to write each file into as soon as it is made (<c>sitegen build</c>),
    /// so the build never holds the whole site; the result then keeps each file's path, source and heading but not its
    /// bytes. Null from it, or without it, the build keeps every file in memory (the preview, tests). Not with a cache.
    /// </param>
    public static BuildResult Run(string siteRoot, string? baseUrl = null, BuildCache? cache = null, CancellationToken cancellationToken = default,
        Func<SiteConfig, SiteWriter.StagedSite?>? stage = null)
    {
        if (cache is not null && stage is not null) throw new ArgumentException("A cached build keeps its files for the next one, so it cannot stream them.", nameof(stage));
        var timer = new StageTimer();
        return Strictly(RunLenient(siteRoot, baseUrl, cache, timer, cancellationToken, stage)) with { Stages = timer.Stages };
    }

    private static BuildResult RunLenient(string siteRoot, string? baseUrl, BuildCache? cache, StageTimer timer, CancellationToken cancellationToken,
        Func<SiteConfig, SiteWriter.StagedSite?>? stage)
    {
        var loading = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Stage("load", ContentLoader.ConfigFile, () => timer.Time("load", () => ContentLoader.Load(siteRoot)), loading, out var loaded)) return Fail(loading.ToImmutable(), null);
        var (content, loadDiagnostics) = loaded;
        if (content is null || loadDiagnostics.Any(d => d.Severity == Severity.Error))
            return Fail(loadDiagnostics, content?.Config);
        if (baseUrl is not null) content = content with { Config = content.Config with { BaseUrl = baseUrl } };
        if (!Stage("templates", content.Config.TemplatesDir, () => timer.Time("load", () => TemplateFiles.Load(siteRoot, content.Config.TemplatesDir)), loading, out var templateLoad))
            return Fail(loadDiagnostics.AddRange(loading), content.Config);
        var (templates, templateDiagnostics) = templateLoad;
        var diagnostics = loadDiagnostics.AddRange(templateDiagnostics);
        if (templates is null) return Fail(diagnostics, content.Config);
        cancellationToken.ThrowIfCancellationRequested();
        var (analysisContent, analysisDiagnostics) = timer.Time("load", () => AnalysisContentLoader.Load(siteRoot, content.Config.ContentDir));
        diagnostics = diagnostics.AddRange(analysisDiagnostics);
        if (analysisContent is null) return Fail(diagnostics, content.Config);
        var staged = stage?.Invoke(content.Config);
        var result = staged is null ? Build(content, templates, analysisContent, cache, timer, cancellationToken)
            : BuildStages(content, templates, analysisContent, null, timer, cancellationToken, staged);
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
    /// <param name="analysis">The taxonomy and overrides; without them no analysis pages or data are built.</param>
    /// <param name="cache">
    /// Stage results kept from earlier builds, each under the fingerprint of its inputs: normalise per protocol (its
    /// file), analyse and reports per site (every protocol document, report and the taxonomy), render per page (its
    /// template set, template, page and view), search per corpus, data per analysis. Only what changed runs again.
    /// </param>
    /// <param name="timer">Records each stage's time, when given.</param>
    public static BuildResult Build(LoadedContent content, TemplateSet templates, AnalysisContent? analysis = null, BuildCache? cache = null,
        StageTimer? timer = null, CancellationToken cancellationToken = default)
    {
        cache?.BeginBuild();
        var completed = false;
        try
        {
            var result = BuildStages(content, templates, analysis, cache, timer ?? new StageTimer(), cancellationToken);
            completed = result.Succeeded;
            return result;
        }
        finally
        {
            cache?.EndBuild(completed);
        }
    }

    // The stages in order: normalise → analyse → reports → render (pages, analysis pages, search) → data → neutralise; the caller writes.
    private static BuildResult BuildStages(LoadedContent content, TemplateSet templates, AnalysisContent? analysis, BuildCache? cache,
        StageTimer timer, CancellationToken cancellationToken, SiteWriter.StagedSite? staged = null)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var protocols = ImmutableArray.CreateBuilder<Protocol>();
        var sources = content.ProtocolSources.ToDictionary(s => s.RelativePath, s => s.Text, StringComparer.Ordinal);
        // Each protocol is normalised on its own (a pure function of its file), so the protocols are shared out between
        // the cores; results and diagnostics are then taken in the documents' order, as a sequential loop gives them.
        var documents = content.Protocols.ToArray();
        var normalised = new (bool Ok, NormaliseResult Result, ImmutableArray<Diagnostic>.Builder Failure)[documents.Length];
        timer.Time("normalise", () => Parallel.For(0, documents.Length,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var document = documents[i];
                Func<NormaliseResult> normalise = cache is not null && sources.TryGetValue(document.Metadata.ContentFile, out var text)
                    ? () => cache.Normalise.GetOrNormalise(document, text)
                    : () => ProtocolNormaliser.Normalise(document);
                var failure = ImmutableArray.CreateBuilder<Diagnostic>();
                var ok = Stage("normalise", document.Metadata.ContentFile, normalise, failure, out var result);
                normalised[i] = (ok, result, failure);
            }));
        foreach (var (ok, result, failure) in normalised)
        {
            diagnostics.AddRange(failure);
            if (!ok) continue;
            diagnostics.AddRange(result.Diagnostics);
            protocols.Add(result.Protocol);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);
        diagnostics.AddRange(Register.CoverageBuilder.Contradictions(protocols.Select(p => p.Metadata), Register.CouncilRegister.Shipped));

        cancellationToken.ThrowIfCancellationRequested();
        // Analysis reads every protocol (similar wording compares them all), so its key is every protocol document.
        var analysisKey = cache is null ? null : timer.Time("fingerprint", () => Fingerprint.TryOf(content.Protocols, content.Reports, analysis ?? AnalysisContent.Empty));
        if (!Stage("analyse", analysis?.Taxonomy.File ?? content.Config.ContentDir, () => timer.Time("analyse", () => Cached(cache, "analyse", analysisKey,
                () => SiteAnalyser.Analyse(protocols, content.Reports, analysis ?? AnalysisContent.Empty, reuse: ReadingsOf(cache)))), diagnostics, out var analysed)) return Fail(diagnostics.ToImmutable(), content.Config);
        diagnostics.AddRange(analysed.Diagnostics);
        // Matrix embeds render through the site's table partial, so a change to it compiles the reports again.
        var tables = new PartialRenderer(templates);
        var reportsKey = analysisKey is { } k ? Fingerprint.TryOf(k, content.Config.BaseUrl, tables.Source) : null;
        if (!Stage("reports", content.Config.ContentDir + "/reports", () => timer.Time("reports", () => Cached(cache, "reports", reportsKey,
                () => CompileReports(content, protocols.ToImmutable(), analysed.Analysis, tables))), diagnostics, out var reports))
            return Fail(diagnostics.ToImmutable(), content.Config);
        diagnostics.AddRange(reports.Diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);
        cancellationToken.ThrowIfCancellationRequested();

        var peers = Register.CouncilRegister.Shipped;
        var model = new SiteModel(content.Config, protocols.ToImmutable(),
            content.ProtocolSources.ToImmutableDictionary(s => Path.GetFileNameWithoutExtension(s.RelativePath), s => s.Text, StringComparer.Ordinal),
            content.Reports, reports.Documents)
        { Analysis = analysed.Analysis, Peers = RegisterPeerGroups.Selector(peers) };
        // Every page and search file is a function of the templates (their sources are not public members, so they are
        // named here), the model and the register its peer selector reads
        // (the selector is a function, so the register stands for it). The protocols, analysis and reports are the
        // objects of the last build when nothing changed, and their remembered fingerprints make this key cheap: a no-op
        // rebuild builds no view model at all. Any change falls through to the page-by-page cache.
        // Streaming to a staging folder, each file is neutralised and written as it is made, and only what the rest of the
        // build reads of it is kept: its path and source (collisions), its heading (search).
        Func<OutputFile, OutputFile> keep = staged is null ? file => file : file => Staged(staged, file);
        var siteKey = cache is null ? null : timer.Time("fingerprint", () => Fingerprint.TryOf(templates.Sources.ToList(), templates.Assets, model with { Peers = null! }, peers, Generator));
        var rendered = Stage("render", content.Config.TemplatesDir, () =>
        {
            try
            {
                var dataKey = analysisKey is { } a ? Fingerprint.TryOf(a, content.Config) : null;
                // The Word and Excel exports are cached one document at a time: an edit to one protocol changes few of them.
                Func<Export.ExportDocument, string?, Func<OutputFile[]>, OutputFile[]>? reuse = cache is null ? null
                    : (document, baseUrl, write) => cache.GetOrRun("exports", Fingerprint.TryOf(document.Path, document.Title, document.Subtitle, document.Tables, baseUrl), write);
                // The data files read the model only, never the pages: they are made on the other core while the pages render.
                var data = Task.Run(() => timer.Time("data", () => Cached(cache, "data", dataKey, () => timer.Time("data: protocols", () => ProtocolData.Build(model.Protocols, model.Analysis).Select(keep).ToImmutableArray())
                    .AddRange(timer.Time("data: analysis", () => AnalysisData.Build(model.Protocols, model.Analysis).Select(keep).ToImmutableArray()))
                    .AddRange(timer.Time("data: exports", () => Export.TableExports.Build(model.Protocols, model.Analysis, model.Config, reuse).Select(keep).ToImmutableArray())))), CancellationToken.None);
                ImmutableArray<OutputFile> pages;
                try
                {
                    // Streaming to disk, the pages rendered so far are garbage by the time search starts: their memory is given
                    // back, and the search index is built once the exports (the other large user of memory) are done and
                    // theirs is given back too, so the three never add up.
                    Action? beforeSearch = staged is null ? null : () =>
                    {
                        Memory.GiveBack(); // the pages' garbage, while the exports are still being made
                        try { data.Wait(CancellationToken.None); } catch (AggregateException) { } // its failure is reported below
                        Memory.GiveBack(); // the exports' garbage
                    };
                    pages = Cached(cache, "site pages", siteKey, () => SiteRenderer.Render(model, templates, Generator, timer, cache, staged is null ? null : keep, beforeSearch));
                }
                catch
                {
                    // Never leave the data task using the cache after this build has ended.
                    try { data.Wait(CancellationToken.None); } catch (AggregateException) { }
                    throw;
                }
                return pages.AddRange(data.GetAwaiter().GetResult());
            }
            catch (TemplateRenderException e)
            {
                diagnostics.Add(Diagnostic.Error(e.File, e.Line, "SG0403", $"Template failed: {e.Message}"));
                return [];
            }
        }, diagnostics, out var files);
        if (!rendered || diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);
        cancellationToken.ThrowIfCancellationRequested();
        diagnostics.AddRange(OutputPaths.Collisions(files, content.Config.ContentDir));
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(diagnostics.ToImmutable(), content.Config);
        if (staged is null)
            files = timer.Time("neutralise", () => cache is null ? [.. HtmlText.NeutralisePages(files)] : files.Select(cache.Neutralise).ToImmutableArray());
        return new BuildResult(files, Sorted(diagnostics.ToImmutable()), content.Config, model.Protocols);
    }

    /// <summary>The file neutralised and written into the staging folder; what is kept is the file without its bytes.</summary>
    private static OutputFile Staged(SiteWriter.StagedSite staged, OutputFile file)
    {
        var page = file.Path.EndsWith(".html", StringComparison.Ordinal);
        staged.TryWrite(page ? HtmlText.NeutralisePages([file]).Single() : file);
        // A page of several megabytes leaves several times that in freed large objects (its strings and bytes) behind.
        if (page && file.Content.Length >= LargePage) Memory.GiveBack();
        return file with { Content = [], Heading = file.Heading ?? (page ? Search.SiteSearchCorpus.HeadingOf(file.AsText()) : null) };
    }

    /// <summary>A page this large (a review or theme page of hundreds of authorities) is followed by a collection that gives its garbage back.</summary>
    private const int LargePage = 4 << 20;

    private static T Cached<T>(BuildCache? cache, string stage, UInt128? key, Func<T> run) where T : notnull =>
        cache is null ? run() : cache.GetOrRun(stage, key, run);

    /// <summary>Runs a stage, turning an unexpected exception into one diagnostic that names the stage and the file, never a stack trace.</summary>
    /// <summary>The reports stage; a site's table partial that fails while rendering an embed is named, with its line, like any template.</summary>
    private static (ImmutableArray<ReportDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) CompileReports(
        LoadedContent content, ImmutableArray<Protocol> protocols, SiteAnalysis analysis, PartialRenderer tables)
    {
        try
        {
            return ReportCompiler.CompileAll(content.Reports, protocols, content.Config.BaseUrl, analysis, tables);
        }
        catch (TemplateRenderException e)
        {
            return ([], [Diagnostic.Error(e.File, e.Line, "SG0403", $"Template failed: {e.Message} (while rendering a table embedded in a report)")]);
        }
    }

    /// <summary>Each protocol's readings kept by the fingerprint of what they are a function of: an edit reads again only the protocols it changed.</summary>
    private static Func<ReadingInputs, Func<ProtocolReadings>, ProtocolReadings>? ReadingsOf(BuildCache? cache) =>
        cache is null ? null : (inputs, read) => cache.GetOrRun("readings", Fingerprint.TryOf(inputs), read);

    private static bool Stage<T>(string stage, string file, Func<T> run, ImmutableArray<Diagnostic>.Builder diagnostics, out T value)
    {
        try
        {
            value = run();
            return true;
        }
        catch (RegexMatchTimeoutException e)
        {
            diagnostics.Add(PatternTimeout.Diagnose(file, $"file ({stage})", e));
            value = default!;
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
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

/// <summary>
/// Remembers each protocol's normalised form by the exact text of its content file, so that the preview, which
/// rebuilds on every save, normalises again only the protocols whose files changed. Normalising is a pure function
/// of the file, so a hit is exactly what normalising again would give. One build at a time; within it, protocols may
/// be normalised in parallel.
/// </summary>
internal sealed class NormaliseCache
{
    private readonly Lock _gate = new();
    private Dictionary<string, (string Text, NormaliseResult Result)> _previous = new(StringComparer.Ordinal);
    private Dictionary<string, (string Text, NormaliseResult Result)> _current = new(StringComparer.Ordinal);

    /// <summary>Protocols normalised again in the last build.</summary>
    public int Normalised { get; private set; }

    /// <summary>Protocols taken unchanged from an earlier build in the last build.</summary>
    public int Reused { get; private set; }

    /// <summary>Starts a build: entries not used by it are forgotten afterwards, so deleted files do not pile up.</summary>
    internal void BeginBuild()
    {
        if (_current.Count > 0) _previous = _current;
        _current = new(StringComparer.Ordinal);
        Normalised = 0;
        Reused = 0;
    }

    internal NormaliseResult GetOrNormalise(ProtocolDocument document, string sourceText)
    {
        var path = document.Metadata.ContentFile;
        (string Text, NormaliseResult Result) entry;
        bool hit;
        lock (_gate) hit = _previous.TryGetValue(path, out entry) && string.Equals(entry.Text, sourceText, StringComparison.Ordinal);
        if (!hit) entry = (sourceText, ProtocolNormaliser.Normalise(document)); // outside the lock: protocols normalise in parallel
        lock (_gate)
        {
            if (hit) Reused++;
            else Normalised++;
            _current[path] = entry;
        }
        return entry.Result;
    }
}
