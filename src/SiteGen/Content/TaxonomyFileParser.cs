using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Turns content/taxonomy.yml into a validated <see cref="Taxonomy"/>; pure, so it is tested without a disk.</summary>
internal static partial class TaxonomyFileParser
{
    public const string FileName = "taxonomy.yml";

    public static (Taxonomy? Taxonomy, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceFile file)
    {
        var (raw, error) = LocatedYaml.Read<TaxonomyFile>(file);
        if (raw is null) return (null, [error!]);
        var v = new Checks(file.RelativePath);

        var themes = ImmutableArray.CreateBuilder<ThemeDefinition>();
        foreach (var t in raw.Themes ?? [])
        {
            if (!v.Id(t.Id, t.Line, "theme", "bullying-harassment-and-undue-pressure")) continue;
            var phrases = v.Phrases(t.Phrases, t.Line, $"theme '{t.Id}'");
            var headings = v.Phrases(t.Headings, t.Line, $"theme '{t.Id}'");
            if (phrases.IsEmpty && headings.IsEmpty)
                v.Error(t.Line, "SG0612", $"The theme '{t.Id}' has no 'phrases' and no 'headings', so no clause could ever be on it. Add at least one.");
            themes.Add(new ThemeDefinition(t.Id!, v.Required(t.Title, t.Line, "title", t.Id!), t.Description?.Trim() ?? "", phrases, headings,
                v.Phrases(t.Excludes, t.Line, $"theme '{t.Id}'", exclusion: true), t.Line));
        }
        if (raw.Themes is null or { Count: 0 }) v.Error(1, "SG0612", "The taxonomy has no themes. Add a 'themes:' list (see the comments in the default content/taxonomy.yml).");
        var themeIds = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var expectations = ImmutableArray.CreateBuilder<ExpectationDefinition>();
        foreach (var x in raw.Expectations ?? [])
        {
            if (!v.Id(x.Id, x.Line, "expectation", "respect-dignity-and-courtesy")) continue;
            var theme = v.Required(x.Theme, x.Line, "theme", "mutual-respect-and-courtesy");
            if (theme.Length > 0 && !themeIds.Contains(theme))
                v.Error(x.Line, "SG0606", $"The expectation '{x.Id}' names the theme '{theme}', which is not defined. {Suggest(theme, themeIds)}");
            var phrases = v.Phrases(x.Phrases, x.Line, $"expectation '{x.Id}'");
            if (phrases.IsEmpty) v.Error(x.Line, "SG0612", $"The expectation '{x.Id}' has no 'phrases', so no clause could ever state it.");
            expectations.Add(new ExpectationDefinition(x.Id!, v.Required(x.Title, x.Line, "title", x.Id!), theme, phrases,
                v.Phrases(x.Excludes, x.Line, $"expectation '{x.Id}'", exclusion: true), x.Line));
        }

        var roles = ImmutableArray.CreateBuilder<RoleDefinition>();
        foreach (var r in raw.Roles ?? [])
        {
            if (!v.Id(r.Id, r.Line, "role", "monitoring-officer")) continue;
            var synonyms = v.Phrases(r.Synonyms, r.Line, $"role '{r.Id}'");
            if (synonyms.IsEmpty) v.Error(r.Line, "SG0612", $"The role '{r.Id}' has no 'synonyms', so no protocol could ever name it. Add at least one, e.g. its own title.");
            roles.Add(new RoleDefinition(r.Id!, v.Required(r.Title, r.Line, "title", r.Id!), synonyms, r.Line));
        }

        var sideRoutes = ImmutableArray.CreateBuilder<SideRouteDefinition>();
        foreach (var s in raw.Escalation?.SideRoutes ?? [])
        {
            if (!v.Id(s.Id, s.Line, "side route", "whistleblowing")) continue;
            sideRoutes.Add(new SideRouteDefinition(s.Id!, v.Required(s.Title, s.Line, "title", s.Id!), v.Phrases(s.Phrases, s.Line, $"side route '{s.Id}'"), s.Line));
        }
        var escalation = new EscalationVocabulary(
            v.Phrases(raw.Escalation?.Headings, 1, "escalation headings"),
            v.Phrases(raw.Escalation?.Informal, 1, "escalation informal"),
            sideRoutes.ToImmutable());

        var taxonomy = new Taxonomy(file.RelativePath, themes.ToImmutable(), expectations.ToImmutable(), roles.ToImmutable(), escalation);
        return v.HasErrors ? (null, v.Diagnostics) : (taxonomy, v.Diagnostics);
    }

    internal static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known.OrderBy(k => Distance(wrong, k)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        return best is not null && Distance(wrong, best) <= Math.Max(3, wrong.Length / 3) ? $"Did you mean '{best}'?" : $"Known ids: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return d[b.Length];
    }

    /// <summary>Collects located diagnostics while entries are checked, so a user sees every problem in one build.</summary>
    internal sealed partial class Checks(string file)
    {
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();
        public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

        public void Error(int line, string code, string message) => _diagnostics.Add(Diagnostic.Error(file, line, code, message));

        /// <summary>A kebab-case id, unique among ids of its kind in the file.</summary>
        public bool Id(string? id, int line, string kind, string example)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Error(line, "SG0602", $"This {kind} has no 'id'. Add one in lower-case words joined by hyphens, e.g. 'id: {example}'.");
                return false;
            }
            if (!KebabId().IsMatch(id))
            {
                Error(line, "SG0603", $"'{id}' cannot be used as a {kind} id: use lower-case letters, digits and hyphens only, e.g. '{example}'.");
                return false;
            }
            // Ids name pages and files (themes/<id>.html), so they obey the rules slugs do on every file system.
            if (Slugs.IsReserved(id) || id.Length > Slugs.MaxLength)
            {
                Error(line, "SG1513", Slugs.IsReserved(id)
                    ? $"'{id}' cannot be used as a {kind} id: it names one of the site's own pages or a device on Windows (con, nul, aux, prn, com1…, lpt1…, index). Choose another, e.g. '{example}'."
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This {kind} id is {id.Length} characters long; ids are limited to {Slugs.MaxLength}, as they become file names. Shorten it, e.g. '{example}'."));
                return false;
            }
            if (!_ids.Add(kind + "/" + id))
            {
                Error(line, "SG0604", $"The {kind} id '{id}' is used twice. Ids must be unique, as pages and data refer to them.");
                return false;
            }
            return true;
        }

        public string Required(string? value, int line, string field, string owner)
        {
            if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            Error(line, "SG0602", $"'{owner}' has no '{field}'. Add a line '{field}: …' to it.");
            return "";
        }

        /// <summary>Phrases that can match; one made only of stop-words ("of the") is refused, as it could only match by accident.</summary>
        public ImmutableArray<Phrase> Phrases(List<YamlText>? texts, int line, string owner, bool exclusion = false)
        {
            var phrases = ImmutableArray.CreateBuilder<Phrase>();
            var seen = new Dictionary<string, Phrase>(StringComparer.Ordinal);
            foreach (var t in texts ?? [])
            {
                if (string.IsNullOrWhiteSpace(t.Value)) continue;
                var phrase = new Phrase(t.Value.Trim(), t.Line > 0 ? t.Line : line);
                if (PhraseMatcher<int>.Compile(phrase, withStopWords: exclusion) is not { } compiled)
                {
                    Error(phrase.Line, "SG0605", $"The phrase '{phrase.Text}' of {owner} has only stop-words (such as 'the', 'of', 'to'), which SiteGen never matches on. Use words that carry the topic.");
                    continue;
                }
                if (!exclusion && compiled.Parts.Length == 1 && Words.Split(phrase.Text).Length > 1)
                    _diagnostics.Add(Diagnostic.Warning(file, phrase.Line, "SG0615", $"The phrase '{phrase.Text}' of {owner} matches on the single word '{TopicWord(phrase.Text)}', because its other words are stop-words. It will match that word anywhere; add a word that carries the meaning, or write just '{TopicWord(phrase.Text)}' if that is intended."));
                var key = string.Join(' ', compiled.Parts.Select(p => p ?? CompiledPhrase.GapMarker));
                if (seen.TryGetValue(key, out var same))
                {
                    _diagnostics.Add(Diagnostic.Warning(file, phrase.Line, "SG0614", $"The phrase '{phrase.Text}' of {owner} matches exactly what '{same.Text}' (line {same.Line}) matches, once stop-words are ignored and words reduced to their stems. Remove one of them."));
                    continue;
                }
                seen[key] = phrase;
                phrases.Add(phrase);
            }
            return phrases.ToImmutable();
        }

        private static string TopicWord(string text)
        {
            var word = Words.Split(text).First(w => !w.IsStop);
            return text.Substring(word.Start, word.Length);
        }

        [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
        private static partial Regex KebabId();
    }
}
