using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>Site-wide values every page template sees as <c>site</c>.</summary>
internal sealed record SiteView(string Title, string Description, string Owner, string Language, string Generator);

/// <summary>Per-page values every template sees as <c>page</c>.</summary>
/// <param name="Root">Relative prefix from this page to the site root ("" or "../"), so links work from file://, a server root or a subpath.</param>
/// <param name="Section">Which top navigation item is current.</param>
internal sealed record PageView(string Title, string Root, string Section, ImmutableArray<Crumb> Breadcrumbs, string? CanonicalUrl, string Description);

internal sealed record Crumb(string Title, string? Href)
{
    /// <summary>A crumb on page <paramref name="here"/> that links to <paramref name="target"/>.</summary>
    public static Crumb To(string title, SitePage target, SitePage here) => new(title, target.From(here));
}

internal sealed record AuthorityRow(
    string Slug, string Href, string Authority, string ShortName, string CouncilType, string Nation, string Title,
    string Status, string Coverage, string? Date, string? Version, int ClauseCount, int SectionCount);

internal sealed record ReportRow(string Slug, string Href, string Title, string Committee, string Date, string Authority);

internal sealed record HomeView(ImmutableArray<AuthorityRow> Authorities, ImmutableArray<ReportRow> Reports, int ClauseCount);

/// <summary>A run of clause text: a paragraph, or consecutive bullet lines as one list.</summary>
internal sealed record TextBlock(bool IsList, string Text, ImmutableArray<string> Items);

internal sealed record NoteView(string Kind, string Marker, string Text);

internal sealed partial record ClauseView(
    string Id, string Anchor, string Number, string DisplayNumber, bool IsSynthetic, string? PrintedLabel, string Citation,
    ImmutableArray<TextBlock> Blocks, string Actor, string Modality, string SourceHref, string SourceLines,
    ImmutableArray<NoteView> Notes, ImmutableArray<ClauseView> Children);

internal sealed record SectionView(string Id, string? Number, string Title, int Level, ImmutableArray<ClauseView> Clauses);

internal sealed record ProvenanceView(string Source, string? SourceUrl, string ContentFile, string SourceHref, string? QuotedInTitle, string? QuotedInHref, string DataHref);

internal sealed record ProtocolView(AuthorityRow Summary, ImmutableArray<string> PrintedTitle, ImmutableArray<SectionView> Sections, ProvenanceView Provenance);

internal sealed record SourceLineView(int Number, string Text);

internal sealed record SourceView(AuthorityRow Summary, string ContentFile, ImmutableArray<SourceLineView> Lines);
