namespace SiteGen.Checks.Tools;

/// <summary>Where the external programs the checks use were found; null for anything missing (see <see cref="Missing"/>).</summary>
/// <param name="NodeModules">A node_modules folder holding vnu-jar and axe-core at the pinned versions.</param>
/// <param name="Node">The node executable (Node.js 20 or later), whose npm installs the tools; the checks themselves do not run Node.</param>
/// <param name="Java">The java executable (11 or later) that runs the Nu Html Checker.</param>
/// <param name="Browser">A Chromium-based browser: Chromium, Google Chrome or Microsoft Edge.</param>
/// <param name="Missing">Why each missing part is missing and how to install it.</param>
internal sealed record CheckTools(string? NodeModules, string? Node, string? Java, string? Browser, IReadOnlyList<MissingTool> Missing)
{
    /// <summary>The Nu Html Checker jar inside <see cref="NodeModules"/>, or null.</summary>
    public string? VnuJar => NodeModules is null ? null : Existing(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    /// <summary>axe-core's browser bundle inside <see cref="NodeModules"/>, or null.</summary>
    public string? AxeScript => NodeModules is null ? null : Existing(Path.Combine(NodeModules, "axe-core", "axe.min.js"));

    /// <summary>True when the HTML checker can run.</summary>
    public bool CanCheckHtml => Java is not null && VnuJar is not null;

    /// <summary>True when the accessibility checker can run: a browser to drive (with PuppeteerSharp) and axe-core to inject.</summary>
    public bool CanCheckAccessibility => Browser is not null && AxeScript is not null;

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
