using System.Collections.Immutable;
using System.Text;
using SiteGen.Model;
using SiteGen.Presentation;
using SiteGen.Rendering;
using SiteGen.Reports;

namespace SiteGen.Rendering;

/// <summary>
/// Writes citations and embeds from the clause model. Nothing is written as HTML here: inline citations and links are
/// drawn by templates/partials/embed-clauses.html, and every block embed by a template partial the site may restyle: the
/// matrices by templates/partials/table-matrix.html (the partial the analysis pages use), quotations, comparisons and
/// whole protocols by templates/partials/embed-clauses.html, flow diagrams by templates/partials/flow-figure.html (the
/// partial the escalation pages use). The views handed to them hold plain text only, which the
/// partials escape. One writer serves one document, so a clause printed twice gets its anchor id only the first time.
/// </summary>
/// <param name="tables">Renders the embeds through the site's partials; SiteGen's own when null.</param>
internal sealed partial class EmbedWriter(LinkPolicy links, PartialRenderer? tables = null)
{
    private readonly PartialRenderer _tables = tables ?? PartialRenderer.BuiltIn;

    private readonly HashSet<string> _idsWritten = new(StringComparer.Ordinal);

    public LinkPolicy Links => links;

    /// <summary>A citation, linked where <see cref="LinkPolicy"/> allows: "Hackney, para 7.2(g)".</summary>
    public string Citation(ReferenceTarget target) => Linked("cite", links.TargetHref(target), target.Citation);

    /// <summary>The short link added after a report passage that quotes an extract: "Merton, ¶1.2".</summary>
    public string QuotedFrom(Protocol protocol, Clause clause)
    {
        var number = Citations.IsPositional(clause.Number) ? Citations.DisplayNumber(clause) : "para " + clause.Number;
        return Linked("quoted-from", links.ClauseHref(protocol, clause), $"{protocol.Metadata.ShortName}, {number}");
    }

    public string AuthorityLink(Protocol protocol, string text) => Linked("authority-link", links.ProtocolHref(protocol), text);

    /// <summary>A block embed. Inside an appendix part (<paramref name="partId"/> set) the part's heading already names it, so the embed's own title is left out.</summary>
    public string Block(ResolvedEmbed embed, string? partId = null)
    {
        var html = new StringBuilder();
        switch (embed)
        {
            case ResolvedEmbed.Quotation q:
                WriteQuotation(html, q.Target);
                break;
            case ResolvedEmbed.Comparison c:
                WriteComparison(html, c, withCaption: partId is null);
                break;
            case ResolvedEmbed.WholeProtocol p:
                WriteProtocol(html, p.Protocol, partId);
                break;
            case ResolvedEmbed.ThemeMatrix t:
                WriteThemeMatrix(html, t, EmbedId(partId));
                break;
            case ResolvedEmbed.ExpectationMatrix x:
                WriteExpectationMatrix(html, x, EmbedId(partId));
                break;
            case ResolvedEmbed.EscalationMatrix e:
                WriteEscalationMatrix(html, e, EmbedId(partId));
                break;
            case ResolvedEmbed.EscalationDiagram d:
                WriteEscalationDiagram(html, d, EmbedId(partId), partId);
                break;
        }
        return html.ToString();
    }

    /// <summary>The id a printed protocol section gets inside an appendix part, for its contents entry.</summary>
    public static string SectionAnchor(string partId, Section section) => $"{partId}-{section.Id}";

    private void WriteQuotation(StringBuilder html, ReferenceTarget target)
    {
        var cite = CitationLink(target);
        var view = target is ReferenceTarget.ClauseTarget c
            ? new QuoteEmbedView(true, AnchorOnce(c.Clause), ViewModelBuilder.Blocks(c.Clause.Text), Clauses(c.Clause.Children), cite)
            : new QuoteEmbedView(false, "", [], target is ReferenceTarget.SectionTarget s ? Clauses(s.Section.Clauses) : [], cite);
        html.Append(_tables.Render(view));
    }

    private void WriteComparison(StringBuilder html, ResolvedEmbed.Comparison comparison, bool withCaption)
    {
        var view = new ComparisonEmbedView(withCaption ? comparison.Title : "", comparison.Rows.Any(r => r.Label is not null),
            [.. comparison.Authorities.Select(a => a.Metadata.ShortName)],
            [.. comparison.Rows.Select(row => new ComparedRowView(row.Label ?? "", [.. row.Cells.Select(cell => cell.Select(Compared).ToImmutableArray())]))]);
        html.Append(_tables.Render(view));
    }

    private ComparedEntryView Compared(ReferenceTarget target) => target switch
    {
        ReferenceTarget.ClauseTarget c => new ComparedEntryView(AnchorOnce(c.Clause), CitationLink(target), ViewModelBuilder.Blocks(c.Clause.Text), Clauses(c.Clause.Children)),
        ReferenceTarget.SectionTarget s => new ComparedEntryView("", CitationLink(target), [], Clauses(s.Section.Clauses)),
        _ => new ComparedEntryView("", CitationLink(target), [], []),
    };

    private void WriteProtocol(StringBuilder html, Protocol protocol, string? partId)
    {
        var meta = protocol.Metadata;
        var provenance = new StringBuilder().Append(meta.Authority).Append(". ").Append(Labels.Of(meta.Coverage));
        if (meta.Status == DocumentStatus.Draft) provenance.Append(", draft");
        if (meta.Date is { } date) provenance.Append(", ").Append(ReportText.LongDate(date));
        provenance.Append(". Source: ").Append(meta.Source).Append('.');
        var sections = protocol.Sections.Select(section => new EmbedSectionView(
            section.Level <= 1 ? 3 : 4,
            section.Title.Length > 0 && partId is not null ? SectionAnchor(partId, section) : "",
            section.Title.Length == 0 ? "" : (section.Number is { } n ? n + ". " : "") + section.Title,
            Clauses(section.Clauses)));
        html.Append(_tables.Render(new ProtocolEmbedView(partId is null ? ProtocolTitle(protocol) : "", provenance.ToString(),
            meta.Coverage == Coverage.Extract, [.. sections])));
    }

    /// <summary>"Merton: Member/Officer Protocol (extract)".</summary>
    public static string ProtocolTitle(Protocol protocol) => $"{protocol.Metadata.ShortName}: {protocol.Metadata.Title}";

    /// <summary>The clauses as printed, in reading order, so that each gets its anchor the first time it is printed.</summary>
    private ImmutableArray<EmbedClause> Clauses(IReadOnlyList<Clause> clauses) =>
        [.. clauses.Select(clause => new EmbedClause(AnchorOnce(clause), Citations.DisplayNumber(clause), ViewModelBuilder.Blocks(clause.Text), Clauses(clause.Children)))];

    private EmbedLink CitationLink(ReferenceTarget target) => new("cite", target.Citation, links.TargetHref(target));

    /// <summary>The clause's anchor in a printed document, the first time it is printed there; empty otherwise.</summary>
    private string AnchorOnce(Clause clause) => links.ForPrint && _idsWritten.Add(clause.Id) ? LinkPolicy.PrintAnchor(clause) : "";

    private string Linked(string cssClass, string? href, string text) => _tables.Render(new EmbedLink(cssClass, text, href));
}
