using System.Collections.Immutable;
using SiteGen.Analysis;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// Renders the comparative analysis pages: the analysis hub, theme index and theme pages, the theme, expectation and
/// escalation matrices, the compare page with its per-authority data scripts, and a gap page per authority.
/// Nothing is rendered when the site has no taxonomy.
/// </summary>
internal static class AnalysisPages
{
    /// <param name="emit">Given each file as it is rendered, returns what is kept of it (see <see cref="SiteRenderer.Render"/>); null keeps every file whole.</param>
    public static ImmutableArray<OutputFile> Render(SiteModel model, TemplateSet templates, string generator, IPageCache? cache = null,
        Func<OutputFile, OutputFile>? emit = null)
    {
        if (model.Analysis.IsEmpty) return [];
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.Owner, model.Config.Language, generator);
        var pages = new PageRenderer(templates, site, cache);
        var views = AnalysisViews.For(model);
        var matrices = AnalysisMatrices.Build(model.Protocols, model.Analysis);
        var files = new EmittedFiles(emit);
        // Every page here is one folder down, so one set of crumbs serves them all.
        var home = Crumb.To("Home", SitePage.Home, SitePage.AnalysisHub);
        var hub = Crumb.To("Compare", SitePage.AnalysisHub, SitePage.AnalysisHub);

        files.Add(Page(pages, model, SitePage.AnalysisHub, "analysis.html", "Compare authorities", "analysis", [home, new Crumb("Compare", null)],
            new AnalysisHubView([.. views.Protocols.Select(p => AnalysisViews.Ref(p.Metadata, SitePage.AnalysisHub))], model.Analysis.Taxonomy.Themes.Length,
                model.Analysis.Taxonomy.Expectations.Length, model.Protocols.Sum(p => p.AllClauses().Count()), views.ReviewCount())));
        files.Add(Page(pages, model, SitePage.Review, "review.html", "Readings to review", "analysis", [home, hub, new Crumb("Readings to review", null)], views.Review()));

        files.Add(Page(pages, model, SitePage.Themes, "themes.html", "Themes", "themes", [home, new Crumb("Themes", null)], views.ThemeIndex()));
        foreach (var theme in model.Analysis.Taxonomy.Themes)
        {
            var here = SitePage.Theme(theme.Id);
            files.Add(Page(pages, model, here, "theme.html", $"Theme: {theme.Title}", "themes",
                [home, Crumb.To("Themes", SitePage.Themes, here), new Crumb(theme.Title, null)], views.ThemePage(theme)));
        }

        var layout = views.Layout;
        void Matrix(string stem, string template, string title, string crumb, string lead, SitePage csv, Func<MatrixPart, object> view)
        {
            var indexPage = MatrixLayout.IndexOf(stem);
            if (!layout.IsSplit)
            {
                files.Add(Page(pages, model, indexPage, template, title, "analysis", [home, hub, new Crumb(crumb, null)], view(layout.Parts[0])));
                return;
            }
            files.Add(Page(pages, model, indexPage, "matrix-index.html", title, "analysis", [home, hub, new Crumb(crumb, null)],
                views.MatrixIndex(stem, title, lead, csv.From(indexPage))));
            foreach (var part in layout.Parts)
            {
                var here = layout.PageOf(stem, part);
                files.Add(Page(pages, model, here, template, $"{title}: {part.Title}", "analysis", [home, hub, Crumb.To(crumb, indexPage, here), new Crumb(part.Title, null)], view(part)));
            }
        }
        Matrix(AnalysisViews.ThemeMatrixStem, "matrix-themes.html", "Themes by authority", "Themes by authority",
            "How many clauses of each authority are on each theme, on a page per council type and nation.", SitePage.ThemeMatrixCsv, part => views.ThemeMatrix(matrices, part));
        Matrix(AnalysisViews.ExpectationsStem, "matrix-expectations.html", "Expectations by authority", "Expectations",
            "What members and officers can expect of each other, mapped to canonical expectations, on a page per council type and nation.", SitePage.ExpectationMatrixCsv, part => views.ExpectationMatrix(matrices, part));
        Matrix(AnalysisViews.EscalationStem, "escalation.html", "Complaint and escalation routes", "Escalation routes",
            "Each authority's complaint and escalation routes, with a flow diagram, on a page per council type and nation.", SitePage.EscalationCsv, part => views.Escalation(part));

        files.Add(Page(pages, model, SitePage.Compare, "compare.html", "Compare authorities side by side", "analysis",
            [Crumb.To("Home", SitePage.Home, SitePage.Compare), Crumb.To("Compare", SitePage.AnalysisHub, SitePage.Compare), new Crumb("Side by side", null)], views.Compare()));
        foreach (var p in views.Protocols)
            files.Add(views.CompareScript(p));

        foreach (var p in views.Protocols)
            files.Add(Page(pages, model, SitePage.Gaps(p.Metadata.Slug), "gap.html", $"{p.Metadata.ShortName}: gaps compared with other authorities", "analysis",
                [home, hub, new Crumb($"Gaps: {p.Metadata.ShortName}", null)], views.GapPage(p, matrices)));
        return files.ToImmutable();
    }

    private static OutputFile Page(PageRenderer pages, SiteModel model, SitePage here, string template, string title, string section, ImmutableArray<Crumb> crumbs, object view) =>
        pages.RenderPage(here.Path, template, SiteRenderer.Page(model, title, section, crumbs, here), view);
}
