namespace SiteGen.Content;

/// <summary>A content file's text, already checked to be readable UTF-8, with its path relative to the site root.</summary>
internal sealed record SourceFile(string RelativePath, string Text);
