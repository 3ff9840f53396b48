using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>
/// Turns content/overrides.yml into validated <see cref="AnalysisOverrides"/>. Theme ids are checked here against the
/// taxonomy; clause ids, authorities and quoted reports are checked by the analysis, once the protocols are normalised.
/// </summary>
internal static class OverridesFileParser
{
    public const string FileName = "overrides.yml";

    /// <summary>What a not-quoted reference may cover besides theme ids.</summary>
    public const string EscalationTopic = "escalation";

    public static (AnalysisOverrides? Overrides, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceFile file, Taxonomy taxonomy)
    {
        var (raw, error) = LocatedYaml.Read<OverridesFile>(file);
        if (raw is null) return (null, [error!]);
        var v = new TaxonomyFileParser.Checks(file.RelativePath);
        var themeIds = taxonomy.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var themes = ImmutableArray.CreateBuilder<ThemeOverride>();
        foreach (var o in raw.Themes ?? [])
        {
            var clause = v.Required(o.Clause, o.Line, "clause", "theme override");
            var add = Themes(o.Add, o.Line);
            var remove = Themes(o.Remove, o.Line);
            // Only when nothing was written: a misspelt id has already had its own error.
            if (o.Add is null or { Count: 0 } && o.Remove is null or { Count: 0 } && o.Confirm is null or { Count: 0 })
                v.Error(o.Line, "SG0612", $"The override for '{clause}' neither adds, removes nor confirms a theme. Give it 'add: [theme-id]', 'remove: [theme-id]' and/or 'confirm: [theme-id]'.");
            var confirm = Themes(o.Confirm, o.Line);
            themes.Add(new ThemeOverride(clause, add, remove, string.IsNullOrWhiteSpace(o.Note) ? null : o.Note.Trim(), o.Line)
            {
                Confirm = confirm,
                Owner = string.IsNullOrWhiteSpace(o.Owner) ? null : o.Owner.Trim(),
            });
        }

        var notQuoted = ImmutableArray.CreateBuilder<NotQuotedReference>();
        foreach (var n in raw.NotQuoted ?? [])
        {
            var covers = ImmutableArray.CreateBuilder<string>();
            foreach (var c in n.Covers ?? [])
            {
                var id = c.Value.Trim();
                if (id == EscalationTopic || themeIds.Contains(id)) covers.Add(id);
                else v.Error(c.Line, "SG0611", $"'{id}' is neither '{EscalationTopic}' nor a theme in {taxonomy.File}. {TaxonomyFileParser.Suggest(id, themeIds.Append(EscalationTopic))}");
            }
            if (n.Covers is null or { Count: 0 })
                v.Error(n.Line, "SG0602", $"This not_quoted entry has no 'covers'. Say what the missing paragraphs deal with, e.g. 'covers: [{EscalationTopic}]'.");
            notQuoted.Add(new NotQuotedReference(
                v.Required(n.Authority, n.Line, "authority", "not_quoted entry"),
                v.Required(n.Paragraphs, n.Line, "paragraphs", "not_quoted entry"),
                covers.ToImmutable(),
                v.Required(n.SaidIn, n.Line, "said_in", "not_quoted entry"),
                v.Required(n.Quote, n.Line, "quote", "not_quoted entry"),
                n.Line));
        }

        var overrides = new AnalysisOverrides(file.RelativePath, themes.ToImmutable(), notQuoted.ToImmutable())
        {
            Expectations = ReadingOverrides.Expectations(raw.Expectations, taxonomy, v),
            Routes = ReadingOverrides.Routes(raw.Routes, taxonomy, v),
            Clauses = ReadingOverrides.Clauses(raw.Clauses, v),
        };
        return v.HasErrors ? (null, v.Diagnostics) : (overrides, v.Diagnostics);

        ImmutableArray<string> Themes(List<YamlText>? ids, int line)
        {
            var valid = ImmutableArray.CreateBuilder<string>();
            foreach (var t in ids ?? [])
            {
                var id = t.Value.Trim();
                if (themeIds.Contains(id)) valid.Add(id);
                else v.Error(t.Line > 0 ? t.Line : line, "SG0606", $"Unknown theme '{id}': it is not defined in {taxonomy.File}. {TaxonomyFileParser.Suggest(id, themeIds)}");
            }
            return valid.ToImmutable();
        }
    }
}
