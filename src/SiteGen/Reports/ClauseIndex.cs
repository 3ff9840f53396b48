using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Reports;

/// <summary>What a clause reference resolved to: one clause (with its sub-items) or one whole section.</summary>
internal abstract record ReferenceTarget(Protocol Protocol)
{
    /// <summary>The citation readers see: "Hackney, para 7.2(g)", "Haringey, section 3 (Expectations)".</summary>
    public abstract string Citation { get; }

    /// <summary>The anchor on the authority's page (<c>protocols/&lt;slug&gt;.html#…</c>).</summary>
    public abstract string Anchor { get; }

    /// <summary>The clauses the target covers, parents before children, for in-document anchors.</summary>
    public abstract IEnumerable<Clause> Clauses { get; }

    public sealed record ClauseTarget(Protocol Protocol, Clause Clause) : ReferenceTarget(Protocol)
    {
        public override string Citation => Citations.Cite(Protocol.Metadata, Clause);
        public override string Anchor => Clause.Number;
        public override IEnumerable<Clause> Clauses => Clause.SelfAndDescendants();
    }

    public sealed record SectionTarget(Protocol Protocol, Section Section) : ReferenceTarget(Protocol)
    {
        public override string Citation => Section.Number is { } n
            ? $"{Protocol.Metadata.ShortName}, section {n} ({Section.Title})"
            : $"{Protocol.Metadata.ShortName}, ‘{string.Join(" › ", Section.HeadingPath)}’";
        public override string Anchor => Section.Id;
        public override IEnumerable<Clause> Clauses => Section.Clauses.SelectMany(c => c.SelfAndDescendants());
    }
}

/// <summary>Every authority's clauses and sections by id, for resolving what reports cite. Built once per build.</summary>
internal sealed class ClauseIndex
{
    private readonly ImmutableDictionary<string, Protocol> _protocols;
    private readonly ImmutableDictionary<string, ReferenceTarget.ClauseTarget> _clauses;

    public ClauseIndex(IEnumerable<Protocol> protocols)
    {
        _protocols = protocols.ToImmutableDictionary(p => p.Metadata.Slug, StringComparer.Ordinal);
        _clauses = _protocols.Values.SelectMany(p => p.AllClauses().Select(c => new ReferenceTarget.ClauseTarget(p, c)))
            .ToImmutableDictionary(t => t.Clause.Id, StringComparer.Ordinal);
    }

    public Protocol? Protocol(string slug) => _protocols.GetValueOrDefault(slug);

    /// <summary>A clause by its id (<c>hackney/7.2(g)</c>), as the analysis names clauses.</summary>
    public ReferenceTarget.ClauseTarget Clause(string clauseId) => _clauses[clauseId];

    /// <summary>The slugs, in ordinal order, for suggestions.</summary>
    public IEnumerable<string> Slugs => _protocols.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Resolves <c>slug/target</c>: a clause number first, then a printed section number, then a section id
    /// (<c>s-…</c>, as in the authority page's anchors). Sections without a heading cannot be cited.
    /// </summary>
    /// <returns>The target, or a message saying what is wrong and which ids are nearest.</returns>
    public (ReferenceTarget? Target, string? Problem) Resolve(ClauseRef reference)
    {
        if (_protocols.GetValueOrDefault(reference.Slug) is not { } protocol)
            return (null, UnknownAuthority(reference.Slug, $"[[{reference.Text}]]"));

        if (protocol.AllClauses().FirstOrDefault(c => c.Number == reference.Target) is { } clause)
            return (new ReferenceTarget.ClauseTarget(protocol, clause), null);
        var citable = protocol.Sections.Where(s => s.Title.Length > 0).ToList();
        if ((citable.FirstOrDefault(s => s.Number == reference.Target) ?? citable.FirstOrDefault(s => s.Id == reference.Target)) is { } section)
            return (new ReferenceTarget.SectionTarget(protocol, section), null);

        var suggestions = Nearest.Of(reference.Target, SectionAndClauseNames(protocol)).Select(n => $"{protocol.Metadata.Slug}/{n}");
        return (null, $"{protocol.Metadata.ShortName} ({protocol.Metadata.ContentFile}) has no clause or section '{reference.Target}'. Nearest ids: {string.Join(", ", suggestions)}.");
    }

    /// <summary>Message for a slug that names no protocol, with the nearest slugs.</summary>
    public string UnknownAuthority(string slug, string written)
    {
        var suggestions = Nearest.Of(slug, Slugs);
        return $"{written} names the authority '{slug}', but there is no protocol with that slug. Did you mean: {string.Join(", ", suggestions)}? "
            + "The slug is the protocol's file name in content/protocols without .md.";
    }

    /// <summary>Clause numbers in document order, with each section's number or id before its clauses.</summary>
    private static IEnumerable<string> SectionAndClauseNames(Protocol protocol)
    {
        foreach (var section in protocol.Sections)
        {
            if (section.Title.Length > 0) yield return section.Number ?? section.Id;
            foreach (var clause in section.Clauses.SelectMany(c => c.SelfAndDescendants()))
                yield return clause.Number;
        }
    }
}
