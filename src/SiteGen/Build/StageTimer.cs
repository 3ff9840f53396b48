using System.Collections.Immutable;
using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>How long each stage of a build took, summed by stage name in the order stages first ran. For the benchmark and <c>build --verbose</c>; never part of the output.</summary>
internal sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    // SITEGEN_TRACE_MEMORY=1 prints, as each stage ends, the managed heap and the process's memory (for profiling a build).
    private static readonly bool TraceMemory = Environment.GetEnvironmentVariable("SITEGEN_TRACE_MEMORY") == "1";
    private static readonly Stopwatch Since = Stopwatch.StartNew();

    public T Time<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            Add(stage, clock.Elapsed);
            if (TraceMemory) Trace(stage);
        }
    }

    private static void Trace(string stage)
    {
        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(System.FormattableString.Invariant(
            $"[memory] {Since.Elapsed.TotalSeconds,7:F1} s  end of {stage,-16} heap {GC.GetTotalMemory(false) >> 20,5} MB  rss {process.WorkingSet64 >> 20,5} MB  peak {process.PeakWorkingSet64 >> 20,5} MB"));
    }

    public void Add(string stage, TimeSpan elapsed)
    {
        lock (_stages)
        {
            var i = _stages.FindIndex(s => s.Stage == stage);
            if (i < 0) _stages.Add((stage, elapsed));
            else _stages[i] = (stage, _stages[i].Elapsed + elapsed);
        }
    }

    public ImmutableArray<(string Stage, TimeSpan Elapsed)> Stages
    {
        get { lock (_stages) return [.. _stages]; }
    }
}
