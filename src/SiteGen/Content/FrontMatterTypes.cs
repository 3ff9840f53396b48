namespace SiteGen.Content;

/// <summary>Front matter of a protocol file, as written (snake_case keys). Validated into <see cref="Model.ProtocolMetadata"/>.</summary>
internal sealed class ProtocolFrontMatter
{
    public string? Authority { get; set; }
    public string? ShortName { get; set; }
    public string? CouncilType { get; set; }
    public string? Nation { get; set; }
    public string? Title { get; set; }
    public string? Status { get; set; }
    public string? Date { get; set; }
    public string? Version { get; set; }
    public string? Source { get; set; }
    public string? SourceUrl { get; set; }
    public string? Coverage { get; set; }
    public string? QuotedIn { get; set; }
    public List<string>? PageFurniture { get; set; }
    public string? Region { get; set; }
    public string? Code { get; set; }
}

/// <summary>Front matter of a committee report file, as written.</summary>
internal sealed class ReportFrontMatter
{
    public string? Title { get; set; }
    public string? Committee { get; set; }
    public string? Date { get; set; }
    public string? Authority { get; set; }
    public string? Author { get; set; }
    public string? Source { get; set; }
    public List<AppendixFrontMatter>? Appendices { get; set; }
}

/// <summary>One entry of a report's <c>appendices</c> list, as written. Validated into <see cref="Model.ReportAppendix"/>.</summary>
internal sealed class AppendixFrontMatter
{
    public string? Letter { get; set; }
    public string? Title { get; set; }
    public bool? Cover { get; set; }
    public List<string>? Include { get; set; }
}
