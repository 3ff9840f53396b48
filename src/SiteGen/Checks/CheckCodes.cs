namespace SiteGen.Checks;

/// <summary>Diagnostic codes of the pre-publish checks (SG08xx), stable so users can look them up.</summary>
internal static class CheckCodes
{
    /// <summary>A link or embedded resource points at a file that is not in the site.</summary>
    public const string MissingTarget = "SG0801";
    /// <summary>A link's #fragment names no id (or a name) in the target page.</summary>
    public const string MissingAnchor = "SG0802";
    /// <summary>A link starts with '/', which breaks on file shares and GitHub Pages project sites.</summary>
    public const string RootAbsoluteLink = "SG0803";
    /// <summary>A relative link climbs out of the site folder.</summary>
    public const string EscapesSite = "SG0804";
    /// <summary>A link points at a folder; from a file share that opens a folder listing, not its index page.</summary>
    public const string FolderLink = "SG0805";
    /// <summary>A protocol-relative link (//host/...) becomes file://host/... when opened from a file share.</summary>
    public const string ProtocolRelativeLink = "SG0806";
    /// <summary>A link contains a backslash, which only Windows treats as a folder separator.</summary>
    public const string BackslashInLink = "SG0807";
    /// <summary>A link matches a file only when letter case is ignored: fine on Windows, broken on GitHub Pages.</summary>
    public const string CaseMismatch = "SG0808";
    /// <summary>A link uses file: and so points at one particular machine's disk.</summary>
    public const string LocalFileUrl = "SG0809";
    /// <summary>A page has a &lt;base&gt; element, so its relative links were not checked.</summary>
    public const string BaseElement = "SG0811";

    /// <summary>The Nu Html Checker reported an error.</summary>
    public const string HtmlError = "SG0820";
    /// <summary>The Nu Html Checker reported a warning.</summary>
    public const string HtmlWarning = "SG0821";
    /// <summary>The Nu Html Checker could not check a file at all.</summary>
    public const string HtmlNotChecked = "SG0822";

    /// <summary>axe-core found a WCAG 2.x A/AA failure.</summary>
    public const string AccessibilityViolation = "SG0830";
    /// <summary>A page could not be opened or audited in the browser.</summary>
    public const string AccessibilityNotChecked = "SG0831";

    /// <summary>A tool a check needs (Java, Node.js, a Chromium browser, the npm packages) is missing or failed.</summary>
    public const string ToolUnavailable = "SG0890";
}
