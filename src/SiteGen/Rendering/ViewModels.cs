using System.Collections.Immutable;

namespace SiteGen.Rendering;

/// <summary>Site-wide values every page template sees as <c>site</c>.</summary>
public sealed record SiteView(string Title, string Description, string Owner, string Language, string Generator);

/// <summary>Per-page values every template sees as <c>page</c>.</summary>
/// <param name="Root">Relative prefix from this page to the site root ("" or "../"), so links work from file://, a server root or a subpath.</param>
/// <param name="Section">Which top navigation item is current.</param>
public sealed record PageView(string Title, string Root, string Section, ImmutableArray<Crumb> Breadcrumbs, string? CanonicalUrl, string Description);

public sealed record Crumb(string Title, string? Href);

public sealed record AuthorityRow(
    string Slug, string Href, string Authority, string ShortName, string CouncilType, string Nation, string Title,
    string Status, string Coverage, string? Date, string? Version, int ClauseCount, int SectionCount);

public sealed record ReportRow(string Slug, string Href, string Title, string Committee, string Date, string Authority);

public sealed record HomeView(ImmutableArray<AuthorityRow> Authorities, ImmutableArray<ReportRow> Reports, int ClauseCount);

/// <summary>A run of clause text: a paragraph, or consecutive bullet lines as one list.</summary>
public sealed record TextBlock(bool IsList, string Text, ImmutableArray<string> Items);

public sealed record NoteView(string Kind, string Marker, string Text);

public sealed partial record ClauseView(
    string Id, string Anchor, string Number, string DisplayNumber, bool IsSynthetic, string? PrintedLabel, string Citation,
    ImmutableArray<TextBlock> Blocks, string Actor, string Modality, string SourceHref, string SourceLines,
    ImmutableArray<NoteView> Notes, ImmutableArray<ClauseView> Children);

public sealed record SectionView(string Id, string? Number, string Title, int Level, ImmutableArray<ClauseView> Clauses);

public sealed record ProvenanceView(string Source, string? SourceUrl, string ContentFile, string SourceHref, string? QuotedInTitle, string? QuotedInHref, string DataHref);

public sealed record ProtocolView(AuthorityRow Summary, ImmutableArray<string> PrintedTitle, ImmutableArray<SectionView> Sections, ProvenanceView Provenance);

public sealed record SourceLineView(int Number, string Text);

public sealed record SourceView(AuthorityRow Summary, string ContentFile, ImmutableArray<SourceLineView> Lines);
