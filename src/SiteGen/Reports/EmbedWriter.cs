using System.Net;
using System.Text;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Reports;

/// <summary>
/// Writes the HTML of citations and embeds from the clause model. Every piece of text, wherever it came from, is
/// HTML-encoded here: reports and protocols are untrusted content, and embeds only ever produce SiteGen's own markup.
/// One writer serves one document, so a clause printed twice gets its anchor id only the first time. The matrix embeds
/// (themes, expectations, escalation routes) are not written here but by templates/partials/table-matrix.html, the
/// partial the analysis pages use, so a site's own templates restyle both.
/// </summary>
/// <param name="tables">Renders the matrices through the site's table partial; SiteGen's own when null.</param>
internal sealed partial class EmbedWriter(LinkPolicy links, MatrixRenderer? tables = null)
{
    private readonly MatrixRenderer _tables = tables ?? MatrixRenderer.BuiltIn;

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
        html.Append("<figure class=\"clause-quote\">\n<blockquote>\n");
        if (target is ReferenceTarget.ClauseTarget c)
        {
            html.Append("<div class=\"quoted-clause\"").Append(IdAttribute(c.Clause)).Append('>');
            WriteClauseText(html, c.Clause.Text);
            WriteClauseList(html, target.Protocol, c.Clause.Children);
            html.Append("</div>\n");
        }
        else if (target is ReferenceTarget.SectionTarget s)
        {
            WriteClauseList(html, target.Protocol, s.Section.Clauses);
        }
        html.Append("</blockquote>\n<figcaption>").Append(Citation(target)).Append("</figcaption>\n</figure>\n");
    }

    private void WriteComparison(StringBuilder html, ResolvedEmbed.Comparison comparison, bool withCaption)
    {
        var labelled = comparison.Rows.Any(r => r.Label is not null);
        html.Append("<div class=\"table-wrap\">\n<table class=\"comparison\">\n");
        if (withCaption) html.Append("<caption>").Append(Encode(comparison.Title)).Append("</caption>\n");
        html.Append("<thead><tr>");
        if (labelled) html.Append("<th scope=\"col\">Topic</th>");
        foreach (var authority in comparison.Authorities)
            html.Append("<th scope=\"col\">").Append(Encode(authority.Metadata.ShortName)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in comparison.Rows)
        {
            html.Append("<tr>");
            if (labelled) html.Append("<th scope=\"row\">").Append(Encode(row.Label ?? "")).Append("</th>");
            foreach (var cell in row.Cells)
            {
                if (cell.IsEmpty)
                {
                    html.Append("<td class=\"not-compared\">Not compared</td>");
                    continue;
                }
                html.Append("<td>");
                foreach (var target in cell)
                {
                    html.Append("<div class=\"compared\"");
                    if (target is ReferenceTarget.ClauseTarget ct) html.Append(IdAttribute(ct.Clause));
                    html.Append("><p class=\"compared-cite\">").Append(Citation(target)).Append("</p>");
                    if (target is ReferenceTarget.ClauseTarget c)
                    {
                        WriteClauseText(html, c.Clause.Text);
                        WriteClauseList(html, target.Protocol, c.Clause.Children);
                    }
                    else if (target is ReferenceTarget.SectionTarget s)
                    {
                        WriteClauseList(html, target.Protocol, s.Section.Clauses);
                    }
                    html.Append("</div>");
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private void WriteProtocol(StringBuilder html, Protocol protocol, string? partId)
    {
        var meta = protocol.Metadata;
        html.Append("<div class=\"embedded-protocol\">\n");
        if (partId is null) html.Append("<h2>").Append(Encode(ProtocolTitle(protocol))).Append("</h2>\n");
        html.Append("<p class=\"embed-provenance\">").Append(Encode(meta.Authority)).Append(". ").Append(Encode(Labels.Of(meta.Coverage)));
        if (meta.Status == DocumentStatus.Draft) html.Append(", draft");
        if (meta.Date is { } date) html.Append(", ").Append(Encode(ReportText.LongDate(date)));
        html.Append(". Source: ").Append(Encode(meta.Source)).Append(".</p>\n");
        if (meta.Coverage == Coverage.Extract)
            html.Append("<p class=\"embed-provenance\">SiteGen holds only the paragraphs of this protocol that another document quotes; unnumbered paragraphs are numbered by position (¶).</p>\n");
        foreach (var section in protocol.Sections)
        {
            if (section.Title.Length > 0)
            {
                var level = section.Level <= 1 ? 3 : 4;
                html.Append("<h").Append(level);
                if (partId is not null) html.Append(" id=\"").Append(Encode(SectionAnchor(partId, section))).Append('"');
                html.Append('>');
                if (section.Number is { } n) html.Append(Encode(n)).Append(". ");
                html.Append(Encode(section.Title)).Append("</h").Append(level).Append(">\n");
            }
            WriteClauseList(html, protocol, section.Clauses);
        }
        html.Append("</div>\n");
    }

    /// <summary>"Merton: Member/Officer Protocol (extract)".</summary>
    public static string ProtocolTitle(Protocol protocol) => $"{protocol.Metadata.ShortName}: {protocol.Metadata.Title}";

    private void WriteClauseList(StringBuilder html, Protocol protocol, IReadOnlyList<Clause> clauses)
    {
        if (clauses.Count == 0) return;
        html.Append("<ol class=\"clause-list\">\n");
        foreach (var clause in clauses)
        {
            html.Append("<li class=\"embedded-clause\"").Append(IdAttribute(clause)).Append("><span class=\"clause-label\">")
                .Append(Encode(Citations.DisplayNumber(clause))).Append("</span> <div class=\"clause-text\">");
            WriteClauseText(html, clause.Text);
            WriteClauseList(html, protocol, clause.Children);
            html.Append("</div></li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void WriteClauseText(StringBuilder html, string text)
    {
        foreach (var block in ViewModelBuilder.Blocks(text))
        {
            if (!block.IsList)
            {
                html.Append("<p>").Append(Encode(block.Text)).Append("</p>");
                continue;
            }
            html.Append("<ul>");
            foreach (var item in block.Items) html.Append("<li>").Append(Encode(item)).Append("</li>");
            html.Append("</ul>");
        }
    }

    private string IdAttribute(Clause clause)
    {
        if (!links.ForPrint || !_idsWritten.Add(clause.Id)) return "";
        return " id=\"" + Encode(LinkPolicy.PrintAnchor(clause)) + "\"";
    }

    private static string Linked(string cssClass, string? href, string text) => href is null
        ? $"<span class=\"{cssClass}\">{Encode(text)}</span>"
        : $"<a class=\"{cssClass}\" href=\"{Encode(href)}\">{Encode(text)}</a>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
