using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Register;

/// <summary>One UK local authority as mySociety's register describes it.</summary>
/// <param name="Code">The register's three- or four-letter local-authority code, e.g. <c>HCK</c>.</param>
/// <param name="TypeCode">The register's type code as it has it (<c>LBO</c>, <c>NMD</c>, <c>CTY</c> …).</param>
/// <param name="TypeName">The register's type name as it has it ("London borough", "Non-metropolitan district" …).</param>
/// <param name="Region">English region, or the nation for authorities outside England.</param>
/// <param name="Population">Population in 2020, where the register gives it.</param>
internal sealed record Council(
    string Code,
    string OfficialName,
    string NiceName,
    string GssCode,
    string Nation,
    string Region,
    string TypeCode,
    string TypeName,
    ImmutableArray<string> AltNames,
    bool Current,
    double? Population,
    double? Latitude,
    double? Longitude)
{
    /// <summary>A council that an officer would compare protocols with: current, and not a combined or strategic regional authority.</summary>
    public bool IsPrincipalCouncil => Current && TypeCode is not ("COMB" or "SRA");

    /// <summary>The readable label of the register's type, for pages and messages.</summary>
    public string TypeLabel => CouncilTypes.Label(TypeCode, TypeName);

    /// <summary>SiteGen's own council type for this register type.</summary>
    public CouncilType CouncilType => CouncilTypes.ToCouncilType(TypeCode);

    public Model.Nation? NationValue => Nation switch
    {
        "England" => Model.Nation.England,
        "Wales" => Model.Nation.Wales,
        "Scotland" => Model.Nation.Scotland,
        "Northern Ireland" => Model.Nation.NorthernIreland,
        _ => null,
    };
}

/// <summary>The register's type codes, kept as it has them, with readable labels and SiteGen's own types.</summary>
internal static class CouncilTypes
{
    /// <summary>Readable labels for the register's type codes; an unknown code shows the register's own name.</summary>
    public static string Label(string code, string registerName) => code switch
    {
        "LBO" => "London borough",
        "MD" => "Metropolitan borough",
        "CTY" => "County council",
        "NMD" => "District council",
        "UA" => "Unitary authority",
        "WPA" => "Welsh principal area",
        "SCO" => "Scottish council",
        "NID" => "Northern Ireland district",
        "CC" => "City corporation",
        "COMB" => "Combined authority",
        "SRA" => "Strategic regional authority",
        _ => registerName,
    };

    public static CouncilType ToCouncilType(string code) => code switch
    {
        "LBO" => CouncilType.LondonBorough,
        "MD" => CouncilType.MetropolitanBorough,
        "CTY" => CouncilType.County,
        "NMD" => CouncilType.District,
        "UA" => CouncilType.Unitary,
        "WPA" => CouncilType.WelshCounty,
        "SCO" => CouncilType.ScottishCouncil,
        _ => CouncilType.Other,
    };

    /// <summary>The register's code for SiteGen's own council type, so that front matter and register types filter alike.</summary>
    public static string FromCouncilType(CouncilType type) => type switch
    {
        CouncilType.LondonBorough => "LBO",
        CouncilType.MetropolitanBorough => "MD",
        CouncilType.County => "CTY",
        CouncilType.District => "NMD",
        CouncilType.Unitary => "UA",
        CouncilType.WelshCounty => "WPA",
        CouncilType.ScottishCouncil => "SCO",
        CouncilType.TownOrParish => "TOWN",
        _ => "OTHER",
    };

    /// <summary>The order types are listed in on pages: London first, then England's tiers, then the other nations.</summary>
    public static readonly ImmutableArray<string> DisplayOrder = ["LBO", "MD", "UA", "CTY", "NMD", "CC", "WPA", "SCO", "NID", "COMB", "SRA"];
}
