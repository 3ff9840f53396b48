using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Reports;

/// <summary>
/// The Reports stage: checks every reference in every report (and in its appendices) against the normalised
/// protocols, links quoted extracts, and renders each report's site body and print-ready documents. Pure.
/// </summary>
/// <param name="analysis">The comparative analysis the matrix and diagram embeds show; empty when the site has no taxonomy.</param>
/// <param name="tables">The site's table partial, which renders matrix embeds as the analysis pages render theirs; SiteGen's own when null.</param>
internal sealed class ReportCompiler(ClauseIndex index, string? baseUrl, SiteAnalysis? analysis = null, PartialRenderer? tables = null)
{
    private readonly ReportMarkdown _markdown = new();
    private readonly AnalysisEmbedResolver _analysis = new(index, analysis ?? SiteAnalysis.Empty);

    /// <summary>Compiles every report; a report with an error yields diagnostics and no document.</summary>
    public static (ImmutableArray<ReportDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) CompileAll(
        ImmutableArray<Report> reports, ImmutableArray<Protocol> protocols, string? baseUrl, SiteAnalysis analysis, PartialRenderer? tables = null)
    {
        var compiler = new ReportCompiler(new ClauseIndex(protocols), baseUrl, analysis, tables);
        var documents = ImmutableArray.CreateBuilder<ReportDocument>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var report in reports)
        {
            var quoted = protocols.Where(p => p.Metadata.QuotedIn == report.Slug).OrderBy(p => p.Metadata.Slug, StringComparer.Ordinal);
            var (document, found) = compiler.Compile(report, quoted);
            diagnostics.AddRange(found);
            if (document is not null) documents.Add(document);
        }
        return (documents.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Compiles one report; <paramref name="quoted"/> are the extracts whose front matter says the report quotes them.</summary>
    public (ReportDocument? Document, ImmutableArray<Diagnostic> Diagnostics) Compile(Report report, IEnumerable<Protocol> quoted)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var document = _markdown.Parse(report.Body);
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

        var siteBody = _markdown.Render(document, new EmbedWriter(LinkPolicy.Site(SitePage.Report(report.Slug)), tables));
        var printBody = new StringBuilder(_markdown.Render(document, new EmbedWriter(LinkPolicy.Print(SitePage.Print(report.Slug), baseUrl, embeds.SelectMany(e => e.PlacedClauseIds)), tables)));
        // A report without headings of its own (most pasted reports) gets no contents page: one entry is not worth a page.
        var contents = Headings(document).ToBuilder();
        if (!report.Appendices.IsEmpty)
        {
            // Not "appendices": a report heading "Appendices" already takes that id.
            printBody.Append("<section class=\"appendix-list\" aria-labelledby=\"appendix-list\">\n<h2 id=\"appendix-list\">Appendices</h2>\n<ul>\n");
            foreach (var a in report.Appendices)
                printBody.Append("<li>Appendix ").Append(Encode(a.Letter)).Append(": ").Append(Encode(a.Title)).Append(" (a separate document)</li>\n");
            printBody.Append("</ul>\n</section>\n");
            if (contents.Count > 0) contents.Add(new ContentsEntry("appendix-list", "Appendices", []));
        }

        var print = new PrintedDocument(SitePage.Print(report.Slug).Path, null, report.Title, true, new TrustedHtml(printBody.ToString()), contents.ToImmutable());
        var printedAppendices = appendices.Select(a => PrintAppendix(report, a.Appendix, a.Parts!)).ToImmutableArray();
        return (new ReportDocument(report, new TrustedHtml(siteBody), print, printedAppendices, [.. paragraphs]), diagnostics.ToImmutable());
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

    private PrintedDocument PrintAppendix(Report report, ReportAppendix appendix, List<ResolvedEmbed> parts)
    {
        var writer = new EmbedWriter(LinkPolicy.Print(SitePage.PrintAppendix(report.Slug, appendix.Letter), baseUrl, parts.SelectMany(p => p.PlacedClauseIds)), tables);
        var body = new StringBuilder();
        var contents = ImmutableArray.CreateBuilder<ContentsEntry>();
        for (var i = 0; i < parts.Count; i++)
        {
            var id = $"part-{i + 1}";
            var title = PartTitle(parts[i]);
            // Whole protocols and tables start on a page of their own; short extracts, quotations and diagrams run on. The
            // first part follows the cover or contents, which end their own page, or else the title on page 1: never a page break.
            var breakBefore = i > 0 && parts[i] is ResolvedEmbed.Comparison or ResolvedEmbed.WholeProtocol { Protocol.Metadata.Coverage: Coverage.Full }
                or ResolvedEmbed.ThemeMatrix or ResolvedEmbed.ExpectationMatrix or ResolvedEmbed.EscalationMatrix;
            body.Append("<section class=\"appendix-part").Append(breakBefore ? " break-before" : "").Append("\" aria-labelledby=\"").Append(id).Append("\">\n")
                .Append("<h2 id=\"").Append(id).Append("\">").Append(Encode(title)).Append("</h2>\n")
                .Append(writer.Block(parts[i], id))
                .Append("</section>\n");
            var children = parts[i] is ResolvedEmbed.WholeProtocol whole
                ? whole.Protocol.Sections.Where(s => s.Title.Length > 0 && s.Level == 1)
                    .Select(s => new ContentsEntry(EmbedWriter.SectionAnchor(id, s), s.Number is { } n ? $"{n}. {s.Title}" : s.Title, [])).ToImmutableArray()
                : [];
            contents.Add(new ContentsEntry(id, title, children));
        }
        return new PrintedDocument(SitePage.PrintAppendix(report.Slug, appendix.Letter).Path, appendix.Letter, appendix.Title, appendix.Cover,
            new TrustedHtml(body.ToString()), contents.ToImmutable());
    }

    private static string PartTitle(ResolvedEmbed part) => part switch
    {
        ResolvedEmbed.WholeProtocol p => EmbedWriter.ProtocolTitle(p.Protocol),
        ResolvedEmbed.Comparison c => c.Title,
        ResolvedEmbed.Quotation q => q.Target.Citation,
        ResolvedEmbed.ThemeMatrix t => t.Caption,
        ResolvedEmbed.ExpectationMatrix x => x.Title,
        ResolvedEmbed.EscalationMatrix e => e.Caption,
        ResolvedEmbed.EscalationDiagram d => d.Caption,
        _ => "",
    };

    /// <summary>The report's own headings (levels 1 to 3) as nested contents entries.</summary>
    private static ImmutableArray<ContentsEntry> Headings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level <= 3 && h.Inline is not null && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => (h.Level, Id: h.GetAttributes().Id!, Title: QuotedExtractLinker.PlainText(h.Inline!).Trim()))
            .ToList();
        if (headings.Count == 0) return [];
        var top = headings.Min(h => h.Level);
        var entries = ImmutableArray.CreateBuilder<ContentsEntry>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].Level != top) continue;
            var children = headings.Skip(i + 1).TakeWhile(h => h.Level > top).Where(h => h.Level == top + 1)
                .Select(h => new ContentsEntry(h.Id, h.Title, [])).ToImmutableArray();
            entries.Add(new ContentsEntry(headings[i].Id, headings[i].Title, children));
        }
        return entries.ToImmutable();
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
