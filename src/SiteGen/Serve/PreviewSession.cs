using SiteGen.Model;

namespace SiteGen.Serve;

/// <summary>
/// <c>sitegen serve</c>: builds once, serves the result on 127.0.0.1, rebuilds when inputs change and tells open
/// pages to reload. A failed rebuild leaves the last good build online with the errors shown over it.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewStateHub _hub;
    private readonly StaticSiteServer _server;
    private readonly InputWatcher _watcher;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _loop;
    private int _disposed;

    private PreviewSession(PreviewStateHub hub, StaticSiteServer server, InputWatcher watcher, CancellationTokenSource stopping, Task loop)
    {
        _hub = hub;
        _server = server;
        _watcher = watcher;
        _stopping = stopping;
        _loop = loop;
    }

    /// <summary>The address to open in a browser (includes the base path).</summary>
    public Uri Url => _server.SiteUrl;

    /// <summary>What is being served now.</summary>
    public PreviewState State => _hub.Current;

    /// <summary>Inputs that could not be watched because their folder does not exist; worth a warning.</summary>
    public IReadOnlyList<string> UnwatchedPaths => _watcher.Unwatched;

    /// <summary>Completes when the session is disposed; faults if the rebuild loop itself failed.</summary>
    public Task Completion => _loop;

    /// <summary>Runs the first build, starts the server and the watcher, and returns once the site is being served.</summary>
    /// <param name="rebuild">Builds the site into a fresh folder each time (never over the folder being served) and says how it went.</param>
    /// <param name="onRebuilt">Called after every build, including the first; on the rebuild thread, so keep it short.</param>
    public static async Task<PreviewSession> StartAsync(
        PreviewOptions options,
        Func<CancellationToken, Task<RebuildOutcome>> rebuild,
        Action<RebuildReport>? onRebuilt = null,
        CancellationToken cancellationToken = default,
        TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var basePath = BasePath.Parse(options.BasePath);
        var hub = new PreviewStateHub();
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task BuildAndPublishAsync(ChangeBatch batch, CancellationToken ct)
        {
            var started = time.GetTimestamp();
            var outcome = await RunRebuildAsync(rebuild, ct).ConfigureAwait(false);
            var buildTime = time.GetElapsedTime(started);
            var state = hub.Publish(outcome);
            var sinceFirstChange = batch.FirstChangeTimestamp == 0 ? TimeSpan.Zero : time.GetElapsedTime(batch.FirstChangeTimestamp);
            onRebuilt?.Invoke(new RebuildReport(outcome, state, batch.Paths, buildTime, sinceFirstChange));
        }

        var scheduler = new RebuildScheduler(BuildAndPublishAsync, options.QuietPeriod, options.MaximumDelay, time);
        // Watch before the first build, so an edit made while it runs is not lost.
        var watcher = new InputWatcher(options.WatchPaths, scheduler.NotifyChanged);
        StaticSiteServer? server = null;
        try
        {
            await BuildAndPublishAsync(new ChangeBatch([], 0), stopping.Token).ConfigureAwait(false);
            server = StaticSiteServer.Start(hub, basePath, options.Port);
            var loop = Task.Run(() => scheduler.RunAsync(stopping.Token), CancellationToken.None);
            return new PreviewSession(hub, server, watcher, stopping, loop);
        }
        catch
        {
            watcher.Dispose();
            if (server is not null) await server.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }
    }

    private static async Task<RebuildOutcome> RunRebuildAsync(Func<CancellationToken, Task<RebuildOutcome>> rebuild, CancellationToken ct)
    {
        try
        {
            return await rebuild(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A crashing build must not stop the preview: show it like any other build error and keep watching.
            return RebuildOutcome.Failure([Diagnostic.Error("", 0, ServeCodes.BuildCrashed, $"The build crashed: {ex.GetType().Name}: {ex.Message}")]);
        }
    }

    /// <summary>Stops watching, ends the rebuild loop (waiting for a running rebuild to see cancellation) and closes the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _watcher.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try { await _loop.ConfigureAwait(false); } catch (OperationCanceledException) { }
        await _server.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
