using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>The index compare.js starts from: themes in taxonomy order and authorities with the script file holding each one's clauses.</summary>
internal sealed record CompareIndex(ImmutableArray<CompareTheme> Themes, ImmutableArray<CompareAuthority> Authorities);

internal sealed record CompareTheme(string Id, string Title, string Href);

/// <param name="Script">Site-relative path of the authority's data script (data/compare/&lt;slug&gt;.js).</param>
internal sealed record CompareAuthority(string Slug, string Name, string Authority, bool IsExtract, string Href, string Script)
{
    /// <summary>The council type's key (the register's code) and readable label, and the region: the peers choice groups by them.</summary>
    public string Type { get; init; } = "";

    public string TypeLabel { get; init; } = "";

    public string Region { get; init; } = "";

    /// <summary>The authorities of the same council type nearest in population, nearest first (at most <see cref="AnalysisViews.NearestPeers"/>).</summary>
    public ImmutableArray<string> Near { get; init; } = [];

    /// <summary>Whether the register gives the authority's population; without it no authority is nearest to it.</summary>
    public bool PopulationKnown { get; init; }
}

/// <summary>One authority's clauses by theme, loaded by compare.js through a script tag (fetch is blocked from file://).</summary>
/// <param name="Themes">Theme id → indexes into <paramref name="Clauses"/>.</param>
/// <param name="Review">Theme id → the indexes of the clauses put on that theme from evidence SiteGen is not sure of (only
/// themes that have some): the page and its downloads mark them "Needs review", never as stated.</param>
internal sealed record CompareData(string Slug, ImmutableArray<CompareClause> Clauses, ImmutableSortedDictionary<string, ImmutableArray<int>> Themes,
    ImmutableSortedDictionary<string, ImmutableArray<int>> Review);

/// <param name="Number">The number as displayed; <paramref name="Href"/> is site-relative.</param>
internal sealed record CompareClause(string Number, string Citation, string Href, string Text);

internal sealed partial class AnalysisViews
{

    /// <summary>How many authorities "nearest in population" chooses on the compare page.</summary>
    public const int NearestPeers = 5;

    public CompareIndex CompareIndexData()
    {
        var facets = Facets.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        return new(
            [.. _analysis.Taxonomy.Themes.Select(t => new CompareTheme(t.Id, t.Title, SitePage.Theme(t.Id).FromRoot))],
            [.. _protocols.Select(p => new CompareAuthority(p.Metadata.Slug, p.Metadata.ShortName, p.Metadata.Authority,
                p.Metadata.Coverage == Coverage.Extract, SitePage.Protocol(p.Metadata.Slug).FromRoot, SitePage.CompareScript(p.Metadata.Slug).FromRoot)
            {
                Type = facets[p.Metadata.Slug].TypeKey,
                TypeLabel = facets[p.Metadata.Slug].TypeLabel,
                Region = facets[p.Metadata.Slug].Region,
                PopulationKnown = facets[p.Metadata.Slug].Population is not null,
                // Nearest in population only among authorities whose population the register gives: never a guess.
                Near = facets[p.Metadata.Slug].Population is null ? []
                    : [.. PeerIndex.Nearest(p.Metadata.Slug, NearestPeers).Peers.Where(f => f.Population is not null).Select(f => f.Slug)],
            })]);
    }

    public CompareView Compare()
    {
        // JSON written by SiteGen's own serializer, which escapes <, > and &: safe inside a script element.
        var json = DataJson.SerializeCompact(CompareIndexData());
        var facets = Facets.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        return new CompareView(
            [.. _protocols.Select(p => Ref(p.Metadata, SitePage.Compare))],
            new TrustedHtml(json),
            string.Join(",", _protocols.Where(p => p.Metadata.Coverage == Coverage.Full).Select(p => p.Metadata.Slug)))
        {
            PeerAuthorities = [.. _protocols.Select(p => facets[p.Metadata.Slug]).Select(f => new PeerAuthorityView(f.Slug, f.Name,
                f.Region.Length == 0 ? f.TypeLabel : $"{f.TypeLabel}, {f.Region}"))],
            PeerChoices = PeerChoices,
        };
    }

    public CompareData CompareDataFor(Protocol protocol)
    {
        var analysis = _analysis.For(protocol.Metadata.Slug)!;
        var tagged = analysis.ClauseThemes.Select(c => c.ClauseId).ToImmutableArray();
        var index = tagged.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var themes = _analysis.Taxonomy.Themes.ToImmutableSortedDictionary(
            t => t.Id,
            t => analysis.ClauseThemes.Where(c => c.Tags.Any(g => g.Theme == t.Id)).Select(c => index[c.ClauseId]).ToImmutableArray(),
            StringComparer.Ordinal);
        // The tag that puts a clause on a theme is its first for that theme, as the compare-all export reads it.
        var review = _analysis.Taxonomy.Themes
            .Select(t => (t.Id, Clauses: analysis.ClauseThemes
                .Where(c => c.Tags.FirstOrDefault(g => g.Theme == t.Id) is { } tag && tag.Provenance.State == ReadingState.NeedsReview)
                .Select(c => index[c.ClauseId]).ToImmutableArray()))
            .Where(x => !x.Clauses.IsEmpty)
            .ToImmutableSortedDictionary(x => x.Id, x => x.Clauses, StringComparer.Ordinal);
        return new CompareData(protocol.Metadata.Slug,
            [.. tagged.Select(id => new CompareClause(DisplayNumber(id), Cite(id), ClausePage(id).FromRoot, TextOf(id)))],
            themes, review);
    }

    /// <summary>The data script for one authority: a single call that hands its JSON to compare.js.</summary>
    public OutputFile CompareScript(Protocol protocol) =>
        OutputFile.Text(SitePage.CompareScript(protocol.Metadata.Slug).Path,
            "// SiteGen compare data for " + protocol.Metadata.Slug + ", loaded by assets/compare.js.\n" +
            "window.SiteGenCompare && window.SiteGenCompare.add(" + DataJson.SerializeCompact(CompareDataFor(protocol)).TrimEnd() + ");\n");
}

/// <summary>An authority offered in the compare page's peers choice, with its type and region to tell like from like.</summary>
internal sealed record PeerAuthorityView(string Slug, string Name, string Where);

/// <summary>One "peers" choice: its value in the address (<c>peers=type</c>) and its label.</summary>
internal sealed record PeerChoiceView(string Value, string Label, bool IsDefault);

internal sealed partial class AnalysisViews
{
    /// <summary>The peers choices, in the order the compare page offers them; nearest in population is the default.</summary>
    public static readonly ImmutableArray<PeerChoiceView> PeerChoices =
    [
        new("near", $"Nearest in population: up to {NearestPeers} of the same council type", true),
        new("type", "Same council type", false),
        new("region", "Same region", false),
        new("all", "Everyone", false),
    ];
}
