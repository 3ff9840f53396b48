using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using SiteGen.Output;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>What a page is rendered from: everything its bytes depend on, so a cache can key on it.</summary>
/// <param name="Standalone">True for a whole document without the site layout (print-ready pages).</param>
internal sealed record PageRequest(TemplateSet Templates, SiteView Site, string Template, PageView Page, object Model, string Path, bool Standalone);

/// <summary>Keeps rendered pages and search files between builds: a page whose <see cref="PageRequest"/> is unchanged is not rendered again, nor the search files of an unchanged corpus.</summary>
internal interface IPageCache
{
    OutputFile GetOrRender(PageRequest request, Func<OutputFile> render);

    ImmutableArray<OutputFile> GetOrIndex(Search.SiteSearchCorpus corpus, Func<ImmutableArray<OutputFile>> index);
}

/// <summary>Renders one page: its body template, then the layout around it. One context is reused so included partials are parsed once per build.</summary>
/// <param name="cache">Pages kept from earlier builds (the preview's rebuilds); null renders every page.</param>
internal sealed class PageRenderer(TemplateSet templates, SiteView site, IPageCache? cache = null)
{
    private readonly HtmlTemplateContext _context = new(templates);

    /// <summary>The cache this renderer uses, for stages rendered beside pages (search).</summary>
    public IPageCache? Cache => cache;

    /// <summary>The page as a file at <paramref name="path"/> (without the templates' indentation), with its title and first heading for search; from the cache when its inputs are unchanged.</summary>
    public OutputFile RenderPage(string path, string template, PageView page, object model)
    {
        OutputFile Render()
        {
            var html = this.Render(template, page, model, path);
            return new OutputFile(path, HtmlIndentation.StripToUtf8(PickTextTable.Fold(html))) { Heading = Search.SiteSearchCorpus.HeadingOf(html) };
        }
        return cache is null ? Render() : cache.GetOrRender(new PageRequest(templates, site, template, page, model, path, false), Render);
    }

    /// <summary>A whole document without the site layout (print-ready pages) as a file; from the cache when its inputs are unchanged.</summary>
    public OutputFile RenderStandalonePage(string path, string template, PageView page, object model)
    {
        OutputFile Render() => new(path, HtmlIndentation.StripToUtf8(PickTextTable.Fold(RenderStandalone(template, page, model, path))));
        return cache is null ? Render() : cache.GetOrRender(new PageRequest(templates, site, template, page, model, path, true), Render);
    }

    /// <param name="outputPath">The page's path in the site, named in the error if the template fails.</param>
    public string Render(string template, PageView page, object model, string? outputPath = null)
    {
        var body = RenderTemplate(template, page, model, outputPath);
        return RenderTemplate("layout.html", page, new TrustedHtml(body), outputPath);
    }

    /// <summary>Renders a template that is a whole document of its own (print-ready pages), without the site layout around it.</summary>
    public string RenderStandalone(string template, PageView page, object model, string? outputPath = null) => RenderTemplate(template, page, model, outputPath);

    private string RenderTemplate(string name, PageView page, object model, string? outputPath)
    {
        var globals = new ScriptObject();
        globals.Import(new { site, page, model }, renamer: _context.MemberRenamer);
        _context.PushGlobal(globals);
        try
        {
            return templates.Get(name).Render(_context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new TemplateRenderException(templates.OriginOf(name), e.Span.Start.Line + 1,
                outputPath is null ? e.OriginalMessage : $"{e.OriginalMessage} (while rendering {outputPath})");
        }
        finally
        {
            _context.PopGlobal();
        }
    }
}

/// <summary>A template failed while rendering (for example it names a field that does not exist); reported with its file and line.</summary>
internal sealed class TemplateRenderException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
