using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>A protocol file split into validated metadata and its untouched body text.</summary>
internal sealed record ProtocolDocument(ProtocolMetadata Metadata, string Body, int BodyFirstLine);

/// <summary>Turns a protocol content file into metadata and body; pure, so it is tested without a disk.</summary>
internal static class ProtocolFileParser
{
    public static (ProtocolDocument? Document, ImmutableArray<Diagnostic> Errors) Parse(SourceFile file)
    {
        var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
        var (split, splitError) = FrontMatterSplitter.Split(file);
        if (split is null) return (null, [splitError!]);

        var (fm, readErrors) = FrontMatterReader.Read<ProtocolFrontMatter>(file.RelativePath, split);
        if (fm is null) return (null, readErrors);

        var v = new FieldValidator(file.RelativePath, split);
        if (!Slugs.IsValid(slug))
        {
            v.Add(Diagnostic.Error(file.RelativePath, 0, "SG0130", Slugs.IsReserved(slug)
                ? $"'{slug}' is a reserved name. Rename the file, for example to '{slug}-council.md'."
                : $"The file name '{slug}' cannot be used as a page name. Use lower-case letters, digits and hyphens only, for example '{Slugs.Suggest(fm.Authority ?? slug)}.md'."));
        }

        var authority = v.Required(fm.Authority, "authority", "London Borough of Hackney");
        var metadata = new ProtocolMetadata(
            Slug: slug,
            Authority: authority,
            ShortName: v.Optional(fm.ShortName) ?? authority,
            CouncilType: v.Choice(fm.CouncilType, "council_type", CouncilType.Other),
            Nation: v.Choice(fm.Nation, "nation", Nation.England),
            Title: v.Required(fm.Title, "title", "Protocol on Member/Officer Relations"),
            Status: v.Choice(fm.Status, "status", DocumentStatus.Adopted),
            Date: v.IsoDate(fm.Date, "date"),
            Version: v.Optional(fm.Version),
            Source: v.Required(fm.Source, "source", "\"https://example.gov.uk/constitution.pdf, part 5\""),
            SourceUrl: v.Optional(fm.SourceUrl),
            Coverage: v.Choice(fm.Coverage, "coverage", Coverage.Full),
            QuotedIn: v.Optional(fm.QuotedIn),
            PageFurniture: [.. (fm.PageFurniture ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())],
            ContentFile: file.RelativePath)
        {
            Region = v.Optional(fm.Region),
            Code = v.Optional(fm.Code),
        };

        if (metadata.Coverage == Coverage.Extract && metadata.QuotedIn is null)
            v.Add(Diagnostic.Error(file.RelativePath, FrontMatterReader.LineOf(split, "coverage"), "SG0123",
                "An extract needs 'quoted_in: <report-slug>' naming the report in content/reports that quotes it."));
        if (metadata.SourceUrl is { } url && !IsWebAddress(url))
            v.Add(Diagnostic.Error(file.RelativePath, FrontMatterReader.LineOf(split, "source_url"), "SG0124",
                $"source_url must be a web address starting with https:// or http:// (found '{url}')."));
        if (metadata.QuotedIn is { } quotedIn && !Slugs.IsValid(quotedIn))
            v.Add(Diagnostic.Error(file.RelativePath, FrontMatterReader.LineOf(split, "quoted_in"), "SG0126",
                $"quoted_in must be the name of a report file in content/reports without '.md', such as 'surrey-2010-review' (found '{quotedIn}')."));

        return v.Errors.IsEmpty ? (new ProtocolDocument(metadata, split.Body, split.BodyFirstLine), []) : (null, v.Errors);
    }

    internal static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
