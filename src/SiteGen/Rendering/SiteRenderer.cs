using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>Everything the site is rendered from: the normalised protocols, their source texts, the reports and their compiled documents.</summary>
internal sealed record SiteModel(
    SiteConfig Config,
    ImmutableArray<Protocol> Protocols,
    ImmutableDictionary<string, string> SourceTexts,
    ImmutableArray<Report> Reports,
    ImmutableArray<Reports.ReportDocument> ReportDocuments)
{
    /// <summary>Themes, expectations, escalation routes and similar wording; empty when the site has no taxonomy.</summary>
    public SiteAnalysis Analysis { get; init; } = SiteAnalysis.Empty;

    /// <summary>Whom each gap page compares an authority with; by council type unless a register supplies another choice.</summary>
    public PeerSelector Peers { get; init; } = PeerGroups.ByCouncilType;

    /// <summary>The register of UK councils that filters and peers read type, region and population from; null for the one SiteGen ships.</summary>
    public Register.CouncilRegister? Register { get; init; }

    /// <summary>The most authorities a matrix page shows before it is split by council type and nation.</summary>
    public int MatrixColumns { get; init; } = MatrixLayout.DefaultMaxColumns;
}

/// <summary>Renders every HTML page of the site to in-memory files. Pure apart from the templates it was given.</summary>
internal static class SiteRenderer
{
    /// <summary>The page that lists the clauses a reader picked, builds their Word appendix and their report lines.</summary>
    public const string BasketPath = "basket.html";

    /// <param name="timer">Records the time of pages, analysis pages and search, when given.</param>
    /// <param name="cache">Pages and search files kept from earlier builds; only pages whose inputs changed are rendered again.</param>
    public static ImmutableArray<OutputFile> Render(SiteModel model, TemplateSet templates, string generator, Build.StageTimer? timer = null, IPageCache? cache = null)
    {
        timer ??= new Build.StageTimer();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.Owner, model.Config.Language, generator);
        var pages = new PageRenderer(templates, site, cache);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var reportsBySlug = model.Reports.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var protocols = model.Protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ToImmutableArray();

        var home = new HomeView(
            [.. protocols.Select(p => ViewModelBuilder.Row(p, ""))],
            [.. model.Reports.OrderByDescending(r => r.Date, StringComparer.Ordinal).Select(r => ViewModelBuilder.Row(r, ""))],
            protocols.Sum(p => p.AllClauses().Count()));
        files.Add(Page(pages, "index.html", "home.html", Page(model, "Home", "", "home", [], "index.html"), home));

        foreach (var p in protocols)
        {
            var slug = p.Metadata.Slug;
            var quotedIn = p.Metadata.QuotedIn is { } q ? reportsBySlug.GetValueOrDefault(q) : null;
            var crumbs = ImmutableArray.Create(new Crumb("Home", "../index.html"), new Crumb(p.Metadata.ShortName, null));
            files.Add(Page(pages, $"protocols/{slug}.html", "protocol.html",
                Page(model, $"{p.Metadata.ShortName}: {p.Metadata.Title}", "../", "authorities", crumbs, $"protocols/{slug}.html"),
                AnalysisViews.Annotate(ViewModelBuilder.Protocol(p, quotedIn), model)) with
            { Source = p.Metadata.ContentFile });

            var sourceCrumbs = ImmutableArray.Create(new Crumb("Home", "../index.html"), new Crumb(p.Metadata.ShortName, $"../protocols/{slug}.html"), new Crumb("Source text", null));
            files.Add(Page(pages, $"sources/{slug}.html", "source.html",
                Page(model, $"{p.Metadata.ShortName}: source text", "../", "authorities", sourceCrumbs, $"sources/{slug}.html"),
                ViewModelBuilder.Source(p, model.SourceTexts[slug])) with
            { Source = p.Metadata.ContentFile });
        }

        var reportRows = model.Reports.OrderByDescending(r => r.Date, StringComparer.Ordinal).Select(r => ViewModelBuilder.Row(r, "../")).ToImmutableArray();
        files.Add(Page(pages, "reports/index.html", "reports.html",
            Page(model, "Committee reports", "../", "reports", [new Crumb("Home", "../index.html"), new Crumb("Reports", null)], "reports/index.html"),
            reportRows));
        files.AddRange(ReportPages.Render(pages, (title, root, section, crumbs, path) => Page(model, title, root, section, crumbs, path), model.ReportDocuments, protocols));

        files.Add(Page(pages, ReportPages.DocumentsPath, ReportPages.DocumentsPath,
            Page(model, "Documents", "", "documents", [new Crumb("Home", "index.html"), new Crumb("Documents", null)], ReportPages.DocumentsPath),
            ReportPages.Documents(model.ReportDocuments)));

        // The appendix basket is filled in the reader's browser by assets/pick.js; a site whose own templates have no
        // basket.html simply has no basket page.
        if (templates.Has(BasketPath))
            files.Add(Page(pages, BasketPath, BasketPath, Page(model, "Appendix basket", "", "basket", [new Crumb("Home", "index.html"), new Crumb("Appendix basket", null)], BasketPath), home));
        files.Add(Page(pages, "data.html", "data.html", Page(model, "Download the data", "", "data", [new Crumb("Home", "index.html"), new Crumb("Data", null)], "data.html"), home));
        // A web server sends 404.html for a missing address at any depth, where relative links would point nowhere;
        // with a baseUrl its links are absolute. From a file share nobody is sent there, so relative links do.
        files.Add(Page(pages, "404.html", "404.html", Page(model, "Page not found", model.Config.BaseUrl ?? "", "", [], "404.html"), home));
        timer.Add("pages", clock.Elapsed);
        files.AddRange(timer.Time("analysis pages", () => AnalysisPages.Render(model, templates, generator, cache)));
        files.AddRange(CoveragePage.Render(pages, model, templates, (title, section, path) => Page(model, title, "", section, [new Crumb("Home", "index.html"), new Crumb(title, null)], path)));
        // Search comes after every other page so that all their titles are indexed.
        files.AddRange(timer.Time("search", () => SearchPage.Render(pages, Page(model, "Search", "", "search", [new Crumb("Home", "index.html"), new Crumb("Search", null)], SearchPage.Path), model, files.ToImmutable())));
        files.AddRange(templates.Assets.Select(a => new OutputFile(a.Path, a.Content) { Source = "templates/" + a.Path }));
        return files.ToImmutable();
    }

    private static PageView Page(SiteModel model, string title, string root, string section, ImmutableArray<Crumb> crumbs, string path) =>
        new(title, root, section, crumbs, model.Config.BaseUrl is { } b ? b + path : null, model.Config.Description);

    private static OutputFile Page(PageRenderer pages, string path, string template, PageView page, object model) =>
        pages.RenderPage(path, template, page, model);
}
