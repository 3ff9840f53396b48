using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>A directive with every name in it checked against the protocols: what the HTML is written from.</summary>
internal abstract record ResolvedEmbed
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

    // The analysis embeds cite clauses but print none of their text, so they place no clauses.

    /// <summary>The theme × authority matrix, narrowed to the themes and authorities asked for.</summary>
    public sealed record ThemeMatrix(string Caption, ImmutableArray<Protocol> Authorities, ImmutableArray<ThemeMatrixRow> Rows) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => [];
    }

    /// <param name="Title">What the whole embed is called (an appendix part's heading); each table's caption adds its direction.</param>
    public sealed record ExpectationMatrix(string Title, ImmutableArray<Protocol> Authorities, ImmutableArray<ExpectationTable> Tables) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => [];
    }

    /// <param name="Scenarios">The situations shown, one column each, in the analysis's order.</param>
    public sealed record EscalationMatrix(string Caption, ImmutableArray<Scenario> Scenarios, ImmutableArray<AuthorityRoutes> Authorities) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => [];
    }

    public sealed record EscalationDiagram(string Caption, AuthorityRoutes Routes) : ResolvedEmbed
    {
        public override IEnumerable<string> PlacedClauseIds => [];
    }
}

/// <param name="Cells">One cell per authority column, each holding that authority's targets for the row (possibly none).</param>
internal sealed record ComparedRow(string? Label, ImmutableArray<ImmutableArray<ReferenceTarget>> Cells);

internal sealed record ThemeMatrixRow(ThemeDefinition Theme, ImmutableArray<ThemeMatrixCell> Cells);

/// <param name="Clauses">The authority's clauses on the theme, in document order; none is a kind of silence.</param>
/// <param name="NotAvailable">The documents' own statement that the theme is dealt with in paragraphs SiteGen does not hold.</param>
internal sealed record ThemeMatrixCell(Protocol Authority, ImmutableArray<ReferenceTarget.ClauseTarget> Clauses, NotAvailableNote? NotAvailable);

/// <summary>One direction of the expectations matrix; no rows means no chosen authority states any chosen expectation that way.</summary>
internal sealed record ExpectationTable(Direction Direction, string Caption, ImmutableArray<ExpectationMatrixRow> Rows);

internal sealed record ExpectationMatrixRow(ExpectationDefinition Expectation, ThemeDefinition Theme, ImmutableArray<ExpectationMatrixCell> Cells);

/// <summary>How an authority stands on one expectation in one direction, in the analysis's own four words.</summary>
internal enum ExpectationState { Stated, StatedAsMutual, NotStated, NotInExtract }

/// <param name="Clauses">For <see cref="ExpectationState.Stated"/> the clauses stating it in this direction; for <see cref="ExpectationState.StatedAsMutual"/> those stating it as mutual.</param>
internal sealed record ExpectationMatrixCell(ExpectationState State, ImmutableArray<ReferenceTarget.ClauseTarget> Clauses);

/// <summary>One authority's complaint routes as the analysis found them, with every clause they name resolved for citing.</summary>
/// <param name="Titles">Display titles of the role and side-route ids the routes use.</param>
internal sealed record AuthorityRoutes(Protocol Authority, EscalationRoutes Routes, ImmutableDictionary<string, string> Titles, ImmutableDictionary<string, ReferenceTarget.ClauseTarget> Clauses)
{
    public string Title(string id) => Titles.GetValueOrDefault(id, id);
}
