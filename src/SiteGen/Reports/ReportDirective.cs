using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>A clause or section named in a report, as written: <c>hackney/7.2(g)</c>, <c>haringey/3</c>, <c>hackney/s-expectations</c>.</summary>
/// <param name="Slug">The authority part, before the slash.</param>
/// <param name="Target">A clause number, a printed section number, or a section id (<c>s-…</c>).</param>
/// <param name="Offset">Where the reference starts within the directive's text, to locate errors.</param>
internal sealed record ClauseRef(string Slug, string Target, int Offset)
{
    public string Text => $"{Slug}/{Target}";
}

/// <summary>One row of a side-by-side comparison: an optional label, then the clauses or sections of any authorities.</summary>
internal sealed record ComparisonRow(string? Label, ImmutableArray<ClauseRef> Refs);

/// <summary>What one <c>[[…]]</c> in a report asks for. The syntax is described in the README, "References and embeds".</summary>
internal abstract record ReportDirective
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

    /// <summary><c>[[themes authorities=hackney,merton themes=confidentiality]]</c>: the theme × authority matrix of the comparative analysis.</summary>
    public sealed record ThemeMatrix(AnalysisFilter Filter, string? Caption) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }

    /// <summary><c>[[expectations direction=members-to-officers]]</c>: the expectations matrix, one table per direction.</summary>
    public sealed record ExpectationMatrix(AnalysisFilter Filter, string? Caption) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }

    /// <summary><c>[[escalation authorities=hackney,haringey]]</c>: each authority's complaint route per situation, step by step.</summary>
    public sealed record EscalationMatrix(AnalysisFilter Filter, string? Caption) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }

    /// <summary><c>[[escalation-diagram hackney]]</c>: one authority's complaint routes as a flow diagram, with the steps in words.</summary>
    /// <param name="Offset">Where the slug starts within the directive's text.</param>
    public sealed record EscalationDiagram(string Slug, int Offset, string? Caption) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }

    /// <summary><c>[[protocol merton]]</c>: an authority's whole protocol (or the whole extract SiteGen holds).</summary>
    /// <param name="Offset">Where the slug starts within the directive's text.</param>
    public sealed record WholeProtocol(string Slug, int Offset) : ReportDirective
    {
        public override bool IsBlock => true;
        public override IEnumerable<ClauseRef> Refs => [];
    }
}

/// <summary>A name written in an embed's filter (an authority slug, a theme id …), with where it starts, to locate errors.</summary>
internal sealed record FilterName(string Name, int Offset);

/// <summary>
/// What an analysis embed is narrowed to, as written (<c>authorities=hackney,merton themes=confidentiality</c>). An empty
/// list means "every one". Authorities, themes and expectations are site data, checked by the compiler; directions and
/// scenarios are SiteGen's own fixed words, checked by the parser.
/// </summary>
internal sealed record AnalysisFilter(
    ImmutableArray<FilterName> Authorities,
    ImmutableArray<FilterName> Themes,
    ImmutableArray<FilterName> Expectations,
    ImmutableArray<Direction> Directions,
    ImmutableArray<Scenario> Scenarios)
{
    public static AnalysisFilter All { get; } = new([], [], [], [], []);
}

/// <summary>A problem with how a directive is written, located within its text.</summary>
internal sealed record SyntaxProblem(int Offset, string Message);
