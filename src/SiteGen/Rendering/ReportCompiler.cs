using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;
using SiteGen.Presentation;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>An appendix as a printed report lists it.</summary>
internal sealed record AppendixListItem(string Letter, string Title);

/// <summary>One part of a printed appendix: the heading <paramref name="Id"/> labels it by, and the embed's HTML.</summary>
/// <param name="BreakBefore">The part starts a new page.</param>
internal sealed record AppendixPartView(string Id, string Title, bool BreakBefore, TrustedHtml Body);

/// <summary>
/// Compiles each report: the Reports stage resolves it (<see cref="ReportResolver"/>), then this renders its site body
/// and print-ready documents. Pure. Reports resolve, Rendering renders: the dependency points from here to Reports,
/// never back, so the resolved model is all a renderer needs and the embeds are drawn by the site's partials.
/// </summary>
/// <param name="analysis">The comparative analysis the matrix and diagram embeds show; empty when the site has no taxonomy.</param>
/// <param name="tables">The site's partials, which render embeds as the analysis pages render theirs; SiteGen's own when null.</param>
internal sealed class ReportCompiler(ClauseIndex index, string? baseUrl, SiteAnalysis? analysis = null, PartialRenderer? tables = null)
{
    private readonly ReportResolver _resolver = new(index, analysis);

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
        var (resolved, diagnostics) = _resolver.Resolve(report, quoted);
        if (resolved is null) return (null, diagnostics);
        var document = resolved.Document;
        var siteBody = ReportBodyRenderer.Render(_resolver.Markdown, document, new EmbedWriter(LinkPolicy.Site(SitePage.Report(report.Slug)), tables));
        var printBody = new StringBuilder(ReportBodyRenderer.Render(_resolver.Markdown, document, new EmbedWriter(LinkPolicy.Print(SitePage.Print(report.Slug), baseUrl, resolved.Embeds.SelectMany(e => e.PlacedClauseIds)), tables)));
        // A report without headings of its own (most pasted reports) gets no contents page: one entry is not worth a page.
        var contents = Headings(document).ToBuilder();
        if (!report.Appendices.IsEmpty)
        {
            // Not "appendices": a report heading "Appendices" already takes that id.
            printBody.Append(Partials.Render([.. report.Appendices.Select(a => new AppendixListItem(a.Letter, a.Title))]));
            if (contents.Count > 0) contents.Add(new ContentsEntry("appendix-list", "Appendices", []));
        }

        var print = new PrintedDocument(SitePage.Print(report.Slug).Path, null, report.Title, true, new TrustedHtml(printBody.ToString()), contents.ToImmutable());
        var printedAppendices = resolved.Appendices.Select(a => PrintAppendix(report, a.Appendix, a.Parts)).ToImmutableArray();
        return (new ReportDocument(report, new TrustedHtml(siteBody), print, printedAppendices, resolved.Paragraphs), diagnostics);
    }

    private PrintedDocument PrintAppendix(Report report, ReportAppendix appendix, ImmutableArray<ResolvedEmbed> parts)
    {
        var writer = new EmbedWriter(LinkPolicy.Print(SitePage.PrintAppendix(report.Slug, appendix.Letter), baseUrl, parts.SelectMany(p => p.PlacedClauseIds)), tables);
        var body = new StringBuilder();
        var contents = ImmutableArray.CreateBuilder<ContentsEntry>();
        for (var i = 0; i < parts.Length; i++)
        {
            var id = $"part-{i + 1}";
            var title = PartTitle(parts[i]);
            // Whole protocols and tables start on a page of their own; short extracts, quotations and diagrams run on. The
            // first part follows the cover or contents, which end their own page, or else the title on page 1: never a page break.
            var breakBefore = i > 0 && parts[i] is ResolvedEmbed.Comparison or ResolvedEmbed.WholeProtocol { Protocol.Metadata.Coverage: Coverage.Full }
                or ResolvedEmbed.ThemeMatrix or ResolvedEmbed.ExpectationMatrix or ResolvedEmbed.EscalationMatrix;
            body.Append(Partials.Render(new AppendixPartView(id, title, breakBefore, new TrustedHtml(writer.Block(parts[i], id)))));
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

    private PartialRenderer Partials => tables ?? PartialRenderer.BuiltIn;
}
