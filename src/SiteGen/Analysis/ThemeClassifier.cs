using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Puts clauses on themes, keeping the reason for each: the taxonomy phrase found in the clause's words, the heading it
/// stands under, or a manual override. Configured once per taxonomy, then applied to any number of protocols.
/// </summary>
internal sealed partial class ThemeClassifier
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
        // Themes with at least one phrase match that is the clause's own topic (not a name in passing, not what is harmed).
        var topical = new HashSet<string>(StringComparer.Ordinal);
        // Of those, themes with a match that is not loose: what the clause's own words are firmly about.
        var firm = new HashSet<string>(StringComparer.Ordinal);
        var words = Words.Split(text);
        foreach (var m in _phrases.Matches(text, words, _excludes.Spans(text, words)))
        {
            Add(m.Key, new ThemeReason(ReasonKind.Phrase, m.Phrase.Source.Text, m.MatchedText(text)));
            if (!IsHarmedOrAimedAt(text, m.Start) && !IsNamedInPassing(TitleFrom(text, m.Start, m.End)) && !IsInPolicyTitle(text, m.Start, m.End)
                && !IsOfficeInPassing(text, m.Start, m.End))
            {
                topical.Add(m.Key);
                if (!IsLoose(m.Phrase.Source.Text, m.MatchedText(text))) firm.Add(m.Key);
            }
        }
        // Themes whose heading names nothing else: "Confidentiality" says what every clause under it is about; "Information,
        // correspondence and the media" or "The role of officers" does not.
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headingPath)
            foreach (var m in _headings.Matches(heading))
            {
                Add(m.Key, new ThemeReason(ReasonKind.Heading, m.Phrase.Source.Text, heading));
                if (NamesOnly(heading, m)) whole.Add(m.Key);
            }
        if (correction is not null)
        {
            foreach (var id in correction.Remove) reasons.Remove(id);
            foreach (var id in correction.Add)
                Add(id, new ThemeReason(ReasonKind.Override, correction.Note ?? "added by hand in the overrides file", ""));
        }
        return [.. reasons.OrderBy(r => _order.GetValueOrDefault(r.Key, int.MaxValue)).Select(r => new ThemeTag(r.Key, [.. r.Value], ProvenanceOf(r.Key, r.Value, topical.Contains(r.Key), whole.Contains(r.Key), firm.Any(f => f != r.Key), correction)))];

        void Add(string theme, ThemeReason reason)
        {
            if (!reasons.TryGetValue(theme, out var list)) reasons[theme] = list = [];
            // "bullying" and "bullied" in the taxonomy both match the same words: one reason is enough.
            if (!list.Any(r => r.Kind == reason.Kind && r.Matched == reason.Matched)) list.Add(reason);
        }
    }

    /// <summary>
    /// A tag resting only on weak evidence needs review: a phrase matched loosely across a "..." gap; a section heading
    /// alone, with nothing in the clause's own words, or while the clause's own words are firmly about another theme (a
    /// clause on political neutrality under "The role of officers" is filed under neutrality); or phrases that only name
    /// something in passing ("the Standards Committee will review this protocol") or only say what the clause's subject
    /// could harm ("… can damage the relationship of mutual respect"). One set or confirmed in the overrides file says who
    /// did it.
    /// </summary>
    private static Provenance ProvenanceOf(string theme, List<ThemeReason> reasons, bool topical, bool wholeHeading, bool otherTheme, ThemeOverride? correction)
    {
        var owner = correction?.Owner ?? "the overrides file";
        if (correction is not null && correction.Add.Contains(theme))
            return Provenance.CorrectedBy(owner, correction.Note, correction.Line);
        var evidence = string.Join("; ", reasons.Select(r => r.Matched));
        var phrases = reasons.Where(r => r.Kind == ReasonKind.Phrase).ToArray();
        var method = phrases.Length > 0 ? "taxonomy phrase " + string.Join(", ", phrases.Select(r => $"“{r.Phrase}”")) : "section heading";
        var exact = phrases.Where(r => !IsLoose(r.Phrase, r.Matched)).ToArray();
        var read = phrases.Length == 0 && !wholeHeading
            ? Provenance.Unsure(method, evidence, "only the section heading puts it here; the clause's own words do not name the theme")
            : phrases.Length == 0 && otherTheme
            ? Provenance.Unsure(method, evidence, "only the section heading puts it here, and the clause's own words are about another theme")
            : phrases.Length > 0 && exact.Length == 0 && phrases.Length == reasons.Count
            ? Provenance.Unsure(method, evidence, "the only evidence is a loose match, with other words in between")
            : phrases.Length > 0 && !topical && phrases.Length == reasons.Count
            ? Provenance.Unsure(method, evidence, "the clause only names it in passing (a body, a document, or what something could harm), it is not what the clause is about")
            : Provenance.Read(method, evidence);
        return correction is not null && correction.Confirm.Contains(theme) ? read.ConfirmedBy(owner, correction.Note, correction.Line) : read;
    }

    /// <summary>
    /// Where the words about what a clause's subject could harm, or is for, begin ("… can damage the relationship of
    /// mutual respect", "… which could give rise to a suspicion of undue influence"): phrases from there on name what is at
    /// stake, not what the clause is about. Read within the sentence of the match.
    /// </summary>
    internal static bool IsHarmedOrAimedAt(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', ';', '!', '?', '\n', '•'], Math.Max(0, at - 1)) + 1;
        if (start >= at || HarmOrAim().Match(text[start..at]) is not { Success: true } harm) return false;
        return !(IsHarmForbidden(text[start..(start + harm.Index)]) && !harm.Value.Contains(" rise ", StringComparison.OrdinalIgnoreCase) && !harm.Value.EndsWith(" to", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A harm the sentence forbids is what it asks for: "Members must not do anything which could compromise the
    /// impartiality of officers", "avoid relationships that could compromise their impartiality" are about impartiality.
    /// Only a harm done to the thing named (compromise, undermine, damage …, not "give rise to" or "lead to", which name
    /// what would follow) in a relative clause ("… which could …", "… that could …") under a negation or "avoid"
    /// counts; a reason given ("…, because it can damage mutual respect") still only names what is at stake.
    /// </summary>
    internal static bool IsHarmForbidden(string before) => RelativeBeforeHarm().IsMatch(before) && Forbids().IsMatch(before);

    /// <summary>
    /// A match printed as a title of two or more capitalised words ending in a body ("the Standards Committee will review
    /// this protocol") or its leader ("raised with the Party Group Leader"): a committee, panel or board, or the person
    /// leading one, a clause may name without being about it. Lower-case words ("a
    /// standards committee"), single words, offices ("Monitoring Officer") and documents ("Code of Conduct") are the
    /// clause's own topic.
    /// </summary>
    internal static bool IsNamedInPassing(string matched)
    {
        var words = matched.Split((char[])[' ', '\n', '\t', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToArray();
        var topic = words.Where(w => !Words.StopWords.Contains(w.ToLowerInvariant())).ToArray();
        return topic.Length >= 2 && topic.All(w => char.IsUpper(w[0])) && !words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            && BodyOrOffice().IsMatch(topic[^1]);
    }

    /// <summary>
    /// A "..." phrase is loose when the words it skips cross punctuation ("concern | Raise it first with | … an officer's",
    /// "undermined them, the employee"): the pieces may belong to different parts of the sentence. Within one run of words
    /// ("concern about the conduct of an officer", "keep ward members informed") it reads as one phrase.
    /// </summary>
    internal static bool IsLoose(string phrase, string matched) =>
        phrase.Contains(CompiledPhrase.GapMarker, StringComparison.Ordinal) && matched.AsSpan().IndexOfAny(GapBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> GapBreaks = System.Buffers.SearchValues.Create(",;:|()[]•–—");

    /// <summary>
    /// A capitalised officer's post ("the Monitoring Officer", "the Head of Paid Service", "the Section 151 Officer") named
    /// only as someone a matter goes to or who advises ("raise it with the Monitoring Officer", "may ask the Monitoring
    /// Officer for advice") is named in passing. The post is the clause's topic when the sentence designates someone as it
    /// ("The Head of Legal is the Monitoring Officer", "The Clerk is its Proper Officer and Responsible Financial Officer",
    /// "… acts as Monitoring Officer") or opens on it to say what it is or has ("The Head of Paid Service is the most
    /// senior officer", "The Monitoring Officer has a duty to …").
    /// </summary>
    internal static bool IsOfficeInPassing(string text, int start, int end)
    {
        if (!OfficeTitle().IsMatch(text[start..end])) return false;
        var sentenceStart = text.LastIndexOfAny(['.', ';', '!', '?', '\n', '•'], Math.Max(0, start - 1)) + 1;
        var before = text[sentenceStart..start];
        var stop = text.IndexOfAny(['.', ';', '!', '?', '\n', '•'], end);
        var sentence = text[sentenceStart..(stop < 0 ? text.Length : stop)];
        // "… refer it to the Director of Law, who is the Monitoring Officer": a post equated in passing on a matter's way.
        if (Designated().Match(before) is { Success: true } d && !(before[..d.Index].Contains(',', StringComparison.Ordinal) && HandledOnItsWay().IsMatch(sentence)))
            return false;
        return !(OpensSentence().IsMatch(before) && Described().IsMatch(text, end));
    }

    /// <summary>
    /// A match that opens the capitalised name of a policy, a charter, a strategy or an Act ("the Council's Dignity at Work
    /// Policy", "the Freedom of Information Act"): the clause names a document in passing, it is not about that word.
    /// </summary>
    internal static bool IsInPolicyTitle(string text, int start, int end)
    {
        if (start >= text.Length || !char.IsUpper(text[start])) return false;
        var rest = text[end..];
        var m = PolicyTitleTail().Match(rest);
        return m.Success;
    }

    /// <summary>
    /// The match with a capitalised "Leader" that runs on from it: "Party Group" in "the Party Group Leaders" is part of
    /// a person's title. A body's own name ("Overview and Scrutiny Committee") is not extended: it may be the topic.
    /// </summary>
    internal static string TitleFrom(string text, int start, int end)
    {
        var m = CapitalisedTail().Match(text, end);
        return text[start..(m.Success ? m.Index + m.Length : end)];
    }

    /// <summary>Whether the heading's topic words, leaving out the two sides' names, are all inside the matched phrase.</summary>
    private static bool NamesOnly(string heading, PhraseMatch<string> m)
    {
        var topic = Words.Split(heading).Where(w => !w.IsStop && !char.IsDigit(heading[w.Start]) && Parties.Mentions(heading.Substring(w.Start, w.Length)).IsEmpty).ToArray();
        return topic.Length > 0 && topic.All(w => w.Start >= m.Start && w.Start + w.Length <= m.End);
    }

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}0-9]*|s?151|[0-9]+)(?:\s+(?:\p{Lu}[\p{L}0-9]*|of|the|and|s?151|[0-9]+))*\s+(?:Officers?|Paid\s+Service)$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeTitle();

    /// <summary>"… is the", "… is also its", "… as", "… is the Council's Proper Officer and": the post that follows is what someone is.</summary>
    [GeneratedRegex(@"\b(?:is|are|as)\s+(?:also\s+)?(?:(?:the|its|their|an?)\s+|[\p{L}]+['’]s\s+)*(?:[^.;,]{0,60}?\s(?:and|or)\s+(?:also\s+)?(?:(?:the|its|their)\s+|[\p{L}]+['’]s\s+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Designated();

    [GeneratedRegex(@"\b(?:refer|report|rais|inform|send|sent|complain|escalat|pass)\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HandledOnItsWay();

    /// <summary>Only the opening words of a sentence, or a list of posts, before the match ("The ", "The Chief Executive, the ").</summary>
    [GeneratedRegex(@"^(?:[Tt]he\b|and\b|its\b|of\b|\p{Lu}[\p{L}'’]*|[,()]|\s)*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpensSentence();

    /// <summary>The post is the subject of "is", "are", "has" or "have", after any other posts listed with it.</summary>
    [GeneratedRegex(@"\G(?:\s*\([^)]*\))?(?:(?:\s*,|\s+and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}0-9]*\s*|of\s+)+)*\s*(?:is|are|has|have)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Described();

    [GeneratedRegex(@"\G[ \t]+Leaders?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedTail();

    /// <summary>Up to four more capitalised words (small joining words allowed) that end the name of a document.</summary>
    [GeneratedRegex(@"^(?:\s+(?:(?:at|of|and|for|in|on|to|&)\s+)?\p{Lu}[\p{L}'’-]*){0,4}?\s+(?:Policy|Policies|Charter|Strategy|Act)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyTitleTail();

    [GeneratedRegex(@"^(?:committees?|sub-committees?|panels?|boards?|leaders?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BodyOrOffice();

    [GeneratedRegex(@"\b(?:which|that)[\s,]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBeforeHarm();

    [GeneratedRegex(@"\b(?:not|never|no|nothing|avoid|avoids|avoided|avoiding)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Forbids();

    [GeneratedRegex(@"\b(?:(?:can|could|may|might|will|would|is\s+likely\s+to)\s+(?:\w+\s+)?(?:damage|harm|undermine|jeopardi[sz]e|compromise|erode|give\s+rise\s+to|lead\s+to|call\s+into\s+question)|in\s+order\s+to|so\s+as\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HarmOrAim();
}
