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
    ImmutableArray<ReportDocument> ReportDocuments)
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
    /// <summary>The template of the page that lists the clauses a reader picked, builds their Word appendix and their report lines.</summary>
    public const string BasketTemplate = "basket.html";

    /// <param name="timer">Records the time of pages, analysis pages and search, when given.</param>
    /// <param name="cache">Pages and search files kept from earlier builds; only pages whose inputs changed are rendered again.</param>
    /// <param name="emit">
    /// Given each file as soon as it is rendered, returns what is kept of it in the result (the build writes it and keeps
    /// its path, source and heading); null keeps every file whole.
    /// </param>
    /// <param name="beforeSearch">Run after the other pages and before the search index (a streaming build waits there for the exports, so the two largest memory users never overlap).</param>
    public static ImmutableArray<OutputFile> Render(SiteModel model, TemplateSet templates, string generator, Build.StageTimer? timer = null, IPageCache? cache = null,
        Func<OutputFile, OutputFile>? emit = null, Action? beforeSearch = null)
    {
        timer ??= new Build.StageTimer();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var site = new SiteView(model.Config.Title, model.Config.Description, model.Config.Owner, model.Config.Language, generator);
        var pages = new PageRenderer(templates, site, cache);
        var files = new EmittedFiles(emit);
        var reportsBySlug = model.Reports.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var protocols = model.Protocols.OrderBy(p => p.Metadata.ShortName, StringComparer.Ordinal).ToImmutableArray();

        var home = new HomeView(
            [.. protocols.Select(p => ViewModelBuilder.Row(p, SitePage.Home))],
            [.. model.Reports.OrderByDescending(r => r.Date, StringComparer.Ordinal).Select(r => ViewModelBuilder.Row(r, SitePage.Home))],
            protocols.Sum(p => p.AllClauses().Count()));
        files.Add(Page(pages, SitePage.Home, "home.html", Page(model, "Home", "home", [], SitePage.Home), home));

        foreach (var p in protocols)
        {
            var slug = p.Metadata.Slug;
            var quotedIn = p.Metadata.QuotedIn is { } q ? reportsBySlug.GetValueOrDefault(q) : null;
            var here = SitePage.Protocol(slug);
            var crumbs = ImmutableArray.Create(Crumb.To("Home", SitePage.Home, here), new Crumb(p.Metadata.ShortName, null));
            files.Add(Page(pages, here, "protocol.html",
                Page(model, $"{p.Metadata.ShortName}: {p.Metadata.Title}", "authorities", crumbs, here),
                AnalysisViews.Annotate(ViewModelBuilder.Protocol(p, quotedIn), model)) with
            { Source = p.Metadata.ContentFile });

            var source = SitePage.Source(slug);
            var sourceCrumbs = ImmutableArray.Create(Crumb.To("Home", SitePage.Home, source), Crumb.To(p.Metadata.ShortName, here, source), new Crumb("Source text", null));
            files.Add(Page(pages, source, "source.html",
                Page(model, $"{p.Metadata.ShortName}: source text", "authorities", sourceCrumbs, source),
                ViewModelBuilder.Source(p, model.SourceTexts[slug])) with
            { Source = p.Metadata.ContentFile });
        }

        var reportRows = model.Reports.OrderByDescending(r => r.Date, StringComparer.Ordinal).Select(r => ViewModelBuilder.Row(r, SitePage.Reports)).ToImmutableArray();
        files.Add(Page(pages, SitePage.Reports, "reports.html",
            Page(model, "Committee reports", "reports", [Crumb.To("Home", SitePage.Home, SitePage.Reports), new Crumb("Reports", null)], SitePage.Reports),
            reportRows));
        files.AddRange(ReportPages.Render(pages, (title, section, crumbs, here) => Page(model, title, section, crumbs, here), model.ReportDocuments, protocols));

        files.Add(Page(pages, SitePage.Documents, ReportPages.DocumentsTemplate, TopPage(model, "Documents", "documents", SitePage.Documents),
            ReportPages.Documents(model.ReportDocuments)));

        // The appendix basket is filled in the reader's browser by assets/pick.js; a site whose own templates have no
        // basket.html simply has no basket page.
        if (templates.Has(BasketTemplate))
            files.Add(Page(pages, SitePage.Basket, BasketTemplate, TopPage(model, "Appendix basket", "basket", SitePage.Basket), home));
        files.Add(Page(pages, SitePage.Data, "data.html", Page(model, "Download the data", "data", [Crumb.To("Home", SitePage.Home, SitePage.Data), new Crumb("Data", null)], SitePage.Data), home));
        // A web server sends 404.html for a missing address at any depth, where relative links would point nowhere;
        // with a baseUrl its links are absolute. From a file share nobody is sent there, so relative links do.
        files.Add(Page(pages, SitePage.NotFound, "404.html", Page(model, "Page not found", "", [], SitePage.NotFound) with { Root = model.Config.BaseUrl ?? "" }, home));
        timer.Add("pages", clock.Elapsed);
        files.AddEmitted(timer.Time("analysis pages", () => AnalysisPages.Render(model, templates, generator, cache, emit)));
        files.AddRange(CoveragePage.Render(pages, model, templates, (title, section, here) => TopPage(model, title, section, here)));
        beforeSearch?.Invoke();
        // Search comes after every other page so that all their titles are indexed.
        files.AddRange(timer.Time("search", () => SearchPage.Render(pages, TopPage(model, "Search", "search", SitePage.Search), model, files.ToImmutable())));
        files.AddRange(templates.Assets.Select(a => new OutputFile(a.Path, a.Content) { Source = "templates/" + a.Path }));
        return files.ToImmutable();
    }

    /// <summary>The page's frame: its title, the root its links climb to, its section, crumbs and canonical address.</summary>
    internal static PageView Page(SiteModel model, string title, string section, ImmutableArray<Crumb> crumbs, SitePage here) =>
        new(title, here.Root, section, crumbs, here.AbsoluteOrNull(model.Config.BaseUrl), model.Config.Description);

    /// <summary>A top-level page whose crumbs are Home and itself.</summary>
    private static PageView TopPage(SiteModel model, string title, string section, SitePage here) =>
        Page(model, title, section, [Crumb.To("Home", SitePage.Home, here), new Crumb(title, null)], here);

    private static OutputFile Page(PageRenderer pages, SitePage here, string template, PageView page, object model) =>
        pages.RenderPage(here.Path, template, page, model);
}

/// <summary>The files rendered so far, each passed through <c>emit</c> (the build writes it and keeps what it needs) as it is added.</summary>
internal sealed class EmittedFiles(Func<OutputFile, OutputFile>? emit)
{
    private readonly ImmutableArray<OutputFile>.Builder _files = ImmutableArray.CreateBuilder<OutputFile>();

    public void Add(OutputFile file) => _files.Add(emit is null ? file : emit(file));

    public void AddRange(IEnumerable<OutputFile> files)
    {
        foreach (var file in files) Add(file);
    }

    /// <summary>Files already passed through the same <c>emit</c> (by a stage given it), kept as they are.</summary>
    public void AddEmitted(IEnumerable<OutputFile> files) => _files.AddRange(files);

    public ImmutableArray<OutputFile> ToImmutable() => _files.ToImmutable();
}
