using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>The hand-written inputs of the comparative analysis: the taxonomy and the overrides.</summary>
internal sealed record AnalysisContent(Taxonomy Taxonomy, AnalysisOverrides Overrides)
{
    public static AnalysisContent Empty { get; } = new(Taxonomy.Empty, AnalysisOverrides.Empty);

    /// <summary>Parses both files from text; pure, so tests can pass them inline. A null overrides text means there is no overrides file.</summary>
    public static (AnalysisContent? Content, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceFile taxonomyFile, SourceFile? overridesFile)
    {
        var (taxonomy, diagnostics) = TaxonomyFileParser.Parse(taxonomyFile);
        if (taxonomy is null) return (null, diagnostics);
        if (overridesFile is null) return (new AnalysisContent(taxonomy, AnalysisOverrides.Empty), diagnostics);
        var (overrides, overrideDiagnostics) = OverridesFileParser.Parse(overridesFile, taxonomy);
        diagnostics = diagnostics.AddRange(overrideDiagnostics);
        return overrides is null ? (null, diagnostics) : (new AnalysisContent(taxonomy, overrides), diagnostics);
    }
}

/// <summary>Reads content/taxonomy.yml and content/overrides.yml from disk. Without a taxonomy the site is built without analysis pages.</summary>
internal static class AnalysisContentLoader
{
    public static (AnalysisContent? Content, ImmutableArray<Diagnostic> Diagnostics) Load(string siteRoot, string contentDir)
    {
        var taxonomyPath = $"{contentDir}/{TaxonomyFileParser.FileName}";
        var overridesPath = $"{contentDir}/{OverridesFileParser.FileName}";
        if (!File.Exists(Path.Combine(siteRoot, taxonomyPath)))
        {
            var note = File.Exists(Path.Combine(siteRoot, overridesPath))
                ? Diagnostic.Error(overridesPath, 0, "SG0613", $"There is an overrides file but no {taxonomyPath} for it to refer to. Add the taxonomy (copy SiteGen's default content/{TaxonomyFileParser.FileName}) or remove the overrides.")
                : Diagnostic.Info(taxonomyPath, 0, "SG0600", $"No {taxonomyPath}: the theme, expectation, escalation, compare and gap pages are not built. Copy SiteGen's default content/{TaxonomyFileParser.FileName} to add them.");
            return (note.Severity == Severity.Error ? null : AnalysisContent.Empty, [note]);
        }

        var (taxonomyFile, taxonomyError) = ContentReader.Read(siteRoot, taxonomyPath);
        if (taxonomyFile is null) return (null, [taxonomyError!]);
        SourceFile? overridesFile = null;
        if (File.Exists(Path.Combine(siteRoot, overridesPath)))
        {
            (overridesFile, var overridesError) = ContentReader.Read(siteRoot, overridesPath);
            if (overridesFile is null) return (null, [overridesError!]);
        }
        return AnalysisContent.Parse(taxonomyFile, overridesFile);
    }
}
