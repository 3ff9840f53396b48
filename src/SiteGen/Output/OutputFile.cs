using System.Text;

namespace SiteGen.Output;

/// <summary>One file of the built site: a site-relative path with forward slashes, and its bytes.</summary>
internal sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What the file is made from, as a user would name it (<c>content/reports/x.md (Appendix A)</c>); null for SiteGen's own pages.</summary>
    public string? Source { get; init; }

    /// <summary>A page's title and first heading, as the render stage saw them, for search; null for other files.</summary>
    public PageHeading? Heading { get; init; }

    public static OutputFile Text(string path, string text) => new(path, Utf8NoBom.GetBytes(text));

    public string AsText() => Utf8NoBom.GetString(Content);
}

/// <summary>A rendered page's <c>&lt;title&gt;</c> and first <c>h1</c>, each on one line.</summary>
internal sealed record PageHeading(string Title, string Heading);
