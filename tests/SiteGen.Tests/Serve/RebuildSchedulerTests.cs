using System.Collections.Concurrent;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public class RebuildSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_burst_of_changes_becomes_one_rebuild_with_every_path()
    {
        var batches = new ConcurrentQueue<ChangeBatch>();
        var rebuilt = new SemaphoreSlim(0);
        var scheduler = new RebuildScheduler((batch, _) => { batches.Enqueue(batch); rebuilt.Release(); return Task.CompletedTask; },
            TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        // An editor's save: write temp, rename over, touch metadata; several events for a couple of files.
        foreach (var path in new[] { "content/a.md", "content/a.md~", "content/a.md", "site.json", "content/a.md" })
        {
            scheduler.NotifyChanged(path);
            await Task.Delay(10);
        }

        Assert.True(await rebuilt.WaitAsync(Patience));
        Assert.False(await rebuilt.WaitAsync(TimeSpan.FromMilliseconds(400)), "a second rebuild ran for the same burst");
        var batch = Assert.Single(batches);
        Assert.Equal(["content/a.md", "content/a.md~", "site.json"], batch.Paths);

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task Changes_during_a_rebuild_cause_exactly_one_more_and_rebuilds_never_overlap()
    {
        var running = 0;
        var maxRunning = 0;
        var batches = new ConcurrentQueue<ChangeBatch>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new SemaphoreSlim(0);
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
            finished.Release();
        }, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        scheduler.NotifyChanged("content/a.md");
        await firstStarted.Task.WaitAsync(Patience);
        for (var i = 0; i < 10; i++) scheduler.NotifyChanged($"content/edit-{i}.md"); // saves while the build runs
        releaseFirst.SetResult();

        Assert.True(await finished.WaitAsync(Patience));
        Assert.True(await finished.WaitAsync(Patience), "no rebuild for the changes made during the first one");
        Assert.False(await finished.WaitAsync(TimeSpan.FromMilliseconds(400)), "more than one extra rebuild");
        Assert.Equal(1, maxRunning);
        Assert.Equal(10, batches.ToArray()[1].Paths.Count);

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_file_that_never_stops_changing_is_still_rebuilt_after_the_maximum_delay()
    {
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scheduler = new RebuildScheduler((_, _) => { rebuilt.TrySetResult(); return Task.CompletedTask; },
            TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600));
        using var cts = new CancellationTokenSource();
        var loop = scheduler.RunAsync(cts.Token);

        var started = DateTime.UtcNow;
        while (!rebuilt.Task.IsCompleted && DateTime.UtcNow - started < Patience)
        {
            scheduler.NotifyChanged("content/log.md"); // every 50 ms: never quiet for 300 ms
            await Task.Delay(50);
        }
        Assert.True(rebuilt.Task.IsCompleted);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3), "waited far beyond the maximum delay");

        await cts.CancelAsync();
        await loop.WaitAsync(Patience);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
