using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Tests.Analysis;

namespace SiteGen.Tests.Rendering;

/// <summary>What the matrices' filters and the compare page's peers choice offer, built in memory from the default content.</summary>
[Trait("Kind", "Pure")]
public sealed class TableFilterModelTests
{
    private static readonly SiteModel Model = new(new SiteConfig("Test", "", null, "en-GB", "", "content", "templates", "_site"),
        SeedAnalysis.Protocols, ImmutableDictionary<string, string>.Empty, SeedAnalysis.Reports, [])
    { Analysis = SeedAnalysis.Analysis };

    private static AnalysisViews Views => AnalysisViews.For(Model);

    private static AnalysisMatrices Matrices => AnalysisMatrices.Build(Model.Protocols, Model.Analysis);

    private static ImmutableArray<FilterOptionView> Options(TableFilterView filter, string facet) => filter.Facets.Single(f => f.Id == facet).Options;

    [Fact]
    public void The_theme_matrix_filters_by_authority_type_region_and_theme_with_the_registers_readable_labels()
    {
        var filter = Views.ThemeMatrix(Matrices, Views.Layout.Parts[0]).Filter!;
        // Every seed authority is in England: a nation filter with one value would filter nothing, so it is not offered.
        Assert.Equal(["authority", "type", "region", "theme"], filter.Facets.Select(f => f.Id));
        Assert.Equal([("LBO", "London borough", 4), ("UA", "Unitary authority", 1), ("CTY", "County council", 4), ("NMD", "District council", 1)],
            Options(filter, "type").Select(o => (o.Value, o.Label, o.Count)));
        Assert.Contains(Options(filter, "region"), o => o is { Value: "London", Count: 4 });
        Assert.Equal(Model.Analysis.Taxonomy.Themes.Select(t => t.Id), Options(filter, "theme").Select(o => o.Value));
        Assert.Equal(10, filter.AuthorityCount);
        Assert.Equal(("theme", "themes"), (filter.RowNoun, filter.RowNounPlural));

        using var json = JsonDocument.Parse(filter.AuthoritiesJson.Value);
        var surrey = json.RootElement.GetProperty("surrey");
        Assert.Equal(("CTY", "England", "South East"), (surrey.GetProperty("type").GetString(), surrey.GetProperty("nation").GetString(), surrey.GetProperty("region").GetString()));
    }

    [Fact]
    public void The_expectations_matrix_offers_only_themes_it_has_rows_for_and_the_escalation_table_none()
    {
        var expectations = Views.ExpectationMatrix(Matrices, Views.Layout.Parts[0]);
        var themesWithRows = expectations.Tables.SelectMany(t => t.Rows).Select(r => r.ThemeId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(themesWithRows.Order(StringComparer.Ordinal), Options(expectations.Filter!, "theme").Select(o => o.Value).Order(StringComparer.Ordinal));
        Assert.All(expectations.Tables.SelectMany(t => t.Rows), r => Assert.NotEqual("", r.ThemeId));

        var escalation = Views.Escalation(Views.Layout.Parts[0]).Filter!;
        Assert.DoesNotContain(escalation.Facets, f => f.Id == "theme");
        Assert.Equal("", escalation.RowNoun);
    }

    [Fact]
    public void Each_page_of_a_split_matrix_filters_only_its_own_authorities()
    {
        var split = AnalysisViews.For(Model with { MatrixColumns = 3 });
        Assert.True(split.Layout.IsSplit);
        foreach (var part in split.Layout.Parts)
        {
            var view = split.ThemeMatrix(Matrices, part);
            var filter = view.Filter!;
            Assert.Equal(part.Authorities.Length, filter.AuthorityCount);
            var authorities = filter.Facets.SingleOrDefault(f => f.Id == "authority")?.Options.Select(o => o.Value).ToList() ?? [];
            // A part of one authority offers no authority filter: there is nothing to choose between.
            Assert.Equal(part.Authorities.Length < 2 ? [] : part.Authorities.Select(p => p.Metadata.Slug).Order(StringComparer.Ordinal).ToList(), authorities.Order(StringComparer.Ordinal).ToList());
            Assert.Equal(view.Authorities.Select(a => a.Slug).Order(StringComparer.Ordinal), JsonDocument.Parse(filter.AuthoritiesJson.Value).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.NotNull(split.Escalation(part).Filter);
            Assert.NotNull(split.ExpectationMatrix(Matrices, part).Filter);
        }
    }

    [Fact]
    public void The_compare_page_offers_the_peers_choices_and_each_authoritys_nearest_of_its_type()
    {
        var compare = Views.Compare();
        Assert.Equal(["near", "type", "region", "all"], compare.PeerChoices.Select(c => c.Value));
        Assert.Equal("near", Assert.Single(compare.PeerChoices, c => c.IsDefault).Value);
        Assert.Equal("County council, South East", compare.PeerAuthorities.Single(a => a.Slug == "surrey").Where);

        var index = Views.CompareIndexData().Authorities.ToDictionary(a => a.Slug);
        Assert.Equal(["haringey", "hounslow", "merton"], index["hackney"].Near.Order(StringComparer.Ordinal));
        Assert.Empty(index["thurrock"].Near);
        Assert.All(index.Values, a => Assert.All(a.Near, n => Assert.Equal(a.Type, index[n].Type)));
        Assert.Equal(("LBO", "London borough", "London"), (index["hackney"].Type, index["hackney"].TypeLabel, index["hackney"].Region));
    }

    [Fact]
    public void A_gap_page_names_its_peers_and_links_to_the_compare_page_with_each_choice()
    {
        var gap = Views.GapPage(SeedAnalysis.Protocol("hackney"), Matrices);
        Assert.Equal(["Haringey", "Hounslow", "Merton"], gap.Peers.Select(p => p.ShortName));
        Assert.Equal(["../compare.html?of=hackney&peers=near", "../compare.html?of=hackney&peers=type", "../compare.html?of=hackney&peers=region", "../compare.html?of=hackney&peers=all"],
            gap.CompareLinks.Select(l => l.Href));
    }
}
