using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>
/// A running <c>sitegen serve</c>: the real build, rebuilt in memory on every change to the site's inputs (only what
/// the change touches runs again, <see cref="BuildCache"/>), served from memory with live reload. What the command runs and what the tests drive.
/// </summary>
internal sealed class SitePreview : IAsyncDisposable
{
    private readonly PreviewSession _session;

    private SitePreview(PreviewSession session, IReadOnlyList<string> watched)
    {
        _session = session;
        Watched = watched;
    }

    /// <summary>The address to open: the server plus the base path.</summary>
    public Uri Url => _session.Url;

    /// <summary>What is served now (for tests: the version goes up on every rebuild).</summary>
    public PreviewState State => _session.State;

    /// <summary>The inputs to watch, as full paths: the content folder, the templates folder, site.json (in that order).</summary>
    public IReadOnlyList<string> Watched { get; }

    /// <summary>Inputs that do not exist yet and so cannot be watched.</summary>
    public IReadOnlyList<string> Unwatched => _session.UnwatchedPaths;

    /// <summary>Faults if the rebuild loop itself fails; completes when the preview is disposed.</summary>
    public Task Completion => _session.Completion;

    /// <summary>Builds the site once, starts serving on 127.0.0.1 and watching content/, templates/ and site.json.</summary>
    /// <param name="siteRoot">The site folder (with site.json).</param>
    /// <param name="port">Port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="basePath">URL prefix to serve the site under, e.g. "/my-repo/" as on GitHub Pages.</param>
    /// <param name="onBuilt">Told about every build (the first included) with its warnings; called on the rebuild thread.</param>
    public static async Task<SitePreview> StartAsync(string siteRoot, int port, string basePath, Action<PreviewBuild>? onBuilt, CancellationToken cancellationToken)
    {
        siteRoot = Path.GetFullPath(siteRoot);
        var config = ReadConfig(siteRoot);
        var watched = new[]
        {
            Path.Combine(siteRoot, config.ContentDir),
            Path.Combine(siteRoot, config.TemplatesDir),
            Path.Combine(siteRoot, ContentLoader.ConfigFile),
        };
        var cache = new BuildCache();
        IReadOnlyList<Diagnostic> warnings = [];
        var lastFileCount = 0;
        var lastBuildTime = TimeSpan.Zero;
        (int Normalised, int Reused) lastReuse = (0, 0);

        Task<RebuildOutcome> Rebuild(CancellationToken ct) => Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = SiteBuild.Run(siteRoot, cache: cache);
            var buildTime = Stopwatch.GetElapsedTime(started);
            warnings = [.. result.Diagnostics.Where(d => d.Severity == Severity.Warning)];
            if (!result.Succeeded)
                return RebuildOutcome.Failure([.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);
            ct.ThrowIfCancellationRequested();
            // Served from memory: the files are the build's own arrays (pages the cache kept are shared with the
            // previous build), nothing is written, and the previous build goes when nobody is reading it.
            var site = new MemorySite(result.Files.Select(f => KeyValuePair.Create(f.Path, f.Content)));
            lastFileCount = result.Files.Length;
            lastBuildTime = buildTime;
            lastReuse = (cache.Normalise.Normalised, cache.Normalise.Reused);
            return RebuildOutcome.Success(site);
        }, ct);

        void Rebuilt(RebuildReport report) =>
            onBuilt?.Invoke(report.Outcome.Succeeded
                ? new PreviewBuild(report, warnings, lastFileCount, lastBuildTime, lastReuse.Normalised, lastReuse.Reused)
                : new PreviewBuild(report, warnings, 0, report.BuildTime, 0, 0));

        var session = await PreviewSession.StartAsync(new PreviewOptions(watched, port, basePath), Rebuild, Rebuilt, cancellationToken).ConfigureAwait(false);
        return new SitePreview(session, watched);
    }

    /// <summary>The folders to watch and write beside come from site.json; if it cannot be read yet, the defaults are watched and the build reports why.</summary>
    private static SiteConfig ReadConfig(string siteRoot)
    {
        var defaults = new SiteConfig("", "", null, "en-GB", "", "content", "templates", "_site");
        if (!File.Exists(Path.Combine(siteRoot, ContentLoader.ConfigFile))) return defaults;
        var (file, _) = ContentReader.Read(siteRoot, ContentLoader.ConfigFile);
        return file is not null && SiteConfigParser.Parse(file).Config is { } config ? config : defaults;
    }

    /// <summary>Stops serving and watching; the builds were only ever in memory.</summary>
    public async ValueTask DisposeAsync() => await _session.DisposeAsync().ConfigureAwait(false);
}

/// <summary>One preview build as the serve command reports it.</summary>
/// <param name="Report">The preview's own report: outcome, changed paths, timings.</param>
/// <param name="Warnings">The build's warnings (errors are in the outcome).</param>
/// <param name="FileCount">Files written, when the build succeeded.</param>
/// <param name="BuildTime">Time in the real build (load, normalise, render), without writing files.</param>
/// <param name="ProtocolsNormalised">Protocols normalised by this build because their files are new or changed.</param>
/// <param name="ProtocolsReused">Protocols whose files had not changed, taken from the previous build.</param>
internal sealed record PreviewBuild(RebuildReport Report, IReadOnlyList<Diagnostic> Warnings, int FileCount, TimeSpan BuildTime, int ProtocolsNormalised, int ProtocolsReused);
