namespace SiteGen.Checks.Accessibility;

/// <summary>One element failing one axe-core rule on one page.</summary>
/// <param name="Page">Site-relative path of the page.</param>
/// <param name="RuleId">axe rule, e.g. "image-alt", "color-contrast".</param>
/// <param name="Impact">axe's severity: minor, moderate, serious or critical.</param>
/// <param name="Help">One-line description of what the rule requires.</param>
/// <param name="HelpUrl">Deque University page explaining the rule and how to fix it.</param>
/// <param name="Target">CSS selector path of the failing element (several for elements inside frames).</param>
/// <param name="Html">The failing element's opening markup, as axe quotes it.</param>
/// <param name="FailureSummary">What exactly failed, e.g. the measured contrast ratio.</param>
/// <param name="ColorScheme">The colour scheme the page was shown in ("light" or "dark") when the rule failed.</param>
internal sealed record AxeViolation(
    string Page,
    string RuleId,
    string Impact,
    string Help,
    string HelpUrl,
    IReadOnlyList<string> Target,
    string Html,
    string FailureSummary,
    string ColorScheme = "light");
