using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>What a protocol is and where it came from, from its front matter.</summary>
/// <param name="Slug">URL and id prefix, from the file name (<c>hackney.md</c> → <c>hackney</c>).</param>
/// <param name="Authority">Full name, e.g. "London Borough of Hackney".</param>
/// <param name="ShortName">Name used in citations, e.g. "Hackney".</param>
/// <param name="Date">ISO date (yyyy-mm-dd, yyyy-mm or yyyy) where the text gives one.</param>
/// <param name="Source">Which file or document the text was copied from, as the user wrote it.</param>
/// <param name="SourceUrl">Where the original is published, if known.</param>
/// <param name="QuotedIn">For extracts: the slug of the report that quotes them.</param>
/// <param name="ContentFile">The content file, relative to the site root.</param>
internal sealed record ProtocolMetadata(
    string Slug,
    string Authority,
    string ShortName,
    CouncilType CouncilType,
    Nation Nation,
    string Title,
    DocumentStatus Status,
    string? Date,
    string? Version,
    string Source,
    string? SourceUrl,
    Coverage Coverage,
    string? QuotedIn,
    ImmutableArray<string> PageFurniture,
    string ContentFile)
{
    /// <summary>English region (or nation), as the register of UK councils names it, where the front matter gives it.</summary>
    public string? Region { get; init; }

    /// <summary>The council's code in the register of UK councils (e.g. <c>HCK</c>), where the front matter gives it.</summary>
    public string? Code { get; init; }
}

internal enum CouncilType { LondonBorough, MetropolitanBorough, County, District, Unitary, WelshCounty, ScottishCouncil, TownOrParish, Other }

internal enum Nation { England, Wales, Scotland, NorthernIreland }

internal enum DocumentStatus { Adopted, Draft }

/// <summary>Whether SiteGen holds the whole protocol or only the parts another document quotes.</summary>
internal enum Coverage { Full, Extract }
