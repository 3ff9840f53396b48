using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Import;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Register;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>How many of a seed's clauses came back from an import with the same id and, whitespace aside, the same text.</summary>
internal sealed record RoundTripScore(int Matched, int SeedClauses, int ImportedClauses, ImmutableArray<string> Differences, Protocol Imported)
{
    /// <summary>Matched clauses out of the larger of the two clause counts, so extra clauses count against the import too.</summary>
    public double Share => Matched / (double)Math.Max(1, Math.Max(SeedClauses, ImportedClauses));

    public override string ToString() =>
        $"{Matched}/{SeedClauses} seed clauses matched ({ImportedClauses} imported).\n" + string.Join("\n", Differences.Take(15));
}

internal static class RoundTrip
{
    public static ImportResult Import(string slug, string extension, byte[] bytes, bool ocr = false)
    {
        var authority = Repo.Normalise(slug).Protocol.Metadata.Authority;
        return ProtocolImporter.Import(slug + extension, bytes, new ImportOptions(authority, null, ocr), CouncilRegister.Shipped, Taxonomy.Empty,
            ocr ? OcrMyPdf.Runner() : null);
    }

    public static Protocol Normalise(ImportResult result)
    {
        var (document, errors) = ProtocolFileParser.Parse(new SourceFile($"content/protocols/{result.Slug}.md", result.Markdown));
        Assert.True(document is not null, string.Join("\n", errors) + "\n" + result.Markdown);
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    public static RoundTripScore Score(string slug, ImportResult result)
    {
        Assert.Equal(slug, result.Slug);
        // SITEGEN_IMPORT_DUMP=folder keeps each imported file for a person to read.
        if (Environment.GetEnvironmentVariable("SITEGEN_IMPORT_DUMP") is { Length: > 0 } dump)
            File.WriteAllText(Path.Combine(dump, $"{slug}.{Guid.NewGuid():N}.md"), result.Markdown);
        var seed = Repo.Normalise(slug).Protocol.AllClauses().ToList();
        var imported = Normalise(result);
        var byId = imported.AllClauses().GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var differences = ImmutableArray.CreateBuilder<string>();
        var matched = 0;
        foreach (var clause in seed)
        {
            if (!byId.TryGetValue(clause.Id, out var back)) { differences.Add($"missing {clause.Id}: {Short(clause.Text)}"); continue; }
            if (Same(clause.Text, back.Text)) matched++;
            else differences.Add($"changed {clause.Id}:\n   seed: {Short(clause.Text)}\n   back: {Short(back.Text)}");
        }
        foreach (var extra in imported.AllClauses().Where(c => !seed.Any(s => s.Id == c.Id)))
            differences.Add($"extra {extra.Id}: {Short(extra.Text)}");
        return new RoundTripScore(matched, seed.Count, imported.AllClauses().Count(), differences.ToImmutable(), imported);
    }

    public static bool Same(string a, string b) => Whitespace.Collapse(a) == Whitespace.Collapse(b);

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
