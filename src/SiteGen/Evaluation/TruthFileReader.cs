using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Evaluation;

/// <summary>
/// Reads a <c>NN-slug.truth.yml</c> annotation (format: tests/corpus/FORMAT.md) and checks every id in it against the
/// taxonomy and every clause it names against its own <c>clauses</c> list, so a typing slip is an error with its line
/// and the nearest ids rather than a silent miss in the figures. Pure: text in, truth and diagnostics out.
/// </summary>
internal static class TruthFileReader
{
    public const string Suffix = ".truth.yml";

    /// <summary>Role ids FORMAT.md allows besides the taxonomy's: a role the taxonomy may not have yet, and <c>other</c>.</summary>
    public static readonly ImmutableArray<string> ExtraRoles = ["senior-manager", RoleName.Other];

    /// <param name="textFile">The protocol text the annotation is for, as displayed (resolved by the caller from <c>text:</c> or the name).</param>
    public static (DocumentTruth? Truth, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceFile file, string textFile, Taxonomy taxonomy)
    {
        var (raw, error) = LocatedYaml.Read<TruthFileYaml>(file);
        if (raw is null)
            return (null, [error! with { Code = EvalCodes.BadYaml, Message = error.Message + " (format: tests/corpus/FORMAT.md)" }]);
        var c = new Checker(file.RelativePath, taxonomy);

        var clauses = (raw.Clauses ?? []).Select(t => Fold.Clause(t.Value)).ToImmutableArray();
        if (clauses.IsEmpty)
            c.Error(1, EvalCodes.Missing, "The annotation has no 'clauses' list. List every clause number SiteGen should publish, in order (FORMAT.md, 'Segmentation').");
        var known = clauses.ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in (raw.Clauses ?? []).GroupBy(t => Fold.Clause(t.Value)).Where(g => g.Count() > 1))
            c.Error(duplicate.Skip(1).First().Line, EvalCodes.Duplicate, $"Clause '{duplicate.Key}' is listed twice in 'clauses'.");

        var routes = ImmutableArray.CreateBuilder<TruthRoute>();
        foreach (var (key, steps) in raw.Routes ?? [])
        {
            if (!Situations.TryGetValue(key.Value.Trim(), out var situation))
            {
                c.Error(key.Line, EvalCodes.UnknownSituation, $"'{key.Value}' is not a situation. {TaxonomyFileParser.Suggest(key.Value.Trim(), Situations.Keys)}");
                continue;
            }
            var read = ImmutableArray.CreateBuilder<TruthStep>();
            foreach (var step in steps ?? [])
            {
                var roles = step.Roles ?? [];
                var printed = step.Printed ?? [];
                if (roles.Count == 0)
                    c.Error(step.Line, EvalCodes.Missing, "This step has no 'roles'. Give the role ids of the step, e.g. 'roles: [line-manager]'.");
                if (printed.Count > 0 && printed.Count != roles.Count)
                    c.Error(step.Line, EvalCodes.Missing, $"This step has {roles.Count} role(s) but {printed.Count} printed title(s): give one printed title per role, in the same order.");
                var names = ImmutableArray.CreateBuilder<RoleName>();
                for (var i = 0; i < roles.Count; i++)
                {
                    var id = roles[i].Value.Trim();
                    var words = i < printed.Count ? printed[i].Value.Trim() : null;
                    if (!c.RoleIds.Contains(id))
                        c.Error(roles[i].Line, EvalCodes.UnknownRole, $"'{id}' is not a role of {taxonomy.File} (nor one FORMAT.md allows). {TaxonomyFileParser.Suggest(id, c.RoleIds)}");
                    else if (id == RoleName.Other && string.IsNullOrWhiteSpace(words))
                        c.Error(roles[i].Line, EvalCodes.Missing, "A role 'other' is compared by its printed title: add it under 'printed'.");
                    names.Add(new RoleName(id, words));
                }
                read.Add(new TruthStep(names.ToImmutable(), c.Clause(step.Clause, step.Line, known, clauses), step.Line));
            }
            if (routes.Any(r => r.Situation == situation))
                c.Error(key.Line, EvalCodes.Duplicate, $"The situation '{key.Value}' has two routes; give it one list of steps.");
            else if (read.Count > 0)
                routes.Add(new TruthRoute(situation, read.ToImmutable(), key.Line));
        }

        var expectationIds = taxonomy.Expectations.Select(e => e.Id).ToArray();
        var expectations = ImmutableArray.CreateBuilder<TruthExpectation>();
        foreach (var e in raw.Expectations ?? [])
        {
            var clause = c.Clause(e.Clause, e.Line, known, clauses);
            var id = c.Required(e.Expectation, e.Line, "expectation");
            if (id.Length > 0 && !expectationIds.Contains(id, StringComparer.Ordinal))
                c.Error(e.Line, EvalCodes.UnknownExpectation, $"'{id}' is not an expectation of {taxonomy.File}. {TaxonomyFileParser.Suggest(id, expectationIds)}");
            var direction = c.Choice(e.Direction, e.Line, "direction", Directions);
            var entry = new TruthExpectation(clause, id, direction, e.Line);
            if (expectations.Any(x => x.Clause == entry.Clause && x.Expectation == entry.Expectation && x.Direction == entry.Direction))
                c.Error(e.Line, EvalCodes.Duplicate, $"Clause {clause} has '{id}' ({Fold.Kebab(direction)}) twice.");
            else expectations.Add(entry);
        }

        var themeIds = taxonomy.Themes.Select(t => t.Id).ToArray();
        var themes = ImmutableArray.CreateBuilder<TruthThemes>();
        foreach (var t in raw.Themes ?? [])
        {
            var clause = c.Clause(t.Clause, t.Line, known, clauses);
            if (t.Themes is null) c.Error(t.Line, EvalCodes.Missing, $"Clause {clause} has no 'themes': give its complete set of theme ids, or [] for none.");
            var ids = ImmutableArray.CreateBuilder<string>();
            foreach (var id in t.Themes ?? [])
            {
                var value = id.Value.Trim();
                if (!themeIds.Contains(value, StringComparer.Ordinal))
                    c.Error(id.Line, EvalCodes.UnknownTheme, $"'{value}' is not a theme of {taxonomy.File}. {TaxonomyFileParser.Suggest(value, themeIds)}");
                else if (!ids.Contains(value)) ids.Add(value);
            }
            if (themes.Any(x => x.Clause == clause)) c.Error(t.Line, EvalCodes.Duplicate, $"Clause {clause} is in the themes sample twice; merge the two entries.");
            else themes.Add(new TruthThemes(clause, ids.ToImmutable(), t.Line));
        }

        var addressed = ImmutableArray.CreateBuilder<TruthActor>();
        foreach (var a in raw.AddressedTo ?? [])
        {
            var clause = c.Clause(a.Clause, a.Line, known, clauses);
            var actor = c.Choice(a.Actor, a.Line, "actor", Actors);
            if (addressed.Any(x => x.Clause == clause)) c.Error(a.Line, EvalCodes.Duplicate, $"Clause {clause} is in the addressed_to sample twice.");
            else addressed.Add(new TruthActor(clause, actor, a.Line));
        }

        var force = ImmutableArray.CreateBuilder<TruthForce>();
        foreach (var f in raw.Force ?? [])
        {
            var clause = c.Clause(f.Clause, f.Line, known, clauses);
            var modality = c.Choice(f.Modality, f.Line, "modality", Modalities);
            if (force.Any(x => x.Clause == clause)) c.Error(f.Line, EvalCodes.Duplicate, $"Clause {clause} is in the force sample twice.");
            else force.Add(new TruthForce(clause, modality, f.Line));
        }

        if (c.HasErrors) return (null, c.Diagnostics);
        var name = Path.GetFileName(file.RelativePath);
        if (name.EndsWith(Suffix, StringComparison.Ordinal)) name = name[..^Suffix.Length];
        return (new DocumentTruth(
            file.RelativePath, textFile, name, raw.Shape?.Value.Trim() ?? "",
            clauses,
            [.. (raw.Sections ?? []).Select(s => s.Value.Trim())],
            [.. (raw.Furniture ?? []).Select(s => s.Value.Trim()).Where(s => s.Length > 0)],
            routes.ToImmutable(), expectations.ToImmutable(), themes.ToImmutable(), addressed.ToImmutable(), force.ToImmutable()), c.Diagnostics);
    }

    /// <summary>Where the annotated text is: <c>text:</c> relative to the truth file, or <c>NN-slug.md</c> beside it.</summary>
    public static string TextPathFor(SourceFile file)
    {
        var (raw, _) = LocatedYaml.Read<TruthFileYaml>(file);
        var folder = Path.GetDirectoryName(file.RelativePath) ?? "";
        if (raw?.Text is { Value: { Length: > 0 } text }) return Path.Combine(folder, text.Trim()).Replace('\\', '/');
        var name = Path.GetFileName(file.RelativePath);
        var stem = name.EndsWith(Suffix, StringComparison.Ordinal) ? name[..^Suffix.Length] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(folder, stem + ".md").Replace('\\', '/');
    }

    public static readonly IReadOnlyDictionary<string, Scenario> Situations = Fold.KebabNames<Scenario>();
    public static readonly IReadOnlyDictionary<string, Direction> Directions = Fold.KebabNames<Direction>();
    public static readonly IReadOnlyDictionary<string, Actor> Actors = Fold.KebabNames<Actor>();
    public static readonly IReadOnlyDictionary<string, Modality> Modalities = Fold.KebabNames<Modality>();

    private sealed class Checker(string file, Taxonomy taxonomy)
    {
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        public ImmutableArray<string> RoleIds { get; } = [.. taxonomy.Roles.Select(r => r.Id).Concat(ExtraRoles).Distinct()];
        public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();
        public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

        public void Error(int line, string code, string message) => _diagnostics.Add(Diagnostic.Error(file, line, code, message));

        public string Required(YamlText? value, int line, string field)
        {
            if (value is { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v.Trim();
            Error(line, EvalCodes.Missing, $"This entry has no '{field}'.");
            return "";
        }

        /// <summary>A clause the annotation names, which must be one of its own <c>clauses</c>.</summary>
        public string Clause(YamlText? value, int line, HashSet<string> known, ImmutableArray<string> order)
        {
            var raw = Required(value, line, "clause");
            if (raw.Length == 0) return "";
            var clause = Fold.Clause(raw);
            if (known.Count > 0 && !known.Contains(clause))
                Error(value?.Line ?? line, EvalCodes.UnknownClause, $"Clause '{raw}' is not in this annotation's 'clauses' list. {TaxonomyFileParser.Suggest(clause, order)}");
            return clause;
        }

        public T Choice<T>(YamlText? value, int line, string field, IReadOnlyDictionary<string, T> choices) where T : struct, Enum
        {
            var raw = Required(value, line, field);
            if (raw.Length == 0) return default;
            if (choices.TryGetValue(raw, out var chosen)) return chosen;
            Error(value?.Line ?? line, EvalCodes.UnknownValue, $"'{raw}' is not a {field}. {TaxonomyFileParser.Suggest(raw, choices.Keys)}");
            return default;
        }
    }
}

// The YAML shapes of a truth file, deserialised with line numbers; validated into DocumentTruth above.
#pragma warning disable CA1812
internal sealed class TruthFileYaml
{
    public YamlText? Text { get; set; }
    public YamlText? Shape { get; set; }
    public List<YamlText>? Clauses { get; set; }
    public List<YamlText>? Sections { get; set; }
    public List<YamlText>? Furniture { get; set; }
    public Dictionary<YamlText, List<TruthStepYaml>?>? Routes { get; set; }
    public List<TruthExpectationYaml>? Expectations { get; set; }
    public List<TruthThemesYaml>? Themes { get; set; }
    public List<TruthActorYaml>? AddressedTo { get; set; }
    public List<TruthForceYaml>? Force { get; set; }
}

internal sealed class TruthStepYaml : ILocated
{
    public int Line { get; set; }
    public List<YamlText>? Roles { get; set; }
    public List<YamlText>? Printed { get; set; }
    public YamlText? Clause { get; set; }
}

internal sealed class TruthExpectationYaml : ILocated
{
    public int Line { get; set; }
    public YamlText? Clause { get; set; }
    public YamlText? Expectation { get; set; }
    public YamlText? Direction { get; set; }
}

internal sealed class TruthThemesYaml : ILocated
{
    public int Line { get; set; }
    public YamlText? Clause { get; set; }
    public List<YamlText>? Themes { get; set; }
}

internal sealed class TruthActorYaml : ILocated
{
    public int Line { get; set; }
    public YamlText? Clause { get; set; }
    public YamlText? Actor { get; set; }
}

internal sealed class TruthForceYaml : ILocated
{
    public int Line { get; set; }
    public YamlText? Clause { get; set; }
    public YamlText? Modality { get; set; }
}
#pragma warning restore CA1812
