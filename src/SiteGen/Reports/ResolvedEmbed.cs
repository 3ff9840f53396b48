using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>A directive with every name in it checked against the protocols: what the HTML is written from.</summary>
public abstract record ResolvedEmbed
{
    private ResolvedEmbed() { }

    /// <summary>Ids of the clauses the embed prints in full, so citations in the same printed document can link to them.</summary>
    public abstract IEnumerable<string> PlacedClauseIds { get; }

    public sealed record Citation(ReferenceTarget Target) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => [];
    }

    public sealed record Quotation(ReferenceTarget Target) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => Target.Clauses.Select(c => c.Id);
    }

    /// <param name="Authorities">The table's columns, in the order the directive first names each authority.</param>
    public sealed record Comparison(string? Caption, ImmutableArray<Protocol> Authorities, ImmutableArray<ComparedRow> Rows) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => Rows.SelectMany(r => r.Cells).SelectMany(c => c).SelectMany(t => t.Clauses).Select(c => c.Id);

        /// <summary>The title a reader sees: the caption given, or the authorities compared.</summary>
        public string Title => Caption ?? "Compared: " + Reports.ReportText.JoinAnd(Authorities.Select(a => a.Metadata.ShortName));
    }

    public sealed record WholeProtocol(Protocol Protocol) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => Protocol.AllClauses().Select(c => c.Id);
    }
}

/// <param name="Cells">One cell per authority column, each holding that authority's targets for the row (possibly none).</param>
public sealed record ComparedRow(string? Label, ImmutableArray<ImmutableArray<ReferenceTarget>> Cells);
