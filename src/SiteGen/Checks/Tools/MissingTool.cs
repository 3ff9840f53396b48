using SiteGen.Model;

namespace SiteGen.Checks.Tools;

/// <summary>The checks that depend on external tools.</summary>
[Flags]
internal enum ToolChecks
{
    /// <summary>No check.</summary>
    None = 0,
    /// <summary>The Nu Html Checker (needs Java and vnu-jar).</summary>
    Html = 1,
    /// <summary>axe-core in a browser (needs a Chromium-based browser and axe-core, which npm installs).</summary>
    Accessibility = 2,
}

/// <summary>A program or package the checks need but could not find, with which checks it blocks and how to get it.</summary>
/// <param name="Tool">What is missing, e.g. "Java 11 or later".</param>
/// <param name="Blocks">Which checks cannot run without it.</param>
/// <param name="HowToInstall">Plain instructions for a person who is not a programmer.</param>
internal sealed record MissingTool(string Tool, ToolChecks Blocks, string HowToInstall)
{
    /// <summary>The finding reported in place of a check that could not run.</summary>
    public Diagnostic ToDiagnostic()
    {
        var checks = Blocks switch
        {
            ToolChecks.Html => "The HTML check (Nu Html Checker)",
            ToolChecks.Accessibility => "The accessibility check (axe-core)",
            _ => "The HTML and accessibility checks",
        };
        return new Diagnostic("", 0, 0, Severity.Error, CheckCodes.ToolUnavailable, $"{checks} did not run: {Tool} was not found. {HowToInstall}");
    }
}
