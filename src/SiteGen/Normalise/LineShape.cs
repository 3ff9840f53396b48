namespace SiteGen.Normalise;

/// <summary>What a line looks like on its own, before context decides what it belongs to.</summary>
internal enum ShapeKind
{
    Blank,
    /// <summary>A Markdown, bold or underlined heading line without a clause number.</summary>
    Heading,
    /// <summary>"3. Expectations": a bare number with a short title.</summary>
    NumberedHeading,
    /// <summary>"1.1", "1.1.", "- 4.2" or "16 For the…": a numbered paragraph.</summary>
    Clause,
    /// <summary>"(a)", "a)", "(iv)", "(I)": a labelled list item.</summary>
    Item,
    /// <summary>"- text" with no label.</summary>
    Bullet,
    /// <summary>"Paragraph 18 … “quoted text”": a report quoting a numbered paragraph inline.</summary>
    QuotedParagraph,
    /// <summary>Anything else: a paragraph, or part of one split by a page break.</summary>
    Text,
}

/// <summary>A classified line.</summary>
/// <param name="Label">The label as printed ("1.1.", "(I)", "a)", "3"), empty where there is none.</param>
/// <param name="Key">The label reduced to its parts: "1.1", "I", "a", "3".</param>
/// <param name="Text">Clean text after the label.</param>
/// <param name="Context">For quoted paragraphs, the report's own words around the quotation.</param>
/// <param name="LooksLikeHeading">A short line without closing punctuation, standing alone: a heading if context agrees.</param>
/// <param name="Standalone">The line has a blank line (or the start or end of the text) on both sides.</param>
internal sealed record LineShape(
    ShapeKind Kind,
    SourceLine Line,
    string Label,
    string Key,
    string Text,
    string Context = "",
    bool LooksLikeHeading = false,
    bool Standalone = false)
{
    public int Number => Line.Number;
}
