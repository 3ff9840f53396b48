using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Register;

/// <summary>A protocol matched to its council in the register, or not matched (then <see cref="Council"/> is null).</summary>
internal sealed record HeldProtocol(string Slug, string Authority, Council? Council);

/// <summary>How many councils of one type (or nation) the site holds, out of how many there are.</summary>
internal sealed record CoverageCount(string Key, string Label, int Present, int Total)
{
    public int Missing => Total - Present;
}

/// <summary>Where each UK principal council stands: which the site holds a protocol for, and which it does not.</summary>
internal sealed record CoverageModel(
    ImmutableArray<HeldProtocol> Held,
    ImmutableArray<CoverageCount> ByType,
    ImmutableArray<CoverageCount> ByNation,
    ImmutableArray<Council> Present,
    ImmutableArray<Council> Missing,
    int Total);

/// <summary>Matches protocols to the register and counts coverage. Pure.</summary>
internal static class CoverageBuilder
{
    /// <summary>The council a protocol belongs to: its front matter code if it has one, else its authority name.</summary>
    public static Council? Match(ProtocolMetadata metadata, CouncilRegister register)
    {
        if (metadata.Code is { } code && register.ByCode(code) is { } byCode) return byCode;
        return register.Match(metadata.Authority) ?? register.Match(metadata.ShortName);
    }

    public static CoverageModel Build(IEnumerable<ProtocolMetadata> protocols, CouncilRegister register)
    {
        var held = protocols.Select(p => new HeldProtocol(p.Slug, p.Authority, Match(p, register))).OrderBy(h => h.Authority, StringComparer.Ordinal).ToImmutableArray();
        var heldCodes = held.Where(h => h.Council is not null).Select(h => h.Council!.Code).ToHashSet(StringComparer.Ordinal);
        var councils = register.PrincipalCouncils.ToList();
        var present = councils.Where(c => heldCodes.Contains(c.Code)).OrderBy(c => c.OfficialName, StringComparer.Ordinal).ToImmutableArray();
        var missing = councils.Where(c => !heldCodes.Contains(c.Code)).OrderBy(c => c.NiceName, StringComparer.Ordinal).ToImmutableArray();

        var byType = councils.GroupBy(c => c.TypeCode)
            .OrderBy(g => CouncilTypes.DisplayOrder.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoverageCount(g.Key, g.First().TypeLabel, g.Count(c => heldCodes.Contains(c.Code)), g.Count()))
            .ToImmutableArray();
        string[] nations = ["England", "Wales", "Scotland", "Northern Ireland"];
        var byNation = councils.GroupBy(c => c.Nation)
            .OrderBy(g => Array.IndexOf(nations, g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g => new CoverageCount(g.Key, g.Key, g.Count(c => heldCodes.Contains(c.Code)), g.Count()))
            .ToImmutableArray();
        return new CoverageModel(held, byType, byNation, present, missing, councils.Count);
    }

    /// <summary>
    /// Warnings where a protocol's front matter says a council type, nation, region or code that contradicts the
    /// register: the register wins on the coverage page, and the user should correct the front matter.
    /// </summary>
    public static ImmutableArray<Diagnostic> Contradictions(IEnumerable<ProtocolMetadata> protocols, CouncilRegister register)
    {
        var found = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var p in protocols)
        {
            if (Match(p, register) is not { } council) continue;
            var registerType = council.CouncilType;
            void Warn(string field, string said, string register) =>
                found.Add(Diagnostic.Warning(p.ContentFile, 0, "SG1650",
                    $"{field} says '{said}' but the register of UK councils has {council.OfficialName} ({council.Code}) as '{register}'. Correct the front matter, or remove the field and let the register supply it."));
            if (registerType != CouncilType.Other && p.CouncilType != registerType && p.CouncilType != CouncilType.Other)
                Warn("council_type", Kebab(p.CouncilType.ToString()), Kebab(registerType.ToString()));
            if (council.NationValue is { } nation && p.Nation != nation)
                Warn("nation", Kebab(p.Nation.ToString()), Kebab(nation.ToString()));
            if (p.Region is { } region && !string.Equals(region, council.Region, StringComparison.OrdinalIgnoreCase))
                Warn("region", region, council.Region);
            if (p.Code is { } code && !string.Equals(code, council.Code, StringComparison.OrdinalIgnoreCase))
                Warn("code", code, council.Code);
        }
        return found.ToImmutable();
    }

    private static string Kebab(string name) => string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}

/// <summary>Latitude and longitude → SVG coordinates, by a simple equirectangular projection scaled to the UK.</summary>
internal static class MapProjection
{
    public const double West = -8.3, East = 2.0, South = 49.8, North = 60.9;

    /// <summary>x and y in a box <paramref name="width"/> wide; the height keeps the UK's proportions at its mid latitude.</summary>
    public static (double X, double Y) Project(double latitude, double longitude, double width)
    {
        var scale = width / ((East - West) * Math.Cos((North + South) / 2 * Math.PI / 180));
        var x = (longitude - West) * Math.Cos((North + South) / 2 * Math.PI / 180) * scale;
        var y = (North - latitude) * scale;
        return (Math.Round(x, 1), Math.Round(y, 1));
    }

    public static double Height(double width) => Project(South, West, width).Y;

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
