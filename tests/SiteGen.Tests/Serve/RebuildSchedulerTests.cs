using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The scheduler on a fake clock: every wait is fake time the test advances, so no test depends on how fast the
/// machine is. (Real time is only given to the scheduler's loop to catch up between steps; nothing asserts on it.)
/// </summary>
[Trait("Kind", "Pure")]
public class RebuildSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    /// <summary>Advances the fake clock a step at a time, letting the scheduler's loop run, until <paramref name="until"/> or <paramref name="limit"/>.</summary>
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan limit, Func<bool>? until = null)
    {
        for (var advanced = TimeSpan.Zero; advanced < limit && !(until?.Invoke() ?? false); advanced += Step)
        {
            time.Advance(Step);
            await Task.Delay(2);
        }
    }

    [Fact]
    public async Task A_burst_of_changes_becomes_one_rebuild_with_every_path_once_the_input_is_quiet()
    {
        var time = new FakeTimeProvider();
        var start = time.GetTimestamp();
        var batches = new ConcurrentQueue<(ChangeBatch Batch, TimeSpan At)>();
        var scheduler = new RebuildScheduler((batch, _) => { batches.Enqueue((batch, time.GetElapsedTime(start))); return Task.CompletedTask; },
            TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5), time);
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        // An editor's save: write temp, rename over, touch metadata; several events for a couple of files, 10 ms apart.
        foreach (var path in new[] { "content/a.md", "content/a.md~", "content/a.md", "site.json", "content/a.md" })
        {
            scheduler.NotifyChanged(path);
            await AdvanceAsync(time, Step);
        }
        await AdvanceAsync(time, TimeSpan.FromSeconds(2), () => !batches.IsEmpty);
        await AdvanceAsync(time, TimeSpan.FromSeconds(1)); // long after: still one rebuild

        var (batch, at) = Assert.Single(batches);
        Assert.Equal(["content/a.md", "content/a.md~", "site.json"], batch.Paths);
        // Not before the input had been quiet for the quiet period after the last change (at 40 ms).
        Assert.True(at >= TimeSpan.FromMilliseconds(40 + 150), $"rebuilt at {at.TotalMilliseconds} ms of fake time");

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task Changes_during_a_rebuild_cause_exactly_one_more_and_rebuilds_never_overlap()
    {
        var time = new FakeTimeProvider();
        var running = 0;
        var maxRunning = 0;
        var batches = new ConcurrentQueue<ChangeBatch>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scheduler = new RebuildScheduler(async (batch, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            batches.Enqueue(batch);
            if (batches.Count == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
            Interlocked.Decrement(ref running);
        }, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), time);
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        scheduler.NotifyChanged("content/a.md");
        await AdvanceAsync(time, TimeSpan.FromSeconds(2), () => firstStarted.Task.IsCompleted);
        await firstStarted.Task.WaitAsync(Patience);
        for (var i = 0; i < 10; i++) scheduler.NotifyChanged($"content/edit-{i}.md"); // saves while the build runs
        releaseFirst.SetResult();

        await AdvanceAsync(time, TimeSpan.FromSeconds(2), () => batches.Count >= 2);
        await AdvanceAsync(time, TimeSpan.FromSeconds(1));
        Assert.Equal(2, batches.Count);
        Assert.Equal(1, maxRunning);
        Assert.Equal(10, batches.ToArray()[1].Paths.Count);

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_file_that_never_stops_changing_is_rebuilt_at_the_maximum_delay_and_not_before()
    {
        var time = new FakeTimeProvider();
        var start = time.GetTimestamp();
        TimeSpan? rebuiltAt = null;
        var scheduler = new RebuildScheduler((_, _) => { rebuiltAt ??= time.GetElapsedTime(start); return Task.CompletedTask; },
            TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600), time);
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        // A change every 50 ms of fake time: never quiet for 300 ms.
        for (var i = 0; i < 100 && rebuiltAt is null; i++)
        {
            scheduler.NotifyChanged("content/log.md");
            await AdvanceAsync(time, TimeSpan.FromMilliseconds(50), () => rebuiltAt is not null);
        }

        Assert.NotNull(rebuiltAt);
        Assert.True(rebuiltAt >= TimeSpan.FromMilliseconds(600), $"rebuilt at {rebuiltAt.Value.TotalMilliseconds} ms, before the maximum delay");
        Assert.True(rebuiltAt < TimeSpan.FromMilliseconds(900), $"rebuilt at {rebuiltAt.Value.TotalMilliseconds} ms, long after the maximum delay");

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
