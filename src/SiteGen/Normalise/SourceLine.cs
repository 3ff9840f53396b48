namespace SiteGen.Normalise;

/// <summary>A physical line of a content file with its 1-based line number in that file.</summary>
internal readonly record struct SourceLine(int Number, string Text);
