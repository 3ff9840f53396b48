using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Finds what each side can expect of the other and maps it to the taxonomy's canonical expectations, with direction.
/// Two sources: items of expectation lists ("Officers can expect from Members:", "Member Commitments to Officers:",
/// "Members should:", "from each other"), whose lead-in sets the direction; and free-standing sentences between members
/// and officers ("there must be mutual respect … between Members and officers"), whose subject sets it.
/// </summary>
public sealed partial class ExpectationExtractor
{
    private readonly PhraseMatcher<string> _phrases;
    private readonly PhraseMatcher<string> _excludes;

    public ExpectationExtractor(Taxonomy taxonomy)
    {
        _phrases = new(taxonomy.Expectations.SelectMany(x => x.Phrases.Select(p => (x.Id, p))));
        _excludes = new(taxonomy.Expectations.SelectMany(x => x.Excludes.Select(p => (x.Id, p))), withStopWords: true);
    }

    /// <summary>Every expectation statement of the protocol, in document order, each (clause, expectation, direction) once.</summary>
    public ImmutableArray<ExpectationStatement> Extract(Protocol protocol)
    {
        var found = ImmutableArray.CreateBuilder<ExpectationStatement>();
        var seen = new HashSet<(string, string, Direction)>();
        foreach (var clause in protocol.Sections.SelectMany(s => s.Clauses))
            Visit(clause, list: null, found, seen);
        return found.ToImmutable();
    }

    private void Visit(Clause clause, (Clause LeadIn, Direction Direction)? list, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        if (list is { } l)
        {
            foreach (var (id, phrase, matched) in Matches(clause.Text))
                if (seen.Add((clause.Id, id, l.Direction)))
                    found.Add(new ExpectationStatement(clause.Id, id, l.Direction, StatementForm.Listed, l.LeadIn.Id, phrase, matched));
        }
        else
        {
            AddGeneral(clause, found, seen);
        }

        var childList = list ?? (clause.Children.IsEmpty ? null : ListDirection(clause) is { } d ? (clause, d) : null);
        foreach (var child in clause.Children) Visit(child, childList, found, seen);
    }

    /// <summary>Matches of canonical expectations in one text; words inside an exclusion ("respect the political impartiality") cannot match.</summary>
    private IEnumerable<(string Id, string Phrase, string Matched)> Matches(string text)
    {
        var words = Words.Split(text);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _phrases.Matches(text, words, _excludes.Spans(text, words)))
            if (ids.Add(m.Key))
                yield return (m.Key, m.Phrase.Source.Text, m.MatchedText(text));
    }

    /// <summary>
    /// Free-standing sentences: a segment that states a duty ("should", "must", "will", "expect") or a shared value
    /// ("mutual", "essential") is read for its own direction; a segment without a subject of its own ("They should …",
    /// "there should be …") takes the previous segment's.
    /// </summary>
    private void AddGeneral(Clause clause, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        var segments = Parties.Segments(clause.Text);
        var carried = Parties.FromActor(clause.Actor);
        for (var i = 0; i < segments.Length; i++)
        {
            var text = segments[i].Text;
            var direction = Parties.DirectionOf(text, carried);
            if (direction is { } d) carried = d;
            var follows = i + 1 < segments.Length && BackReference().IsMatch(segments[i + 1].Text);
            if (direction is not { } dir || IsListLeadIn(text) || !(StatesExpectation().IsMatch(text) || follows)) continue;
            foreach (var (id, phrase, matched) in Matches(text))
                if (seen.Add((clause.Id, id, dir)))
                    found.Add(new ExpectationStatement(clause.Id, id, dir, StatementForm.General, null, phrase, matched));
        }
    }

    /// <summary>The direction a lead-in gives its items, or null when the clause does not introduce an expectations list.</summary>
    public static Direction? ListDirection(Clause leadIn)
    {
        var segments = Parties.Segments(leadIn.Text);
        var last = segments.IsEmpty ? leadIn.Text : segments[^1].Text;
        if (FromEachOther().IsMatch(last)) return Direction.Mutual;
        if (ExpectFrom().Match(last) is { Success: true } from && PartyOf(from.Groups["from"].Value) is { } owes) return Parties.Towards(owes);
        if (ExpectTo().Match(last) is { Success: true } to && PartyOf(to.Groups["to"].Value) is { } owes2) return Parties.Towards(owes2);
        if (Commitments().Match(last) is { Success: true } c && PartyOf(c.Groups["who"].Value) is { } committed) return Parties.Towards(committed);
        if (DutyListHead().Match(last) is { Success: true } duty)
        {
            var who = duty.Groups["who"].Value;
            if (PartyOf(who) is { } p && !BothParties(who)) return Parties.Towards(p);
            if (BothParties(who)) return Direction.Mutual;
            return Parties.FromActor(leadIn.Actor);
        }
        return null;
    }

    private static bool IsListLeadIn(string segment) =>
        FromEachOther().IsMatch(segment) || ExpectFrom().IsMatch(segment) || ExpectTo().IsMatch(segment) || Commitments().IsMatch(segment) || DutyListHead().IsMatch(segment);

    private static Party? PartyOf(string words) => Parties.Mentions(words) is { IsEmpty: false } m ? m[0].Party : null;

    private static bool BothParties(string words) => Parties.Mentions(words).Select(m => m.Party).Distinct().Count() == 2;

    private const string PartyWords = @"(?:the\s+)?(?:elected\s+mayor(?:\s+and\s+councillors)?|members?|councillors?|officers?|employees?|staff)";

    // NonBacktracking: "expect" many times over with no full stop would otherwise be rescanned from each one.
    [GeneratedRegex(@"\bexpect\b[^.:;]*\bfrom\s+each\s+other\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex FromEachOther();

    [GeneratedRegex(@"\bexpect\s+(?:the\s+following\s+)?from\s+(?<from>" + PartyWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectFrom();

    [GeneratedRegex(@"\bexpect\s+(?<to>" + PartyWords + @")\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectTo();

    [GeneratedRegex(@"\b(?<who>member|officer|councillor)s?\s+commitments?\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Commitments();

    /// <summary>"Officers will:", "Members should:", "… but they should always;", "It is not appropriate for Members to:".</summary>
    [GeneratedRegex(@"(?:^|\b)(?<who>(?:the\s+)?(?:elected\s+mayor\s+and\s+councillors|members?\s+and\s+officers|councillors\s+and\s+officers|members?|councillors?|officers?|they|we))\s+(?:will|should|must|shall)(?:\s+not)?(?:\s+always)?\s*[:;]\s*$|\bnot\s+appropriate\s+for\s+(?<who>members?|councillors?|officers?)\s+to\s*:?\s*$|\b(?:will|should|must|shall)(?:\s+not)?(?:\s+always)?\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DutyListHead();

    /// <summary>Words that make a sentence say what is owed, rather than describe.</summary>
    [GeneratedRegex(@"\b(?:should|must|shall|will|expects?|expected|need\s+to|ought|mutual|essential|crucial|important|heart\s+of|it\s+is\s+not\s+appropriate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatesExpectation();

    /// <summary>A next sentence that draws the conclusion: "They should therefore be avoided."</summary>
    [GeneratedRegex(@"^\s*(?:they|this|these|it|such\s+relationships)\s+(?:should|must|shall)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();
}
