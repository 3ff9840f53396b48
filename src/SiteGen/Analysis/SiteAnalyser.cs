using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// What one protocol's readings are a function of: the protocol, the taxonomy, the overrides file's corrections of this
/// protocol's readings (checked against the corpus), the "not quoted" notes on it (from the reports) and the version of
/// the reading code. An edit to one protocol, or to one protocol's overrides, changes only that protocol's inputs.
/// </summary>
internal sealed record ReadingInputs(Protocol Protocol, Taxonomy Taxonomy, string OverridesFile, ImmutableArray<ThemeOverride> Themes,
    ImmutableArray<ExpectationOverride> Expectations, ImmutableArray<RouteOverride> Routes, ImmutableArray<ClauseReadingOverride> Clauses,
    ImmutableArray<NotAvailableNote> NotQuoted, Guid CodeVersion);

/// <summary>One protocol's readings without similar wording (which compares the whole corpus), and the diagnostics reading it gave.</summary>
internal sealed record ProtocolReadings(ProtocolAnalysis Analysis, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The analysis stage, wired in one place: checks the overrides against the normalised protocols, then classifies
/// themes, extracts expectations and escalation routes, and finds similar wording. Pure: values in, values out.
/// </summary>
internal static class SiteAnalyser
{
    /// <param name="reuse">
    /// Given what one protocol's readings are a function of and how to read them, returns them: the build's cache keeps
    /// them by the fingerprint of those inputs, so an edit reads again only the protocols it changed. Null reads every one.
    /// </param>
    public static (SiteAnalysis Analysis, ImmutableArray<Diagnostic> Diagnostics) Analyse(
        IReadOnlyList<Protocol> protocols, IReadOnlyList<Report> reports, AnalysisContent content, SimilarityOptions? similarity = null,
        Func<ReadingInputs, Func<ProtocolReadings>, ProtocolReadings>? reuse = null)
    {
        if (content.Taxonomy.IsEmpty) return (SiteAnalysis.Empty, []);
        var taxonomy = content.Taxonomy;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var ordered = protocols.OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal).ToImmutableArray();

        var themeOverrides = CheckThemeOverrides(content.Overrides, ordered, diagnostics);
        var notQuoted = CheckNotQuoted(content.Overrides, ordered, reports, diagnostics);
        var corrections = CheckReadingOverrides(content.Overrides, ordered, diagnostics);
        // Overrides name clauses as <slug>/<number> and routes by authority: each protocol is given only its own.
        var themesOf = themeOverrides.Values.ToLookup(o => SlugOf(o.ClauseId), StringComparer.Ordinal);
        var expectationsOf = corrections.Expectations.ToLookup(o => SlugOf(o.ClauseId), StringComparer.Ordinal);
        var routesOf = corrections.Routes.ToLookup(o => o.Authority, StringComparer.Ordinal);
        var clausesOf = corrections.Clauses.Values.ToLookup(o => SlugOf(o.ClauseId), StringComparer.Ordinal);

        // The readers are built only if some protocol is read again: a rebuild that reuses every reading skips them.
        var readers = new Lazy<Readers>(() => new Readers(new ThemeClassifier(taxonomy), new ExpectationExtractor(taxonomy), new EscalationExtractor(taxonomy)));
        var similar = SimilarWording.Find(
            [.. ordered.SelectMany(p => p.AllClauses().Select(c => new SimilarityDocument(c.Id, p.Metadata.Slug, c.Text)))], similarity)
            .ToLookup(s => s.ClauseId[..s.ClauseId.IndexOf('/')], StringComparer.Ordinal);

        var results = ImmutableArray.CreateBuilder<ProtocolAnalysis>();
        foreach (var p in ordered)
        {
            var slug = p.Metadata.Slug;
            var inputs = new ReadingInputs(p, taxonomy, content.Overrides.File, [.. themesOf[slug]], [.. expectationsOf[slug]], [.. routesOf[slug]], [.. clausesOf[slug]],
                notQuoted.GetValueOrDefault(slug, []), ReadingCodeVersion);
            ProtocolReadings Read() => ReadProtocol(inputs, readers.Value);
            var readings = reuse is null ? Read() : reuse(inputs, Read);
            diagnostics.AddRange(readings.Diagnostics);
            // Similar wording compares the whole corpus, so it is joined to the readings here, never kept with them.
            results.Add(readings.Analysis with { Similar = [.. similar[slug]] });
        }

        var analysis = new SiteAnalysis(taxonomy, results.ToImmutable());
        foreach (var theme in taxonomy.Themes)
            if (!analysis.Protocols.Any(p => p.ClauseThemes.Any(c => c.Tags.Any(t => t.Theme == theme.Id))))
                diagnostics.Add(Diagnostic.Warning(taxonomy.File, theme.Line, "SG0620", $"No clause of any protocol is on the theme '{theme.Id}'. Add phrases that protocols actually use, or remove the theme."));
        return (analysis, diagnostics.ToImmutable());
    }

    /// <summary>The version of the code that reads protocols: a reading kept by a cache is valid only for the code that made it.</summary>
    private static readonly Guid ReadingCodeVersion = typeof(SiteAnalyser).Assembly.ManifestModule.ModuleVersionId;

    private sealed record Readers(ThemeClassifier Themes, ExpectationExtractor Expectations, EscalationExtractor Escalation);

    private static string SlugOf(string clauseId) => clauseId[..Math.Max(0, clauseId.IndexOf('/'))];

    /// <summary>
    /// One protocol's readings (themes, expectations, routes, addressed-to and force), corrected by the overrides file, with
    /// the diagnostics reading it gave: a function of <paramref name="inputs"/> alone, so a cache may keep it by their fingerprint.
    /// </summary>
    private static ProtocolReadings ReadProtocol(ReadingInputs inputs, Readers readers)
    {
        var p = inputs.Protocol;
        var file = inputs.OverridesFile;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var clauses = p.AllClauses().ToDictionary(c => c.Id, StringComparer.Ordinal);
        var themeOverrides = inputs.Themes.ToImmutableDictionary(o => o.ClauseId, StringComparer.Ordinal);
        var notes = inputs.NotQuoted;
        var routesNote = notes.FirstOrDefault(n => n.Covers.Contains(OverridesFileParser.EscalationTopic));
        var (expected, removed) = ReadingCorrections.Expectations(Guarded(p, "expectations", () => readers.Expectations.Extract(p), () => [], diagnostics),
            inputs.Expectations, file, clauses, diagnostics);
        var routes = ReadingCorrections.Routes(Guarded(p, "complaint routes", () => readers.Escalation.Extract(p, routesNote), () => Unread(routesNote), diagnostics), p.Metadata.Coverage,
            inputs.Routes, file, clauses, diagnostics);
        var tagged = Guarded(p, "themes", () => readers.Themes.Classify(p, themeOverrides), () => [], diagnostics);
        foreach (var o in inputs.Themes)
            foreach (var id in o.Confirm.Where(id => !tagged.Any(c => c.ClauseId == o.ClauseId && c.Tags.Any(t => t.Theme == id))))
                diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1313", $"'{o.ClauseId}' is not on the theme '{id}', so it cannot be confirmed. Use 'add: [{id}]' to put it there."));
        var analysis = new ProtocolAnalysis(p.Metadata.Slug, tagged, expected, routes, [], notes)
        {
            Clauses = ReadingCorrections.ClauseReadings(p, inputs.Clauses.ToImmutableDictionary(o => o.ClauseId, StringComparer.Ordinal)),
            RemovedExpectations = removed,
        };
        return new ProtocolReadings(analysis, diagnostics.ToImmutable());
    }

    private static ImmutableDictionary<string, ThemeOverride> CheckThemeOverrides(AnalysisOverrides overrides, ImmutableArray<Protocol> protocols, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var clauseIds = protocols.SelectMany(p => p.AllClauses()).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var valid = ImmutableDictionary.CreateBuilder<string, ThemeOverride>(StringComparer.Ordinal);
        foreach (var o in overrides.Themes)
        {
            if (!clauseIds.Contains(o.ClauseId))
            {
                var slash = o.ClauseId.IndexOf('/');
                var slug = slash > 0 ? o.ClauseId[..slash] : o.ClauseId;
                var sameAuthority = clauseIds.Where(id => id.StartsWith(slug + "/", StringComparison.Ordinal)).ToArray();
                var hint = sameAuthority.Length > 0
                    ? TaxonomyFileParser.Suggest(o.ClauseId, sameAuthority)
                    : $"There is no authority '{slug}'; clause ids are <slug>/<number>, e.g. hackney/7.2(g), as shown in data/clauses.csv.";
                diagnostics.Add(Diagnostic.Error(overrides.File, o.Line, "SG0607", $"There is no clause '{o.ClauseId}'. {hint}"));
                continue;
            }
            if (valid.TryGetValue(o.ClauseId, out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(overrides.File, o.Line, "SG0604", $"The clause '{o.ClauseId}' already has an override (line {earlier.Line}). Merge the two."));
                continue;
            }
            valid[o.ClauseId] = o;
        }
        return valid.ToImmutable();
    }

    /// <summary>The expectation, route and clause-reading overrides that name clauses and authorities that exist, each reading at most once.</summary>
    private static (ImmutableArray<ExpectationOverride> Expectations, ImmutableArray<RouteOverride> Routes, ImmutableDictionary<string, ClauseReadingOverride> Clauses) CheckReadingOverrides(
        AnalysisOverrides overrides, ImmutableArray<Protocol> protocols, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var file = overrides.File;
        var ids = protocols.SelectMany(p => p.AllClauses()).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var slugs = protocols.Select(p => p.Metadata.Slug).ToArray();

        var expectations = ImmutableArray.CreateBuilder<ExpectationOverride>();
        var seen = new Dictionary<(string, string, Direction), int>();
        foreach (var o in overrides.Expectations)
        {
            if (!ReadingCorrections.ClauseExists(o.ClauseId, o.Line, file, ids, diagnostics)) continue;
            if (seen.TryGetValue((o.ClauseId, o.Expectation, o.Direction), out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1314", $"'{o.Expectation}' ({ReadingOverrides.Kebab(o.Direction)}) in {o.ClauseId} already has an override (line {earlier}). Keep one."));
                continue;
            }
            seen[(o.ClauseId, o.Expectation, o.Direction)] = o.Line;
            expectations.Add(o);
        }

        var routes = ImmutableArray.CreateBuilder<RouteOverride>();
        var whole = new Dictionary<(string, Scenario), int>();
        foreach (var o in overrides.Routes)
        {
            if (!slugs.Contains(o.Authority, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1308", $"There is no protocol '{o.Authority}'. {TaxonomyFileParser.Suggest(o.Authority, slugs)}"));
                continue;
            }
            if (!o.Steps.All(s => ReadingCorrections.ClauseExists(s.ClauseId, s.Line, file, ids, diagnostics, o.Authority))) continue;
            if (o.Action is RouteAction.Confirm or RouteAction.Replace or RouteAction.NotStated)
            {
                if (whole.TryGetValue((o.Authority, o.Scenario), out var earlier))
                {
                    diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1314", $"The route '{ReadingOverrides.Kebab(o.Scenario)}' of {o.Authority} already has a whole-route override (line {earlier}). Keep one."));
                    continue;
                }
                whole[(o.Authority, o.Scenario)] = o.Line;
            }
            routes.Add(o);
        }

        var clauses = ImmutableDictionary.CreateBuilder<string, ClauseReadingOverride>(StringComparer.Ordinal);
        foreach (var o in overrides.Clauses)
        {
            if (!ReadingCorrections.ClauseExists(o.ClauseId, o.Line, file, ids, diagnostics)) continue;
            if (clauses.TryGetValue(o.ClauseId, out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(file, o.Line, "SG1314", $"The clause '{o.ClauseId}' already has a clause override (line {earlier.Line}). Merge the two."));
                continue;
            }
            clauses[o.ClauseId] = o;
        }
        return (expectations.ToImmutable(), routes.ToImmutable(), clauses.ToImmutable());
    }

    private static ImmutableDictionary<string, ImmutableArray<NotAvailableNote>> CheckNotQuoted(
        AnalysisOverrides overrides, ImmutableArray<Protocol> protocols, IReadOnlyList<Report> reports, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var notes = new Dictionary<string, List<NotAvailableNote>>(StringComparer.Ordinal);
        foreach (var n in overrides.NotQuoted)
        {
            if (protocols.All(p => p.Metadata.Slug != n.Authority))
            {
                diagnostics.Add(Diagnostic.Error(overrides.File, n.Line, "SG0608", $"There is no protocol '{n.Authority}'. {TaxonomyFileParser.Suggest(n.Authority, protocols.Select(p => p.Metadata.Slug))}"));
                continue;
            }
            var report = reports.FirstOrDefault(r => r.Slug == n.SaidIn);
            if (report is null)
            {
                diagnostics.Add(Diagnostic.Error(overrides.File, n.Line, "SG0609", $"There is no report '{n.SaidIn}' in content/reports. 'said_in' names the report that says where the paragraphs are."));
                continue;
            }
            if (LineOf(report, n.Quote) is not { } line)
            {
                diagnostics.Add(Diagnostic.Error(overrides.File, n.Line, "SG0610", $"The quote is not in the report '{n.SaidIn}'. Copy the report's words exactly, so readers can check them."));
                continue;
            }
            if (!notes.TryGetValue(n.Authority, out var list)) notes[n.Authority] = list = [];
            list.Add(new NotAvailableNote(n.Paragraphs, n.Covers, report.Slug, line, n.Quote));
        }
        return notes.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The content-file line where the quote starts, comparing with runs of white space collapsed (a quote may cross a line break).</summary>
    internal static int? LineOf(Report report, string quote)
    {
        var (body, map) = Collapse(report.Body);
        var (wanted, _) = Collapse(quote.Trim());
        var at = body.IndexOf(wanted, StringComparison.Ordinal);
        if (wanted.Length == 0 || at < 0) return null;
        var original = map[at];
        return report.BodyStartLine + report.Body.AsSpan(0, original).Count('\n');
    }

    private static (string Text, int[] Map) Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) { space = true; continue; }
            if (space && sb.Length > 0) { sb.Append(' '); map.Add(i); }
            space = false;
            sb.Append(text[i]);
            map.Add(i);
        }
        return (sb.ToString(), [.. map]);
    }

    /// <summary>
    /// Runs one reader over one protocol. A reader that fails on some text it did not foresee costs that protocol that
    /// reading, with a warning naming the file (SG0901), never the whole build: the fallback shows the reading as missing
    /// or as Needs review, never as stated.
    /// </summary>
    internal static T Guarded<T>(Protocol protocol, string reading, Func<T> read, Func<T> fallback, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            return read();
        }
        catch (RegexMatchTimeoutException e)
        {
            // A runaway pattern is SiteGen's fault and must be fixed, not shown as one protocol's odd text: an error, naming the clause.
            diagnostics.Add(PatternTimeout.Diagnose(protocol.Metadata.ContentFile, $"{reading} of this protocol", e, protocol.AllClauses()));
            return fallback();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            diagnostics.Add(Diagnostic.Warning(protocol.Metadata.ContentFile, 0, "SG0901",
                $"SiteGen could not read this protocol's {reading} ({e.GetType().Name}: {e.Message}). The site shows them as needing review or missing; check the text by hand and please report this with the file."));
            return fallback();
        }
    }

    /// <summary>Every situation as Needs review: what a protocol shows when its routes could not be read at all.</summary>
    private static EscalationRoutes Unread(NotAvailableNote? note) => new(null,
        [.. Enum.GetValues<Scenario>().Select(s => new ScenarioRoute(s, RouteStatus.NeedsReview, [],
            Provenance.Unsure("reader failed", "", "SiteGen could not read this protocol's complaint routes"))
        {
            Review = "SiteGen could not read this protocol's complaint routes: read its \"when things go wrong\" section by hand.",
        })], [], note);
}
