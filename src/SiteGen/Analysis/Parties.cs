using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>The two sides of the relationship a protocol governs.</summary>
internal enum Party { Members, Officers }

/// <summary>A piece of a clause that has its own subject: a sentence, or one half of "…, but …" / "…, and Councillors …".</summary>
internal readonly record struct Segment(string Text, int Start);

/// <summary>Reads who is speaking about whom in protocol sentences: party mentions, subjects, reciprocity and passives.</summary>
internal static partial class Parties
{
    /// <summary>Splits clause text into segments with their offsets, so matches can be placed in the segment they fall in.</summary>
    public static ImmutableArray<Segment> Segments(string text)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var start = 0;
        foreach (Match m in SegmentBreak().Matches(text))
        {
            if (m.Index > start) segments.Add(new Segment(text[start..m.Index], start));
            start = m.Index + m.Length;
        }
        if (start < text.Length) segments.Add(new Segment(text[start..], start));
        return segments.ToImmutable();
    }

    /// <summary>
    /// Mentions of members or officers, in order. "Members of the public" is nobody's side; "member of staff" is an officer.
    /// Titles only members hold (Convener, Provost, Portfolio Holder, the Chair of a committee) are the members' side;
    /// "chair" as a verb ("Members who chair committees") is not a title.
    /// </summary>
    public static ImmutableArray<(Party Party, int Index, int End)> Mentions(string text)
    {
        var found = ImmutableArray.CreateBuilder<(Party, int, int)>();
        foreach (Match m in PartyWord().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            var after = text.AsSpan(m.Index + m.Length);
            if (word.StartsWith("member", StringComparison.Ordinal) && StartsWithWords(after, " of the public")) continue;
            if (word.StartsWith("member", StringComparison.Ordinal) && StartsWithWords(after, " of a political party")) continue;
            var party = word.StartsWith("member", StringComparison.Ordinal) && StartsWithWords(after, " of staff") ? Party.Officers
                : m.Groups["m"].Success ? Party.Members : Party.Officers;
            found.Add((party, m.Index, m.Index + m.Length));
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// Mentions of either side as <see cref="Mentions"/> reads them, with officers also named by the title of their post
    /// ("the Strategic Director", "Directors", "Heads of Service", "the Head of Paid Service", "the Chief Executive",
    /// "the Managing Director"): the class of senior posts that only officers hold. A title used to name a thing ("the
    /// Director of Public Health's report", "the Chief Executive's Office") is not a person, and an "Executive Member" is a
    /// member. Only the reading of who owes an expectation uses titles; escalation reads them as roles of its own.
    /// </summary>
    public static ImmutableArray<(Party Party, int Index, int End)> Sides(string text)
    {
        var words = Mentions(text);
        var titles = OfficerTitle().Matches(text);
        if (titles.Count == 0) return words;
        var all = words.ToList();
        foreach (Match m in titles)
        {
            if (TitleAsThing().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            if (words.Any(w => w.Index < m.Index + m.Length && m.Index < w.End)) continue;
            all.Add((Party.Officers, m.Index, m.Index + m.Length));
        }
        all.Sort((a, b) => a.Index.CompareTo(b.Index));
        return [.. all];
    }

    /// <summary>Whether the segment speaks of both sides at once: "each other", "mutual", "between members and officers", "Councillors and Officers should".</summary>
    public static bool IsReciprocal(string segment) => Reciprocal().IsMatch(segment) || BetweenBoth().IsMatch(segment);

    /// <summary>
    /// Who owes what the segment says, or null when it does not say. The subject is the first party named before the
    /// main modal verb ("Councillors … must"); "They should …" takes <paramref name="inherited"/>, the previous
    /// segment's direction. A one-sided statement must also name the other side, or it is not about the relationship.
    /// </summary>
    public static Direction? DirectionOf(string segment, Direction? inherited)
    {
        var words = Mentions(segment);
        var mentions = Sides(segment);
        var modal = StrongModal().Match(segment);
        var strong = modal.Success;
        if (!modal.Success) modal = WeakModal().Match(segment);
        // "must be treated … by the Officers concerned": the agent of a passive duty owes it.
        if (modal.Success && PassiveAgent().Match(segment, modal.Index + modal.Length) is { Success: true } agent
            && Mentions(agent.Groups["agent"].Value) is [var a] && !IsReciprocal(segment))
            return a.Party == Party.Members ? Direction.MembersToOfficers : Direction.OfficersToMembers;
        // "Members should … the mutual trust": an adjective "mutual" does not share a duty the subject alone is given.
        if (IsReciprocal(segment) && !(OnlyMutualAdjective(segment) && OneSidedSubject(segment, mentions, modal))) return Direction.Mutual;
        (Party Party, int Index, int End)? subject = null;
        if (modal.Success)
        {
            // "Where a Member raises casework, the officer dealing with it will …": the subject is in the main clause, after
            // the opening condition, when the main clause names a side of its own.
            var main = OpeningCondition().Match(segment[..modal.Index]) is { Success: true } condition ? condition.Length : 0;
            var before = mentions.Where(m => m.Index < modal.Index && m.Index >= main).ToArray();
            if (before.Length == 0) before = [.. mentions.Where(m => m.Index < modal.Index)];
            if (before.Length > 0) subject = before[0];
            // "The Council will provide training for …", "Any such briefing will …", "Requests for information should
            // be made …": a subject that is neither side (nor a pronoun for one) says nothing about who owes what.
            else if (strong && ThirdPartySubject().IsMatch(segment[..modal.Index])) return null;
            else if (segment.AsSpan(0, modal.Index).Trim().Length > 0 && inherited is { } carried)
            {
                if (carried == Direction.Mutual) return carried;
                var owed = carried == Direction.MembersToOfficers ? Party.Officers : Party.Members;
                return mentions.Any(m => m.Party == owed) ? Flip(carried, modal, segment) : null;
            }
        }
        // A sentence with no subject before its modal falls back on its first party word; a title later in it ("…, unless
        // the Chief Executive has agreed") names who decides, not a side of the relationship.
        subject ??= words.Length > 0 ? words[0] : null;
        if (subject is not { } s) return null;
        var proper = modal.Success && modal.Index > s.Index;
        if (!proper) mentions = words;
        if (ConjoinedWithOther(segment, s, mentions)) return Direction.Mutual;
        // "The Chair will ensure that councillors are shown …": a title that sees to something for its own side owes the
        // other side nothing by it.
        if (modal.Success && modal.Index > s.Index && (MemberTitleWord().IsMatch(segment[s.Index..s.End]) || OfficerTitle().IsMatch(segment[s.Index..s.End]))
            && EnsureThat().Match(segment, modal.Index + modal.Length) is { Success: true } ensured
            && mentions.FirstOrDefault(m => m.Index >= ensured.Index + ensured.Length) is { End: > 0 } seen && seen.Party == s.Party)
            return null;
        var other = s.Party == Party.Members ? Party.Officers : Party.Members;
        // A one-sided sentence is about the relationship when it names the other side, says what one side expects
        // ("Officers expect to have …"), or puts a duty on its subject ("Officers will give advice which is impartial"):
        // in a protocol on the relationship, the other side is implied. A "can" or "may" alone does not.
        // "The Corporate Director will pass the concern to …": a post holder's duty is one towards the other side only
        // where the sentence names that side.
        if (!words.Any(m => m.Index == s.Index) && !mentions.Any(m => m.Party == other)) return null;
        var duty = modal.Success && strong && modal.Index > s.Index;
        if (!mentions.Any(m => m.Party == other) && !(modal.Success && modal.Groups["expect"].Success) && !duty) return null;
        var direction = s.Party == Party.Members ? Direction.MembersToOfficers : Direction.OfficersToMembers;
        return modal.Success && modal.Index > s.Index ? Flip(direction, modal, segment) : direction;
    }

    /// <summary>The direction a clause's actor implies, for segments that have no subject of their own.</summary>
    public static Direction? FromActor(Actor actor) => actor switch
    {
        Actor.Members => Direction.MembersToOfficers,
        Actor.Officers => Direction.OfficersToMembers,
        Actor.Both => Direction.Mutual,
        _ => null,
    };

    public static Direction Towards(Party from) => from == Party.Members ? Direction.MembersToOfficers : Direction.OfficersToMembers;

    /// <summary>"Officers must not be asked …" and "Officers expect …" name who is owed, not who owes.</summary>
    private static Direction Flip(Direction direction, Match modal, string segment)
    {
        if (direction == Direction.Mutual) return direction;
        // "Employees are not expected to attend …": a side spared something is owed it by the other side.
        var receiving = modal.Groups["expect"].Success || modal.Groups["spared"].Success || PassiveAfterModal().IsMatch(segment[(modal.Index + modal.Length)..]);
        return !receiving ? direction : direction == Direction.MembersToOfficers ? Direction.OfficersToMembers : Direction.MembersToOfficers;
    }

    private static bool OnlyMutualAdjective(string segment) =>
        !BetweenBoth().IsMatch(segment) && Reciprocal().Matches(segment).All(m => m.Value.Equals("mutual", StringComparison.OrdinalIgnoreCase));

    /// <summary>The modal's subject is one side alone ("The Elected Mayor and Councillors should …"), not both joined.</summary>
    private static bool OneSidedSubject(string segment, ImmutableArray<(Party Party, int Index, int End)> mentions, Match modal)
    {
        if (!modal.Success) return false;
        var before = mentions.Where(m => m.Index < modal.Index).ToArray();
        return before.Length > 0 && before.All(m => m.Party == before[0].Party);
    }

    private static bool ConjoinedWithOther(string segment, (Party Party, int Index, int End) subject, ImmutableArray<(Party Party, int Index, int End)> mentions)
    {
        foreach (var m in mentions.Where(m => m.Party != subject.Party && Math.Abs(m.Index - subject.End) < 40))
        {
            var (from, to) = m.Index > subject.End ? (subject.End, m.Index) : (m.End, subject.Index);
            if (from <= to && Conjunction().IsMatch(segment[from..to])) return true;
        }
        return false;
    }

    private static bool StartsWithWords(ReadOnlySpan<char> text, string words) => text.StartsWith(words, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<=[.;!?])\s+|(?<=:)\s*\n|\n\n|,\s+but\s+|,\s+(?=and\s+(?:the\s+)?(?:members?|councillors?|officers?|employees?|staff|elected mayor)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"\b(?:(?<m>elected\s+mayor|mayor|members?|councillors?|member's|members'|councillor's|councillors'|conveners?|convener's|provost|portfolio\s+holders?|(?<=\b(?:the|a|an|each|any|every|their|its|committee|panel|board|vice)[\s-])chair(?:man|men|person|persons|woman|s)?)|(?<o>officers?|officer's|officers'|employees?|staff|(?:town\s+|parish\s+)?clerk|clerk's|those\s+who\s+work\s+for|anyone\s+who\s+works\s+for))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartyWord();

    /// <summary>
    /// A post only an officer holds, by its head noun and the words that qualify it: "(Strategic, Executive, Corporate,
    /// Assistant, Deputy, Service …) Director(s) (of …)", "Managing Director", "Head(s) of Service (Paid Service,
    /// Department, Legal …)", "Chief Executive(s)" with "Deputy" or "Depute", "Chief Finance Officer" is read by "officer".
    /// </summary>
    [GeneratedRegex(@"\b(?<!\bnon[-\s])(?<!\bcompany\s)(?<!\bboard\s+of\s)(?<!\bas\s+an?\s)(?<!\bnon[-\s]executive\s)(?:(?:(?:strategic|executive|corporate|assistant|deputy|depute|group|divisional|service|area|interim|acting|managing|operational|programme)\s+){0,2}directors?(?!\s+of\s+(?:an?|any|the|that|this|its)\s+(?:[\w-]+\s+){0,2}(?:company|companies|charity|charities|trust|body|bodies|organisation|organization|business))|(?:deputy\s+|depute\s+)?chief\s+executives?|heads?\s+of\s+(?:paid\s+service|services?|departments?|(?-i:[A-Z][a-z]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][a-z]+))?(?:\s+services?)?))(?:\s+of\s+(?-i:[A-Z][a-z]+)(?:\s+(?:(?:and|&)\s+)?(?-i:[A-Z][a-z]+))*)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficerTitle();

    /// <summary>What follows a title that makes it the name of a thing: "'s report", "report", "'s Office", "Directorate".</summary>
    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:annual\s+|draft\s+|own\s+)?(?:reports?|office|department|directorate|team|budget|plans?|review|statement|briefing\s+note)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleAsThing();

    [GeneratedRegex(@"\b(?:each\s+other|one\s+another|mutual|neither\s+party|neither\s+side|each\s+side|neither\s+should|both\s+members\s+and\s+officers|neither\s+(?:the\s+|an?\s+)?(?:members?|councillors?|officers?|employees?|staff)\s+nor)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reciprocal();

    [GeneratedRegex(@"\bbetween\b[^.;]{0,60}?\b(?:(?:members?|councillors?|mayor)\b[^.;]{0,40}?\b(?:officers?|employees?|staff)|(?:officers?|employees?|staff)\b[^.;]{0,40}?\b(?:members?|councillors?|mayor))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBoth();

    [GeneratedRegex(@"\b(?:(?<expect>(?:can\s+|will\s+|may\s+)?expects?)|(?<spared>(?:are|is)\s+not\s+(?:expected|required))|should|must|will|shall|need\s+to|are\s+expected|is\s+expected)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrongModal();

    [GeneratedRegex(@"\G\s+(?:not\s+)?be\s+\w+(?:ed|en|t)\b[^.;]{0,80}?\bby\s+(?<agent>(?:the|all|any)?\s*(?:relevant\s+|individual\s+|elected\s+)?(?:officers?|employees?|staff|members?|councillors?)\b(?!\s+of\s+the\s+public))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAgent();

    /// <summary>An opening condition up to its comma: "Where a ward has members of two groups, ", "If a Member asks, ".</summary>
    [GeneratedRegex(@"^\s*(?:where|if|when|whenever|although|though|while|whilst|once|unless|as\s+soon\s+as)\b[^,;]{3,160},\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpeningCondition();

    [GeneratedRegex(@"^(?:conveners?|convener's|provost|portfolio\s+holders?|chair\w*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemberTitleWord();

    [GeneratedRegex(@"\G\s+(?:also\s+|always\s+)?(?:ensure|make\s+sure|see\s+to\s+it)\s+that\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnsureThat();

    [GeneratedRegex(@"\b(?:cannot|can|may)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakModal();

    /// <summary>Words before a modal that name a subject, whose last word is not a pronoun or "there".</summary>
    [GeneratedRegex(@"[a-z]{3,}\s*$(?<!\b(?:there|they|this|these|those|that|it|we|you|he|she|also|then|therefore|both|each|and|or|but|so|always|normally|never|not|only|particular|however|equally|similarly|addition|general|practice)\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartySubject();

    [GeneratedRegex(@"^\s*(?:not\s+)?(?:always\s+)?(?:be\s+(?:asked|required|expected|subject|subjected|pressed|pressurised|put|drawn|treated|influenced|named|offered|given|provided|consulted|informed|briefed|kept|sent|told|invited)|receive)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAfterModal();

    [GeneratedRegex(@"^[\s,]*(?:(?:the|other|individual|elected|any)\s+)*(?:and/or|and|or|/)[\s]*(?:(?:the|other|individual|elected|any|a|an)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Conjunction();
}
