using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Evaluation;

/// <summary>
/// Compares one document's annotation with SiteGen's readings of it, field by field, as tests/corpus/FORMAT.md
/// ("How eval scores") says. Pure: no disk, no SiteGen stages, so every rule can be tested on small in-memory cases.
/// </summary>
internal static class Scorer
{
    /// <summary>Longest piece of clause text quoted as evidence.</summary>
    public const int EvidenceLength = 220;

    public static DocumentScore Score(DocumentTruth truth, DocumentReadings readings)
    {
        var disagreements = ImmutableArray.CreateBuilder<Disagreement>();
        var byNumber = new Dictionary<string, ClauseReading>(StringComparer.Ordinal);
        foreach (var c in readings.Clauses) byNumber.TryAdd(Fold.Clause(c.Number), c);
        string TextOf(string clause) => byNumber.TryGetValue(clause, out var c) ? Excerpt(c.Text) : $"(SiteGen has no clause {clause})";

        // Segmentation: clause numbers.
        var truthClauses = truth.Clauses.ToHashSet(StringComparer.Ordinal);
        var readClauses = byNumber.Keys.ToHashSet(StringComparer.Ordinal);
        var segmentation = Compare(truthClauses, readClauses);
        foreach (var n in readings.Clauses.Select(c => Fold.Clause(c.Number)).Where(n => !truthClauses.Contains(n)).Distinct())
            disagreements.Add(new(Field.Segmentation, Disagreement.FalsePositive, n, "clause " + n, TextOf(n)));
        foreach (var n in truth.Clauses.Where(n => !readClauses.Contains(n)))
            disagreements.Add(new(Field.Segmentation, Disagreement.FalseNegative, n, "clause " + n, ""));

        // Sections: heading titles, as multisets.
        var sections = CompareBags(truth.Sections.Select(Fold.Text), readings.Sections.Select(Fold.Text), out var extraSections, out var missedSections);
        foreach (var s in extraSections) disagreements.Add(new(Field.Sections, Disagreement.FalsePositive, "", "heading '" + s + "'", ""));
        foreach (var s in missedSections) disagreements.Add(new(Field.Sections, Disagreement.FalseNegative, "", "heading '" + s + "'", ""));

        // Furniture: any listed string left in a clause or a heading.
        var furnitureFound = 0;
        foreach (var f in truth.Furniture)
        {
            var folded = Fold.Text(f);
            var inClause = readings.Clauses.FirstOrDefault(c => Fold.Text(c.Text).Contains(folded, StringComparison.Ordinal));
            var inHeading = readings.Sections.FirstOrDefault(s => Fold.Text(s).Contains(folded, StringComparison.Ordinal));
            if (inClause is null && inHeading is null) continue;
            furnitureFound++;
            disagreements.Add(new(Field.Furniture, Disagreement.FalsePositive, inClause?.Number ?? "", $"furniture '{f}' in {(inClause is not null ? "clause " + inClause.Number : "heading '" + inHeading + "'")}",
                inClause is not null ? Excerpt(inClause.Text) : inHeading!));
        }

        // Routes: situations, then (situation, position, role) triples. Only asserted routes count.
        var asserted = readings.Routes.Where(r => r.Asserted && r.Steps.Length > 0).ToArray();
        var truthSituations = truth.Routes.Select(r => r.Situation).ToHashSet();
        var readSituations = asserted.Select(r => r.Situation).ToHashSet();
        var situations = Compare(truthSituations, readSituations);
        foreach (var r in asserted.Where(r => !truthSituations.Contains(r.Situation)))
            disagreements.Add(new(Field.RouteSituations, Disagreement.FalsePositive, r.Steps[0].Clause, Fold.Kebab(r.Situation), Excerpt(r.Steps[0].Evidence)));
        foreach (var r in truth.Routes.Where(r => !readSituations.Contains(r.Situation)))
            disagreements.Add(new(Field.RouteSituations, Disagreement.FalseNegative, r.Steps[0].Clause, Fold.Kebab(r.Situation), Unasserted(readings, r.Situation) ?? TextOf(r.Steps[0].Clause)));

        var truthRoles = truth.Routes.SelectMany(r => r.Steps.SelectMany((s, i) => s.Roles.Select(role => (Key: (r.Situation, i + 1, role.Key), Step: s, Role: role)))).ToArray();
        var readRoles = asserted.SelectMany(r => r.Steps.SelectMany(s => s.Roles.Select(role => (Key: (r.Situation, s.Order, role.Key), Step: s, Role: role)))).ToArray();
        var truthRoleKeys = truthRoles.Select(t => t.Key).ToHashSet();
        var readRoleKeys = readRoles.Select(t => t.Key).ToHashSet();
        var roles = Compare(truthRoleKeys, readRoleKeys);
        foreach (var r in readRoles.Where(r => !truthRoleKeys.Contains(r.Key)).DistinctBy(r => r.Key))
            disagreements.Add(new(Field.EscalationRoles, Disagreement.FalsePositive, r.Step.Clause, Step(r.Key), Excerpt(r.Step.Evidence)));
        foreach (var t in truthRoles.Where(t => !readRoleKeys.Contains(t.Key)).DistinctBy(t => t.Key))
            disagreements.Add(new(Field.EscalationRoles, Disagreement.FalseNegative, t.Step.Clause, Step(t.Key) + (t.Role.Printed is { } p ? $" (printed '{p}')" : ""),
                Unasserted(readings, t.Key.Situation) ?? TextOf(t.Step.Clause)));

        // Expectations: (clause, expectation, direction) triples, exhaustive. Only asserted readings count.
        var truthExpectations = truth.Expectations.Select(e => (e.Clause, e.Expectation, e.Direction)).ToHashSet();
        var readExpectations = readings.Expectations.Where(e => e.Asserted).Select(e => (Clause: Fold.Clause(e.Clause), e.Expectation, e.Direction, e.Evidence)).ToArray();
        var readExpectationKeys = readExpectations.Select(e => (e.Clause, e.Expectation, e.Direction)).ToHashSet();
        var expectations = Compare(truthExpectations, readExpectationKeys);
        foreach (var e in readExpectations.Where(e => !truthExpectations.Contains((e.Clause, e.Expectation, e.Direction))).DistinctBy(e => (e.Clause, e.Expectation, e.Direction)))
            disagreements.Add(new(Field.Expectations, Disagreement.FalsePositive, e.Clause, $"{e.Expectation} ({Fold.Kebab(e.Direction)})", e.Evidence + " — " + TextOf(e.Clause)));
        foreach (var e in truth.Expectations.Where(e => !readExpectationKeys.Contains((e.Clause, e.Expectation, e.Direction))))
        {
            var other = readExpectations.Where(r => r.Clause == e.Clause && r.Expectation == e.Expectation).Select(r => Fold.Kebab(r.Direction)).FirstOrDefault();
            // A reading SiteGen holds but marks for review is not asserted: say so, so a miss is told apart from not reading it at all.
            var held = other is null
                ? readings.Expectations.Where(r => !r.Asserted && Fold.Clause(r.Clause) == e.Clause && r.Expectation == e.Expectation).Select(r => Fold.Kebab(r.Direction)).FirstOrDefault()
                : null;
            disagreements.Add(new(Field.Expectations, Disagreement.FalseNegative, e.Clause, $"{e.Expectation} ({Fold.Kebab(e.Direction)})",
                (other is not null ? $"(SiteGen reads it as {other}) " : held is not null ? $"(SiteGen holds it as needs review, {held}) " : "") + TextOf(e.Clause)));
        }

        // Themes: (clause, theme) pairs over the sampled clauses only.
        var themes = new Counts();
        foreach (var sample in truth.Themes)
        {
            var read = readings.Themes.Where(t => Fold.Clause(t.Clause) == sample.Clause).DistinctBy(t => t.Theme).ToArray();
            var wanted = sample.Themes.ToHashSet(StringComparer.Ordinal);
            var got = read.Select(t => t.Theme).ToHashSet(StringComparer.Ordinal);
            themes += Compare(wanted, got);
            foreach (var t in read.Where(t => !wanted.Contains(t.Theme)))
                disagreements.Add(new(Field.Themes, Disagreement.FalsePositive, sample.Clause, t.Theme, t.Evidence + " — " + TextOf(sample.Clause)));
            foreach (var t in sample.Themes.Where(t => !got.Contains(t)))
                disagreements.Add(new(Field.Themes, Disagreement.FalseNegative, sample.Clause, t, TextOf(sample.Clause)));
        }

        // Addressed to and force: accuracy over the sampled clauses; a clause SiteGen did not produce is wrong.
        var addressed = new Accuracy();
        foreach (var a in truth.AddressedTo)
        {
            var got = byNumber.TryGetValue(a.Clause, out var c) ? c.Actor : (Actor?)null;
            var right = got == a.Actor;
            addressed += new Accuracy(right ? 1 : 0, 1);
            if (!right) disagreements.Add(new(Field.AddressedTo, Disagreement.Wrong, a.Clause, $"want {Fold.Kebab(a.Actor)}, got {(got is { } g ? Fold.Kebab(g) : "no clause")}", TextOf(a.Clause)));
        }
        var force = new Accuracy();
        foreach (var f in truth.Force)
        {
            var got = byNumber.TryGetValue(f.Clause, out var c) ? c.Modality : (Modality?)null;
            var right = got == f.Modality;
            force += new Accuracy(right ? 1 : 0, 1);
            if (!right) disagreements.Add(new(Field.Force, Disagreement.Wrong, f.Clause, $"want {Fold.Kebab(f.Modality)}, got {(got is { } g ? Fold.Kebab(g) : "no clause")}", TextOf(f.Clause)));
        }

        return new DocumentScore(truth.Name, segmentation, sections, furnitureFound, truth.Furniture.Length, situations, roles, expectations, themes,
            addressed, force, disagreements.ToImmutable());
    }

    private static string Step((Scenario Situation, int Order, string Role) key) =>
        $"{Fold.Kebab(key.Situation)} step {key.Order}: {key.Role}";

    /// <summary>For a miss: says so when SiteGen holds the situation's route but does not assert it (Needs review, not stated …).</summary>
    private static string? Unasserted(DocumentReadings readings, Scenario situation) =>
        readings.Routes.FirstOrDefault(r => r.Situation == situation && !r.Asserted) is { } r
            ? $"(SiteGen holds this route as {r.Status}: {string.Join(" → ", r.Steps.Select(s => string.Join(" or ", s.Roles.Select(x => x.Key))))}) " + Excerpt(r.Steps[0].Evidence)
            : null;

    private static Counts Compare<T>(IReadOnlySet<T> truth, IReadOnlySet<T> read)
    {
        var agree = truth.Count(read.Contains);
        return new Counts(agree, read.Count - agree, truth.Count - agree);
    }

    private static Counts CompareBags(IEnumerable<string> truth, IEnumerable<string> read, out List<string> extra, out List<string> missed)
    {
        var remaining = truth.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        extra = [];
        var agree = 0;
        foreach (var r in read)
        {
            if (remaining.TryGetValue(r, out var n) && n > 0) { remaining[r] = n - 1; agree++; }
            else extra.Add(r);
        }
        missed = [.. remaining.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value))];
        return new Counts(agree, extra.Count, missed.Count);
    }

    /// <summary>A clause's text on one line, cut to <see cref="EvidenceLength"/> characters.</summary>
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= EvidenceLength ? flat : flat[..(EvidenceLength - 1)] + "…";
    }
}
