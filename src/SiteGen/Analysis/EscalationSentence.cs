using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>Who a complaint is about.</summary>
/// <remarks><see cref="Clerk"/> is a town or parish council's clerk: its senior (often only) officer, so a concern about the
/// clerk is read as about the head of paid staff but always needs review: protocols and readers file it under either.</remarks>
internal enum Subject { Officer, SeniorOfficer, ChiefExecutive, Service, Member, Clerk }

/// <summary>A person, body or service named in a sentence: a vocabulary role, a bare party word ("an officer"), or a service.</summary>
/// <param name="Role">The role id, or null for a party word or a service.</param>
/// <param name="Printed">The words as printed, widened to the whole capitalised title ("Director of Children's Services").</param>
internal readonly record struct Mention(int Start, int End, string? Role, Party? Party, bool IsService, string Printed);

/// <summary>Words in a sentence that say whose concern about whom it deals with, from where they stand on.</summary>
/// <param name="Complainant">The side raising the concern, when the words name it.</param>
/// <param name="Subjects">Who the concern is about (one or more, "a Director or the Chief Executive"); empty when not named.</param>
/// <param name="Implied">The complainant was read from the subject's own act ("a Member pressurises the officer"): the other side.</param>
internal sealed record Situation(int At, Party? Complainant, ImmutableArray<Subject> Subjects, string Words, bool Implied = false);

/// <summary>Roles a sentence sends the matter to, read as one step: alternatives ("the Director or the Chief Executive") stay together.</summary>
/// <param name="IsPrior">Named in a failed condition ("if conciliation via a senior manager is not possible"): a step before the sentence's own.</param>
/// <param name="IsAlternative">The sentence offers it beside the last step ("Officers may also …").</param>
internal sealed record TargetGroup(int At, ImmutableArray<Mention> Roles, bool IsPrior, bool IsAlternative);

/// <summary>What one sentence says about a complaint route.</summary>
/// <param name="HasComplaintCue">The sentence speaks of a complaint, concern, grievance or pressure at all.</param>
/// <param name="Continues">Words that carry on a route already started ("if still dissatisfied", "will refer it", "then").</param>
/// <param name="Actors">Roles named as the doer of the sentence before its first step ("the line manager will refer it …").</param>
internal sealed record SentenceReading(
    ImmutableArray<Situation> Situations,
    ImmutableArray<TargetGroup> Groups,
    bool HasComplaintCue,
    bool Continues,
    ImmutableArray<string> Actors);

/// <summary>
/// Reads one sentence in a single left-to-right pass over the people it names. Every lookup is by position in sorted
/// lists, so a sentence of any length is read in time proportional to its length (times a logarithm), never quadratic.
/// </summary>
internal static partial class EscalationSentence
{
    /// <summary>Role ids that are members' side; every other role is an officer or a body.</summary>
    private static readonly FrozenRoles MemberRoles = new(["elected-mayor", "leader", "group-leader", "group-whip", "cabinet-member"]);
    private static readonly FrozenRoles Bodies = new(["standards-committee", "hr", "other"]);

    private sealed class FrozenRoles(string[] ids)
    {
        private readonly HashSet<string> _ids = new(ids, StringComparer.Ordinal);
        public bool Contains(string id) => _ids.Contains(id);
    }

    /// <summary>How far before a role its target word may stand ("with the Council's appropriate …").</summary>
    private const int TargetWindow = 70;

    /// <summary>How far before a role the verb of a discussion may stand ("speak to the Councillor and, if …, to the Group Leader").</summary>
    private const int DiscussionWindow = 200;

    /// <summary>How far after "about" the person complained about may stand ("about the conduct, behaviour or performance of an Officer").</summary>
    private const int SubjectWindow = 90;

    /// <summary>How far before "about what …" the same person may have been named.</summary>
    private const int SameSentenceWindow = 200;

    /// <summary>How far before the complaint words the complainant may stand.</summary>
    private const int ComplainantWindow = 90;

    public static Party? SideOf(Mention m) => m.Role is { } r
        ? r == OtherRole ? OtherSide(m.Printed)
        : MemberRoles.Contains(r) ? Party.Members : Bodies.Contains(r) ? null : Party.Officers
        : m.Party;

    /// <summary>A clerk or a "Head of …" is staff; a chair, provost or civic mayor is a member; a committee or an ombudsman is neither.</summary>
    private static Party? OtherSide(string printed) =>
        ClerkTitle().IsMatch(printed) || printed.StartsWith("Head of", StringComparison.OrdinalIgnoreCase) ? Party.Officers
        : MemberTitle().IsMatch(printed) || PortfolioMember().IsMatch(printed) ? Party.Members
        : null;

    public static Subject? SubjectOf(Mention m) => m switch
    {
        { IsService: true } => Subject.Service,
        // A town or parish council's clerk is its senior officer, the head of its paid staff.
        { Role: OtherRole } when ClerkStanding.IsUnderClerk(m.Printed) => Subject.Officer,
        { Role: OtherRole } when ClerkTitle().IsMatch(m.Printed) => Subject.Clerk,
        { Role: OtherRole } when PortfolioMember().IsMatch(m.Printed) => Subject.Member,
        { Role: "chief-executive" } => Subject.ChiefExecutive,
        { Role: "director" or "head-of-service" or "senior-manager" or "monitoring-officer" } => Subject.SeniorOfficer,
        { Role: "line-manager" } => Subject.Officer,
        { Role: { } r } when MemberRoles.Contains(r) => Subject.Member,
        { Role: not null } => null,
        { Party: Party.Members } => Subject.Member,
        { Party: Party.Officers } => Subject.Officer,
        _ => null,
    };

    /// <summary>Roles, party words and services in order; a party word inside a role ("Monitoring Officer") is the role.</summary>
    public static ImmutableArray<Mention> Mentions(string sentence, ImmutableArray<PhraseMatch<string>> vocabulary)
    {
        var roles = WithOtherTitles(sentence, WithOwnManager(sentence, vocabulary));
        var all = new List<Mention>(roles.Length + 8);
        var titles = new List<(int Start, int End)>(roles.Length);
        foreach (var r in roles)
        {
            var (start, end) = r.Key == OtherRole ? (r.Start, r.End) : Widen(sentence, r.Start, r.End, roles);
            // A title widened to the left ("Head of HR") starts where the title starts: the words before it are what send the matter there.
            all.Add(new Mention(start, r.End, r.Key, null, false, sentence[start..end]));
            titles.Add((start, end));
        }
        var inRole = 0;
        foreach (var (party, index, end) in Parties.Mentions(sentence))
        {
            while (inRole < roles.Length && roles[inRole].End <= index) inRole++;
            if (inRole < roles.Length && roles[inRole].Start <= index) continue;
            all.Add(new Mention(index, end, null, party, false, sentence[index..end]));
        }
        // "Director of Legal and Democratic Services": a service word in a post's title is part of the title.
        inRole = 0;
        foreach (Match s in ServiceWord().Matches(sentence))
        {
            while (inRole < titles.Count && Math.Max(titles[inRole].End, roles[inRole].End) <= s.Index) inRole++;
            if (inRole < titles.Count && Math.Min(titles[inRole].Start, roles[inRole].Start) <= s.Index) continue;
            all.Add(new Mention(s.Index, s.Index + s.Length, null, null, true, s.Value));
        }
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return Separate(Clarified(sentence, all));
    }

    /// <summary>
    /// The text with a bracketed qualifier inside a body's title blanked out, at the same length ("Standards (Assessment)
    /// Sub-Committee" reads as the Standards Sub-Committee, printed as it stands), so the vocabulary finds the title.
    /// </summary>
    public static string WithoutQualifiers(string text) =>
        text.Contains('(', StringComparison.Ordinal) ? BodyQualifier().Replace(text, m => new string(' ', m.Length)) : text;

    [GeneratedRegex(@"(?<=\b[A-Z][\w-]*)\s\([A-Z][\w -]{0,30}\)(?=\s+(?:Sub-)?(?:Committee|Panel|Board)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyQualifier();

    /// <summary>
    /// Mentions that overlap ("Director of Human Resources" holds a director and HR; a bracketed role takes in the next
    /// title) are one mention: the one that starts first, and of those the longest. Every later reading walks the gaps
    /// between mentions, and an overlap would make a gap run backwards.
    /// </summary>
    internal static ImmutableArray<Mention> Separate(ImmutableArray<Mention> mentions)
    {
        var result = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        var end = 0;
        foreach (var m in mentions)
        {
            if (result.Count > 0 && m.Start < end) continue;
            result.Add(m);
            end = m.End;
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// "tell their manager", "your manager", "the officer's manager", "that officer's manager": a manager named as someone's own is their line
    /// manager. A bare "manager" is not ("the project manager", "a manager in the service").
    /// </summary>
    private static ImmutableArray<PhraseMatch<string>> WithOwnManager(string sentence, ImmutableArray<PhraseMatch<string>> vocabulary)
    {
        var extra = new List<PhraseMatch<string>>();
        foreach (Match m in OwnManager().Matches(sentence))
        {
            var g = m.Groups["manager"];
            if (vocabulary.Any(v => v.Start < g.Index + g.Length && v.End > g.Index)) continue;
            extra.Add(new PhraseMatch<string>(LineManagerRole, null!, g.Index, g.Index + g.Length));
        }
        return extra.Count == 0 ? vocabulary : [.. vocabulary.Concat(extra).OrderBy(v => v.Start)];
    }

    private const string LineManagerRole = "line-manager";

    [GeneratedRegex(@"\b(?:their|your|his|her|my|(?:the|that|this|an?|each|any)\s+(?:officer|employee|member\s+of\s+staff|staff\s+member)['’]s?)\s+(?:own\s+|immediate\s+|direct\s+)?(?<manager>manager)\b(?!\s+(?:of|for)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnManager();

    /// <summary>The role id of a title outside the vocabulary ("Town Clerk", "Chair of the Staffing Committee"), shown as printed.</summary>
    public const string OtherRole = "other";

    /// <summary>
    /// The vocabulary's roles, plus titles it does not have that complaint procedures use: a clerk, the chair of a
    /// committee or of the council, a committee or panel, an ombudsman or commissioner, a "Head of …". Where such a title
    /// contains a vocabulary role ("Chair of the Standards Committee") the whole title wins; otherwise the vocabulary does.
    /// </summary>
    private static ImmutableArray<PhraseMatch<string>> WithOtherTitles(string sentence, ImmutableArray<PhraseMatch<string>> vocabulary)
    {
        var others = new List<(int Start, int End)>();
        foreach (Match m in OtherTitle().Matches(sentence)) others.Add((m.Index, m.Index + m.Length));
        foreach (Match m in CapitalisedBody().Matches(sentence)) others.Add((m.Index, m.Index + m.Length));
        // "the Members' Helpdesk", "the Councillor Enquiries Team": members' own front door is named after them, whole.
        var frontDoors = new HashSet<int>();
        foreach (Match m in PortfolioMember().Matches(sentence)) others.Add((m.Index, m.Index + m.Length));
        foreach (Match m in MembersFrontDoor().Matches(sentence))
        {
            others.Add((m.Index, m.Index + m.Length));
            frontDoors.Add(m.Index);
        }
        if (others.Count == 0) return vocabulary;
        others.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End)>();
        foreach (var o in others)
            if (merged.Count == 0 || o.Start >= merged[^1].End) merged.Add(o);
        var result = new List<PhraseMatch<string>>(vocabulary.Length + merged.Count);
        var v = 0;
        foreach (var (rawStart, end) in merged)
        {
            var start = frontDoors.Contains(rawStart) ? rawStart : TrimArticle(sentence, rawStart, end);
            while (v < vocabulary.Length && vocabulary[v].End <= rawStart) result.Add(vocabulary[v++]);
            // "Employment and Appointments Committee" is one body; "the Leader and Standards Committee" names two, for the
            // vocabulary holds the first: the body's title starts after the "and".
            var and = sentence.IndexOf(" and ", start, end - start, StringComparison.Ordinal);
            if (and >= 0 && !sentence.AsSpan(start).StartsWith("Head of", StringComparison.Ordinal)
                && vocabulary.Skip(v).TakeWhile(o => o.Start < end).Any(o => o.End <= and))
            {
                start = and + " and ".Length;
                while (v < vocabulary.Length && vocabulary[v].End <= start) result.Add(vocabulary[v++]);
            }
            // Overlapping vocabulary roles are kept when the title only touches them or is no more than them ("Standards
            // Committee"), and give way when the title is longer and contains them ("Chair of the Standards Committee").
            var overlapping = new List<PhraseMatch<string>>();
            while (v < vocabulary.Length && vocabulary[v].Start < end) overlapping.Add(vocabulary[v++]);
            // A team named after a role the vocabulary has ("the Senior Management Team") is that role.
            if (overlapping.Any(o => o.Start < start || o.End > end || o.Start == start && o.End == end)
                || overlapping.Count > 0 && sentence.AsSpan(start, end - start).EndsWith("team", StringComparison.OrdinalIgnoreCase)) { result.AddRange(overlapping); continue; }
            // "Head of Organisational Development and HR", "Head of Legal Services and Monitoring Officer": the head of a
            // function the vocabulary names holds that role, under the whole title.
            if (overlapping.Count == 1 && sentence.AsSpan(start).StartsWith("Head of", StringComparison.Ordinal))
            {
                result.Add(overlapping[0] with { Start = start, End = end });
                continue;
            }
            // "HR Business Partner", "HR Adviser": a post in the HR function is that function, under the whole title; HR is a
            // function, not a rank, so the post's own word does not change whom the matter goes to ("HR Committee" is a body).
            if (overlapping is [{ Key: "hr" } function] && function.Start == start && FunctionPost().IsMatch(sentence.AsSpan(start, end - start)))
            {
                result.Add(function with { End = end });
                continue;
            }
            result.Add(new PhraseMatch<string>(OtherRole, null!, start, end));
        }
        while (v < vocabulary.Length) result.Add(vocabulary[v++]);
        return [.. result];
    }

    /// <summary>Leading words that open a sentence or a noun phrase, or say whose it is, are not part of a title: "The Staffing Committee", "If Personnel Panel", "Officer's Business Manager".</summary>
    private static int TrimArticle(string s, int start, int end)
    {
        while (start < end)
        {
            var space = s.IndexOf(' ', start, end - start);
            // "Officer's Business Manager": whose manager it is, not part of the title; a plural's ("Members' Enquiries Team",
            // "Chief Officers' Employment Committee") names the body.
            if (space < 0 || !TitleStopWords().IsMatch(s[start..space]) && !(IsPossessive(s.AsSpan(start, space - start)) && !PluralPossessive(s.AsSpan(start, space - start)))) break;
            start = space + 1;
        }
        return start;
    }

    /// <summary>
    /// "Director of Law (Monitoring Officer)", "Chief Executive (Head of Paid Service)": a title with the role it holds in
    /// brackets is that role, printed as the whole.
    /// </summary>
    private static ImmutableArray<Mention> Clarified(string sentence, List<Mention> all)
    {
        var result = ImmutableArray.CreateBuilder<Mention>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i];
            // Mentions can overlap (one title inside another's words): only a later, separate mention can be a bracketed role.
            // The bracket follows the title as printed ("Director of Law (Monitoring Officer)"), not the vocabulary word in it.
            var titleEnd = m.Role is OtherRole ? m.End : Math.Max(m.End, m.Start + m.Printed.Length);
            if (m.Role is not null && i + 1 < all.Count && all[i + 1] is { Role: not null } inner && inner.Start >= titleEnd
                && BracketOpen().IsMatch(sentence.AsSpan(titleEnd, inner.Start - titleEnd))
                && inner.End < sentence.Length && sentence.AsSpan(inner.End).TrimStart().StartsWith(")", StringComparison.Ordinal))
            {
                var close = sentence.IndexOf(')', inner.End);
                var printedStart = m.Printed.Length > 0 ? sentence.IndexOf(m.Printed, Math.Max(0, m.Start - m.Printed.Length), StringComparison.Ordinal) : m.Start;
                result.Add(new Mention(m.Start, close + 1, inner.Role, null, false, sentence[(printedStart < 0 ? m.Start : printedStart)..(close + 1)]));
                i++;
                continue;
            }
            // "the Director of Law and Governance, who is the Monitoring Officer", "…, as Head of Paid Service": a post named
            // with the statutory office it holds is that office, under the post's title. Only a rank (a director, a head of
            // service) gives way to an office; "the Monitoring Officer, who is the Director of Law" stays the Monitoring Officer.
            if (m.Role is { } first && i + 1 < all.Count && all[i + 1] is { Role: { } second } capacity
                && (RankRoles.Contains(first) && StatutoryRoles.Contains(second) || StatutoryRoles.Contains(first) && RankRoles.Contains(second))
                && capacity.Start >= titleEnd
                && EquatedCapacity().IsMatch(sentence.AsSpan(titleEnd, capacity.Start - titleEnd))
                && Math.Max(capacity.End, capacity.Start + capacity.Printed.Length) is var capacityEnd
                && (capacityEnd >= sentence.Length || OfficeEnds().IsMatch(sentence.AsSpan(capacityEnd))))
            {
                // The mention runs on over the office it was equated with (its End past its printed title says so).
                result.Add(new Mention(m.Start, capacityEnd, StatutoryRoles.Contains(first) ? first : second, null, false, m.Printed));
                i++;
                continue;
            }
            result.Add(m);
        }
        return result.ToImmutable();
    }

    private static readonly FrozenRoles RankRoles = new(["director", "head-of-service", "senior-manager"]);
    private static readonly FrozenRoles StatutoryRoles = new(["monitoring-officer", "chief-executive"]);

    [GeneratedRegex(@"^\s*(?:,|\()\s*(?:(?:acting\s+)?as|who\s+is(?:\s+also)?|in\s+(?:the|their|his|her)\s+(?:role|capacity)\s+as)\s+(?:the\s+|our\s+|its\s+)?(?:(?:Council|Authority|Borough|County|City)['’]s\s+)?(?:designated\s+|statutory\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EquatedCapacity();

    /// <summary>The office named ends the title: a stop, a comma, a bracket or the sentence's end follows.</summary>
    [GeneratedRegex(@"^\s*(?:[,.;:)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeEnds();

    [GeneratedRegex(@"^\s*\(\s*(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketOpen();

    /// <summary>
    /// Widens a capitalised role match to the whole title as printed: "Director" in "Director of Children's Services",
    /// "Officer" in "Chief Finance Officer". Lower-case matches ("their line manager") stay as matched.
    /// </summary>
    private static (int Start, int End) Widen(string s, int start, int end, ImmutableArray<PhraseMatch<string>> roles)
    {
        if (start >= s.Length || !char.IsUpper(s[start])) return (start, end);
        // Rightwards: "of", "for", "the" only when a capitalised word follows ("Head of Paid Service", "Leader of the Council");
        // "and" only inside the function a post is "of" ("Director of Law and Governance"), never before another role ("the
        // Director of Finance and Monitoring Officer").
        var e = end;
        var function = false;
        while (true)
        {
            var (ws, we) = NextWord(s, e);
            if (ws < 0) break;
            var word = s[ws..we];
            if (char.IsUpper(word[0]) && !TitleStop(word)) { e = we; continue; }
            if (word is "of" or "for" or "the")
            {
                var (ns, ne) = NextWord(s, we);
                if (ns >= 0 && s[ns..ne] is "the") (ns, ne) = NextWord(s, ne);
                if (ns >= 0 && char.IsUpper(s[ns]) && !TitleStop(s[ns..ne])) { e = ne; function |= word is "of" or "for"; continue; }
            }
            if (word is "and" && function)
            {
                var (ns, ne) = NextWord(s, we);
                if (ns >= 0 && char.IsUpper(s[ns]) && !TitleStop(s[ns..ne]) && !roles.Any(r => r.Start <= ns && r.End > ns)) { e = ne; continue; }
            }
            break;
        }
        // Leftwards: capitalised words that are part of the title ("Strategic", "Assistant"), not "The" or "Council's";
        // and "Head of" before a title ("Head of HR").
        var b = start;
        while (true)
        {
            var (os, oe) = PreviousWord(s, b);
            if (os >= 0 && s[os..oe] == "of" && PreviousWord(s, os) is var (hs, he) && hs >= 0 && char.IsUpper(s[hs]) && !TitleStop(s[hs..he]))
            {
                b = hs;
                continue;
            }
            var (ps, pe) = PreviousWord(s, b);
            if (ps < 0 || !char.IsUpper(s[ps]) || TitleStop(s[ps..pe]) || ps == 0 && pe - ps < 2 || IsPossessive(s.AsSpan(ps, pe - ps))) break;
            // A word that opens the sentence is a title word only if it could not be an ordinary opening ("If", "Where").
            b = ps;
        }
        return (b, e);
    }

    private static bool TitleStop(string word) => TitleStopWords().IsMatch(word);

    private static (int Start, int End) NextWord(string s, int from)
    {
        var i = from;
        if (i < s.Length && s[i] != ' ') return (-1, -1);
        while (i < s.Length && s[i] == ' ') i++;
        if (i - from > 1 || i >= s.Length || !char.IsLetter(s[i])) return (-1, -1);
        var j = i;
        while (j < s.Length && (char.IsLetter(s[j]) || s[j] is '\'' or '’' or '-')) j++;
        return (i, j);
    }

    private static (int Start, int End) PreviousWord(string s, int before)
    {
        var j = before;
        if (j == 0 || s[j - 1] != ' ') return (-1, -1);
        j--;
        if (j == 0 || !char.IsLetter(s[j - 1])) return (-1, -1);
        var i = j;
        while (i > 0 && (char.IsLetter(s[i - 1]) || s[i - 1] is '\'' or '’' or '-')) i--;
        return (i, j);
    }

    /// <summary>Reads a sentence; <paramref name="mentions"/> come from <see cref="Mentions"/>.</summary>
    public static SentenceReading Read(string sentence, ImmutableArray<Mention> mentions)
    {
        var starts = mentions.Select(m => m.Start).ToArray();
        var hasCue = ComplaintCue().IsMatch(sentence) || PressureVerb().IsMatch(sentence);

        // Who complains: the side named just before the complaint words, or just after "complaint by/from".
        var complainants = new List<(int At, Party Party, int Who)>();
        foreach (Match cue in ComplainantCue().Matches(sentence))
        {
            if (cue.Groups["by"].Success)
            {
                if (FirstAfter(mentions, starts, cue.Index + cue.Length, 40) is { } after && SideOf(after) is { } side) complainants.Add((cue.Index, side, after.Start));
                continue;
            }
            if (LastBefore(mentions, starts, cue.Index, ComplainantWindow) is { } before && SideOf(before) is { } who)
                complainants.Add((cue.Index, who, before.Start));
        }
        // "Any concern a Member has about the Clerk": the one who has it follows the concern word.
        foreach (Match held in ConcernHeldBy().Matches(sentence))
            if (FirstAfter(mentions, starts, held.Groups["word"].Index + held.Groups["word"].Length, 40) is { } holder && SideOf(holder) is { } side
                && holder.Start < held.Index + held.Length)
                complainants.Add((held.Index, side, holder.Start));
        foreach (Match procedure in ProcedureFor().Matches(sentence))
            if (FirstAfter(mentions, starts, procedure.Index + procedure.Length, 30) is { } after && SideOf(after) is { } side)
                complainants.Add((procedure.Index, side, after.Start));
        complainants.Sort((a, b) => a.At.CompareTo(b.At));

        // About whom: the first person or service after "about", "concerns", "dissatisfied with the conduct of" …
        // "An employee whose grievance … or, where the employee is the Clerk, with the Chairman": with an officer raising it,
        // "where the employee is …" says who raises it, not whom it is about.
        var officerRaises = complainants.Any(c => c.Party == Party.Officers);
        var situations = new List<Situation>();
        var aboutThings = new List<int>();
        // Where the people a concern is about stand: "An officer who believes that a Member has treated them badly should not
        // feel that …": the Member is complained about, never the one who feels.
        var subjectSpans = new List<(int From, int To)>();
        // Where those who raise a concern about someone named stand ("If the Clerk has a concern about a councillor"): the
        // one who raises it does not send it to themselves.
        var raisers = new List<int>();
        foreach (Match cue in SubjectCue().Matches(sentence))
        {
            var from = cue.Index + cue.Length;
            var rest = sentence.AsSpan(from, Math.Min(SubjectWindow, sentence.Length - from));
            if (OutcomeNotPerson().IsMatch(rest)) continue;
            // "Where the grievance is the Town Clerk's own": whose concern it is, not whom it is about.
            if (OwnConcern().IsMatch(rest)) continue;
            if (officerRaises && StaffIs().IsMatch(cue.Value)) continue;
            // "If the matter is not resolved to the Member's satisfaction": a state of the matter, not whom it is about.
            if (cue.Value.EndsWith("is", StringComparison.OrdinalIgnoreCase) && MatterState().IsMatch(rest)) continue;
            var lookBack = Math.Max(0, cue.Index - 30);
            if (NegatedBefore().IsMatch(sentence.AsSpan(lookBack, cue.Index - lookBack))) continue;
            // "raise the grievance with their Director": whom it is raised with, not whom it is about.
            if (RaisedWith().IsMatch(cue.Value) && RaisingVerbBefore().IsMatch(sentence.AsSpan(lookBack, cue.Index - lookBack))) continue;
            // "talk to the officer about what happened and what outcome the officer is seeking": after "about what/how …" the
            // same side's word named already in the sentence is that same person, inside the matter, not the one complained about.
            if (WhClause().IsMatch(rest) && FirstAfter(mentions, starts, from, SubjectWindow) is { Role: null, Party: { } side } named
                && mentions.Skip(LowerBound(starts, cue.Index - SameSentenceWindow)).TakeWhile(e => e.Start < cue.Index).Any(e => e.Role is null && e.Party == side && e.Printed.Equals(named.Printed, StringComparison.OrdinalIgnoreCase)))
                continue;
            var subjects = SubjectsAfter(sentence, mentions, starts, from, out var subjectsEnd);
            if (subjects.IsEmpty)
            {
                // "An employee's concerns about their own employment": about a thing, so about no one on the other side.
                if (NotAPerson().IsMatch(rest)) aboutThings.Add(cue.Index);
                continue;
            }
            var complainant = complainants.LastOrDefault(c => c.At <= cue.Index + cue.Length && !subjectSpans.Any(span => c.Who >= span.From && c.Who < span.To));
            situations.Add(new Situation(cue.Index, complainant == default ? null : complainant.Party, subjects, sentence[cue.Index..Math.Min(sentence.Length, from + 40)].Trim()));
            subjectSpans.Add((from, subjectsEnd));
            // "The Head of Service will refer complaints about a councillor to …" passes on someone else's concern.
            if (complainant != default && !PassingCue().IsMatch(sentence.AsSpan(complainant.At))) raisers.Add(complainant.Who);
        }
        var (groups, actors) = TargetGroups(sentence, mentions, officerRaises, raisers, subjectSpans);
        // "a Member asks or pressurises the officer": the one who does it is complained about, by the other side.
        foreach (Match verb in PressureVerb().Matches(sentence))
        {
            Mention? agent = verb.Groups["from"].Success
                ? FirstAfter(mentions, starts, verb.Index + verb.Length, 40)
                : LastBefore(mentions, starts, verb.Index, 40);
            if (agent is not { } a || SubjectOf(a) is not { } subject || SideOf(a) is not { } side) continue;
            situations.Add(new Situation(verb.Index, side == Party.Members ? Party.Officers : Party.Members, [subject], verb.Value, Implied: true));
        }
        // A complainant with no "about" before the next step: the concern is about the other side, as a member/officer protocol has it.
        foreach (var (at, party, who) in complainants)
        {
            if (subjectSpans.Any(span => who >= span.From && who < span.To)) continue;
            // Unless a step stands between them: "If the member remains dissatisfied, they may refer it to the Director, and a
            // complaint about a Director …" carries the member's first complaint on before it names a second.
            if (situations.Any(s => Math.Abs(s.At - at) < 120 && (s.Complainant == party || s.Complainant is null)
                && !(s.At > at && groups.Any(g => !g.IsPrior && g.At > at && g.At < s.At)))) continue;
            if (aboutThings.Any(a => a > at && a - at < 60)) continue;
            situations.Add(new Situation(at, party, [], sentence[at..Math.Min(sentence.Length, at + 40)].Trim()));
        }
        situations.Sort((a, b) => a.At.CompareTo(b.At));

        // The person a complaint is about ("Complaints about a Director go to …") is not its actor.
        var doers = actors.Where(a => !situations.Any(s => s.Subjects.Length > 0 && a.Start >= s.At && a.Start < s.At + s.Words.Length))
            .Select(a => a.Role!).ToImmutableArray();
        return new SentenceReading([.. situations], groups, hasCue, Continuation().IsMatch(sentence), doers);
    }

    private static ImmutableArray<Subject> SubjectsAfter(string sentence, ImmutableArray<Mention> mentions, int[] starts, int from, out int end)
    {
        end = from;
        var found = ImmutableArray.CreateBuilder<Subject>();
        // Names joined by a comma alone are a list only if an "or"/"and" closes it ("a Director, Head of Service or the
        // Chief Executive"); "where the grievance concerns the Elected Mayor, the Chief Executive will …" names the next actor.
        var pending = new List<Subject>();
        var i = LowerBound(starts, from);
        var previousEnd = -1;
        for (; i < mentions.Length && mentions[i].Start < from + SubjectWindow; i++)
        {
            var m = mentions[i];
            var joined = true;
            if (previousEnd >= 0)
            {
                var gap = sentence.AsSpan(previousEnd, m.Start - previousEnd);
                if (!SubjectCoordination().IsMatch(gap)) break;
                joined = SubjectJoiner().IsMatch(gap);
            }
            if (previousEnd < 0 && SentencePause().IsMatch(sentence.AsSpan(from, m.Start - from))) break;
            // "the advice or service received from an officer": the service is the officer's act; the officer is the subject.
            if (m.IsService && ServiceFrom().IsMatch(sentence.AsSpan(m.End, Math.Min(30, sentence.Length - m.End)))) continue;
            if (SubjectOf(m) is not { } subject)
            {
                if (previousEnd < 0 && m.Role is not null) break;
                continue;
            }
            if (!joined) pending.Add(subject);
            else
            {
                foreach (var p in pending.Append(subject)) if (!found.Contains(p)) found.Add(p);
                pending.Clear();
                end = m.End;
            }
            previousEnd = m.End;
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// The roles the sentence sends the matter to, in order: a role counts when the words just before it are "with", "to",
    /// "by", "via", "ask", "approach" … (fillers like "the", "appropriate" skipped). Roles joined by "or", "and/or" or commas
    /// are one step; a further role after "will refer it", "then", "if …" is the next step; after a purpose ("ask the Leader
    /// to discuss the matter with …") the roles are who that person talks to, not steps, until a new clause starts.
    /// </summary>
    /// <param name="raisers">Where the roles that raise the sentence's concern about someone stand: they, and the same title named again, are no step.</param>
    /// <param name="subjectSpans">Where the people a concern is about stand: someone complained about does not pass the matter on.</param>
    private static (ImmutableArray<TargetGroup>, ImmutableArray<Mention>) TargetGroups(string sentence, ImmutableArray<Mention> mentions, bool officerRaises,
        List<int> raisers, List<(int From, int To)> subjectSpans)
    {
        var raiserKeys = mentions.Where(m => m.Role is not null && raisers.Contains(m.Start)).Select(RoleKey).ToHashSet(StringComparer.Ordinal);
        bool Raises(Mention m) => m.Role is not null && raiserKeys.Contains(RoleKey(m));
        var priorSpans = NegativeConditions(sentence);
        var alternativeAt = AlsoWord().Match(sentence) is { Success: true } also ? also.Index : -1;
        var groups = new List<(List<Mention> Roles, bool Prior, int At)>();
        var actors = ImmutableArray.CreateBuilder<Mention>();
        var stopped = false;
        var span = 0;
        Mention? last = null;
        var passer = -1;
        foreach (var m in mentions)
        {
            if (m.Role is null) continue;
            // "If the Clerk feels that a councillor has behaved improperly, the Clerk should refer it to the Chairman": the Clerk
            // raises the matter, the Chairman is sent it.
            if (Raises(m))
            {
                if (groups.Count == 0) actors.Add(m);
                last = m;
                continue;
            }
            while (span < priorSpans.Length && priorSpans[span].End <= m.Start) span++;
            var inPrior = span < priorSpans.Length && priorSpans[span].Index <= m.Start;
            var windowStart = Math.Max(0, m.Start - TargetWindow);
            var isTarget = EndsWithTargetCue(sentence.AsSpan(windowStart, m.Start - windowStart))
                || inPrior && PriorCue().IsMatch(sentence.AsSpan(windowStart, m.Start - windowStart))
                // "contact the Head of Service and, if the matter remains unresolved, the Director": the verb's second object,
                // after a failed condition, is the next step.
                || groups.Count > 0 && last is { } prev && groups[^1].Roles[^1].Equals(prev) && PrintedEnd(prev) <= m.Start
                    && ElidedNextStep().Match(sentence, PrintedEnd(prev), m.Start - PrintedEnd(prev)) is { Success: true } elided
                    && FailureWord().IsMatch(elided.Groups["condition"].Value)
                // "raise it with the Head of Service or, failing that, the Director": the same, after an attempt said to fail.
                || groups.Count > 0 && last is { } before && groups[^1].Roles[^1].Equals(before) && PrintedEnd(before) <= m.Start
                    && FailedAttemptBetween().IsMatch(sentence.AsSpan(PrintedEnd(before), m.Start - PrintedEnd(before)));
            // "should not raise it with the Clerk", "and not with the officer", "normally with the group leader present":
            // someone the matter must not go to, or who is only there, is no step.
            if (isTarget && (NegatedSending().IsMatch(sentence.AsSpan(windowStart, m.Start - windowStart))
                || MerelyPresent().IsMatch(sentence.AsSpan(PrintedEnd(m), Math.Min(30, sentence.Length - PrintedEnd(m))))))
                isTarget = false;
            // "…, who may ask the Member's Group Leader to help resolve it": someone asked to help the holder, who keeps the matter.
            if (isTarget && AskedBefore().IsMatch(sentence.AsSpan(windowStart, m.Start - windowStart))
                && AskedToHelp().IsMatch(sentence.AsSpan(PrintedEnd(m), Math.Min(40, sentence.Length - PrintedEnd(m)))))
                isTarget = false;
            // "If the matter cannot be put right informally, the Staffing Committee will consider it": one said to hear,
            // investigate or decide the matter is a step (FORMAT.md), though nothing is sent to it in so many words.
            var hears = !isTarget && (HearsIt().IsMatch(sentence.AsSpan(PrintedEnd(m), Math.Min(60, sentence.Length - PrintedEnd(m))))
                || NextPointOfContact().IsMatch(sentence.AsSpan(PrintedEnd(m), Math.Min(60, sentence.Length - PrintedEnd(m)))));
            // The one a matter is "referred by" is followed by the one it goes "to": never the same step.
            if (last is { } l && groups.Count > 0 && groups[^1].Roles[^1].Equals(l) && !(passer == l.Start && isTarget) && !hears)
            {
                var gap = sentence.AsSpan(l.End, m.Start - l.End);
                // "…, or with the Vice-Chair where the concern is about the Chair": only a situation we read splits the step.
                var trailing = TrailingSituation().Match(sentence, m.End, Math.Min(60, sentence.Length - m.End)) is { Success: true } t
                    && mentions.FirstOrDefault(n => n.Start >= t.Index + t.Length && n.Start < t.Index + t.Length + 30) is { Printed: not null } next
                    && SubjectOf(next) is not null;
                // "… with the Head of Service or, where that does not settle it, with the Director": an "or" followed by the
                // first attempt failing orders the two; the second is the next step, not a choice at the first.
                if (!trailing && (Coordination().IsMatch(gap) || isTarget && AlternativeGap().IsMatch(gap) && !NamesSubjectIn(sentence, mentions, l.End, m.Start, officerRaises)
                    && !FailedAttemptBetween().IsMatch(gap)))
                {
                    groups[^1].Roles.Add(m);
                    last = m;
                    continue;
                }
                if (Purpose().IsMatch(gap)) stopped = true;
            }
            if (stopped && last is { } p2 && SequenceGap().IsMatch(sentence.AsSpan(p2.End, m.Start - p2.End))) stopped = false;
            // "it will be referred by the Director to the Monitoring Officer": the one it is referred by passes it on (a step
            // before the one it goes to, as "the Director will refer it to …" is), not a step after the Monitoring Officer.
            var passedBy = isTarget && !stopped && PassedBy().IsMatch(sentence.AsSpan(windowStart, m.Start - windowStart))
                && PassedOnTo().IsMatch(sentence.AsSpan(PrintedEnd(m), Math.Min(40, sentence.Length - PrintedEnd(m))));
            // "A Member whose concern relates to a Director should refer it to …": the Director is complained about, not the one who refers it.
            var complainedAbout = subjectSpans.Any(sp => m.Start >= sp.From && m.Start < sp.To);
            if (!complainedAbout && (passedBy || !isTarget && !stopped && ActorPasses().IsMatch(sentence.AsSpan(m.End, Math.Min(40, sentence.Length - m.End)))))
            {
                if (passedBy) passer = m.Start;
                // "the officer's Group Director will refer it to the Chief Executive": the one who passes it on is a step
                // too, before the one it goes to (no new step if the route already has them).
                groups.Add(([m], true, m.Start));
                last = m;
                continue;
            }
            if (hears && !stopped)
            {
                groups.Add(([m], false, m.Start));
                last = m;
                continue;
            }
            // "…, who will decide with the Monitoring Officer what further action to take": the two decide it together, at one step.
            if (!isTarget && !stopped && groups.Count > 0 && !groups[^1].Prior && JointDecision().IsMatch(sentence.AsSpan(windowStart, m.Start - windowStart)))
            {
                groups[^1].Roles.Add(m);
                last = m;
                continue;
            }
            if (!isTarget || stopped)
            {
                if (groups.Count == 0 && SideOf(m) is not null) actors.Add(m);
                if (stopped) last = m;
                continue;
            }
            groups.Add(([m], inPrior, m.Start));
            last = m;
        }
        // The members a handler only discusses the matter with ("the Monitoring Officer will determine whether it should be
        // discussed with the Leader", "who may discuss it with the councillor's group leader") are consulted, not a step,
        // unless the route goes on through them; a discussion with an officer up the line ("who will discuss it with the
        // Managing Director") or the complainant's own ("first discuss it with their Head of Service") is one.
        var firstRole = mentions.FirstOrDefault(m => m.Role is not null && !Raises(m));
        // Someone a handler discusses it with, when the handler then goes on ("The Chair will discuss it with the Vice-Chair
        // and, if it cannot be settled, will refer it to the Staffing Committee"), is consulted too; "…, who will refer it" is a step.
        var kept = groups.Where((g, i) => g.Prior || firstRole.Start >= g.At || firstRole.Role is null
            || !DiscussedWith().IsMatch(sentence.AsSpan(Math.Max(0, g.At - DiscussionWindow), Math.Min(DiscussionWindow, g.At)))
            || (i < groups.Count - 1
                ? RelativeActs().IsMatch(sentence.AsSpan(PrintedEnd(g.Roles[^1]), Math.Max(0, groups[i + 1].At - PrintedEnd(g.Roles[^1]))))
                : !g.Roles.All(r => SideOf(r) == Party.Members) || TakesItOn().IsMatch(sentence.AsSpan(PrintedEnd(g.Roles[^1])))))
            // "…, who will discuss it with the Monitoring Officer and will decide what to do": the holder keeps the decision,
            // so the one it is discussed with is consulted (FORMAT.md), whichever side they are on.
            .Where(g => g.Prior || firstRole.Role is null || firstRole.Start >= g.At
                || !DiscussedWith().IsMatch(sentence.AsSpan(Math.Max(0, g.At - DiscussionWindow), Math.Min(DiscussionWindow, g.At)))
                || !HolderDecidesAfter().IsMatch(sentence.AsSpan(PrintedEnd(g.Roles[^1]))));
        // "… will refer it to the Monitoring Officer instead": an alternative to the last step, said after it.
        var result = kept.Select(g => new TargetGroup(g.At,
            [.. g.Roles.DistinctBy(RoleKey)], g.Prior,
            !g.Prior && (alternativeAt >= 0 && alternativeAt < g.At
                || InsteadAfter().IsMatch(sentence.AsSpan(PrintedEnd(g.Roles[^1]), Math.Min(30, sentence.Length - PrintedEnd(g.Roles[^1]))))))).ToImmutableArray();
        return (result, actors.ToImmutable());
    }

    /// <summary>Two titles outside the vocabulary ("Chair", "Vice-Chair") are two roles; two names for one vocabulary role are one.</summary>
    public static string RoleKey(Mention m) => m.Role == OtherRole ? OtherRole + ":" + m.Printed.ToLowerInvariant() : m.Role ?? "";

    private static int PrintedEnd(Mention m) => m.Role is OtherRole ? m.End : Math.Min(Math.Max(m.End, m.Start + m.Printed.Length), int.MaxValue);

    [GeneratedRegex(@"\b(?:(?:not|never)\s+(?:\w+\s+){0,2}?(?:raise|raised|raising|take|taken|discuss|discussed|refer|referred|report|reported|pass|passed|go|put|direct|directed|approach|contact|tell|speak|write|complain)\b(?:(?!\b(?:but|instead|and|or|then)\b)[^,;]){0,50}|(?:not|never|rather\s+than|instead\s+of)\s+(?:directly\s+)?(?:with|to)\s+(?:[\w'’]+\s+){0,3})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegatedSending();

    [GeneratedRegex(@"\b(?:who|which|they|he|she)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeActs();

    /// <summary>
    /// "… with the Monitoring Officer and will decide …", "… with the Chief Executive and will try to resolve it": the one who
    /// discusses it goes on to decide or settle it.
    /// </summary>
    [GeneratedRegex(@"^[^.;,]{0,40}?\band\s+(?:will|may|shall)\s+(?:then\s+)?(?:decide|determine|agree|(?:(?:try|seek|attempt)\s+to\s+)?(?:resolve|settle))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HolderDecidesAfter();

    /// <summary>"…, who will speak to the councillor and try to resolve it": the one the matter was discussed with acts on it (a step, FORMAT.md).</summary>
    [GeneratedRegex(@"^\s*,\s*who\s+(?:will|may|should|shall|can|is\s+to)\s+(?:then\s+)?(?:[\w'’]+\s+){0,8}?(?:resolve|settle|decide|determine|deal\s+with|investigate|refer|pass|escalate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TakesItOn();

    [GeneratedRegex(@"^(?:complaint|grievance|concern|issue|matter)s?\s+with$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RaisedWith();

    [GeneratedRegex(@"\b(?:raise|raised|raising|take|taken|taking|discuss|discussed|lodge|lodged|put|pursue|pursued|register|file|share|address)\s+(?:the|a|any|their|his|her|this|that|such|your)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RaisingVerbBefore();

    [GeneratedRegex(@"^\s*(?:their|his|her|its|the|a|an)\s+(?:own\s+)?(?:employment|pay|contract|terms|conditions|job|post|role|workload|duties|salary|pension|hours|working\s+conditions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAPerson();

    [GeneratedRegex(@"\b(?:decide|decides|determine|determines)\s+(?:jointly\s+|together\s+)?with\s+(?:the\s+|a\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JointDecision();

    /// <summary>
    /// "… or, if the officer is a Head of Service, with the relevant Director": a condition naming whom the concern is about
    /// opens a case of its own; "… or, where the grievance is raised by the Clerk, with the Chairman" is still one step.
    /// </summary>
    private static bool NamesSubjectIn(string sentence, ImmutableArray<Mention> mentions, int from, int to, bool officerRaises)
    {
        var gap = sentence[from..to];
        if (!ConditionInGap().IsMatch(gap)) return false;
        foreach (Match cue in SubjectCue().Matches(gap))
        {
            if (officerRaises && StaffIs().IsMatch(cue.Value)) continue;
            var after = from + cue.Index + cue.Length;
            if (OwnConcern().IsMatch(sentence.AsSpan(after, to - after))) continue;
            if (mentions.FirstOrDefault(n => n.Start >= after && n.Start < to && n.Start - after < 30) is { Printed: not null } named && SubjectOf(named) is { } subject
                // An officer's concern about a kind of member ("or, where the concern is about a Cabinet Member, to the Chief
                // Executive") is still an officer's concern about a member: one situation, so an alternative at the step.
                && !(officerRaises && subject == Subject.Member))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:if|where|when|unless)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConditionInGap();

    /// <summary>" the Town Clerk's own", " the Clerk’s own": the concern belongs to the one named, who raises it.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+|their\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s?\s+own\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex OwnConcern();

    /// <summary>"where the employee is", "if the officer is" (not "where the officer concerned is"): who the member of staff is.</summary>
    [GeneratedRegex(@"^(?:where|if)\s+the\s+(?:officer|employee|member\s+of\s+staff)\s+is$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StaffIs();

    [GeneratedRegex(@"^\s*(?:also\s+)?(?:present|in\s+attendance)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MerelyPresent();

    [GeneratedRegex(@"^\s*(?:instead|as\s+an\s+alternative)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InsteadAfter();

    private static Mention? LastBefore(ImmutableArray<Mention> mentions, int[] starts, int at, int window)
    {
        for (var i = LowerBound(starts, at) - 1; i >= 0 && mentions[i].Start >= at - window; i--)
            if (mentions[i].End <= at && !mentions[i].IsService) return mentions[i];
        return null;
    }

    private static Mention? FirstAfter(ImmutableArray<Mention> mentions, int[] starts, int at, int window)
    {
        var i = LowerBound(starts, at);
        return i < mentions.Length && mentions[i].Start < at + window && !mentions[i].IsService ? mentions[i] : null;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>"the Cabinet Member for that portfolio", "the Executive Member", "the Portfolio Holder": a member who holds a portfolio.</summary>
    [GeneratedRegex(@"\b(?:Cabinet|Executive)\s+Member\b|\b[Pp]ortfolio\s+[Hh]older\b", RegexOptions.CultureInvariant)]
    private static partial Regex PortfolioMember();

    /// <summary>
    /// A service set up for members' enquiries and complaints about services: "Members' Helpdesk", "Councillor Enquiries
    /// Team", "Members' enquiry service", "Member Support Unit". Named after the members it serves, not a member.
    /// </summary>
    [GeneratedRegex(@"\b(?:members?|councillors?)['’]?\s+(?:(?:enquiry|enquiries|inquiry|inquiries|support|casework)\s+(?:service|team|desk|unit|line|hub)|help\s?desk)\b", Options)]
    private static partial Regex MembersFrontDoor();

    /// <summary>Titles of office-holders and bodies outside the role vocabulary that complaint procedures send matters to; a panel drawn from a committee ("a panel of three members of the Staffing Committee") is named whole.</summary>
    [GeneratedRegex(@"\b(?:(?:assistant|deputy|depute)\s+)?(?:(?:town|parish|community|city|proper)\s+)?clerk(?:\s+to\s+the\s+(?:council|[a-z]+\s+council))?\b|\b(?:vice[- ])?chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:(?:[a-z’'&-]+\s+){0,4}(?:committee|sub-committee|panel|board)|(?:[a-z’'&-]+\s+){0,2}?(?:council|authority))\b|\b(?:public\s+services\s+ombudsman\s+for\s+wales|local\s+government\s+(?:and\s+social\s+care\s+)?ombudsman|ombudsman|standards\s+commission(?:\s+for\s+scotland)?|commissioner\s+for\s+ethical\s+standards(?:\s+in\s+public\s+life(?:\s+in\s+scotland)?)?|ethical\s+standards\s+commissioner|(?:northern\s+ireland\s+)?(?:local\s+government\s+)?commissioner\s+for\s+standards|independent\s+person|provost|convener(?:\s+of\s+(?:the\s+)?(?:[a-z’'&-]+\s+){0,4}(?:committee|sub-committee|panel|board))?|town\s+mayor|civic\s+mayor)\b|\bpanel\s+of\s+(?:(?:two|three|four|five|\d)\s+(?:members|councillors)\s+of\s+)?(?:the\s+)?(?:[a-z’'&-]+\s+){0,4}(?:committee|sub-committee)\b", Options)]
    private static partial Regex OtherTitle();

    /// <summary>A capitalised committee, panel, team, head of a named function or manager: "Staffing Committee", "HR Committee", "Employment and Appointments Committee", "Members' Enquiries Team", "Head of Democratic Services", "Business Manager" (the vocabulary's own, "Service Manager", stay its roles).</summary>
    [GeneratedRegex(@"\b(?:(?:[A-Z][a-z’']+|[A-Z]{2,5})\s+(?:and\s+(?=[A-Z]))?){1,3}(?:Committee|Sub-Committee|Panel|[Tt]eam)\b|\bHead\s+of\s+(?!Service\b|Paid\b|the\b)[A-Z][a-z’']+(?:\s+(?:and\s+)?(?:[A-Z][a-z’']+|[A-Z]{2,}\b)){0,3}|\b(?:Vice[- ])?Chair(?:man|woman|person)?\b(?!\s+of\b)|\b(?:[A-Z][a-z’']+\s+){1,2}Manager\b|\b(?:(?:[A-Z][a-z’']+|[A-Z]{2,5})\s+){1,2}(?:Lead|Partner|Adviser|Advisor|Co-ordinator|Coordinator)\b(?!\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedBody();

    /// <summary>A title that ends in a post's word: "… Business Partner", "… Adviser", "… Manager".</summary>
    [GeneratedRegex(@"\b(?:Manager|Lead|Partner|Adviser|Advisor|Co-?ordinator|Officer)$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionPost();

    [GeneratedRegex(@"\bclerk\b", Options)]
    private static partial Regex ClerkTitle();

    [GeneratedRegex(@"^(?:vice[- ])?chair|\bprovost\b|\bconvener\b|\bmayor\b", Options)]
    private static partial Regex MemberTitle();

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking;

    /// <summary>Words that speak of a complaint at all.</summary>
    [GeneratedRegex(@"\b(?:complain\w*|grievances?|concerns?|concerned|dissatisf\w+|not\s+satisfied|unhappy|aggrieved|disputes?|breakdown|break\s+down|strained|bully\w*|harass\w*|pressur\w+|inappropriate|unacceptable|breached|(?:has|have)\s+not\s+followed|unsure\s+how\s+to\s+proceed)\b", Options)]
    private static partial Regex ComplaintCue();

    /// <summary>The complaint words that follow the one complaining ("a Councillor wishes to complain", "an officer has a concern") or precede "by/from" them ("grievance by an employee") or the one who has it ("any concern a Member has about").</summary>
    [GeneratedRegex(@"\b(?:(?:is|are|be|becomes?|feels?|remains?|was|were)\s+(?:still\s+|genuinely\s+)?(?:concerned|dissatisfied|unhappy|not\s+satisfied|not\s+happy|aggrieved|unsure\s+how\s+to\s+proceed)|(?:has|have|had)\s+(?:a\s+|any\s+)?(?:genuine\s+|serious\s+)?(?:concerns?|complaints?|grievances?|problems?|issues?|difficult(?:y|ies))|wish(?:es)?\s+to\s+(?:raise|make|complain|pursue|lodge|register|discuss)|wants?\s+to\s+(?:raise|complain|make)|complains?|rais(?:e|es|ing)\s+(?:a\s+|any\s+)?(?:concerns?|complaints?|grievances?)|makes?\s+a\s+complaint|whose\s+(?:concerns?|complaints?|grievances?)|(?:report|refer|take|put|direct|address)s?\s+(?:any\s+|their\s+|such\s+|all\s+)?(?:concerns?|complaints?|grievances?)|['’]s?\s+(?:concerns?|complaints?|grievances?)\s+(?:about|regarding|against|with|over|concerns|concerning|involves|involving|relates\s+to|relating\s+to)|with\s+(?:a|any)\s+(?:concern|complaint|grievance)s?|concerned\s+(?:about|with|at|by|that)|(?:feels?|believes?|considers?|thinks?)\s+that|(?<by>(?:complaints?|grievances?|concerns?)\s+(?:raised\s+|made\s+|brought\s+|lodged\s+)?(?:by|from|of)))\b", Options)]
    private static partial Regex ComplainantCue();

    [GeneratedRegex(@"^(?:report|refer|take|put|direct|address|pass|forward)s?\b", Options)]
    private static partial Regex PassingCue();

    [GeneratedRegex(@"\b(?<word>concerns?|complaints?|grievances?)\s+(?:that\s+|which\s+)?(?:an?|any|the)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:has|have|may\s+have|raises?)\s+(?:about|against|regarding|concerning|with)\b", Options)]
    private static partial Regex ConcernHeldBy();

    /// <summary>"Procedure for officers", "Guidance for Members".</summary>
    [GeneratedRegex(@"\b(?:procedures?|process|guidance|arrangements|route)\s+(?:to\s+be\s+followed\s+|to\s+be\s+used\s+)?(?:for|by)\b", Options)]
    private static partial Regex ProcedureFor();

    /// <summary>Words right before the person or service a complaint is about.</summary>
    [GeneratedRegex(@"\b(?:about|against|concerning|regarding|relating\s+to|relates\s+to|related\s+to|in\s+relation\s+to|in\s+respect\s+of|involving|involves|(?:matter|complaint|concern|issue|grievance|it|this)\s+concerns|concerned\s+(?:is|are)|(?:dissatisfied|unhappy|not\s+satisfied|not\s+happy|problems?|issues?|difficult(?:y|ies)|concerned|aggrieved|complaint|grievance)\s+(?:with|at|over)|(?:conduct|behaviour|behavior|actions?|performance|treatment|attitude|decision)\s+of|in\s+the\s+case\s+of|(?:feels?|believes?|considers?|thinks?)\s+that|(?:where|if)\s+(?:it|the\s+(?:matter|complaint|concern|issue|person|individual|officer|employee|member\s+of\s+staff))\s+(?:concerned\s+)?is)\b", Options)]
    private static partial Regex SubjectCue();

    /// <summary>"not satisfied with the response from the Chief Officer": about how it was handled, not a new person.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+|their\s+|that\s+|this\s+|its\s+)?(?:[\w-]+(?:\s+[\w-]+)?['’]s?\s+)?(?:response|outcome|decision|result|reply|answer|way\s+(?:it|the\s+matter|the\s+complaint)\s+(?:was|has\s+been|is)\s+(?:handled|dealt))\b", Options)]
    private static partial Regex OutcomeNotPerson();

    [GeneratedRegex(@"^\s*(?:not|still|unresolved|resolved|settled|dealt|serious|urgent|complex|sensitive|such|likely|unable|able)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MatterState();

    /// <summary>"as opposed to the conduct of a specific Officer": a person the concern is not about.</summary>
    [GeneratedRegex(@"\b(?:as\s+opposed\s+to|rather\s+than|instead\s+of|other\s+than|not)\s+(?:\w+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegatedBefore();

    /// <summary>Pressure put on someone: the one before the verb (or after "from"/"by") is complained about.</summary>
    [GeneratedRegex(@"\b(?:(?:asks?|requests?)\s+or\s+)?(?:pressuri[sz]es?|pressures|bull(?:y|ies)|harass(?:es)?|intimidates?|has\s+(?:behaved|acted)\s+(?:inappropriately|improperly|unreasonably)|behaves\s+(?:inappropriately|improperly)|is\s+(?:rude|abusive|aggressive))\b|\b(?<from>(?:pressure|pressured|pressurised|pressurized|bullied|harassed|intimidated|bullying|harassment|intimidation|(?:unacceptable|inappropriate|improper|abusive|offensive|threatening)\s+(?:behaviou?r|conduct|treatment|language|comments?))\s+(?:from|by))\b", Options)]
    private static partial Regex PressureVerb();

    /// <summary>Between two subjects named together: "a Director or the Chief Executive".</summary>
    [GeneratedRegex(@"^(?:\s|,|/|\band/or\b|\bor\b|\band\b|\bthe\b|\ban?\b|\bother\b|\bany\b|\bindividual\b|\belected\b)*$", Options)]
    private static partial Regex SubjectCoordination();

    [GeneratedRegex(@"\bor\b|\band\b|/", Options)]
    private static partial Regex SubjectJoiner();

    /// <summary>A pause between a cue and the next name: the name belongs to another clause of the sentence.</summary>
    [GeneratedRegex(@"[,;:(]|\b(?:should|must|will|may|can|shall|they|it|then|who|which)\b", Options)]
    private static partial Regex SentencePause();

    [GeneratedRegex(@"^\s*(?:received|provided|given|offered)\s+(?:from|by)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ServiceFrom();

    [GeneratedRegex(@"\bservices?\b|\bdepartments?\b|\bdirectorates?\b", Options)]
    private static partial Regex ServiceWord();

    /// <summary>
    /// Whether the words before a role end with one that sends the matter to it ("with", "to", "by", "via", "ask",
    /// "approach", "contact", "inform", "tell" …), then only fillers ("the", "relevant", "the officer's", "the member of
    /// staff's"). "with"/"to"/"by" after words like "relates", "dissatisfied", "employed" do not send anything anywhere.
    /// Read word by word from the right, so the cost is the window's length, whatever the sentence.
    /// </summary>
    private static bool EndsWithTargetCue(ReadOnlySpan<char> window)
    {
        var end = window.Length;
        var word = PreviousWordOf(window, ref end);
        while (!word.IsEmpty)
        {
            if (IsFiller(word)) { word = PreviousWordOf(window, ref end); continue; }
            if (IsPossessive(word))
            {
                // "the member of staff's": skip "of staff" back to "member".
                var save = end;
                var of = PreviousWordOf(window, ref end);
                if (of.Equals("of", StringComparison.OrdinalIgnoreCase)) { PreviousWordOf(window, ref end); }
                else end = save;
                word = PreviousWordOf(window, ref end);
                continue;
            }
            break;
        }
        if (word.IsEmpty) return false;
        var lower = word.ToString().ToLowerInvariant();
        if (SendingVerbs.Contains(lower)) return true;
        // "bring it to the attention of the Chief Executive", "draw the matter to the attention of".
        if (lower == "of") return PreviousWordOf(window, ref end).Equals("attention", StringComparison.OrdinalIgnoreCase);
        if (lower is not ("with" or "to" or "by" or "via" or "through")) return false;
        var before = PreviousWordOf(window, ref end).ToString().ToLowerInvariant();
        // "supported by their manager and by Human Resources": a second "by" (or "with", "to") shares the verb of the first.
        if (before is "and" or "or")
        {
            var save = end;
            for (var words = 0; words < 8; words++)
            {
                var w = PreviousWordOf(window, ref end);
                if (w.IsEmpty) break;
                if (!w.Equals(lower, StringComparison.OrdinalIgnoreCase)) continue;
                var verb = PreviousWordOf(window, ref end).ToString().ToLowerInvariant();
                if (Adverb(verb)) verb = PreviousWordOf(window, ref end).ToString().ToLowerInvariant();
                if (NotSending.Contains(verb)) return false;
                break;
            }
            end = save;
        }
        // "supported throughout by their manager", "dealt with promptly by": an adverb between tells nothing; the verb before it does.
        if (Adverb(before)) before = PreviousWordOf(window, ref end).ToString().ToLowerInvariant();
        // "the matter can be taken to the Corporate Director" is a step; "action taken to …" is not.
        if (before == "taken") return lower == "to" && PreviousWordOf(window, ref end).Equals("be", StringComparison.OrdinalIgnoreCase);
        return !NotSending.Contains(before);
    }

    private static bool Adverb(string word) =>
        word is "throughout" or "also" or "always" or "again" or "fully" or "further" or "initially"
        || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && word is not ("fly" or "apply" or "reply" or "supply" or "rely");

    private static ReadOnlySpan<char> PreviousWordOf(ReadOnlySpan<char> text, ref int end)
    {
        var e = end;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var b = e;
        while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '\'' or '’' or '-')) b--;
        // Punctuation between words ends the run: "way, the" is not "way the".
        if (b == e) { end = 0; return []; }
        end = b;
        return text[b..e];
    }

    private static bool PluralPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^2] is 's' && word[^1] is '\'' or '’';

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || word[^1] is '\'' or '’');

    private static bool IsFiller(ReadOnlySpan<char> word) => Fillers.Contains(word.ToString().ToLowerInvariant());

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "their", "his", "her", "its", "your", "my", "our", "that", "this", "relevant", "appropriate",
        "either", "own", "designated", "nominated", "named", "responsible", "most",
    };

    private static readonly HashSet<string> SendingVerbs = new(StringComparer.Ordinal)
    {
        "ask", "asked", "asking", "approach", "approached", "approaching", "contact", "contacted", "contacting", "inform",
        "informed", "informing", "notify", "notified", "notifying", "tell", "alert", "involve", "involving",
        // "should use the Members' Helpdesk": the front door a member takes a matter to.
        "use", "uses",
    };

    private static readonly HashSet<string> NotSending = new(StringComparer.Ordinal)
    {
        "relates", "relating", "related", "referring", "refers", "relation", "regard", "respect", "according", "accountable",
        "responsible", "subject", "similar", "due", "addition", "deal", "dealt", "work", "working", "comply", "accordance",
        "line", "consistent", "agreed", "employed", "appointed", "bullied", "harassed", "pressured", "pressurised",
        "intimidated", "treated", "set", "taken", "signed", "approved", "provided", "issued", "satisfied", "dissatisfied",
        "unhappy", "concerned", "happy", "problem", "problems", "issue", "issues", "relationship", "relationships",
        "conflict", "response", "reply", "familiarity", "way",
        // Support, advice or a decision taken with someone sends nothing to them ("supported by Human Resources", "decide with the Monitoring Officer what …").
        "supported", "advised", "assisted", "accompanied", "represented", "apply", "applies", "applying", "applied",
        "decide", "decides", "deciding", "determine", "determines", "consultation", "consulting", "consult", "consults", "advice", "guidance", "kept", "held", "retained", "recorded", "stored",
    };

    /// <summary>In a failed condition, the role the failed attempt went through ("via a senior manager", "discussion with the manager of the service", "the response from the Chief Officer").</summary>
    [GeneratedRegex(@"\b(?:with|via|through|by|from)\s+(?:(?:the|a|an|their|his|her|relevant|appropriate|council['’]s)\s+)*$", Options)]
    private static partial Regex PriorCue();

    /// <summary>
    /// "If conciliation via a senior manager is not possible,": conditions saying an earlier attempt failed, each from its
    /// opening word to the next comma or stop (at most a few hundred characters, so a sentence of any length is read in one pass).
    /// </summary>
    private static (int Index, int End)[] NegativeConditions(string sentence)
    {
        const int MaxCondition = 360;
        var spans = new List<(int, int)>();
        var searchFrom = 0;
        foreach (Match opening in ConditionOpening().Matches(sentence))
        {
            if (opening.Index < searchFrom) continue;
            var limit = Math.Min(sentence.Length, opening.Index + MaxCondition);
            var end = sentence.IndexOfAny([',', ';', ':', '.'], opening.Index, limit - opening.Index);
            if (end < 0) end = limit;
            if (FailureWord().IsMatch(sentence.AsSpan(opening.Index, end - opening.Index))) spans.Add((opening.Index, end));
            searchFrom = end;
        }
        return [.. spans];
    }

    [GeneratedRegex(@"\b(?:if|where|should|when|once|in\s+the\s+event\s+(?:that|of))\b", Options)]
    private static partial Regex ConditionOpening();

    [GeneratedRegex(@"\b(?:not|cannot|unable|unsuccessful|fails?|failed|unresolved|dissatisfied)\b", Options)]
    private static partial Regex FailureWord();

    [GeneratedRegex(@"^(?:\s|,|/|\band/or\b|\band\b|\bor\b|\beither\b|\bthe\b|\ba\b|\ban\b|\btheir\b|\brelevant\b|\bappropriate\b|\bcouncil['’]s\b|\bto\b|\bwith\b)*$", Options)]
    private static partial Regex Coordination();

    /// <summary>"… or with the Head of Service", "…, for informal resolution, or, where …, to the Monitoring Officer": the next role is an alternative at the same step.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:for|by\s+way\s+of|with\s+a\s+view\s+to)\s+[\w\s'’-]{1,40})?\s*,?\s*(?:and/)?or\b", Options)]
    private static partial Regex AlternativeGap();

    /// <summary>Whether the words between two roles are an "or" that opens on the first attempt failing (<see cref="FailedAttemptBetween"/>).</summary>
    public static bool OpensOnFailedAttempt(string gap) => FailedAttemptBetween().IsMatch(gap);

    /// <summary>
    /// ", or, where that does not settle it, with the", " or, if this fails, to the", " or failing that the": an "or" that
    /// opens on the attempt before it failing. The condition's subject is the attempt or the matter, never a person, so
    /// "or, if the councillor would rather not, with …" (a choice) is not this.
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*or\s*,?\s*(?:failing\s+(?:that|this|which)|(?:if|where|when|should)\s+(?:that|this|it|doing\s+so|the\s+(?:matter|concern|complaint|grievance|issue|problem|approach|discussion|conversation|attempt)|(?:this|that)\s+(?:approach|discussion|conversation|step|attempt))\s+(?:(?:does|did|do)\s+not|doesn['’]t|didn['’]t|cannot|can\s+not|can['’]t|is\s+not|isn['’]t|has\s+not|hasn['’]t|fails?|failed|proves?\s+(?:unsuccessful|unable)|remains?\s+unresolved|is\s+unsuccessful)\b[^,;.:]{0,60})\s*,\s*(?:then\s+)?(?:(?:to|with)\s+)?(?:(?:the|their|his|her|a|an|relevant|appropriate)\s+)*$", Options)]
    private static partial Regex FailedAttemptBetween();

    /// <summary>"about what happened", "about how the matter is handled": a matter opened by a question word, not a person.</summary>
    [GeneratedRegex(@"^\s*(?:what|how|why|whether|when)\b", Options)]
    private static partial Regex WhClause();

    /// <summary>"ask the Leader to discuss the matter with …": who the asked person talks to is not a step.</summary>
    [GeneratedRegex(@"\bto\s+(?:discuss|consider|raise|talk|speak|meet|look|review|decide|determine|resolve|seek|help|deal|liaise|work|agree|share)\b", Options)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"[;:]|\b(?:then|if|failing|thereafter|who\s+(?:will|may|can|should)|which\s+(?:will|may)|will\s+(?:refer|pass|report|escalate)|may\s+(?:refer|pass|report|escalate))\b", Options)]
    private static partial Regex SequenceGap();

    /// <summary>
    /// "will discuss it with the", "will speak to the Councillor and, if the Councillor belongs to a group, to the": someone
    /// the holder talks the matter over with, right before the role.
    /// </summary>
    [GeneratedRegex(@"\b(?:discuss\w*|speak\w*|spoke|spoken|talk\w*|meet|meets|meeting)\s+(?:[\w'’]+\s+){0,4}?(?:with|to)\s+(?:[\w'’]+\s+){0,3}(?:(?:and|or)\s*,?(?:(?!\b(?:rais|refer|report|pass|escalat|send|sent|take|taken|forward)\w*\b)[^.;]){0,100}?,\s*(?:with|to)\s+(?:[\w'’]+\s+){0,3})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DiscussedWith();

    [GeneratedRegex(@"\b(?:referred|passed|sent|forwarded|reported|escalated|taken|raised)\s+(?:on\s+)?by\s+(?:(?:the|a|an|their|his|her|relevant|appropriate)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassedBy();

    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:on\s+)?to\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassedOnTo();

    [GeneratedRegex(@"\b(?:ask|asks|asked|asking|invite|invites|invited|inviting)\s+(?:[\w'’]+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskedBefore();

    /// <summary>"… to help resolve it", "… to assist", "… (or their trade union) for advice": what someone is asked for, when it is help and not the matter itself.</summary>
    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:or|and)\s+(?:[\w'’]+\s+){1,4}?)?(?:,\s*)?(?:if\s+(?:appropriate|necessary),?\s*)?(?:to\s+(?:help|assist|advise|support|mediate|facilitate|attend|be\s+present|sit\s+in|give\s+advice)|for\s+(?:(?:their|his|her|its)\s+)?(?:advice|guidance|help|assistance|support|views?|comments?|an?\s+(?:view|opinion)))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskedToHelp();

    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:will|may|should|shall|can|must|would)\s+(?:then\s+|also\s+|normally\s+|if\s+necessary\s+)?(?:refer|pass|escalate|report|forward|send)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ActorPasses();

    [GeneratedRegex(@"^\s*(?:\([^)]{0,40}\)\s*)?(?:will|may|shall|should|must)\s+(?:then\s+|normally\s+|usually\s+)?(?:consider|hear|investigate|determine|decide|deal\s+with|look\s+into)\s+(?:it|them|the\s+(?:matter|complaint|grievance|concern|case|appeal))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HearsIt();

    /// <summary>" responsible and, if the matter remains unresolved, the relevant ": a role named after a condition, sharing the verb of the one before.</summary>
    [GeneratedRegex(@"\G[\w\s'’-]{0,20}?\s*,?\s*(?:and|or)\s*,\s*(?<condition>(?:if|where|when|should)\b[^,;.:]{1,100}),\s*(?:(?:the|their|his|her|a|an|relevant|appropriate)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ElidedNextStep();

    /// <summary>"… the Director is the next point of contact": the one the matter goes to next.</summary>
    [GeneratedRegex(@"^\s*(?:is|will\s+be|becomes)\s+the\s+(?:next|second|final|further)\s+(?:point\s+of\s+contact|port\s+of\s+call|step|stage|person\s+to\s+(?:contact|approach))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NextPointOfContact();

    /// <summary>"…, or with the Chief Executive where the Officer is a Chief Officer": an alternative that answers a situation of its own.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:where|if|when)\s+(?:the\s+)?(?:officer|employee|member\s+of\s+staff|complaint|concern|matter|person)\s+(?:concerned\s+)?(?:is|relates|concerns)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingSituation();

    [GeneratedRegex(@"\b(?:also|alternatively|instead|as\s+well\s+as|in\s+addition)\b", Options)]
    private static partial Regex AlsoWord();

    /// <summary>Words that carry a route on into a new sentence or clause.</summary>
    [GeneratedRegex(@"\b(?:then|thereafter|subsequently|failing|unresolved|unsuccessful|escalat\w*|refer|refers|referred|further|complainant|notified|dissatisfied|not\s+(?:resolved|satisfied|possible|successful|able)|cannot\s+be\s+resolved|still|next|final|finally|outcome|response)\b", Options)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:The|A|An|Any|Their|His|Her|Its|Our|Your|This|That|These|Those|If|Where|When|Whilst|While|Should|Council['’]s|Authority['’]s|Relevant|Appropriate|And|Or|Either|Neither|Other|Then|In|On|At|To|By|With|For|From|As|It|They|He|She|Officers?|Members?|Councillors?|Employees?|Staff|I|We|Please|Note|Each|Every|Both|All|Such)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleStopWords();
}
