using System.Threading.Channels;

namespace SiteGen.Serve;

/// <summary>
/// Turns a stream of file-change notifications into rebuilds that never overlap: a burst of changes becomes one
/// rebuild once the input has been quiet for a moment, and changes made during a rebuild cause exactly one more.
/// </summary>
internal sealed class RebuildScheduler
{
    private readonly Channel<(string Path, long Timestamp)> _changes =
        Channel.CreateUnbounded<(string, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<ChangeBatch, CancellationToken, Task> _rebuild;
    private readonly TimeSpan _quietPeriod;
    private readonly TimeSpan _maximumDelay;
    private readonly TimeProvider _time;

    /// <summary>Creates a scheduler; nothing runs until <see cref="RunAsync"/>.</summary>
    /// <param name="rebuild">Runs one rebuild; called by one loop only, so calls never overlap.</param>
    /// <param name="quietPeriod">How long the input must be still before rebuilding (editors save in several steps).</param>
    /// <param name="maximumDelay">Upper bound on the wait, so a file that keeps changing still gets rebuilt.</param>
    /// <param name="time">The clock; the system's unless a test gives a fake one.</param>
    public RebuildScheduler(Func<ChangeBatch, CancellationToken, Task> rebuild, TimeSpan quietPeriod, TimeSpan maximumDelay, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quietPeriod, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumDelay, quietPeriod);
        _rebuild = rebuild;
        _quietPeriod = quietPeriod;
        _maximumDelay = maximumDelay;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Records that <paramref name="path"/> changed; safe from any thread (watcher callbacks).</summary>
    public void NotifyChanged(string path) => _changes.Writer.TryWrite((path, _time.GetTimestamp()));

    /// <summary>Runs rebuilds as changes arrive until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = await CollectBatchAsync(reader, cancellationToken).ConfigureAwait(false);
                await _rebuild(batch, cancellationToken).ConfigureAwait(false);
                // Anything that arrived meanwhile is still in the channel, so the loop runs one more rebuild for it.
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task<ChangeBatch> CollectBatchAsync(ChannelReader<(string Path, long Timestamp)> reader, CancellationToken cancellationToken)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        long first = 0;
        void Drain()
        {
            while (reader.TryRead(out var change))
            {
                if (first == 0) first = change.Timestamp;
                paths.Add(change.Path);
            }
        }

        Drain();
        while (true)
        {
            var remaining = _maximumDelay - _time.GetElapsedTime(first);
            var wait = remaining < _quietPeriod ? remaining : _quietPeriod;
            if (wait <= TimeSpan.Zero) break;
            using var timer = new CancellationTokenSource(wait, _time);
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            try
            {
                if (!await reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false)) break;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break; // quiet for long enough
            }
            Drain();
        }
        return new ChangeBatch([.. paths], first);
    }
}
