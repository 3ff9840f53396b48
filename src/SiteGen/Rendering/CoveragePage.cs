using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Register;

namespace SiteGen.Rendering;

/// <summary>One council on the coverage map: where to draw it and whether the site holds its protocol.</summary>
internal sealed record MapPoint(string X, string Y, string Name, string TypeLabel, bool Present, string? Href);

/// <summary>One missing council in the list under its type.</summary>
internal sealed record MissingGroup(string Label, ImmutableArray<string> Names);

/// <summary>What the coverage page shows.</summary>
internal sealed record CoverageView(
    int Total,
    int PresentCount,
    int MissingCount,
    ImmutableArray<CoverageCount> ByType,
    ImmutableArray<CoverageCount> ByNation,
    ImmutableArray<CoverageHeldRow> Held,
    ImmutableArray<MissingGroup> Missing,
    ImmutableArray<MapPoint> Points,
    string MapWidth,
    string MapHeight,
    string Credit);

/// <summary>A held protocol as the coverage page lists it, with the register's facts about its council.</summary>
internal sealed record CoverageHeldRow(string Authority, string Href, string? TypeLabel, string? Region, string? Nation, string? Code, bool Former);

/// <summary>Renders the coverage page (coverage.html) and the about page (about.html) with the register's credit.</summary>
internal static class CoveragePage
{
    private const double MapWidth = 360;

    public static CoverageView View(SiteModel model, CouncilRegister register)
    {
        var coverage = CoverageBuilder.Build(model.Protocols.Select(p => p.Metadata), register);
        var hrefByCode = coverage.Held.Where(h => h.Council is not null).GroupBy(h => h.Council!.Code)
            .ToDictionary(g => g.Key, g => SitePage.Protocol(g.First().Slug).From(SitePage.Coverage), StringComparer.Ordinal);
        var points = register.PrincipalCouncils
            .Where(c => c.Latitude is not null && c.Longitude is not null)
            .OrderBy(c => hrefByCode.ContainsKey(c.Code) ? 1 : 0).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c =>
            {
                var (x, y) = MapProjection.Project(c.Latitude!.Value, c.Longitude!.Value, MapWidth);
                return new MapPoint(MapProjection.Format(x), MapProjection.Format(y), c.OfficialName, c.TypeLabel, hrefByCode.ContainsKey(c.Code), hrefByCode.GetValueOrDefault(c.Code));
            }).ToImmutableArray();
        var missing = coverage.Missing.GroupBy(c => c.TypeCode)
            .OrderBy(g => CouncilTypes.DisplayOrder.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g => new MissingGroup(g.First().TypeLabel, [.. g.Select(c => c.NiceName)])).ToImmutableArray();
        return new CoverageView(
            coverage.Total, coverage.Present.Length, coverage.Missing.Length,
            coverage.ByType.Where(t => t.Total > 0).ToImmutableArray(), coverage.ByNation,
            [.. coverage.Held.Select(h => new CoverageHeldRow(h.Authority, SitePage.Protocol(h.Slug).From(SitePage.Coverage), h.Council?.TypeLabel, h.Council?.Region, h.Council?.Nation, h.Council?.Code, h.Council is { Current: false }))],
            missing, points, MapProjection.Format(MapWidth), MapProjection.Format(MapProjection.Height(MapWidth)), CouncilRegister.Credit);
    }

    public static ImmutableArray<OutputFile> Render(PageRenderer pages, SiteModel model, TemplateSet templates, Func<string, string, SitePage, PageView> page)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var view = View(model, CouncilRegister.Shipped);
        // A site with its own templates folder from before these pages existed still builds, without them.
        if (templates.Has("coverage.html"))
            files.Add(pages.RenderPage(SitePage.Coverage.Path, "coverage.html", page("Coverage of UK councils", "coverage", SitePage.Coverage), view));
        if (templates.Has("about.html"))
            // The about page shows the same view, from the same folder, so its links are right there too.
            files.Add(pages.RenderPage(SitePage.About.Path, "about.html", page("About this site", "about", SitePage.About), view));
        return files.ToImmutable();
    }
}
