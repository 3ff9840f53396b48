using System.Collections.Immutable;
using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>How long each stage of a build took, summed by stage name in the order stages first ran. For the benchmark and <c>build --verbose</c>; never part of the output.</summary>
internal sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

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
        }
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
