using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Ways of stating an expectation that a taxonomy phrase cannot hold, because the words that carry it are stop-words
/// ("support each other", "to every group", "the same information") or stand apart in the sentence. Each construction
/// is a general statement about how protocols are written, pinned by tests on invented sentences and look-alikes.
/// </summary>
internal sealed partial class ExpectationExtractor
{
    /// <summary>A construction read with the sentence's own direction, as a phrase is: (expectation id, what it says, pattern).</summary>
    private static readonly ImmutableArray<(string Id, string Name, Func<Regex> Pattern)> SentenceConstructions =
    [
        ("political-neutrality", "officers kept from a political group's meeting", GroupMeetingKeptFrom),
        ("political-neutrality", "a member's own re-election", ReElection),
        ("mutual-support", "supporting each other", SupportEachOther),
        ("regular-information", "briefed before meetings", BriefedBeforeMeetings),
        ("regular-information", "told at the same time", ToldAtTheSameTime),
        ("appropriate-confidentiality", "not passed from one group or member to another", NotPassedToAnother),
    ];

    /// <summary>
    /// A construction whose direction is fixed by what it says, whoever the sentence's subject is ("The Chief Executive
    /// will offer the same briefing to every group" is officers' impartiality, though the subject is an office holder):
    /// (expectation id, what it says, pattern, its direction). A sentence whose subject is the other side keeps its own
    /// ("Members should recognise that a briefing to one group may be given to the others" is the members').
    /// </summary>
    private static readonly ImmutableArray<(string Id, string Name, Func<Regex> Pattern, Direction Direction)> FixedConstructions =
    [
        ("political-neutrality", "the same briefing or information offered to every group", OfferedToEveryGroup, Direction.OfficersToMembers),
        ("political-neutrality", "every member served alike", ServedAlike, Direction.OfficersToMembers),
        ("professional-advice", "a delegated decision left to the officer", DelegatedLeftToOfficer, Direction.MembersToOfficers),
        ("constructive-criticism", "criticism aimed at the work, not at the officer", CriticismNotAtOfficer, Direction.MembersToOfficers),
    ];

    /// <summary>Matches of the sentence constructions whose expectation the taxonomy has.</summary>
    private IEnumerable<(string Id, string Phrase, string Matched)> ConstructionMatches(string text)
    {
        foreach (var (id, name, pattern) in SentenceConstructions.Concat(EvenHandedConstructions).Concat(RoleConstructions))
            if (_ids.Contains(id) && pattern().Match(text) is { Success: true } m)
                yield return (id, name, m.Value);
    }

    /// <summary>Adds what each sentence of the clause states by a fixed-direction construction.</summary>
    private void AddFixedConstructions(Clause clause, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        foreach (var segment in Parties.Segments(clause.Text))
        {
            var text = segment.Text;
            foreach (var (id, name, pattern, direction) in FixedConstructions)
            {
                if (!_ids.Contains(id) || pattern().Match(text) is not { Success: true } m) continue;
                var own = Parties.DirectionOf(text, null);
                var dir = own is { } o && o != Direction.Mutual && o != direction && SubjectIsSide(text, o) ? o : direction;
                if (seen.Add((clause.Id, id, dir)))
                    found.Add(new ExpectationStatement(clause.Id, id, dir, StatementForm.General, null, name, m.Value,
                        Provenance.Read($"sentence saying {name}", Words.Excerpt(text))));
            }
        }
    }

    /// <summary>
    /// "Scrutiny committees should not question officers about their conduct", "The chair will respect the advice of the
    /// officer present", "A review panel must not be used to investigate an officer": a body of members, or the member who
    /// chairs it, as the subject of a duty that names officers after it is the members' side. A body done to ("The panel
    /// will be supported by officers") or one that names a side before its verb is read as any other sentence.
    /// </summary>
    internal static Direction? MembersBodySubject(string text) =>
        MembersBodyDuty().Match(text) is { Success: true } m && Parties.Mentions(text[(m.Index + m.Length)..]).Any(x => x.Party == Party.Officers)
            ? Direction.MembersToOfficers
            : null;

    [GeneratedRegex(@"^\s*(?:the\s+|a\s+|an\s+|any\s+)?(?:(?:(?:overview\s+and\s+)?scrutiny|review|select|planning)\s+(?:committees?|panels?|commission|board|meetings?)|scrutiny|committees?|panels?|(?:the\s+)?chair(?:man|person|s)?(?:\s+of\s+(?:a|the|any)\s+(?:meeting|committee))?|conven[eo]rs?)\s+(?:must|should|shall|will)\s+(?:not\s+|never\s+|always\s+)?(?!be\s+(?!used\b))(?!receive\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembersBodyDuty();

    /// <summary>
    /// "Officers who use social media in a personal capacity must not comment on political business": a restriction on
    /// what one side does in a private capacity still binds it, unlike a member dealt with as a customer.
    /// </summary>
    [GeneratedRegex(@"\bin\s+a\s+(?:personal|private)\s+capacity\b[^.;]{0,20}?\b(?:must|should|shall|will)\s+(?:not|never)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RestrictedInPrivateCapacity();

    /// <summary>
    /// The subject to repeat before a second, passive predicate: "They must give impartial advice to all councillors and
    /// must not be drawn into party politics" repeats the side the sentence before opened with ("Employees …"), for which
    /// "They" stands, not "councillors", the object of the first predicate. A subject naming a side before the first modal
    /// ("Officers serve …") is repeated as named.
    /// </summary>
    private static string SecondPredicateSubject(string first, ImmutableArray<(Party Party, int Index, int End)> mentions, string? previous)
    {
        var modal = ModalWord().Match(first);
        if (modal.Success && !mentions.Any(m => m.Index < modal.Index) && TheyOpening().IsMatch(first))
            return previous is not null && OpeningSubject().Match(previous) is { Success: true } opening ? opening.Groups["who"].Value : "They";
        return first[mentions[0].Index..mentions[0].End];
    }

    /// <summary>
    /// "Officers may brief party groups, but will not attend a group meeting at which …": the half after "but" has no
    /// subject of its own and continues the one before, which opened with a side; it is read as if it repeated that side
    /// ("Officers will not attend …"). Null when the half names a subject or the half before opens with no side.
    /// </summary>
    internal static Direction? SubjectlessContinuation(string text, string previous) =>
        SubjectlessOpening().IsMatch(text) && OpeningSubject().Match(previous) is { Success: true } opening
            ? Parties.DirectionOf(opening.Groups["who"].Value + " " + text.TrimStart(), null)
            : null;

    [GeneratedRegex(@"^\s*(?:also\s+|then\s+)?(?:will|must|should|shall|need\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectlessOpening();

    /// <summary>Whether the sentence opens with the side that owes <paramref name="direction"/> as its subject.</summary>
    private static bool SubjectIsSide(string text, Direction direction) => OpeningSide(text) == direction;

    /// <summary>
    /// "Officers will not attend group meetings at which non-members are present", "Employees are not expected to attend
    /// meetings of political groups", "must not be asked to attend a party group meeting": officers kept from a group's
    /// meeting. "Officers who attend a group meeting will keep what they hear confidential" keeps nobody away.
    /// </summary>
    [GeneratedRegex(@"\b(?:not|never)\s+(?:be\s+)?(?:(?:asked|expected|required|invited)\s+to\s+)?attend\s+(?:any\s+|a\s+|the\s+)?(?:part\s+of\s+(?:a\s+|any\s+|the\s+)?)?(?:political\s+|party\s+)?(?:(?:political\s+|party\s+)?group\s+meetings?|meetings?\s+of\s+(?:a\s+|any\s+|the\s+)?(?:political\s+|party\s+)?groups?)\b|\b(?:group\s+meetings?|meetings?\s+of\s+(?:a\s+|any\s+|the\s+)?(?:political\s+|party\s+)?groups?)\s+(?:at|to)\s+which\s+(?:people|persons|anyone|those)\s+who\s+(?:are|is)\s+not\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupMeetingKeptFrom();

    /// <summary>"must not ask employees to help with their own re-election": a phrase reads "re-election" as "election" alone.</summary>
    [GeneratedRegex(@"\bre-?election\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReElection();

    /// <summary>"should support each other", "expects each to support the other": support owed both ways ("each other" and "other" are stop-words to a phrase).</summary>
    [GeneratedRegex(@"\bsupport(?:s|ing)?\s+(?:each\s+other|one\s+another)\b|\beach\s+to\s+support\s+the\s+other\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SupportEachOther();

    /// <summary>
    /// "Chairs will be briefed by officers before each meeting", "Officers will brief them before meetings of those bodies",
    /// "briefings before committee meetings": being briefed ahead of meetings. "Officers may brief political groups" is not.
    /// </summary>
    [GeneratedRegex(@"\b(?:be\s+briefed|brief\s+(?:them|him|her|the\s+(?:chair|chairs|chairman|convener|members?|councillors?)))\b[^.;]{0,40}?\bbefore\s+(?:each|every|the|a|any|their|its|committee|formal)?\s*(?:\w+\s+)?meetings?\b|\bbriefings?\s+before\s+(?:each\s+|every\s+|the\s+|their\s+)?(?:\w+\s+)?meetings?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BriefedBeforeMeetings();

    /// <summary>"all the ward Members concerned will be told at the same time", "will inform all the councillors for a ward at the same time",
    /// "documents will be sent to Members at the same time as …".</summary>
    [GeneratedRegex(@"\b(?:told|informed|tell|inform|notified|notify|sent|send|copied)\b[^.;]{0,60}?\bat\s+the\s+same\s+time\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToldAtTheSameTime();

    /// <summary>
    /// "must not disclose to one group the content of a briefing given to another group", "will not tell any group what
    /// another group has discussed", "will not give one board member information about the affairs of another": what one
    /// group or member said kept from the others.
    /// </summary>
    [GeneratedRegex(@"\b(?:not|never)\s+(?:\w+\s+)?(?:pass|tell|disclose|reveal|give|report)\b[^.;]{0,80}?\b(?:any\s+other|another)\s+(?:political\s+|party\s+|board\s+)?(?:groups?|members?|councillors?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotPassedToAnother();

    /// <summary>
    /// "Any such briefing will be offered to the other groups", "the Chief Executive will offer an equivalent briefing to
    /// the other groups", "every group is offered briefings on the same terms", "will be made available to any minority
    /// party": what one group is given, offered to the others. "Officers may give information to political groups" names
    /// no other group.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:briefings?|information|advice|them)\b[^.;]{0,60}?\b(?:offered|given|made\s+available|available|provided|offer|give)\b[^.;]{0,30}?|\b(?:offer|give|provide)\s+(?:\w+\s+){0,3}?(?:briefings?|information|advice)\s+)\bto\s+(?:(?:all|every|each|any)\s+(?:the\s+)?other\s+|all\s+(?:the\s+)?|every\s+|each\s+|any\s+other\s+|the\s+other\s+|other\s+|any\s+minority\s+|minority\s+)(?:political\s+|party\s+)?(?:groups?|parties|party)\b|\b(?:every|each|all\s+(?:the\s+)?)\s*(?:political\s+|party\s+)?groups?\s+(?:is|are|will\s+be)\s+(?:offered|given)\s+(?:\w+\s+){0,2}?briefings?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfferedToEveryGroup();

    /// <summary>
    /// "give the same advice and information to every councillor", "give them the same support as other board members",
    /// "give councillors of all parties the same advice",
    /// "treat all the councillors for a ward equally", "treat requests from opposition councillors in the same way as
    /// requests from Cabinet members": members served alike.
    /// </summary>
    [GeneratedRegex(@"\b(?:give|provide|offer)\s+(?:[\w']+\s+){0,5}?(?:all|every|each)\s+(?:[\w']+\s+){0,3}?the\s+same\s+(?:\w+\s+){0,2}?(?:advice|information|support|help|service|standard)\b|\b(?:give|provide|offer)\s+(?:\w+\s+)?the\s+same\s+(?:\w+\s+){0,3}?(?:advice|information|support|help|service)\b[^.;]{0,40}?\b(?:to|as)\s+(?:all|every|each|any|other)\b|\btreat\s+(?:all|each|every)\b[^.;]{0,60}?\b(?:equally|alike)\b|\btreat\s+(?:requests?|enquiries|questions)\b[^.;]{0,60}?\bin\s+the\s+same\s+way\s+as\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ServedAlike();

    /// <summary>
    /// "may not instruct Officers on how to exercise powers delegated to them", "must not give instructions on matters
    /// delegated to officers", "decisions delegated to employees remain theirs to take", "the decision is the officer's",
    /// "may not direct the Officer's decision", "an officer who is to decide under delegated powers remains responsible".
    /// </summary>
    [GeneratedRegex(@"\b(?:not|no)\s+(?:\w+\s+){0,2}?(?:instruct|instruction|instructions)\b[^.]{0,80}?\bdelegated\b|\bdelegated\s+to\s+(?:the\s+|an?\s+)?(?:officers?|employees?)\s+remains?\s+theirs\b|\bthe\s+decision\s+(?:is|remains)\s+(?:that\s+of\s+)?the\s+(?:officer|employee)(?:'s|’s)|\bnot\s+(?:direct|dictate|determine)\s+the\s+(?:officer|employee)(?:'s|’s)\s+decision\b|\b(?:officer|employee)\b[^.;]{0,60}?\bdelegated\s+powers\s+remains\s+responsible\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DelegatedLeftToOfficer();

    /// <summary>
    /// "Challenge should be directed at the advice, not at the officer personally", "direct any criticism at the decision,
    /// not at the employees who advised on it", "about the work and not about the officer who wrote it".
    /// </summary>
    [GeneratedRegex(@"\b(?:criticis\w*|challeng\w*|scrutiny)\b[^.;]{0,120}?\bnot\s+(?:at|about|on|to)\s+(?:the\s+|any\s+|an\s+)?(?:individual\s+)?(?:officers?|employees?|staff|clerk)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CriticismNotAtOfficer();
}
