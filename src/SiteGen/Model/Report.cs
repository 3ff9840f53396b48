namespace SiteGen.Model;

/// <summary>A committee report kept beside the protocols, with its Markdown body.</summary>
/// <param name="Date">ISO date of the meeting.</param>
/// <param name="BodyStartLine">Line of the content file where the body starts, for error locations.</param>
public sealed record Report(
    string Slug,
    string Title,
    string Committee,
    string Date,
    string Authority,
    string? Author,
    string Source,
    string Body,
    int BodyStartLine,
    string ContentFile);
