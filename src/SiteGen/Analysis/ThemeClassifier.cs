using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Puts clauses on themes, keeping the reason for each: the taxonomy phrase found in the clause's words, the heading it
/// stands under, or a manual override. Configured once per taxonomy, then applied to any number of protocols.
/// </summary>
internal sealed class ThemeClassifier
{
    private readonly PhraseMatcher<string> _phrases;
    private readonly PhraseMatcher<string> _headings;
    private readonly PhraseMatcher<string> _excludes;
    private readonly ImmutableDictionary<string, int> _order;

    public ThemeClassifier(Taxonomy taxonomy)
    {
        _phrases = new(taxonomy.Themes.SelectMany(t => t.Phrases.Select(p => (t.Id, p))));
        _headings = new(taxonomy.Themes.SelectMany(t => t.Headings.Select(p => (t.Id, p))));
        _excludes = new(taxonomy.Themes.SelectMany(t => t.Excludes.Select(p => (t.Id, p))), withStopWords: true);
        _order = taxonomy.Themes.Select((t, i) => (t.Id, i)).ToImmutableDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The themes of every clause of the protocol that has any, in document order; overrides apply last.</summary>
    public ImmutableArray<ClauseThemes> Classify(Protocol protocol, IReadOnlyDictionary<string, ThemeOverride> overrides)
    {
        var result = ImmutableArray.CreateBuilder<ClauseThemes>();
        foreach (var clause in protocol.AllClauses())
        {
            var themes = Classify(clause.Text, clause.HeadingPath, overrides.GetValueOrDefault(clause.Id));
            if (!themes.IsEmpty) result.Add(new ClauseThemes(clause.Id, themes));
        }
        return result.ToImmutable();
    }

    /// <summary>The themes of one text under its headings, ordered as the taxonomy lists them.</summary>
    public ImmutableArray<ThemeTag> Classify(string text, ImmutableArray<string> headingPath, ThemeOverride? correction = null)
    {
        var reasons = new Dictionary<string, List<ThemeReason>>(StringComparer.Ordinal);
        var words = Words.Split(text);
        foreach (var m in _phrases.Matches(text, words, _excludes.Spans(text, words)))
            Add(m.Key, new ThemeReason(ReasonKind.Phrase, m.Phrase.Source.Text, m.MatchedText(text)));
        foreach (var heading in headingPath)
            foreach (var m in _headings.Matches(heading))
                Add(m.Key, new ThemeReason(ReasonKind.Heading, m.Phrase.Source.Text, heading));
        if (correction is not null)
        {
            foreach (var id in correction.Remove) reasons.Remove(id);
            foreach (var id in correction.Add)
                Add(id, new ThemeReason(ReasonKind.Override, correction.Note ?? "added by hand in the overrides file", ""));
        }
        return [.. reasons.OrderBy(r => _order.GetValueOrDefault(r.Key, int.MaxValue)).Select(r => new ThemeTag(r.Key, [.. r.Value], ProvenanceOf(r.Key, r.Value, correction)))];

        void Add(string theme, ThemeReason reason)
        {
            if (!reasons.TryGetValue(theme, out var list)) reasons[theme] = list = [];
            // "bullying" and "bullied" in the taxonomy both match the same words: one reason is enough.
            if (!list.Any(r => r.Kind == reason.Kind && r.Matched == reason.Matched)) list.Add(reason);
        }
    }

    /// <summary>
    /// A tag resting only on loose evidence (a phrase matched across a "..." gap) needs review; one set or confirmed in the
    /// overrides file says who did it.
    /// </summary>
    private static Provenance ProvenanceOf(string theme, List<ThemeReason> reasons, ThemeOverride? correction)
    {
        var owner = correction?.Owner ?? "the overrides file";
        if (correction is not null && correction.Add.Contains(theme))
            return Provenance.CorrectedBy(owner, correction.Note, correction.Line);
        var evidence = string.Join("; ", reasons.Select(r => r.Matched));
        var phrases = reasons.Where(r => r.Kind == ReasonKind.Phrase).ToArray();
        var method = phrases.Length > 0 ? "taxonomy phrase " + string.Join(", ", phrases.Select(r => $"“{r.Phrase}”")) : "section heading";
        var read = reasons.All(r => r.Kind == ReasonKind.Phrase && r.Phrase.Contains(CompiledPhrase.GapMarker, StringComparison.Ordinal))
            ? Provenance.Unsure(method, evidence, "the only evidence is a loose match, with other words in between")
            : Provenance.Read(method, evidence);
        return correction is not null && correction.Confirm.Contains(theme) ? read.ConfirmedBy(owner, correction.Note, correction.Line) : read;
    }
}
