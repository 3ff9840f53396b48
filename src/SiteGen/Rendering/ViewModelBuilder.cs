using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>Maps the clause model to what templates display. Pure.</summary>
internal static class ViewModelBuilder
{
    public static AuthorityRow Row(Protocol p, SitePage here) => new(
        Slug: p.Metadata.Slug,
        Href: SitePage.Protocol(p.Metadata.Slug).From(here),
        Authority: p.Metadata.Authority,
        ShortName: p.Metadata.ShortName,
        CouncilType: Labels.Of(p.Metadata.CouncilType),
        Nation: Labels.Of(p.Metadata.Nation),
        Title: p.Metadata.Title,
        Status: Labels.Of(p.Metadata.Status),
        Coverage: Labels.Of(p.Metadata.Coverage),
        Date: p.Metadata.Date,
        Version: p.Metadata.Version,
        ClauseCount: p.AllClauses().Count(),
        SectionCount: p.Sections.Count(s => s.Title.Length > 0));

    public static ReportRow Row(Report r, SitePage here) => new(r.Slug, SitePage.Report(r.Slug).From(here), r.Title, r.Committee, r.Date, r.Authority);

    public static ProtocolView Protocol(Protocol p, Report? quotedIn)
    {
        var slug = p.Metadata.Slug;
        var here = SitePage.Protocol(slug);
        var sections = p.Sections.Select(s => new SectionView(s.Id, s.Number, s.Title, s.Level,
            [.. s.Clauses.Select(c => Clause(p.Metadata, c))])).ToImmutableArray();
        var provenance = new ProvenanceView(
            Source: p.Metadata.Source,
            SourceUrl: p.Metadata.SourceUrl,
            ContentFile: p.Metadata.ContentFile,
            SourceHref: SitePage.Source(slug).From(here),
            QuotedInTitle: quotedIn?.Title,
            QuotedInHref: quotedIn is null ? null : SitePage.Report(quotedIn.Slug).From(here),
            DataHref: SitePage.ProtocolData(slug).From(here));
        return new ProtocolView(Row(p, here), p.PrintedTitle, sections, provenance);
    }

    private static ClauseView Clause(ProtocolMetadata meta, Clause c) => new(
        Id: c.Id,
        Anchor: c.Number,
        Number: c.Number,
        DisplayNumber: Citations.DisplayNumber(c),
        IsSynthetic: Citations.IsPositional(c.Number),
        PrintedLabel: c.PrintedLabel,
        Citation: Citations.Cite(meta, c),
        Blocks: Blocks(c.Text),
        Actor: Labels.Of(c.Actor),
        Modality: Labels.Of(c.Modality),
        SourceHref: SitePage.SourceLine(meta.Slug, c.Lines.First).From(SitePage.Protocol(meta.Slug)),
        SourceLines: c.Lines.First == c.Lines.Last
            ? string.Create(CultureInfo.InvariantCulture, $"line {c.Lines.First}")
            : string.Create(CultureInfo.InvariantCulture, $"lines {c.Lines.First}–{c.Lines.Last}"),
        Notes: [.. c.Notes.Select(n => new NoteView(n.Kind.ToString().ToLowerInvariant(), n.Marker, n.Text))],
        Children: [.. c.Children.Select(child => Clause(meta, child))]);

    /// <summary>Splits clause text into paragraphs, grouping consecutive "• " lines into one list.</summary>
    public static ImmutableArray<TextBlock> Blocks(string text)
    {
        var blocks = ImmutableArray.CreateBuilder<TextBlock>();
        var items = new List<string>();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (paragraph.StartsWith("• ", StringComparison.Ordinal))
            {
                items.Add(paragraph[2..]);
                continue;
            }
            if (items.Count > 0) { blocks.Add(new TextBlock(true, "", [.. items])); items.Clear(); }
            blocks.Add(new TextBlock(false, paragraph, []));
        }
        if (items.Count > 0) blocks.Add(new TextBlock(true, "", [.. items]));
        return blocks.ToImmutable();
    }

    public static SourceView Source(Protocol p, string text) => new(
        Row(p, SitePage.Source(p.Metadata.Slug)),
        p.Metadata.ContentFile,
        [.. text.Split('\n').Select((line, i) => new SourceLineView(i + 1, line))]);
}
