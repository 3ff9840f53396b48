using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>A protocol normalised into the shared clause schema: metadata, then sections of clauses in document order.</summary>
internal sealed record Protocol(
    ProtocolMetadata Metadata,
    ImmutableArray<string> PrintedTitle,
    ImmutableArray<Section> Sections)
{
    /// <summary>Every clause, depth first, parents before their children, in document order.</summary>
    public IEnumerable<Clause> AllClauses() => Sections.SelectMany(s => s.Clauses).SelectMany(c => c.SelfAndDescendants());
}

/// <summary>A run of clauses under one heading. Sub-headings are sections of their own with a longer heading path.</summary>
/// <param name="Id">Anchor-safe id, unique within the protocol.</param>
/// <param name="Number">The section number as printed ("3"), or null where the heading has none.</param>
/// <param name="HeadingPath">Titles from the top-level section down to this one.</param>
/// <param name="Level">1 for a top-level section, 2 for a sub-heading within one.</param>
internal sealed record Section(
    string Id,
    string? Number,
    string Title,
    ImmutableArray<string> HeadingPath,
    int Level,
    LineRange Lines,
    ImmutableArray<Clause> Clauses);

/// <summary>One citable paragraph or list item of a protocol.</summary>
/// <param name="Id">Stable id <c>&lt;slug&gt;/&lt;number&gt;</c>, e.g. <c>hackney/7.2(g)</c>.</param>
/// <param name="Number">Normalised full number, e.g. <c>7.2(g)</c>, <c>3.1(l)</c>; synthetic numbers start with a letter (<c>p3</c>, <c>t1.2</c>).</param>
/// <param name="PrintedLabel">The label exactly as printed (<c>1.1.</c>, <c>(I)</c>, <c>a)</c>), or null when the source prints none.</param>
/// <param name="Text">Clean text: markup removed, page furniture removed, split lines joined; paragraphs separated by a blank line, unlabelled bullet lines start with "• ".</param>
/// <param name="Actor">Whose conduct or entitlement the clause addresses (the subject of its main verb or of its lead-in).</param>
/// <param name="Lines">Where the clause stands in its source file (1-based, inclusive), front matter included in the count.</param>
internal sealed record Clause(
    string Id,
    string Number,
    string? PrintedLabel,
    ImmutableArray<string> HeadingPath,
    string Text,
    Actor Actor,
    Modality Modality,
    LineRange Lines,
    ImmutableArray<Note> Notes,
    ImmutableArray<Clause> Children)
{
    /// <summary>True when the source prints no number and SiteGen assigned one by position.</summary>
    public bool IsSynthetic => PrintedLabel is null;

    public IEnumerable<Clause> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var c in child.SelfAndDescendants())
                yield return c;
    }
}

/// <summary>Text attached to a clause that is not part of it: a footnote, a table's value column, or the words a report used when quoting it.</summary>
/// <param name="Kind">footnote, value or context.</param>
/// <param name="Marker">The footnote marker as printed (e.g. "¹"); empty for other kinds.</param>
internal sealed record Note(NoteKind Kind, string Marker, string Text, int Line);

internal enum NoteKind { Footnote, Value, Context }

/// <summary>An inclusive, 1-based range of source lines.</summary>
internal readonly record struct LineRange(int First, int Last)
{
    public LineRange Extend(int line) => new(Math.Min(First, line), Math.Max(Last, line));
    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}

/// <summary>Whose conduct or entitlement a clause addresses.</summary>
public enum Actor { General, Members, Officers, Both, StatutoryOfficers, PoliticalGroups, Council }

/// <summary>The force of a clause, from its governing verb.</summary>
internal enum Modality { None, Must, MustNot, Should, ShouldNot, Will, WillNot, May, MayNot, CanExpect, ExpectedTo, ResponsibleFor, EntitledTo }
