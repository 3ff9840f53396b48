using SiteGen.Model;

namespace SiteGen.Checks;

/// <summary>The findings of one check over a site, and how long it took.</summary>
/// <param name="Check">Short name for reports: "links", "html", "accessibility".</param>
/// <param name="Ran">False when the check could not run (a tool was missing); its findings then say why.</param>
internal sealed record CheckResult(string Check, bool Ran, IReadOnlyList<Diagnostic> Findings, TimeSpan Elapsed)
{
    /// <summary>True when any finding is an error, i.e. the site should not be published as is.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>A check that could not run, with the missing tools as its findings.</summary>
    public static CheckResult NotRun(string check, Tools.ToolChecks kind, IEnumerable<Tools.MissingTool> missing)
    {
        List<Diagnostic> findings = [.. missing.Where(m => (m.Blocks & kind) != 0).Select(m => m.ToDiagnostic())];
        if (findings.Count == 0)
            findings.Add(new Diagnostic("", 0, 0, Severity.Error, CheckCodes.ToolUnavailable, $"The {check} check did not run: its tools are incomplete (a package folder without the expected files)."));
        return new(check, false, findings, TimeSpan.Zero);
    }

    /// <summary>A check whose tool failed to start or finish; the message says what happened.</summary>
    public static CheckResult Failed(string check, string message, TimeSpan elapsed) =>
        new(check, false, [new Diagnostic("", 0, 0, Severity.Error, CheckCodes.ToolUnavailable, message)], elapsed);
}
