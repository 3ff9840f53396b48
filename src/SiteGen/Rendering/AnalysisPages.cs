using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// Renders the comparative analysis pages: the analysis hub, theme index and theme pages, the theme, expectation and
/// escalation matrices, the compare page with its per-authority data scripts, and a gap page per authority.
/// Nothing is rendered when the site has no taxonomy.
/// </summary>
internal static class AnalysisPages
{
    public const string Hub = "analysis/index.html";

    /// <summary>Every reading that needs review, with its evidence and the overrides entries that settle it.</summary>
    public const string Review = "analysis/review.html";

    public static ImmutableArray<OutputFile> Render(SiteModel model, TemplateSet templates, string generator, IPageCache? cache = null)
    {
        if (model.Analysis.IsEmpty) return [];
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.Owner, model.Config.Language, generator);
        var pages = new PageRenderer(templates, site, cache);
        var views = AnalysisViews.For(model);
        var matrices = AnalysisMatrices.Build(model.Protocols, model.Analysis);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var home = new Crumb("Home", "../index.html");
        var hub = new Crumb("Compare", "index.html");
        var hubFromElsewhere = new Crumb("Compare", "../" + Hub);

        files.Add(Page(pages, model, Hub, "analysis.html", "Compare authorities", "analysis", [home, new Crumb("Compare", null)],
            new AnalysisHubView([.. views.Protocols.Select(p => AnalysisViews.Ref(p.Metadata, "../"))], model.Analysis.Taxonomy.Themes.Length,
                model.Analysis.Taxonomy.Expectations.Length, model.Protocols.Sum(p => p.AllClauses().Count()), views.ReviewCount())));
        files.Add(Page(pages, model, Review, "review.html", "Readings to review", "analysis", [home, hub, new Crumb("Readings to review", null)], views.Review()));

        files.Add(Page(pages, model, "themes/index.html", "themes.html", "Themes", "themes", [home, new Crumb("Themes", null)], views.ThemeIndex()));
        foreach (var theme in model.Analysis.Taxonomy.Themes)
            files.Add(Page(pages, model, $"themes/{theme.Id}.html", "theme.html", $"Theme: {theme.Title}", "themes",
                [home, new Crumb("Themes", "index.html"), new Crumb(theme.Title, null)], views.ThemePage(theme)));

        var layout = views.Layout;
        void Matrix(string stem, string template, string title, string crumb, string lead, string csvHref, Func<MatrixPart, object> view)
        {
            if (!layout.IsSplit)
            {
                files.Add(Page(pages, model, MatrixLayout.IndexOf(stem), template, title, "analysis", [home, hub, new Crumb(crumb, null)], view(layout.Parts[0])));
                return;
            }
            files.Add(Page(pages, model, MatrixLayout.IndexOf(stem), "matrix-index.html", title, "analysis", [home, hub, new Crumb(crumb, null)],
                views.MatrixIndex(stem, title, lead, csvHref)));
            var index = new Crumb(crumb, "../" + MatrixLayout.IndexOf(stem));
            foreach (var part in layout.Parts)
                files.Add(Page(pages, model, layout.PathOf(stem, part), template, $"{title}: {part.Title}", "analysis", [home, hub, index, new Crumb(part.Title, null)], view(part)));
        }
        Matrix(AnalysisViews.ThemeMatrixStem, "matrix-themes.html", "Themes by authority", "Themes by authority",
            "How many clauses of each authority are on each theme, on a page per council type and nation.", "../data/theme-matrix.csv", part => views.ThemeMatrix(matrices, part));
        Matrix(AnalysisViews.ExpectationsStem, "matrix-expectations.html", "Expectations by authority", "Expectations",
            "What members and officers can expect of each other, mapped to canonical expectations, on a page per council type and nation.", "../data/expectation-matrix.csv", part => views.ExpectationMatrix(matrices, part));
        Matrix(AnalysisViews.EscalationStem, "escalation.html", "Complaint and escalation routes", "Escalation routes",
            "Each authority's complaint and escalation routes, with a flow diagram, on a page per council type and nation.", "../data/escalation.csv", part => views.Escalation(part));

        files.Add(Page(pages, model, "compare.html", "compare.html", "Compare authorities side by side", "analysis",
            [new Crumb("Home", "index.html"), new Crumb("Compare", Hub), new Crumb("Side by side", null)], views.Compare()));
        foreach (var p in views.Protocols)
            files.Add(views.CompareScript(p));

        foreach (var p in views.Protocols)
            files.Add(Page(pages, model, $"gaps/{p.Metadata.Slug}.html", "gap.html", $"{p.Metadata.ShortName}: gaps compared with other authorities", "analysis",
                [home, hubFromElsewhere, new Crumb($"Gaps: {p.Metadata.ShortName}", null)], views.GapPage(p, matrices)));
        return files.ToImmutable();
    }

    private static OutputFile Page(PageRenderer pages, SiteModel model, string path, string template, string title, string section, ImmutableArray<Crumb> crumbs, object view)
    {
        var root = string.Concat(Enumerable.Repeat("../", path.Count(ch => ch == '/')));
        var page = new PageView(title, root, section, crumbs, model.Config.BaseUrl is { } b ? b + path : null, model.Config.Description);
        return pages.RenderPage(path, template, page, view);
    }
}
