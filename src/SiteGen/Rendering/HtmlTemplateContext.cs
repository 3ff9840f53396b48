using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ value }}</c> it writes. Templates are trusted, content is not:
/// only <see cref="TrustedHtml"/> values (made by SiteGen's own renderers) are written as they are.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ITemplateLoader loader)
    {
        MemberRenamer = StandardMemberRenamer.Default;
        TemplateLoader = loader;
        LoopLimit = 0; // a site with 60,000 clauses loops far past Scriban's default guard of 1,000
        RecursiveLimit = 64; // exceeding it throws, and the page is named in the error (PageRenderer)
        // Scriban cuts any value it turns into text at 1 MiB and appends "..." by default, silently: a theme page of
        // 400 authorities is several MB. No limit on output: a page is written whole or the build fails.
        LimitToString = 0;
        NewLine = "\n";
        StrictVariables = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is TrustedHtml trusted) return Write(trusted.Value);
        var text = ObjectToString(textAsObject);
        return text is null ? this : Write(WebUtility.HtmlEncode(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => ValueTask.FromResult(Write(span, textAsObject));
}
