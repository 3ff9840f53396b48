using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Analysis;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Tests.Robustness.Fuzz;

/// <summary>What happened to one document: how far it got, and every property it broke.</summary>
public sealed record PropertyOutcome(string Stage, IReadOnlyList<string> Violations);

/// <summary>What happened to a batch of documents: one outcome per document, and what broke on the pages they share.</summary>
public sealed record BatchOutcome(IReadOnlyList<PropertyOutcome> Documents, IReadOnlyList<string> SharedViolations);

/// <summary>
/// Runs content files through the real pipeline in memory (decode → front matter → normalise → analyse with the shipped
/// taxonomy → render every page with the real templates → data files and search index) and checks what must hold for
/// any input, however broken. The documents of a batch are the protocols of one site, so the pages every site has
/// (home, theme pages, matrices, search) are rendered once per batch, and protocols meet each other in the analysis.
/// Nothing touches the disk.
/// </summary>
internal static class PipelineProperties
{
    public const string Slug = "fuzz";
    public const string File = $"content/protocols/{Slug}.md";

    public static string SlugOf(int position) => position == 0 ? Slug : string.Create(CultureInfo.InvariantCulture, $"{Slug}-{position}");

    public static string FileOf(int position) => $"content/protocols/{SlugOf(position)}.md";

    public static BatchOutcome CheckBatch(IReadOnlyList<byte[]> batch, TemplateSet templates, AnalysisContent analysisContent, ISet<string> assetPaths)
    {
        var violations = batch.Select(_ => new List<string>()).ToArray();
        var stages = new string[batch.Count];
        var published = new List<(int Position, Protocol Protocol, string Text, string[] Lines)>();
        for (var position = 0; position < batch.Count; position++)
        {
            var file = FileOf(position);
            var (source, readError) = ContentReader.Decode(file, batch[position]);
            if (source is null)
            {
                CheckRefusal([readError!], file, violations[position], "SG014");
                stages[position] = "refused as unreadable";
                continue;
            }
            var (document, parseErrors) = ProtocolFileParser.Parse(source);
            if (document is null)
            {
                CheckRefusal(parseErrors, file, violations[position], "SG01");
                stages[position] = "refused for its front matter";
                continue;
            }
            var result = ProtocolNormaliser.Normalise(document);
            var lines = source.Text.Split('\n');
            CheckDiagnostics(result.Diagnostics, file, lines.Length, violations[position]);
            CheckClauses(result.Protocol, document.BodyFirstLine, lines, violations[position]);
            stages[position] = "published";
            published.Add((position, result.Protocol, source.Text, lines));
        }

        var shared = new List<string>();
        if (published.Count > 0)
        {
            var protocols = published.Select(p => p.Protocol).ToImmutableArray();
            var (analysis, analysisDiagnostics) = SiteAnalyser.Analyse(protocols, [], analysisContent);
            // A small corpus leaves some themes empty, which the analysis rightly warns about in the taxonomy; nothing it says may be an error.
            foreach (var d in analysisDiagnostics.Where(d => d.Severity == Severity.Error))
                shared.Add("analysis reported an error: " + d);

            var model = new SiteModel(new SiteConfig("Fuzz", "", null, "en-GB", "", "content", "templates", "_site"), protocols,
                published.ToImmutableDictionary(p => SlugOf(p.Position), p => p.Text, StringComparer.Ordinal), [], [])
            { Analysis = analysis };
            var files = SiteRenderer.Render(model, templates, "SiteGen fuzz")
                .AddRange(ProtocolData.Build(model.Protocols, model.Analysis))
                .AddRange(AnalysisData.Build(model.Protocols, model.Analysis));
            var owners = published.ToDictionary(p => $"protocols/{SlugOf(p.Position)}.html", p => p, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (owners.TryGetValue(file.Path, out var owner))
                {
                    // The protocol's own page is parsed once, for the audit and for its anchors.
                    var page = OutputAudit.Parse(file.AsText());
                    violations[owner.Position].AddRange(OutputAudit.Html(file.Path, page, assetPaths).Select(p => $"{file.Path}: {p}"));
                    CheckAnchors(owner.Protocol, page.Document, violations[owner.Position]);
                    continue;
                }
                var problems = OutputAudit.OneFile(file.Path, file.Content, assetPaths).Select(p => $"{file.Path}: {p}");
                var sourceOf = published.FirstOrDefault(p => file.Path == $"sources/{SlugOf(p.Position)}.html" || file.Path == $"data/protocols/{SlugOf(p.Position)}.json");
                (sourceOf.Protocol is null ? shared : violations[sourceOf.Position]).AddRange(problems);
            }
            var csvRows = OutputAudit.CsvRows(Encoding.UTF8.GetString(files.Single(f => f.Path == "data/clauses.csv").Content).TrimStart('\uFEFF')).Count;
            var clauses = protocols.Sum(p => p.AllClauses().Count());
            if (csvRows != clauses + 1) shared.Add($"clauses.csv has {csvRows} rows for {clauses} clauses");
        }
        return new([.. stages.Select((stage, i) => new PropertyOutcome(stage, violations[i]))], shared);
    }

    private static void CheckRefusal(IEnumerable<Diagnostic> errors, string file, List<string> violations, string codePrefix)
    {
        foreach (var e in errors)
        {
            if (e.Severity != Severity.Error || e.File != file || !e.Code.StartsWith(codePrefix, StringComparison.Ordinal) || e.Line < 0 || e.Message.Length == 0)
                violations.Add("refusal is not a located error: " + e);
        }
    }

    private static void CheckDiagnostics(IEnumerable<Diagnostic> diagnostics, string file, int lineCount, List<string> violations)
    {
        foreach (var d in diagnostics)
            if (d.File != file || d.Line < 0 || d.Line > lineCount || d.Severity == Severity.Error)
                violations.Add("normaliser diagnostic out of place or an error: " + d);
    }

    /// <summary>Ids are unique and well formed, every clause stands on real body lines, and its words come from them.</summary>
    public static void CheckClauses(Protocol protocol, int bodyFirstLine, string[] lines, List<string> violations)
    {
        // The slug comes from the file's name, whatever the front matter says.
        var slug = Path.GetFileNameWithoutExtension(protocol.Metadata.ContentFile);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in protocol.AllClauses())
        {
            if (!ids.Add(clause.Id)) violations.Add($"duplicate clause id {clause.Id}");
            if (clause.Id != slug + "/" + clause.Number) violations.Add($"clause id {clause.Id} is not {slug}/number");
            if (clause.Lines.First < bodyFirstLine || clause.Lines.Last > lines.Length || clause.Lines.First > clause.Lines.Last)
            {
                violations.Add($"{clause.Id} has lines {clause.Lines} outside the body ({bodyFirstLine}-{lines.Length})");
                continue;
            }
            if (FoundIn(clause.Text, lines, clause.Lines.First, clause.Lines.Last) is { } missing)
                violations.Add($"{clause.Id}: \"{missing}\" is not found, in order, in its lines {clause.Lines}");
            foreach (var note in clause.Notes)
            {
                if (note.Line < 1 || note.Line > lines.Length) violations.Add($"{clause.Id}: its {note.Kind} note is on line {note.Line}, outside the file");
                else if (FoundIn(note.Text, lines, note.Line, note.Line) is { } lost) violations.Add($"{clause.Id}: its {note.Kind} note's \"{lost}\" is not found on line {note.Line}");
            }
        }
        foreach (var section in protocol.Sections.Where(s => s.Title.Length > 0))
            if (FoundIn(section.Title, lines, section.Lines.First, section.Lines.First) is { } missing)
                violations.Add($"section {section.Id}: \"{missing}\" is not found on its heading line {section.Lines.First}");
    }

    /// <summary>
    /// "Found" made precise: the words of <paramref name="text"/> (runs of letters, digits and combining marks) occur as
    /// substrings, in the same order and without overlapping, in the letters, digits and marks of source lines
    /// <paramref name="first"/>-<paramref name="last"/>, those lines read either as written or with their markup removed
    /// line by line as SiteGen removes it (<see cref="InlineText.Clean"/>: formatting tags, emphasis, link targets, escapes).
    /// Punctuation, link targets, page furniture and footnote lines in between are skipped over; nothing may be added,
    /// reordered or taken from other lines. Returns the first word not found, or null.
    /// </summary>
    public static string? FoundIn(string text, string[] lines, int first, int last)
    {
        var words = Words(text).ToList();
        var asWritten = FirstMissing(words, Letters(lines[(first - 1)..last]));
        return asWritten is null || FirstMissing(words, Letters(lines[(first - 1)..last].Select(l => InlineText.Clean(l)))) is null ? null : asWritten;
    }

    private static string? FirstMissing(List<string> words, string haystack)
    {
        var at = 0;
        foreach (var word in words)
        {
            var found = haystack.IndexOf(word, at, StringComparison.Ordinal);
            if (found < 0) return word;
            at = found + word.Length;
        }
        return null;
    }

    private static string Letters(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
            foreach (var ch in line)
                if (IsWordCharacter(ch)) sb.Append(ch);
        return sb.ToString();
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (IsWordCharacter(ch)) { word.Append(ch); continue; }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static bool IsWordCharacter(char ch) => char.IsLetterOrDigit(ch) || char.IsSurrogate(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber;

    /// <summary>Every clause can be linked to: one <c>li.clause</c> per clause, its id the clause number, and no id used twice on the page.</summary>
    private static void CheckAnchors(Protocol protocol, AngleSharp.Dom.IDocument page, List<string> violations)
    {
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
            violations.Add($"id \"{duplicate.Key}\" is used {duplicate.Count()} times on the page");
        var anchors = page.QuerySelectorAll("li.clause").Select(e => e.Id).ToList();
        var numbers = protocol.AllClauses().Select(c => c.Number).ToList();
        if (!anchors.SequenceEqual(numbers))
            violations.Add($"the page anchors {anchors.Count} clauses ({string.Join(", ", anchors.Take(5))}…) for {numbers.Count} ({string.Join(", ", numbers.Take(5))}…)");
    }
}
