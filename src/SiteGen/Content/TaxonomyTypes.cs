namespace SiteGen.Content;

// The shapes of content/taxonomy.yml and content/overrides.yml as written (snake_case keys), before validation
// turns them into the immutable records of Model/Taxonomy.cs.

/// <summary>content/taxonomy.yml as written.</summary>
internal sealed class TaxonomyFile
{
    public List<ThemeEntry>? Themes { get; set; }
    public List<ExpectationEntry>? Expectations { get; set; }
    public List<RoleEntry>? Roles { get; set; }
    public EscalationEntry? Escalation { get; set; }
}

internal sealed class ThemeEntry : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<YamlText>? Phrases { get; set; }
    public List<YamlText>? Headings { get; set; }
    public List<YamlText>? Excludes { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class ExpectationEntry : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Theme { get; set; }
    public List<YamlText>? Phrases { get; set; }
    public List<YamlText>? Excludes { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class RoleEntry : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<YamlText>? Synonyms { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class EscalationEntry
{
    public List<YamlText>? Headings { get; set; }
    public List<YamlText>? Informal { get; set; }
    public List<SideRouteEntry>? SideRoutes { get; set; }
}

internal sealed class SideRouteEntry : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<YamlText>? Phrases { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

/// <summary>content/overrides.yml as written.</summary>
internal sealed class OverridesFile
{
    public List<ThemeOverrideEntry>? Themes { get; set; }
    public List<NotQuotedEntry>? NotQuoted { get; set; }
    public List<ExpectationOverrideEntry>? Expectations { get; set; }
    public List<RouteOverrideEntry>? Routes { get; set; }
    public List<ClauseOverrideEntry>? Clauses { get; set; }
}

internal sealed class ExpectationOverrideEntry : ILocated
{
    public string? Clause { get; set; }
    public string? Expectation { get; set; }
    public string? Direction { get; set; }
    public string? Action { get; set; }
    public string? To { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class RouteOverrideEntry : ILocated
{
    public string? Authority { get; set; }
    public string? Scenario { get; set; }
    public string? Action { get; set; }
    public int? Step { get; set; }
    public List<RouteStepEntry>? Steps { get; set; }
    public List<YamlText>? Roles { get; set; }
    public string? Clause { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class RouteStepEntry : ILocated
{
    public List<YamlText>? Roles { get; set; }
    public string? Clause { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class ClauseOverrideEntry : ILocated
{
    public string? Clause { get; set; }
    public string? AddressedTo { get; set; }
    public string? Force { get; set; }
    public List<YamlText>? Confirm { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class ThemeOverrideEntry : ILocated
{
    public string? Clause { get; set; }
    public List<YamlText>? Add { get; set; }
    public List<YamlText>? Remove { get; set; }
    public List<YamlText>? Confirm { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}

internal sealed class NotQuotedEntry : ILocated
{
    public string? Authority { get; set; }
    public string? Paragraphs { get; set; }
    public List<YamlText>? Covers { get; set; }
    public string? SaidIn { get; set; }
    public string? Quote { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
}
