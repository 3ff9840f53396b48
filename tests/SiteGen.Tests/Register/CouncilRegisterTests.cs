using Microsoft.VisualBasic.FileIO;
using SiteGen.Register;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Register;

[Trait("Kind", "Pure")]
public class CouncilRegisterTests
{
    private static CouncilRegister Shipped => CouncilRegister.Shipped;

    [Theory]
    [InlineData("Hackney", "HCK", "LBO")]
    [InlineData("London Borough of Haringey", "HRY", "LBO")]
    [InlineData("hounslow london boro", "HNS", "LBO")]
    [InlineData("Surrey County Council", "SRY", "CTY")]
    [InlineData("Wyre Forest", "WYE", "NMD")]
    [InlineData("WYE", "WYE", "NMD")]
    [InlineData("Epsom & Ewell", "EPS", "NMD")]
    [InlineData("Somerset", "SMT", "UA")]
    [InlineData("Somerset County Council", "SOM", "CTY")]
    [InlineData("E09000012", "HCK", "LBO")]
    public void Finds_an_authority_by_name_alternative_spelling_or_code(string name, string code, string type)
    {
        var found = Shipped.Find(name);
        Assert.NotNull(found.Council);
        Assert.Equal(code, found.Council!.Code);
        Assert.Equal(type, found.Council.TypeCode);
    }

    [Fact]
    public void An_unknown_name_finds_nothing_and_suggests_the_nearest()
    {
        var found = Shipped.Find("Wyre Forrest");
        Assert.Null(found.Council);
        Assert.False(found.Ambiguous);
        Assert.Equal("WYE", found.Candidates[0].Code);
    }

    [Theory]
    [InlineData("Hackney", "HCK")]
    [InlineData("Somerset", "SMT")]
    [InlineData("E09000012", "HCK")]
    [InlineData("Wyre Forrest", null)]
    [InlineData("Ashbridge Borough Council", null)]
    [InlineData("", null)]
    public void Match_is_the_council_Find_finds_without_suggestions(string name, string? code)
    {
        Assert.Equal(code, Shipped.Match(name)?.Code);
        Assert.Equal(Shipped.Find(name).Council?.Code, Shipped.Match(name)?.Code);
    }

    [Fact]
    public void The_embedded_register_has_every_row_of_the_shipped_csv_with_its_columns()
    {
        var path = Path.Combine(Repo.Root, "src", "SiteGen", "Register", "Data", "uk_local_authorities_current.csv");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        Assert.Equal(rows.Count, Shipped.Councils.Length);
        var typeColumn = Array.IndexOf(header, "local-authority-type");
        var regionColumn = Array.IndexOf(header, "region");
        foreach (var row in rows)
        {
            var council = Shipped.ByCode(row[0])!;
            Assert.Equal(row[typeColumn], council.TypeCode);
            Assert.Equal(row[regionColumn], council.Region);
        }
    }

    [Fact]
    public void Peers_share_type_and_region_nearest_by_population_first()
    {
        var hackney = Shipped.ByCode("HCK")!;
        var peers = Peers.Of(hackney, Shipped.Councils, 3);
        Assert.Equal(3, peers.Length);
        Assert.All(peers, p => { Assert.Equal("LBO", p.TypeCode); Assert.Equal("London", p.Region); Assert.NotEqual("HCK", p.Code); });
        var gaps = peers.Select(p => Math.Abs(Math.Log(p.Population!.Value) - Math.Log(hackney.Population!.Value))).ToList();
        Assert.Equal(gaps.Order().ToList(), gaps);
        var nearestElsewhere = Shipped.Councils.Where(c => c.Current && c.TypeCode == "LBO" && c.Code != "HCK" && !peers.Contains(c))
            .Min(c => Math.Abs(Math.Log(c.Population!.Value) - Math.Log(hackney.Population!.Value)));
        Assert.True(gaps[^1] <= nearestElsewhere);
    }

    [Fact]
    public void Peers_of_a_held_protocol_are_only_held_protocols_of_the_same_type_and_region()
    {
        var held = new Dictionary<string, string> { ["hackney"] = "HCK", ["haringey"] = "HRY", ["hounslow"] = "HNS", ["surrey"] = "SRY", ["merton"] = "MRT" };
        var peers = Peers.OfProtocol("hackney", held, Shipped);
        Assert.Equal(["haringey", "hounslow", "merton"], peers.Order(StringComparer.Ordinal));
        Assert.Empty(Peers.OfProtocol("surrey", held, Shipped));
    }
}

[Trait("Kind", "Pure")]
public class CoverageTests
{
    [Fact]
    public void Coverage_page_shows_the_seed_london_boroughs_and_surrey_and_counts_the_councils_not_yet_present()
    {
        using var site = Repo.CopyDefaultSite();
        var (exit, _, err) = SiteBuilds.Build(site.Path);
        Assert.True(exit == 0, err);
        var html = File.ReadAllText(Path.Combine(site.Path, "_site", "coverage.html"));
        foreach (var name in new[] { "Hackney", "Haringey", "Hounslow" })
            Assert.Matches($@"London Borough of {name}</a></th><td>London borough</td><td>London</td>", html);
        Assert.Matches(@"Surrey County Council</a></th><td>County council</td><td>South East</td>", html);

        // Counted here from the CSV with another parser: current councils, not combined or strategic authorities,
        // less those the seed protocols belong to.
        var path = Path.Combine(Repo.Root, "src", "SiteGen", "Register", "Data", "uk_local_authorities_current.csv");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int type = Array.IndexOf(header, "local-authority-type"), current = Array.IndexOf(header, "current-authority"), official = Array.IndexOf(header, "official-name");
        var principal = new List<string>();
        while (!parser.EndOfData)
        {
            var row = parser.ReadFields()!;
            if (row[current] == "True" && row[type] is not ("COMB" or "SRA")) principal.Add(row[official]);
        }
        var seedAuthorities = Directory.GetFiles(Path.Combine(site.Path, "content", "protocols"), "*.md")
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("authority:", StringComparison.Ordinal))[10..].Trim().Trim('"'))
            .ToHashSet();
        var missing = principal.Count(p => !seedAuthorities.Contains(p));
        Assert.Contains($"{missing} councils are not yet present.", html);
        Assert.Contains("mySociety", html);
        Assert.Contains("<desc id=\"map-desc\">", html);
        Assert.Contains("UK Local Authority Names and Codes, CC BY 4.0", File.ReadAllText(Path.Combine(site.Path, "_site", "about.html")));
    }
}

[Trait("Kind", "Pure")]
public class RegisterContradictionTests
{
    private static SiteGen.Model.ProtocolMetadata Hackney(SiteGen.Model.CouncilType type, string? region) =>
        new("hackney", "London Borough of Hackney", "Hackney", type, SiteGen.Model.Nation.England, "Protocol", SiteGen.Model.DocumentStatus.Adopted,
            null, null, "x", null, SiteGen.Model.Coverage.Full, null, [], "content/protocols/hackney.md")
        { Region = region };

    [Fact]
    public void Front_matter_that_contradicts_the_register_is_a_warning_naming_both()
    {
        var warnings = CoverageBuilder.Contradictions([Hackney(SiteGen.Model.CouncilType.District, "South East")], CouncilRegister.Shipped);
        Assert.Equal(2, warnings.Length);
        Assert.All(warnings, w => Assert.Equal("SG1650", w.Code));
        Assert.Contains(warnings, w => w.Message.Contains("council_type says 'district'") && w.Message.Contains("'london-borough'"));
        Assert.Contains(warnings, w => w.Message.Contains("region says 'South East'") && w.Message.Contains("'London'"));
        Assert.Empty(CoverageBuilder.Contradictions([Hackney(SiteGen.Model.CouncilType.LondonBorough, "London")], CouncilRegister.Shipped));
    }

    [Fact]
    public void Unknown_authority_given_to_import_is_an_error_listing_the_nearest_councils()
    {
        var e = Assert.Throws<SiteGen.Import.ImportException>(() => SiteGen.Import.ProtocolImporter.FindCouncil("x.pdf", "", "Wyre Forrest", CouncilRegister.Shipped));
        Assert.Equal("SG1604", e.Code);
        Assert.Contains("\"Wyre Forest District Council\" (WYE)", e.Message);
    }

    [Fact]
    public void Without_authority_import_takes_the_council_the_document_names_most_often()
    {
        var council = SiteGen.Import.ProtocolImporter.FindCouncil("protocol.pdf", "This protocol of Wyre Forest District Council applies to Wyre Forest District Council's members. See also Worcestershire County Council.", null, CouncilRegister.Shipped);
        Assert.Equal("WYE", council.Code);
        var e = Assert.Throws<SiteGen.Import.ImportException>(() => SiteGen.Import.ProtocolImporter.FindCouncil("protocol.pdf", "A protocol.", null, CouncilRegister.Shipped));
        Assert.Equal("SG1617", e.Code);
    }
}
