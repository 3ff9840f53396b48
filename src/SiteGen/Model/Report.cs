using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>A committee report kept beside the protocols, with its Markdown body.</summary>
/// <param name="Date">ISO date of the meeting.</param>
/// <param name="BodyStartLine">Line of the content file where the body starts, for error locations.</param>
/// <param name="Appendices">The appendices its front matter declares, in the order written.</param>
internal sealed record Report(
    string Slug,
    string Title,
    string Committee,
    string Date,
    string Authority,
    string? Author,
    string Source,
    string Body,
    int BodyStartLine,
    string ContentFile,
    ImmutableArray<ReportAppendix> Appendices);

/// <summary>An appendix declared in a report's front matter, printed as a document of its own.</summary>
/// <param name="Letter">"A" … "Z", or a number "1" … "99" where the committee numbers its appendices.</param>
/// <param name="Cover">Whether the printed appendix starts with a cover page; without one it starts with its title and contents.</param>
/// <param name="Include">What the appendix holds: one embed each, written as in a report's text (<c>[[protocol merton]]</c>).</param>
/// <param name="Line">Line of the front matter where the appendix is declared.</param>
internal sealed record ReportAppendix(string Letter, string Title, bool Cover, ImmutableArray<AppendixInclude> Include, int Line);

/// <summary>One entry of an appendix's <c>include</c> list, with its front-matter line for errors.</summary>
/// <param name="Column">1-based column where the text starts on its line, or 0 when unknown.</param>
internal sealed record AppendixInclude(string Text, int Line, int Column = 0);
