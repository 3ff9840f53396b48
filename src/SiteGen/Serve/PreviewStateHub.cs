namespace SiteGen.Serve;

/// <summary>Holds the current <see cref="PreviewState"/> and wakes everyone waiting for the next one.</summary>
internal sealed class PreviewStateHub
{
    private volatile PreviewState _current;
    private volatile TaskCompletionSource _changed = NewSignal();
    private readonly Lock _publishLock = new();

    /// <summary>Starts with nothing to serve (version 0) until the first build is published.</summary>
    public PreviewStateHub() => _current = new PreviewState(Guid.NewGuid().ToString("N")[..12], 0, null, []);

    /// <summary>A hub that serves one fixed folder, for previewing an existing build without rebuilding.</summary>
    public static PreviewStateHub ForFolder(string siteFolder)
    {
        var hub = new PreviewStateHub();
        hub.Publish(RebuildOutcome.Success(siteFolder));
        return hub;
    }

    /// <summary>The state requests are served from.</summary>
    public PreviewState Current => _current;

    /// <summary>Makes <paramref name="outcome"/> the current state and wakes the event streams.</summary>
    public PreviewState Publish(RebuildOutcome outcome)
    {
        PreviewState next;
        lock (_publishLock)
        {
            next = _current.After(outcome);
            _current = next;
        }
        // Swap the signal before completing it, so a waiter that wakes and waits again gets the new one.
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
        return next;
    }

    /// <summary>Returns the first state whose token differs from <paramref name="knownToken"/>, waiting for one if needed.</summary>
    public async Task<PreviewState> WaitForChangeAsync(string knownToken, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Read the signal before the state: a publish in between then completes the signal we hold.
            var signal = _changed;
            var current = _current;
            if (!string.Equals(current.Token, knownToken, StringComparison.Ordinal)) return current;
            await signal.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
