using System.Collections.Immutable;

namespace SiteGen.Reports;

/// <summary>A clause or section named in a report, as written: <c>hackney/7.2(g)</c>, <c>haringey/3</c>, <c>hackney/s-expectations</c>.</summary>
/// <param name="Slug">The authority part, before the slash.</param>
/// <param name="Target">A clause number, a printed section number, or a section id (<c>s-…</c>).</param>
/// <param name="Offset">Where the reference starts within the directive's text, to locate errors.</param>
public sealed record ClauseRef(string Slug, string Target, int Offset)
{
    public string Text => $"{Slug}/{Target}";
}

/// <summary>One row of a side-by-side comparison: an optional label, then the clauses or sections of any authorities.</summary>
public sealed record ComparisonRow(string? Label, ImmutableArray<ClauseRef> Refs);

/// <summary>What one <c>[[…]]</c> in a report asks for. The syntax is described in the README, "References and embeds".</summary>
public abstract record ReportDirective
{
    private ReportDirective() { }

    /// <summary>True for embeds that render as a block of their own (a quotation, a table, a protocol) and so must stand alone on their lines.</summary>
    public abstract bool IsBlock { get; }

    /// <summary>Every clause or section reference the directive names, for checking.</summary>
    public abstract IEnumerable<ClauseRef> Refs { get; }

    /// <summary><c>[[hackney/7.2(g)]]</c>: a linked citation, "Hackney, para 7.2(g)".</summary>
    public sealed record Citation(ClauseRef Ref) : ReportDirective
    {
        public override bool IsBlock => false;
        public override IEnumerable<ClauseRef> Refs => [Ref];
    }

    /// <summary><c>[[quote hackney/7.2(g)]]</c>: the clause's (or section's) text as a block quotation with its citation.</summary>
    public sealed record Quotation(ClauseRef Ref) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [Ref];
    }

    /// <summary><c>[[compare hackney/7.2 haringey/3.1 ; hackney/16 haringey/5]]</c>: a table with one column per authority and one row per group.</summary>
    public sealed record Comparison(string? Caption, ImmutableArray<ComparisonRow> Rows) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => Rows.SelectMany(r => r.Refs);
    }

    /// <summary><c>[[protocol merton]]</c>: an authority's whole protocol (or the whole extract SiteGen holds).</summary>
    /// <param name="Offset">Where the slug starts within the directive's text.</param>
    public sealed record WholeProtocol(string Slug, int Offset) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }
}

/// <summary>A problem with how a directive is written, located within its text.</summary>
public sealed record SyntaxProblem(int Offset, string Message);
