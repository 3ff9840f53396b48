using System.Collections.Immutable;
using Markdig.Syntax;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// A report with every reference checked and resolved against the protocols and the analysis, and its quoted extracts
/// linked: what the Rendering stage turns into the report's page and print-ready documents.
/// </summary>
/// <param name="Document">The parsed body, each reference holding what it resolved to.</param>
/// <param name="Embeds">The body's embeds and citations, in document order.</param>
/// <param name="Paragraphs">The body's paragraphs with the ids the page gives them (<c>para-N</c>), for search.</param>
internal sealed record ResolvedReport(Report Report, MarkdownDocument Document, ImmutableArray<ResolvedEmbed> Embeds,
    ImmutableArray<ReportParagraph> Paragraphs, ImmutableArray<ResolvedAppendix> Appendices);

/// <summary>A declared appendix with each of its includes resolved, in the order declared.</summary>
internal sealed record ResolvedAppendix(ReportAppendix Appendix, ImmutableArray<ResolvedEmbed> Parts);

/// <summary>
/// The Reports stage: checks every reference in every report (and in its appendices) against the normalised
/// protocols and the analysis, and links quoted extracts. Pure. It renders nothing: Rendering's
/// <c>ReportCompiler</c> writes the HTML from what this resolves, so Reports never depends on Rendering.
/// </summary>
/// <param name="analysis">The comparative analysis the matrix and diagram embeds show; empty when the site has no taxonomy.</param>
internal sealed class ReportResolver(ClauseIndex index, SiteAnalysis? analysis = null)
{
    private readonly AnalysisEmbedResolver _analysis = new(index, analysis ?? SiteAnalysis.Empty);

    /// <summary>The report Markdown pipeline, built once: the renderer writes with the same one it was parsed with.</summary>
    public ReportMarkdown Markdown { get; } = new();

    /// <summary>Resolves one report; <paramref name="quoted"/> are the extracts whose front matter says the report quotes them.</summary>
    public (ResolvedReport? Report, ImmutableArray<Diagnostic> Diagnostics) Resolve(Report report, IEnumerable<Protocol> quoted)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var document = Markdown.Parse(report.Body);
        diagnostics.AddRange(ReportLinks.Check(document, report));
        var embeds = new List<ResolvedEmbed>();
        foreach (var (reference, standalone) in ReportMarkdown.References(document))
        {
            var resolved = Resolve(reference.Text, reference.Directive, reference.Problems,
                (offset, code, message) => diagnostics.Add(new Diagnostic(report.ContentFile, report.BodyStartLine + reference.LineOf(offset),
                    reference.ColumnOf(offset), Severity.Error, code, message)));
            if (resolved is null) continue;
            if (reference.Directive!.IsBlock && !standalone)
            {
                diagnostics.Add(new Diagnostic(report.ContentFile, report.BodyStartLine + reference.Line, reference.Column + 1, Severity.Error, "SG0643",
                    $"[[{FirstLine(reference.Text)}]] is a block (a quotation, table, diagram or protocol), so it must stand on its own, with a blank line before and after it."));
                continue;
            }
            reference.Resolved = resolved;
            embeds.Add(resolved);
        }
        diagnostics.AddRange(QuotedExtractLinker.Link(document, report, quoted));
        // The same ids (para-N) on the page and in the search index, from the same parsed document.
        var paragraphs = ReportParagraphs.Anchor(document);

        var appendices = report.Appendices.Select(a => (Appendix: a, Parts: AppendixParts(report, a, diagnostics))).ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return (null, diagnostics.ToImmutable());
        return (new ResolvedReport(report, document, [.. embeds], [.. paragraphs], [.. appendices.Select(a => new ResolvedAppendix(a.Appendix, [.. a.Parts!]))]),
            diagnostics.ToImmutable());
    }

    /// <summary>Checks one directive's syntax and every name in it; reports problems through <paramref name="report"/> (offset, code, message).</summary>
    private ResolvedEmbed? Resolve(string text, ReportDirective? directive, ImmutableArray<SyntaxProblem> problems, Action<int, string, string> report)
    {
        foreach (var problem in problems) report(problem.Offset, "SG0640", problem.Message);
        if (directive is null) return null;
        if (AnalysisEmbedResolver.Handles(directive)) return _analysis.Resolve(directive, $"[[{FirstLine(text)}]]", report);

        var ok = true;
        ReferenceTarget? Target(ClauseRef r)
        {
            var (target, problem) = index.Resolve(r);
            if (target is null)
            {
                report(r.Offset, index.Protocol(r.Slug) is null ? "SG0641" : "SG0642", problem!);
                ok = false;
            }
            return target;
        }

        switch (directive)
        {
            case ReportDirective.Citation c:
                return Target(c.Ref) is { } cited ? new ResolvedEmbed.Citation(cited) : null;
            case ReportDirective.Quotation q:
                return Target(q.Ref) is { } quotedTarget ? new ResolvedEmbed.Quotation(quotedTarget) : null;
            case ReportDirective.WholeProtocol p:
                if (index.Protocol(p.Slug) is { } protocol) return new ResolvedEmbed.WholeProtocol(protocol);
                report(p.Offset, "SG0641", index.UnknownAuthority(p.Slug, $"[[{FirstLine(text)}]]"));
                return null;
            case ReportDirective.Comparison comparison:
                var rows = comparison.Rows.Select(row => (row.Label, Targets: row.Refs.Select(Target).ToList())).ToList();
                if (!ok) return null;
                var authorities = rows.SelectMany(r => r.Targets).Select(t => t!.Protocol).DistinctBy(p => p.Metadata.Slug).ToImmutableArray();
                return new ResolvedEmbed.Comparison(comparison.Caption, authorities, [.. rows.Select(row => new ComparedRow(row.Label,
                    [.. authorities.Select(a => row.Targets.Where(t => t!.Protocol.Metadata.Slug == a.Metadata.Slug).Select(t => t!).ToImmutableArray())]))]);
            default:
                return null;
        }
    }

    /// <summary>Resolves an appendix's include list; null if any entry is wrong (the errors are added).</summary>
    private List<ResolvedEmbed>? AppendixParts(Report report, ReportAppendix appendix, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var parts = new List<ResolvedEmbed>();
        var ok = true;
        foreach (var include in appendix.Include)
        {
            var text = include.Text;
            if (!text.StartsWith("[[", StringComparison.Ordinal) || !text.EndsWith("]]", StringComparison.Ordinal) || text.IndexOf("]]", StringComparison.Ordinal) != text.Length - 2)
            {
                diagnostics.Add(Diagnostic.Error(report.ContentFile, include.Line, "SG0644",
                    $"Each include is one embed written as in a report's text, in quotes, for example \"[[protocol merton]]\" or \"[[compare hackney/7.2 haringey/3.1]]\"; found '{text}'."));
                ok = false;
                continue;
            }
            var inner = text[2..^2];
            var (directive, problems) = ReferenceSyntax.Parse(inner);
            var resolved = Resolve(inner, directive, problems, (offset, code, message) => diagnostics.Add(new Diagnostic(report.ContentFile, include.Line,
                include.Column > 0 ? include.Column + 2 + offset : 0, Severity.Error, code, message)));
            if (resolved is null) { ok = false; continue; }
            if (!directive!.IsBlock)
            {
                diagnostics.Add(Diagnostic.Error(report.ContentFile, include.Line, "SG0644",
                    $"An appendix includes content, not a citation: write \"[[quote {inner}]]\" to print the clause, or \"[[protocol {((ReportDirective.Citation)directive).Ref.Slug}]]\" for the whole protocol."));
                ok = false;
                continue;
            }
            parts.Add(resolved);
        }
        return ok ? parts : null;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
