using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>Renders one page: its body template, then the layout around it. One context is reused so included partials are parsed once per build.</summary>
internal sealed class PageRenderer(TemplateSet templates, SiteView site)
{
    private readonly HtmlTemplateContext _context = new(templates);

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
