using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Build;

/// <summary>How often a stage ran and how often its result was taken from an earlier build, in the last build.</summary>
internal sealed record StageCount(string Stage, int Ran, int Reused);

/// <summary>
/// The results of earlier builds, each kept under the fingerprint of its inputs, so that a rebuild (the preview's,
/// on every save) runs again only the stages and pages whose inputs changed. Every stage is a pure function of its
/// inputs, so a reused result is exactly what running the stage again would give. A result not used by a build is
/// forgotten after it, so deleted pages and old versions do not pile up. One build at a time.
/// </summary>
internal sealed partial class BuildCache : IPageCache
{
    private readonly ConcurrentDictionary<string, Memo> _memos = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _rendered = new();
    private readonly ConditionalWeakTable<TemplateSet, TemplateKeys> _templateKeys = new();
    private readonly ConditionalWeakTable<byte[], byte[]> _neutral = new();

    /// <summary>Normalisations by content file and text.</summary>
    public NormaliseCache Normalise { get; } = new();

    /// <summary>The pages rendered again (not reused) in the last build, by output path, sorted.</summary>
    public ImmutableArray<string> RenderedPages { get; private set; } = [];

    /// <summary>Per stage, runs and reuses in the last build (normalise and render count protocols and pages).</summary>
    public ImmutableArray<StageCount> Counts { get; private set; } = [];

    /// <summary>Runs of <paramref name="stage"/> in the last build (0 when every result was reused).</summary>
    public int Ran(string stage) => stage == "normalise" ? Normalise.Normalised : Counts.FirstOrDefault(c => c.Stage == stage)?.Ran ?? 0;

    /// <summary>Results of <paramref name="stage"/> taken from an earlier build in the last build.</summary>
    public int Reused(string stage) => stage == "normalise" ? Normalise.Reused : Counts.FirstOrDefault(c => c.Stage == stage)?.Reused ?? 0;

    internal void BeginBuild()
    {
        foreach (var memo in _memos.Values) memo.Begin();
        _rendered.Clear();
        _pagesKeyed = 0;
        _keyTicks = 0;
        Normalise.BeginBuild();
    }

    internal void EndBuild(bool completed)
    {
        foreach (var memo in _memos.Values) memo.Completed = completed;
        RenderedPages = [.. _rendered.Order(StringComparer.Ordinal)];
        Counts = [.. _memos.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new StageCount(m.Key, m.Value.Ran, m.Value.Reused))
            .Prepend(new StageCount("normalise", Normalise.Normalised, Normalise.Reused))];
    }

    /// <summary>The stage's result for these inputs: from an earlier build when their fingerprint matches, else <paramref name="run"/>'s.</summary>
    /// <param name="key">The inputs' fingerprint; null (not fingerprintable) always runs the stage.</param>
    /// <remarks>
    /// A stage that runs others inside it (the site's pages, which render each page through this cache) remembers which
    /// of their results it used. When the outer result is reused, so are those: they stay in the cache for the next
    /// build and count as reused, exactly as if each had been looked up. A no-op rebuild then reuses the whole render
    /// for the cost of its key, and the edit after it still finds every page it did not touch.
    /// </remarks>
    public T GetOrRun<T>(string stage, UInt128? key, Func<T> run) where T : notnull
    {
        var memo = _memos.GetOrAdd(stage, _ => new Memo());
        var outer = _recording.Value;
        var entry = memo.GetOrRun(key, () =>
        {
            var recorder = new ConcurrentQueue<(string Stage, UInt128 Key)>();
            _recording.Value = (outer ?? ImmutableStack<ConcurrentQueue<(string, UInt128)>>.Empty).Push(recorder);
            try
            {
                return new Entry(run(), [.. recorder]);
            }
            finally
            {
                _recording.Value = outer;
            }
        }, out var reused);
        if (key is { } k && outer is not null) Record(outer, stage, k);
        if (reused)
            foreach (var (innerStage, innerKey) in entry.Inner)
                if (_memos.TryGetValue(innerStage, out var inner) && inner.Touch(innerKey) && outer is not null) Record(outer, innerStage, innerKey);
        return (T)entry.Value;
    }

    private static void Record(ImmutableStack<ConcurrentQueue<(string, UInt128)>> recorders, string stage, UInt128 key)
    {
        foreach (var recorder in recorders) recorder.Enqueue((stage, key));
    }

    // The stages running now, innermost first; flows into parallel work started inside them.
    private readonly AsyncLocal<ImmutableStack<ConcurrentQueue<(string, UInt128)>>?> _recording = new();

    /// <summary>A stage's result and the results of other stages it used, by stage and key.</summary>
    private sealed record Entry(object Value, ImmutableArray<(string Stage, UInt128 Key)> Inner);

    /// <summary>Pages whose view model was built and fingerprinted in the last build (rendered or not): 0 when the whole render was reused.</summary>
    public int PagesKeyed => _pagesKeyed;

    private int _pagesKeyed;
    private long _keyTicks;

    /// <summary>Time spent fingerprinting pages' view models in the last build (summed over threads), for the benchmark.</summary>
    public TimeSpan PageKeyTime => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _keyTicks));

    OutputFile IPageCache.GetOrRender(PageRequest request, Func<OutputFile> render)
    {
        Interlocked.Increment(ref _pagesKeyed);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var templates = _templateKeys.GetValue(request.Templates, t => new TemplateKeys(t)).For(request.Template, request.Standalone);
        var key = templates is null ? null : Fingerprint.TryOf(templates, request.Site, request.Template, request.Page, request.Model, request.Path, request.Standalone);
        Interlocked.Add(ref _keyTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        return GetOrRun("render", key, () =>
        {
            _rendered.Enqueue(request.Path);
            return render();
        });
    }

    ImmutableArray<OutputFile> IPageCache.GetOrIndex(SiteGen.Search.SiteSearchCorpus corpus, Func<ImmutableArray<OutputFile>> index) =>
        GetOrRun("search", Fingerprint.TryOf(corpus), index);

    /// <summary>The page with bidirectional-control characters neutralised (<see cref="HtmlText.NeutralisePages"/>), done once per distinct page content.</summary>
    internal OutputFile Neutralise(OutputFile file)
    {
        if (!file.Path.EndsWith(".html", StringComparison.Ordinal)) return file;
        var neutral = _neutral.GetValue(file.Content, _ => HtmlText.NeutralisePages([file]).Single().Content);
        return ReferenceEquals(neutral, file.Content) ? file : new OutputFile(file.Path, neutral);
    }

    /// <summary>
    /// The templates a page's bytes can depend on: its own, the layout around it, and every template another can include
    /// (those in a folder, such as <c>partials/</c>, and any named by an include). Editing <c>source.html</c> then
    /// renders only the source pages again; editing the layout or a partial, every page.
    /// </summary>
    private sealed class TemplateKeys(TemplateSet templates)
    {
        private readonly Dictionary<string, string> _sources = templates.Sources.ToDictionary(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string, bool), UInt128?> _keys = new();
        private UInt128? _shared;
        private bool _sharedDone;

        public UInt128? For(string template, bool standalone) => _keys.GetOrAdd((template, standalone), k =>
            Shared() is { } shared ? Fingerprint.TryOf(shared, _sources.GetValueOrDefault(k.Item1), k.Item2 ? null : _sources.GetValueOrDefault("layout.html")) : null);

        private UInt128? Shared()
        {
            lock (_sources)
            {
                if (_sharedDone) return _shared;
                var included = _sources.Values.SelectMany(s => Includes().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                // An include whose name is computed could be any template: then every page depends on every template.
                var computed = _sources.Values.Any(s => ComputedInclude().IsMatch(s));
                _shared = Fingerprint.TryOf(_sources.Where(s => computed || s.Key.Contains('/', StringComparison.Ordinal) || included.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList());
                _sharedDone = true;
                return _shared;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("""include\s*['"]([^'"]+)['"]""")]
    private static partial System.Text.RegularExpressions.Regex Includes();

    [System.Text.RegularExpressions.GeneratedRegex("""\binclude\s+[^'"\s]""")]
    private static partial System.Text.RegularExpressions.Regex ComputedInclude();

    /// <summary>One stage's results: those of the previous build, and those the current build has used so far.</summary>
    private sealed class Memo
    {
        private ConcurrentDictionary<UInt128, Entry> _previous = new();
        private ConcurrentDictionary<UInt128, Entry> _current = new();
        private int _ran;
        private int _reused;

        public int Ran => _ran;
        public int Reused => _reused;

        /// <summary>False while a build runs and after one that failed or was cancelled part-way.</summary>
        public bool Completed { get; set; } = true;

        public void Begin()
        {
            // After a complete build, what it used is all that is worth keeping. A build that stopped part-way (a
            // template error, a cancelled rebuild) used only some results: keep the earlier ones beside them.
            if (Completed) { if (!_current.IsEmpty) _previous = _current; }
            else foreach (var (key, value) in _current) _previous[key] = value;
            Completed = false;
            _current = new();
            _ran = 0;
            _reused = 0;
        }

        public Entry GetOrRun(UInt128? key, Func<Entry> run, out bool reused)
        {
            reused = false;
            if (key is not { } k)
            {
                Interlocked.Increment(ref _ran);
                return run();
            }
            if (_current.TryGetValue(k, out var value) || _previous.TryGetValue(k, out value))
            {
                Interlocked.Increment(ref _reused);
                _current[k] = value;
                reused = true;
                return value;
            }
            Interlocked.Increment(ref _ran);
            value = run();
            _current[k] = value;
            return value;
        }

        /// <summary>Keeps an earlier result for the next build and counts it reused, when a stage that used it is reused; true if it was there.</summary>
        public bool Touch(UInt128 key)
        {
            if (_current.ContainsKey(key)) return true;
            if (!_previous.TryGetValue(key, out var value)) return false;
            if (_current.TryAdd(key, value)) Interlocked.Increment(ref _reused);
            return true;
        }
    }
}
