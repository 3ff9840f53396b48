using System.Collections.Immutable;

namespace SiteGen.Rendering;

// A report's clause embeds ([[quote …]], [[compare …]], [[protocol …]]) as templates/partials/embed-clauses.html renders
// them: every string is plain text (the partial escapes it); every link is already what the document may link to.

/// <summary>A citation or link: a link when <paramref name="Href"/> is set, else the text in a span of the same class.</summary>
internal sealed record EmbedLink(string Class, string Text, string? Href);

/// <summary>A printed clause: its number as shown, its text, its sub-clauses.</summary>
/// <param name="Id">The anchor the clause gets in this document (only the first time it is printed), or empty.</param>
internal sealed record EmbedClause(string Id, string Label, ImmutableArray<TextBlock> Blocks, ImmutableArray<EmbedClause> Children);

/// <summary>A quotation: one clause (<paramref name="IsClause"/>: its text, then its sub-clauses) or a section's clauses.</summary>
internal sealed record QuoteEmbedView(bool IsClause, string Id, ImmutableArray<TextBlock> Blocks, ImmutableArray<EmbedClause> Clauses, EmbedLink Cite);

/// <summary>One clause or section in a comparison cell, under its citation.</summary>
internal sealed record ComparedEntryView(string Id, EmbedLink Cite, ImmutableArray<TextBlock> Blocks, ImmutableArray<EmbedClause> Clauses);

/// <summary>A row of a comparison: its topic, then a cell per authority (empty: not compared).</summary>
internal sealed record ComparedRowView(string Label, ImmutableArray<ImmutableArray<ComparedEntryView>> Cells);

/// <param name="Caption">Empty inside an appendix part, whose heading already names the table.</param>
/// <param name="Labelled">Rows carry a topic column.</param>
internal sealed record ComparisonEmbedView(string Caption, bool Labelled, ImmutableArray<string> Columns, ImmutableArray<ComparedRowView> Rows);

/// <param name="Heading">"3. Working together", or empty for an untitled section.</param>
/// <param name="Id">The section's anchor inside an appendix part (for its contents entry), or empty.</param>
internal sealed record EmbedSectionView(int Level, string Id, string Heading, ImmutableArray<EmbedClause> Clauses);

/// <param name="Title">Empty inside an appendix part, whose heading already names the protocol.</param>
/// <param name="Extract">SiteGen holds only the quoted paragraphs of this protocol.</param>
internal sealed record ProtocolEmbedView(string Title, string Provenance, bool Extract, ImmutableArray<EmbedSectionView> Sections);
