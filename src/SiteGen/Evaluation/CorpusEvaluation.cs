using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Evaluation;

/// <summary>One annotated text, loaded: its annotation and the protocol document it annotates.</summary>
internal sealed record AnnotatedText(DocumentTruth Truth, ProtocolDocument Document);

/// <summary>Everything an evaluation reads from disk: the annotated texts, the taxonomy and overrides, and reports quoting extracts.</summary>
internal sealed record EvalInput(ImmutableArray<AnnotatedText> Texts, AnalysisContent Content, ImmutableArray<Report> Reports);

/// <summary>
/// Runs the build's own stages — Content → Normalise → Analysis, with the same taxonomy and overrides — over a corpus
/// of annotated texts and scores each document. Loading is the only part that touches the disk.
/// </summary>
internal static class CorpusEvaluation
{
    /// <summary>The pure part: normalise and analyse the texts as a build does, then score each against its annotation.</summary>
    public static (CorpusScore? Score, ImmutableArray<Diagnostic> Diagnostics) Evaluate(EvalInput input)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var protocols = new List<Protocol>();
        foreach (var text in input.Texts)
        {
            NormaliseResult result;
            try
            {
                result = ProtocolNormaliser.Normalise(text.Document);
            }
            catch (RegexMatchTimeoutException e)
            {
                // A runaway pattern would hang the run; stopped by the process-wide limit, it is named, and the other texts still load.
                diagnostics.Add(PatternTimeout.Diagnose(text.Document.Metadata.ContentFile, "text (normalising it)", e));
                continue;
            }
            diagnostics.AddRange(result.Diagnostics);
            protocols.Add(result.Protocol);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return (null, diagnostics.ToImmutable());

        var slugs = protocols.Select(p => p.Metadata.Slug).ToHashSet(StringComparer.Ordinal);
        var content = input.Content with { Overrides = OnlyFor(input.Content.Overrides, slugs) };
        SiteAnalysis analysis;
        ImmutableArray<Diagnostic> analysisDiagnostics;
        try
        {
            (analysis, analysisDiagnostics) = SiteAnalyser.Analyse(protocols, input.Reports, content);
        }
        catch (RegexMatchTimeoutException e)
        {
            // Each reader is guarded per protocol; this is a pattern run over every text at once (similar wording): name the clause's text when it can be told.
            var holder = protocols.FirstOrDefault(p => PatternTimeout.ClauseOf(e.Input, p.AllClauses()) is not null);
            diagnostics.Add(PatternTimeout.Diagnose(holder?.Metadata.ContentFile ?? content.Taxonomy.File, "analysis", e, holder?.AllClauses()));
            return (null, diagnostics.ToImmutable());
        }
        // A taxonomy theme that no corpus text touches is not a problem of the corpus (SG0620 is for a site's own content).
        diagnostics.AddRange(analysisDiagnostics.Where(d => d.Code != "SG0620"));
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return (null, diagnostics.ToImmutable());

        var scores = input.Texts.Zip(protocols)
            .Select(pair => Scorer.Score(pair.First.Truth, SiteGenReadings.From(pair.Second, analysis.For(pair.Second.Metadata.Slug))))
            .ToImmutableArray();
        return (new CorpusScore(scores), diagnostics.ToImmutable());
    }

    /// <summary>The overrides that concern the protocols of this run: the repository's overrides name seed clauses that a corpus run may not hold.</summary>
    public static AnalysisOverrides OnlyFor(AnalysisOverrides overrides, IReadOnlySet<string> slugs) => overrides with
    {
        Themes = [.. overrides.Themes.Where(t => slugs.Contains(SlugOf(t.ClauseId)))],
        NotQuoted = [.. overrides.NotQuoted.Where(n => slugs.Contains(n.Authority))],
    };

    private static string SlugOf(string clauseId) => clauseId.IndexOf('/') is > 0 and var slash ? clauseId[..slash] : clauseId;

    /// <summary>
    /// Reads the corpus: every <c>*.truth.yml</c> in <paramref name="corpusFolder"/> with the text it names, the taxonomy and
    /// overrides from <paramref name="contentFolder"/>, and that folder's reports (which extracts need). Paths in messages
    /// are relative to the current folder where possible.
    /// </summary>
    public static (EvalInput? Input, ImmutableArray<Diagnostic> Diagnostics) Load(string corpusFolder, string contentFolder)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Directory.Exists(corpusFolder))
            return (null, [Diagnostic.Error(Display(corpusFolder), 0, EvalCodes.NoCorpus, "There is no such corpus folder. Give a folder of NN-slug.md texts with NN-slug.truth.yml annotations (see tests/corpus/FORMAT.md).")]);
        var taxonomyPath = Path.Combine(contentFolder, TaxonomyFileParser.FileName);
        if (!File.Exists(taxonomyPath))
            return (null, [Diagnostic.Error(Display(taxonomyPath), 0, EvalCodes.NoCorpus, "There is no taxonomy here: eval scores against a taxonomy. Run from the repository's root, or give --content <folder with taxonomy.yml>.")]);
        var (taxonomyFile, taxonomyError) = Read(taxonomyPath);
        if (taxonomyFile is null) return (null, [taxonomyError!]);
        var overridesPath = Path.Combine(contentFolder, OverridesFileParser.FileName);
        SourceFile? overridesFile = null;
        if (File.Exists(overridesPath))
        {
            (overridesFile, var overridesError) = Read(overridesPath);
            if (overridesFile is null) return (null, [overridesError!]);
        }
        var (content, contentDiagnostics) = AnalysisContent.Parse(taxonomyFile, overridesFile);
        diagnostics.AddRange(contentDiagnostics);
        if (content is null) return (null, diagnostics.ToImmutable());

        var reports = ImmutableArray.CreateBuilder<Report>();
        var reportsFolder = Path.Combine(contentFolder, "reports");
        if (Directory.Exists(reportsFolder))
        {
            foreach (var path in Directory.EnumerateFiles(reportsFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var (file, error) = Read(path);
                if (file is null) { diagnostics.Add(error!); continue; }
                var (report, errors) = ReportFileParser.Parse(file);
                diagnostics.AddRange(errors);
                if (report is not null) reports.Add(report);
            }
        }

        var texts = ImmutableArray.CreateBuilder<AnnotatedText>();
        var annotatedTexts = new HashSet<string>(StringComparer.Ordinal);
        var truthPaths = Directory.EnumerateFiles(corpusFolder, "*" + TruthFileReader.Suffix).Order(StringComparer.Ordinal).ToArray();
        if (truthPaths.Length == 0)
            diagnostics.Add(Diagnostic.Error(Display(corpusFolder), 0, EvalCodes.NoCorpus, "This folder has no *.truth.yml annotations to score against (see tests/corpus/FORMAT.md)."));
        foreach (var truthPath in truthPaths)
        {
            var (truthFile, truthError) = Read(truthPath);
            if (truthFile is null) { diagnostics.Add(truthError!); continue; }
            var textPath = Path.GetFullPath(TruthFileReader.TextPathFor(truthFile with { RelativePath = truthPath }));
            annotatedTexts.Add(textPath);
            var (truth, truthDiagnostics) = TruthFileReader.Parse(truthFile, Display(textPath), content.Taxonomy);
            diagnostics.AddRange(truthDiagnostics);
            if (truth is null) continue;
            if (!File.Exists(textPath))
            {
                diagnostics.Add(Diagnostic.Error(truthFile.RelativePath, 1, EvalCodes.MissingText, $"The text this annotates, {Display(textPath)}, does not exist. Put NN-slug.md beside NN-slug.truth.yml, or name it with 'text: <path>'."));
                continue;
            }
            var (textFile, textError) = Read(textPath);
            if (textFile is null) { diagnostics.Add(textError!); continue; }
            var (document, errors) = ProtocolFileParser.Parse(textFile);
            diagnostics.AddRange(errors);
            if (document is null) continue;
            if (texts.Any(t => t.Document.Metadata.Slug == document.Metadata.Slug))
            {
                diagnostics.Add(Diagnostic.Error(truthFile.RelativePath, 1, EvalCodes.Duplicate, $"Another annotation already scores a text named '{document.Metadata.Slug}'. Give each text its own name."));
                continue;
            }
            texts.Add(new AnnotatedText(truth, document));
        }
        foreach (var md in Directory.EnumerateFiles(corpusFolder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(md);
            if (name is "FORMAT.md" or "README.md" || annotatedTexts.Contains(Path.GetFullPath(md))) continue;
            diagnostics.Add(Diagnostic.Info(Display(md), 0, EvalCodes.NotAnnotated, "This text has no annotation (NN-slug.truth.yml) yet, so it is not scored."));
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error)) return (null, diagnostics.ToImmutable());
        return (new EvalInput(texts.ToImmutable(), content, reports.ToImmutable()), diagnostics.ToImmutable());
    }

    private static (SourceFile? File, Diagnostic? Error) Read(string path)
    {
        var display = Display(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Length > ContentReader.MaxFileBytes)
                return (null, Diagnostic.Error(display, 0, "SG0141", "This file is larger than content files may be; is it the right file?"));
            return ContentReader.Decode(display, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(display, 0, EvalCodes.MissingText, $"The file could not be read ({e.Message})."));
        }
    }

    /// <summary>A path as a person would type it from the current folder; absolute when it lies elsewhere.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
    }
}
