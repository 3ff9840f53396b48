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
internal sealed partial class ExpectationExtractor
{
    private readonly PhraseMatcher<string> _phrases;
    private readonly PhraseMatcher<string> _excludes;

    /// <summary>The canonical expectation a concern "not raised in public" states; absent when a taxonomy has no such id.</summary>
    public const string NotRaisedInPublic = "not-undermined-in-public";

    private readonly string? _publicAiring;

    /// <summary>The canonical expectation a delegated decision left to the officer states; absent when a taxonomy has no such id.</summary>
    public const string ProfessionalAdvice = "professional-advice";

    private readonly string? _delegatedDecision;

    private readonly ImmutableHashSet<string> _roleIds;

    public ExpectationExtractor(Taxonomy taxonomy)
    {
        _roleIds = RoleIds(taxonomy);
        _publicAiring = taxonomy.Expectations.Any(x => x.Id == NotRaisedInPublic) ? NotRaisedInPublic : null;
        _delegatedDecision = taxonomy.Expectations.Any(x => x.Id == ProfessionalAdvice) ? ProfessionalAdvice : null;
        _phrases = new(taxonomy.Expectations.SelectMany(x => x.Phrases.Select(p => (x.Id, p))));
        _excludes = new(taxonomy.Expectations.SelectMany(x => x.Excludes.Select(p => (x.Id, p))), withStopWords: true);
        _ids = [.. taxonomy.Expectations.Select(x => x.Id)];
    }

    private readonly HashSet<string> _ids;

    /// <summary>Every expectation statement of the protocol, in document order, each (clause, expectation, direction) once.</summary>
    public ImmutableArray<ExpectationStatement> Extract(Protocol protocol)
    {
        var found = ImmutableArray.CreateBuilder<ExpectationStatement>();
        var seen = new HashSet<(string, string, Direction)>();
        foreach (var section in protocol.Sections)
        {
            // A section headed "What Members can expect from Officers" is a list whose lead-in is its heading.
            var headed = HeadingList(section.Title);
            var columns = TableColumnHeads(section);
            foreach (var clause in section.Clauses)
                Visit(clause, headed is { } h && Parties.DirectionOf(clause.Text, null) is null ? (null, section.Title, h, true) : null, found, seen,
                    columns.GetValueOrDefault(clause.Id));
        }
        return found.ToImmutable();
    }

    private void Visit(Clause clause, (string? LeadInId, string LeadInText, Direction Direction, bool Named)? list, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen, string? columnHead = null)
    {
        if (list is { } l)
        {
            var leadIn = Words.Excerpt(LastSegment(l.LeadInText));
            foreach (var (id, phrase, matched) in Matches(BeforeSuspicion(clause.Text)).Concat(ListedFixedMatches(BeforeSuspicion(clause.Text))))
                if (seen.Add((clause.Id, id, l.Direction)))
                    found.Add(new ExpectationStatement(clause.Id, id, l.Direction, StatementForm.Listed, l.LeadInId, phrase, matched,
                        l.Named
                            ? Provenance.Read(l.LeadInId is null ? "clause under a heading that names who owes it" : "item of a list whose lead-in names who owes it", $"{leadIn} … {matched}")
                            : Provenance.Unsure("item of a list whose lead-in names nobody", $"{leadIn} … {matched}",
                                "the lead-in does not say who owes the items; the direction was taken from the clause around it")));
            // "Councillors must not: … raise concerns about an employee's conduct in public": where a concern must not be
            // aired, forbidden by the item or by its lead-in, is an expectation whatever words the phrases use.
            var venue = PublicAiring().Match(clause.Text);
            if (!venue.Success && Forbidding().IsMatch(LastSegment(l.LeadInText))) venue = PublicPlace().Match(clause.Text);
            if (_publicAiring is { } airing && l.Named && l.Direction != Direction.Mutual && venue.Success && AiringContext().IsMatch(clause.Text)
                && seen.Add((clause.Id, airing, l.Direction)))
                found.Add(new ExpectationStatement(clause.Id, airing, l.Direction, StatementForm.Listed, l.LeadInId, "not raised in public", venue.Value,
                    Provenance.Read("item of a list whose lead-in names who owes it", $"{leadIn} … {venue.Value}")));
            if (l.Named) AddRoleLimits(clause, l.Direction, l.LeadInText, found, seen);
        }
        else
        {
            AddGeneral(clause, found, seen);
        }

        // A column of a two-sided table ("Councillors will | Officers will") whose own text does not lead its rows is led by
        // its header cell.
        var childList = list ?? (clause.Children.IsEmpty ? null
            : ListReading(clause) is { } d ? (clause.Id, clause.Text, d.Direction, d.Named)
            : columnHead is not null && ColumnHeadReading(columnHead) is { } column ? (clause.Id, columnHead, column, true)
            : ((string?, string, Direction, bool)?)null);
        foreach (var child in clause.Children) Visit(child, childList, found, seen);
    }

    /// <summary>
    /// The words after an "X can expect (from) Y (to)" lead-in that runs on in its own sentence ("Officers can expect
    /// members to treat them with courtesy and to make reasonable requests"); null when the lead-in ends the sentence
    /// ("… can expect the following from members:") and its items follow apart.
    /// </summary>
    internal static string? ItemsAfterLeadIn(string segment)
    {
        var lead = ExpectTo().Match(segment) is { Success: true } to ? to : ExpectFrom().Match(segment) is { Success: true } from ? from : FromEachOther().Match(segment);
        if (!lead.Success) return null;
        var rest = segment[(lead.Index + lead.Length)..].Trim().TrimEnd('.', ';', ':').Trim();
        // ", who are bound by …": a clause describing the other side, not what it owes.
        if (rest.StartsWith(',')) return null;
        return Words.ContentStems(rest).Length >= 1 ? rest : null;
    }

    private static string LastSegment(string text) => Parties.Segments(text) is { IsEmpty: false } s ? s[^1].Text : text;

    /// <summary>Matches of canonical expectations in one text; words inside an exclusion ("respect the political impartiality") cannot match.</summary>
    private IEnumerable<(string Id, string Phrase, string Matched)> Matches(string text)
    {
        var words = Words.Split(text);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _phrases.Matches(text, words, _excludes.Spans(text, words)))
            if (ids.Add(m.Key))
                yield return (m.Key, m.Phrase.Source.Text, m.MatchedText(text));
        foreach (var c in ConstructionMatches(text))
            if (ids.Add(c.Id))
                yield return c;
    }

    /// <summary>
    /// Free-standing sentences: a segment that states a duty ("should", "must", "will", "expect") or a shared value
    /// ("mutual", "essential") is read for its own direction; a segment without a subject of its own ("They should …",
    /// "there should be …") takes the previous segment's.
    /// </summary>
    private void AddGeneral(Clause clause, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        AddFixedConstructions(clause, found, seen);
        AddPoliticalQuestions(clause, found, seen);
        // "A Cabinet Member may express a view, but the decision delegated to the officer remains the officer's": members
        // are to leave a delegated decision to the officer's professional judgement.
        if (_delegatedDecision is { } advice && DelegatedDecision().Match(clause.Text) is { Success: true } delegated && seen.Add((clause.Id, advice, Direction.MembersToOfficers)))
            found.Add(new ExpectationStatement(clause.Id, advice, Direction.MembersToOfficers, StatementForm.General, null, "delegated decision remains the officer's", delegated.Value,
                Provenance.Read("sentence saying a decision delegated to an officer stays the officer's", Words.Excerpt(clause.Text))));
        // "A Chair may comment on a draft report, but its recommendations and the advice in it are for the officer who writes
        // it": members are to leave an officer's report and advice to the officer's professional judgement.
        if (_delegatedDecision is { } reportAdvice && ReportLeftToOfficer().Match(clause.Text) is { Success: true } report && seen.Add((clause.Id, reportAdvice, Direction.MembersToOfficers)))
            found.Add(new ExpectationStatement(clause.Id, reportAdvice, Direction.MembersToOfficers, StatementForm.General, null, "a report's content is the officer's", report.Value,
                Provenance.Read("sentence saying a report's content or advice is the officer's", Words.Excerpt(clause.Text))));
        AddRoleLimits(clause, null, null, found, seen);
        var segments = SplitSecondPredicate(SplitBulletLeadIn(Parties.Segments(clause.Text)));
        var carried = Parties.FromActor(clause.Actor);
        var previousOwn = false;
        (Direction Direction, List<(string Id, string Phrase, string Matched)> Matches)? lastStated = null;
        (Direction Direction, bool Named, string LeadIn)? inline = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var text = segments[i].Text;
            // "This would be damaging …", "It would also undermine the mutual trust …": what follows from the sentence
            // before, not a duty of its own; its "mutual" does not make that duty mutual.
            if (i > 0 && Consequence().IsMatch(text)) continue;
            // A member dealt with as a customer or as any other member of the public is not the member/officer relationship;
            // "If an officer believes they have been bullied …, they should report it" is a procedure, not an expectation.
            // "Any close personal relationship … should be declared to the Monitoring Officer" asks for a declaration,
            // not for what it names to be avoided.
            // "It should be read with the Members' Code of Conduct and the Dignity at Work Policy": a cross-reference to other
            // documents names them, it asks nothing of anyone.
            if (ReadWith().IsMatch(text)) continue;
            // "This protocol sets out how members and officers should work together": what the document is for, not a duty.
            if (ProtocolPurpose().IsMatch(text)) continue;
            if ((PrivateCapacity().IsMatch(text) && !RestrictedInPrivateCapacity().IsMatch(text)) || (Declaration().IsMatch(text) && !text.Contains("avoid", StringComparison.OrdinalIgnoreCase))) continue;
            // "… should raise it with the Director, and not in public": where a concern must not be aired is itself an
            // expectation, whatever words the taxonomy's phrases use for it.
            if (_publicAiring is { } airing && !text.Contains('|') && PublicAiring().Match(text) is { Success: true } venue && !Inability().IsMatch(venue.Value) && AiringContext().IsMatch(text)
                && (AgentOfPassive(text) ?? Parties.DirectionOf(text, carried) ?? (ConcernPronoun().IsMatch(text) ? carried : null)) is { } aired && aired != Direction.Mutual && seen.Add((clause.Id, airing, aired)))
                found.Add(new ExpectationStatement(clause.Id, airing, aired, StatementForm.General, null, "not raised in public", venue.Value,
                    Provenance.Read("sentence saying where a concern must not be raised", Words.Excerpt(text))));
            // What to do about a concern is a route; only what it forbids ("…, and should not raise it in public") is asked of anyone.
            var asked = text;
            if (ConcernProcedure().IsMatch(text))
            {
                // "… it should go to the manager. It must never be raised in public.": the next sentence's "it" is
                // still the concern of the one this sentence names.
                if (Parties.DirectionOf(text, null) is { } concerned and not Direction.Mutual) carried = concerned;
                if (Forbidding().Match(text) is not { Success: true } not) continue;
                asked = text[not.Index..];
            }
            // A list inside one clause ("Officers can expect councillors: • to respect …; • not to bully …"): its
            // lead-in sets the direction of the items that follow, until a sentence names a subject of its own.
            if (IsListLeadIn(text))
            {
                inline = ListReading(string.Join(" ", segments.Take(i + 1).Select(x => x.Text)), clause.Actor) is { } r ? (r.Direction, r.Named, text) : null;
                // "Members can expect officers to give them impartial advice, to reply promptly, …": the lead-in and its items
                // in one sentence, with no colon; what follows the lead-in is read as its items.
                if (inline is { Named: true } lead && ItemsAfterLeadIn(text) is { } items)
                    foreach (var (id, phrase, matched) in Matches(BeforeSuspicion(items)))
                        if (seen.Add((clause.Id, id, lead.Direction)))
                            found.Add(new ExpectationStatement(clause.Id, id, lead.Direction, StatementForm.Listed, clause.Id, phrase, matched,
                                Provenance.Read("item of a list whose lead-in names who owes it, in the lead-in's own sentence", $"{Words.Excerpt(text)} … {matched}")));
                continue;
            }
            if (inline is { } list && (InlineBullet().IsMatch(text) || Parties.DirectionOf(text, null) is null))
            {
                foreach (var (id, phrase, matched) in Matches(text))
                    if (seen.Add((clause.Id, id, list.Direction)))
                        found.Add(new ExpectationStatement(clause.Id, id, list.Direction, StatementForm.Listed, clause.Id, phrase, matched,
                            list.Named
                                ? Provenance.Read("item of a list whose lead-in names who owes it", $"{Words.Excerpt(list.LeadIn)} … {matched}")
                                : Provenance.Unsure("item of a list whose lead-in names nobody", $"{Words.Excerpt(list.LeadIn)} … {matched}",
                                    "the lead-in does not say who owes the items; the direction was taken from the clause around it")));
                continue;
            }
            inline = null;
            // "Every person must be treated with dignity"; "Staff are not to be contacted at home": everyone is owed it by
            // everyone; what is not to be done to one side is the other side's duty.
            // "Officers serve the Council as a whole", "Councillors give political leadership", "It is the role of officers to
            // advise": a description of what one side does for the other, with no modal verb; "They serve all Members …"
            // continues the sentence before, which named its side.
            var described = Described(text, i > 0 ? OpeningSide(segments[i - 1].Text) : null);
            var own = described is { Owed: true } ? described.Value.Direction
                : PolicyTowardsOfficers(text) ?? AgentOfPassive(text) ?? HolderOf(text) ?? Parties.DirectionOf(text, null) ?? SeniorOfficerSubject(text) ?? ChairSeesTo(text) ?? MembersBodySubject(text)
                    ?? (Everyone().IsMatch(text) || HarmNotTolerated(text) ? Direction.Mutual : NotToBeDone(text)) ?? described?.Direction;
            // "Employees are employed by the Council. They must give impartial advice …": "they" is the side the sentence
            // before opened with, so the sentence names its subject as surely as if it repeated it, and a duty on that
            // subject is read as one on the side named ("They will not take part in political debate").
            if (own is null && i > 0)
                own = TheyAsAntecedent(text, segments[i - 1].Text) ?? SubjectlessContinuation(text, segments[i - 1].Text);
            // "Officer reports will be factual. Reports will not deal with political implications": a subject that is what
            // the sentence before says one side gives (its advice, reports, briefings) is that side's duty.
            var product = false;
            if (own is null && i > 0 && ProductOfSide(text, segments[i - 1].Text) is { } maker)
            {
                own = maker;
                product = true;
            }
            var direction = own ?? Parties.DirectionOf(text, carried);
            // "In particular, there should be no breaches of confidence": a sentence with no subject continuing the
            // one before it in the same clause, which named its own, is read with that one's direction.
            var continues = own is null && previousOwn && Parties.Mentions(text).IsEmpty;
            previousOwn = own is not null || continues;
            if (direction is { } d) carried = d;
            var follows = i + 1 < segments.Length && BackReference().IsMatch(segments[i + 1].Text);
            // "Officers will not take part in party publicity, and Members should not ask them to": the second half puts
            // what the first names on the other side, by referring back to it.
            var stated = lastStated;
            lastStated = null;
            if (own is { } echo && echo != Direction.Mutual && stated is { } before && before.Direction != Direction.Mutual && before.Direction != echo
                && EchoBack().IsMatch(text) && Matches(text).Count() == 0)
                foreach (var (id, phrase, matched) in before.Matches)
                    if (seen.Add((clause.Id, id, echo)))
                        found.Add(new ExpectationStatement(clause.Id, id, echo, StatementForm.General, null, phrase, matched,
                            Provenance.Read("the other side's half of a sentence, referring back to the first half", Words.Excerpt(text))));
            if (direction is not { } dir || IsListLeadIn(text) || !(StatesExpectation().IsMatch(text) || Harm().IsMatch(text) || HarmNotTolerated(text) || ChairSeesTo(text) is not null || PolicyTowardsOfficers(text) is not null || follows || described is not null)) continue;
            // What is harmed ("… can damage the relationship of mutual respect"), aimed at ("… in order to maintain
            // that mutual respect") or quoted from another code ("… which states that a member must not …") is not what
            // the sentence asks for: only the words before count.
            // "Members will be offered training": who offers it is not said, so whose duty it is is a guess.
            var unprovided = own is not null && !product && ProvisionPassive().IsMatch(text) && !ByAParty().IsMatch(text);
            // "… are expected to follow the seven principles of public life: selflessness, integrity, …": the standards of
            // everyone in public office, cited, are not on their own what one side owes the other.
            var principles = PublicLifePrinciples().IsMatch(text);
            // "The Monitoring Officer will arrange training for all Members", "The Chief Executive will keep a record of
            // concerns": an office holder running the protocol for the council, not one side dealing with the other.
            var administers = own is not null && OfficeHolderSubject().IsMatch(text);
            // "Officers give professional advice to the Council, its Cabinet and committees": a description, with no modal
            // verb, of what one side does for the council's bodies says what the job is, not what the other side can expect.
            // "Press releases will not contain party political comment": a sentence whose subject is a publication says
            // what it may hold, not which side sees to it.
            var publication = PublicationSubject().IsMatch(text) && AgentOfPassive(text) is null;
            var forTheBodies = described is not null && !StatesExpectation().IsMatch(text) && CouncilBodies().IsMatch(text);
            var matches = Matches(BeforeObject(asked)).ToList();
            // "Where a panel asks an officer about a political controversy, the officer may decline": the words of an opening
            // condition set the circumstances; only what follows it is asked. What only the condition names needs review.
            var conditional = Condition().Match(asked) is { Success: true } cond
                ? matches.Select(x => x.Id).Except(Matches(BeforeObject(asked[cond.Length..])).Select(x => x.Id)).ToHashSet(StringComparer.Ordinal)
                : [];
            // Why the sentence itself is weak evidence, whichever words it matched (null when it is not).
            (string Method, string Why)? doubt =
                unprovided ? ("passive sentence naming who receives it",
                    "the sentence says who receives it but not who provides it (the Council, officers or someone else)")
                : administers ? ("sentence whose subject is an office holder running the protocol",
                    "the sentence says what an office holder does for the council (training, records, arrangements), not what one side owes the other")
                : publication ? ("sentence whose subject is a publication",
                    "the sentence says what a publication may or may not contain, not which side is to see to it")
                : forTheBodies ? ("sentence describing what one side does for the council's bodies",
                    "the sentence describes, without saying it is owed, what one side does for the council and its committees, not for the other side")
                : principles ? ("sentence citing the principles of public life",
                    "the sentence cites the standards of everyone in public office; whether it asks one side for them towards the other is not said")
                : null;
            if (own is not null && doubt is null && matches.Count > 0) lastStated = (dir, matches.Where(x => !conditional.Contains(x.Id)).ToList());
            foreach (var (id, phrase, matched) in matches)
                if (seen.Add((clause.Id, id, dir)))
                    found.Add(new ExpectationStatement(clause.Id, id, dir, StatementForm.General, null, phrase, matched,
                        conditional.Contains(id)
                            ? Provenance.Unsure("words in a sentence's opening condition", Words.Excerpt(text),
                                "the words are in the condition that opens the sentence (\"Where …,\" \"If …,\"), which says when it applies, not what is asked")
                            : doubt is { } weak
                            ? Provenance.Unsure(weak.Method, Words.Excerpt(text), weak.Why)
                            : own is not null || continues
                            ? Provenance.Read(product ? "sentence whose subject is what the sentence before says one side gives"
                                : own is not null ? "sentence whose subject says who owes it" : "sentence continuing the one before, which names who owes it", Words.Excerpt(text))
                            : Provenance.Unsure("sentence with no subject of its own", Words.Excerpt(text),
                                "the sentence does not name who owes it; the direction was carried from the sentence or clause before")));
        }
    }

    /// <summary>
    /// The direction of a sentence that describes, without a modal verb, what one side does or owes: its subject opens the
    /// sentence ("Officers serve …", "The Clerk gives …", "Officers have a duty to …",
    /// "It is the role of officers to …") and owes it; "Employees are entitled to …" names who is owed. "They …" takes
    /// <paramref name="carried"/>, the side the sentence before opened with. A fact about a side ("Officers are employed by
    /// the Council") is no duty, though what it goes on to say is ("… are employed by and serve the whole Council"). Null
    /// otherwise.
    /// </summary>
    internal static (Direction Direction, bool Owed)? Described(string text, Direction? carried)
    {
        if (DescribedDuty().Match(text) is not { Success: true } m) return null;
        var owed = m.Groups["owed"].Success;
        if (m.Groups["who"].Success)
        {
            if (Parties.Mentions(m.Groups["who"].Value) is not [var side]) return null;
            var owes = owed ? (side.Party == Party.Members ? Party.Officers : Party.Members) : side.Party;
            return (Parties.Towards(owes), owed);
        }
        return carried is { } c and (Direction.MembersToOfficers or Direction.OfficersToMembers) && !owed ? (c, false) : null;
    }

    /// <summary>
    /// "Officers attend group meetings to give information. They will not take part in political debate": "they" opening
    /// a sentence stands for the side the sentence before opened with; the sentence is read as if it named that side, so a
    /// duty on it is that side's though it does not name the other side. Null when the sentence does not open with "they"
    /// and a modal, or the sentence before does not open with one side.
    /// </summary>
    internal static Direction? TheyAsAntecedent(string text, string previous)
    {
        if (!TheyOpening().IsMatch(text) || OpeningSubject().Match(previous) is not { Success: true } opening || OpeningSide(previous) is not { } antecedent) return null;
        // "Members and officers will often meet socially. They should …": a subject joined with the other side is both.
        if (JoinedSubject().IsMatch(previous[(opening.Index + opening.Length)..])) return null;
        if (Parties.DirectionOf(text, antecedent) is { } carried) return carried;
        var trimmed = text.TrimStart();
        return Parties.DirectionOf(opening.Groups["who"].Value + trimmed["they".Length..], null);
    }

    /// <summary>
    /// "Officers may be asked to brief political groups. Any such briefing will be offered to every group"; "Officer advice
    /// will be factual. Advice will not deal with political implications": a sentence whose subject is advice, a report or
    /// a briefing, where the sentence before opened with one side giving it ("Officer reports", "Officers' advice",
    /// "Officers may be asked to brief"), is that side's duty. Something the side only receives ("Members will receive
    /// reports") is not what it gives. Null otherwise.
    /// </summary>
    internal static Direction? ProductOfSide(string text, string previous)
    {
        if (ProductSubject().Match(text) is not { Success: true } thing || !Parties.Mentions(text[..(thing.Index + thing.Length)]).IsEmpty) return null;
        if (SideProduct().Match(previous) is not { Success: true } given || OpeningSide(previous) is not { } side) return null;
        var noun = thing.Groups["noun"].Value;
        return given.Groups["product"].Value.StartsWith(noun[..4], StringComparison.OrdinalIgnoreCase) ? side : null;
    }

    [GeneratedRegex(@"^\s*(?:,|and\b|or\b|&|/)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedSubject();

    [GeneratedRegex(@"^\s*(?:(?:any|all|such|the|same|these|this|that|their|its)\s+)*(?<noun>advice|reports?|briefings?)\s+(?:will|must|should|shall|(?:is|are)\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProductSubject();

    [GeneratedRegex(@"^\s*" + DescribedSubject + @"(?:'s|s'|’s|’|')?\s+(?:(?<product>advice|reports?|briefings?)\b|(?:(?:will|must|should|shall|may|can)\s+(?:also\s+|normally\s+)?(?:be\s+(?:asked|invited|required)\s+to\s+)?)?(?<product>advise|report|brief)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SideProduct();

    /// <summary>
    /// "Bullying and harassment will not be tolerated", "Harassment and bullying is not acceptable": harm named as a noun,
    /// with neither who suffers it nor who does it, forbidden to everyone; with a side named ("Bullying of officers by
    /// Members …") the sentence is read by its parties instead.
    /// </summary>
    internal static bool HarmNotTolerated(string text) => HarmForbidden().IsMatch(text) && Parties.Mentions(text).IsEmpty;

    [GeneratedRegex(@"^\s*(?:(?:bullying|harassment|intimidation|victimi[sz]ation|discrimination|abuse)(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)?)+\s*(?:(?:will|shall|must)\s+not\s+be\s+(?:tolerated|accepted)|(?:is|are)\s+(?:completely\s+|wholly\s+|totally\s+)?(?:unacceptable|not\s+acceptable|not\s+tolerated)|(?:is|are)\s+never\s+acceptable)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HarmForbidden();

    /// <summary>
    /// "The Council's Dignity at Work Policy applies to the conduct of Members towards Officers as it applies to officers
    /// towards one another": a policy on conduct at work applied to how members treat officers states what members owe
    /// officers, whatever the comparison with officers among themselves. Null otherwise.
    /// </summary>
    internal static Direction? PolicyTowardsOfficers(string text) => PolicyApplied().IsMatch(text) ? Direction.MembersToOfficers : null;

    [GeneratedRegex(@"\bpolic(?:y|ies)\s+(?:also\s+|equally\s+)?appl(?:y|ies)\s+(?:equally\s+|also\s+|in\s+full\s+)?to\s+(?:the\s+(?:conduct|behaviour)\s+of\s+|the\s+way\s+(?:that\s+)?)?(?:all\s+|county\s+|elected\s+|individual\s+)?(?:members?|councillors?)\b[^.;]{0,40}?\b(?:towards|in\s+their\s+dealings\s+with|treat|deal\s+with)\s+(?:the\s+|all\s+|council\s+)?(?:officers?|employees?|staff)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PolicyApplied();

    /// <summary>
    /// A report's content, recommendations or advice said to be the officer's: "the final content of a report … is a matter
    /// for the Officer who writes it", "the advice and recommendations in the report are the responsibility of the officer".
    /// </summary>
    [GeneratedRegex(@"\breports?\b[^.;]{0,160}?\b(?:content|advice|recommendations?)\b[^.;]{0,120}?\b(?:is|are|remains?|rests?)\s+(?:solely\s+)?(?:for|the\s+responsibility\s+of|a\s+matter\s+for)\s+the\s+(?:\w+\s+)?(?:officers?|employees?)\b|\b(?:content|advice|recommendations?)\b[^.;]{0,60}?\breports?\b[^.;]{0,80}?\b(?:is|are|remains?|rests?)\s+(?:solely\s+)?(?:for|the\s+responsibility\s+of|a\s+matter\s+for)\s+the\s+(?:\w+\s+)?(?:officers?|employees?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportLeftToOfficer();

    /// <summary>
    /// "The Chair of a meeting should ensure that officers are not subjected to personal criticism", "The Convener is
    /// responsible for making sure that employees are treated with courtesy": the one who chairs is a member, so how officers
    /// are to be treated at the meeting is owed by members. What the chair ensures for members ("… that members are given
    /// the papers") is no duty towards officers.
    /// </summary>
    internal static Direction? ChairSeesTo(string text) =>
        ChairEnsures().Match(text) is { Success: true } m && Parties.Mentions(text[(m.Index + m.Length)..]) is [var first, ..] && first.Party == Party.Officers
            ? Direction.MembersToOfficers
            : null;

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:vice[\s-])?(?:chair(?:man|person|woman)?|conven[eo]r)\b[^.;]{0,60}?\b(?:will|should|must|shall|(?:is|are)\s+responsible\s+for|ha(?:s|ve)\s+a\s+duty\s+to)\s+(?:also\s+|always\s+)?(?:ensur\w*|mak\w*\s+sure)\s+that\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChairEnsures();

    /// <summary>
    /// "Strategic Directors will keep Cabinet Members informed", "Heads of Service should reply to councillors …": an
    /// officer named by a senior title, as the subject of a duty towards members, is the officers' side.
    /// </summary>
    internal static Direction? SeniorOfficerSubject(string text) =>
        SeniorTitleDuty().Match(text) is { Success: true } m && Parties.Mentions(text[(m.Index + m.Length)..]).Any(x => x.Party == Party.Members)
            ? Direction.OfficersToMembers
            : null;

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:relevant\s+|appropriate\s+)?(?:(?:strategic|corporate|executive|group|divisional|service|assistant)\s+)?(?:directors?|heads?\s+of\s+(?:service|unit|department)s?|(?:line\s+|service\s+)?managers?)\s+(?:will|must|should|shall)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeniorTitleDuty();

    /// <summary>The side a sentence opens with as its subject ("Officers are employed by …"), as the direction it would owe.</summary>
    private static Direction? OpeningSide(string text) =>
        OpeningSubject().Match(text) is { Success: true } m && Parties.Mentions(m.Groups["who"].Value) is [var side] ? Parties.Towards(side.Party) : null;

    [GeneratedRegex(@"^\s*" + DescribedSubject + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSubject();

    [GeneratedRegex(@"^\s*they\s+(?:also\s+|therefore\s+|always\s+)?(?:must|should|will|shall|need\s+to|are\s+expected\s+to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TheyOpening();

    private const string DescribedSubject = @"(?:(?:the|all|individual|elected|chief|senior|our|its|the\s+council's)\s+)*(?<who>members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk)";

    [GeneratedRegex(@"^\s*(?:(?:it\s+is\s+the|the)\s+(?:role|duty|job|responsibility)\s+of\s+" + DescribedSubject + @"\s+(?:is\s+)?to\b|(?:" + DescribedSubject + @"|they)\s+(?:also\s+|therefore\s+|always\s+)?(?:(?:are|is)\s+employed\s+by\b[^.;,]{0,60}?\s+and\s+)?(?:(?:serve|give|advise|provide|support|treat|respond\s+to|carry\s+out|keep|work\s+for|owe)s?\b|(?:are|is)\s+(?:responsible\s+for|under\s+a\s+duty\s+to|there\s+to)\b|ha(?:ve|s)\s+a\s+duty\s+to\b|(?<owed>(?:are|is)\s+entitled\s+to|ha(?:ve|s)\s+(?:a|the)\s+right\s+to)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescribedDuty();

    /// <summary>
    /// The direction a section heading gives the clauses under it, when it reads as a lead-in that names who owes what
    /// ("What Members can expect from Officers", "Officers' commitments to Members"); a heading that only names a topic
    /// gives none.
    /// </summary>
    public static Direction? HeadingList(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading)) return null;
        if (FromEachOther().IsMatch(heading)) return Direction.Mutual;
        if (ExpectFrom().Match(heading) is { Success: true } from && PartyOf(from.Groups["from"].Value) is { } owes) return Parties.Towards(owes);
        if (ExpectTo().Match(heading) is { Success: true } to && PartyOf(to.Groups["to"].Value) is { } owes2) return Parties.Towards(owes2);
        if (Commitments().Match(heading) is { Success: true } c && PartyOf(c.Groups["who"].Value) is { } committed) return Parties.Towards(committed);
        return null;
    }

    /// <summary>
    /// "Employees will: Ø give …; Ø keep …": a list pasted into one paragraph keeps its lead-in and first item in one
    /// sentence; the lead-in is read apart so that it leads every item, the first included.
    /// </summary>
    private static ImmutableArray<Segment> SplitBulletLeadIn(ImmutableArray<Segment> segments)
    {
        var result = ImmutableArray.CreateBuilder<Segment>(segments.Length);
        foreach (var segment in segments)
        {
            var m = BulletAfterColon().Match(segment.Text);
            if (!m.Success)
            {
                result.Add(segment);
                continue;
            }
            var cut = m.Index + m.Length;
            result.Add(new Segment(segment.Text[..cut], segment.Start));
            result.Add(new Segment(segment.Text[cut..], segment.Start + cut));
        }
        return result.ToImmutable();
    }

    private const string BulletGlyph = @"[•Ø▪■◦‣∙·➢►✓\-–*]";

    [GeneratedRegex(@":\s*(?=" + BulletGlyph + @"\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletAfterColon();

    [GeneratedRegex(@"^\s*" + BulletGlyph + @"\s", RegexOptions.CultureInvariant)]
    private static partial Regex InlineBullet();

    /// <summary>
    /// The header cell over each column of a two-sided table: the normaliser titles the table's section with its header
    /// cells joined by " / " and publishes one clause per side (t1, t2), left column first.
    /// </summary>
    private static Dictionary<string, string> TableColumnHeads(Section section)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = section.Title.Split(" / ");
        var columns = section.Clauses.Where(c => TableColumn().IsMatch(c.Number)).ToArray();
        if (cells.Length != 2 || columns.Length != 2) return heads;
        heads[columns[0].Id] = cells[0];
        heads[columns[1].Id] = cells[1];
        return heads;
    }

    [GeneratedRegex(@"^t\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex TableColumn();

    /// <summary>
    /// The direction a table's header cell gives its column: "Councillors will", "Officers undertake to" name who owes the
    /// rows; "Members can expect", "What officers can expect" name who is owed. A cell that names both sides, or neither,
    /// gives none.
    /// </summary>
    internal static Direction? ColumnHeadReading(string cell)
    {
        var mentions = Parties.Mentions(cell);
        if (mentions.IsEmpty || mentions.Any(m => m.Party != mentions[0].Party)) return null;
        var side = mentions[0].Party;
        if (SideExpects().IsMatch(cell)) return Parties.Towards(side == Party.Members ? Party.Officers : Party.Members);
        if (ListReading(cell.Trim().TrimEnd(':', ';').TrimEnd() + ":", Actor.General) is { Named: true } r) return r.Direction;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:what\s+)?" + PartyWords + @"\s+(?:can|may|should|will|could)\s+expect\s*:?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SideExpects();

    /// <summary>
    /// "Officers serve the Council as a whole and must not be asked by Members to …": a second predicate that turns the
    /// sentence passive is read apart, with the first subject repeated, so the passive's direction does not flip the first.
    /// </summary>
    private static ImmutableArray<Segment> SplitSecondPredicate(ImmutableArray<Segment> segments)
    {
        var result = ImmutableArray.CreateBuilder<Segment>(segments.Length);
        foreach (var segment in segments)
        {
            var split = SecondPassive().Match(segment.Text);
            var mentions = split.Success ? Parties.Mentions(segment.Text[..split.Index]) : [];
            if (!split.Success || mentions.IsEmpty)
            {
                result.Add(segment);
                continue;
            }
            var subject = SecondPredicateSubject(segment.Text[..split.Index], mentions, result.Count > 0 ? result[^1].Text : null);
            result.Add(new Segment(segment.Text[..split.Index], segment.Start));
            var rest = segment.Text[(split.Index + split.Length)..];
            result.Add(new Segment(subject + " " + rest, segment.Start + split.Index + split.Length));
        }
        return result.ToImmutable();
    }

    [GeneratedRegex(@",?\s+and\s+(?=(?:must|should|will|shall)\s+(?:not\s+|never\s+)?be\s+(?:asked|required|expected|pressed|pressurised|pressured|put|drawn|instructed|directed|treated|criticised|named|subjected)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecondPassive();

    [GeneratedRegex(@"\b(?:will|should|must|shall|can|may)\s+(?:also\s+|normally\s+|always\s+)?(?:be\s+offered|be\s+given|be\s+provided(?:\s+with)?|be\s+trained|receive|be\s+(?:answered|replied\s+to|acknowledged))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProvisionPassive();

    [GeneratedRegex(@"\bby\s+(?:the\s+|all\s+|any\s+|their\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?:officers?|employees?|staff|members?|councillors?|clerk)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ByAParty();

    /// <summary>The direction a lead-in gives its items, or null when the clause does not introduce an expectations list.</summary>
    public static Direction? ListDirection(Clause leadIn) => ListReading(leadIn)?.Direction;

    /// <summary>The direction a lead-in gives its items, and whether the lead-in itself names who owes them.</summary>
    private static (Direction Direction, bool Named)? ListReading(Clause leadIn) => ListReading(leadIn.Text, leadIn.Actor);

    private static (Direction Direction, bool Named)? ListReading(string leadInText, Actor actor)
    {
        var segments = Parties.Segments(leadInText);
        var last = segments.IsEmpty ? leadInText : segments[^1].Text;
        if (FromEachOther().IsMatch(last)) return (Direction.Mutual, true);
        if (ExpectFrom().Match(last) is { Success: true } from && PartyOf(from.Groups["from"].Value) is { } owes) return (Parties.Towards(owes), true);
        if (ExpectTo().Match(last) is { Success: true } to && PartyOf(to.Groups["to"].Value) is { } owes2) return (Parties.Towards(owes2), true);
        if (Commitments().Match(last) is { Success: true } c && PartyOf(c.Groups["who"].Value) is { } committed) return (Parties.Towards(committed), true);
        // "The Convener may expect:", "Officers can reasonably expect:": the items are owed to the side that expects them.
        if (SelfExpectsListHead().Match(last) is { Success: true } self && PartyOf(self.Groups["who"].Value) is { } expecting && !BothParties(self.Groups["who"].Value))
            return (Parties.Towards(expecting == Party.Members ? Party.Officers : Party.Members), true);
        // "Officers must not be asked by a Member to:", "Employees should not be asked to:": the asker owes the items,
        // the agent when named and otherwise the other side.
        if (AskedListHead().Match(last) is { Success: true } asked && PartyOf(asked.Groups["who"].Value) is { } askedOf && !BothParties(asked.Groups["who"].Value))
        {
            var asker = asked.Groups["agent"].Success && PartyOf(asked.Groups["agent"].Value) is { } agent ? agent : askedOf == Party.Members ? Party.Officers : Party.Members;
            return asker == askedOf ? null : (Parties.Towards(asker), true);
        }
        // "Members should not ask officers to:", "Councillors must never require an employee to:": the subject owes them.
        if (AskListHead().Match(last) is { Success: true } ask && PartyOf(ask.Groups["who"].Value) is { } asking && PartyOf(ask.Groups["whom"].Value) is { } askedWho && asking != askedWho)
            return (Parties.Towards(asking), true);
        if (DutyListHead().Match(last) is { Success: true } duty)
        {
            var who = duty.Groups["who"].Value;
            if (PartyOf(who) is { } p && !BothParties(who)) return (Parties.Towards(p), true);
            if (BothParties(who)) return (Direction.Mutual, true);
            // "The Chair and members of the Scrutiny Panel … must:" names its subject before the verb; "…, but they
            // should always;" points back to the subject of the sentence before.
            var subject = SubjectParties(last[..duty.Index]);
            if (subject.IsEmpty && Pronoun().IsMatch(who) && segments.Length > 1) subject = SubjectParties(segments[^2].Text);
            if (subject.Length == 1) return (Parties.Towards(subject[0]), true);
            return Parties.FromActor(actor) is { } fromActor ? (fromActor, false) : null;
        }
        return null;
    }

    /// <summary>The sides named before a sentence's first modal (or in it, when it has none): one for a one-sided subject.</summary>
    private static ImmutableArray<Party> SubjectParties(string text)
    {
        var modal = ModalWord().Match(text);
        var before = modal.Success ? text[..modal.Index] : text;
        return [.. Parties.Mentions(before).Select(m => m.Party).Distinct()];
    }

    [GeneratedRegex(@"^\s*(?:they|we)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:should|must|shall|will|have\s+the\s+right|are\s+entitled|may|can)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModalWord();

    private static bool IsListLeadIn(string segment) =>
        FromEachOther().IsMatch(segment) || ExpectFrom().IsMatch(segment) || ExpectTo().IsMatch(segment) || Commitments().IsMatch(segment) || DutyListHead().IsMatch(segment)
        || AskedListHead().IsMatch(segment) || AskListHead().IsMatch(segment) || SelfExpectsListHead().IsMatch(segment);

    [GeneratedRegex(@"\b(?<who>" + Side + @")\s+(?:can|may|should|will|could|are\s+entitled\s+to|is\s+entitled\s+to)\s+(?:reasonably\s+|also\s+)?expect(?:\s+the\s+following)?\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SelfExpectsListHead();

    /// <summary>Titles only members hold, read as the members' side wherever a lead-in names a side (see <see cref="Parties.Mentions"/>).</summary>
    private const string MemberTitle = @"(?:conveners?|provost|portfolio\s+holders?|chair(?:man|men|person|persons|s)?)";

    private const string Side = @"(?:the\s+|an?\s+|any\s+|all\s+|each\s+|individual\s+|elected\s+|junior\s+)*(?:elected\s+mayor|members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk|" + MemberTitle + ")";

    [GeneratedRegex(@"\b(?<who>" + Side + @")\s+(?:must|should|will|shall|are\s+to|is\s+to)\s+(?:not|never)\s+be\s+(?:asked|required|expected|pressed|pressured|pressurised|instructed|directed)(?:\s+by\s+(?<agent>" + Side + @"))?\s+to\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskedListHead();

    [GeneratedRegex(@"\b(?<who>" + Side + @")\s+(?:must|should|will|shall)\s+(?:not|never)\s+(?:ask|require|expect|instruct|direct|press|pressure|pressurise)\s+(?<whom>" + Side + @")\s+to\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskListHead();

    private static Party? PartyOf(string words) => Parties.Mentions(words) is { IsEmpty: false } m ? m[0].Party : null;

    private static bool BothParties(string words) => Parties.Mentions(words).Select(m => m.Party).Distinct().Count() == 2;

    private const string PartyWords = @"(?:the\s+|an?\s+|each\s+)?(?:elected\s+mayor(?:\s+and\s+councillors)?|(?:elected\s+)?members?|(?:elected\s+)?councillors?|officers?|employees?|staff|" + MemberTitle + ")";

    // NonBacktracking: "expect" many times over with no full stop would otherwise be rescanned from each one.
    [GeneratedRegex(@"\bexpect\b[^.:;]*\bfrom\s+each\s+other\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex FromEachOther();

    [GeneratedRegex(@"\bexpect\s+(?:the\s+following\s+)?(?:from|of)\s+(?<from>" + PartyWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectFrom();

    [GeneratedRegex(@"\bexpect\s+(?<to>" + PartyWords + @")\s*(?:to\b|:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectTo();

    [GeneratedRegex(@"\b(?<who>member|officer|councillor)s?\s+commitments?\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Commitments();

    /// <summary>"Officers will:", "Members should:", "… but they should always;", "It is not appropriate for Members to:".</summary>
    [GeneratedRegex(@"(?:^|\b)(?<who>(?:the\s+|an?\s+|each\s+)?(?:elected\s+mayor\s+and\s+councillors|members?\s+and\s+officers|councillors\s+and\s+officers|(?:elected\s+)?members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk|" + MemberTitle + @"|they|we))\s+(?:will|should|must|shall|are\s+expected\s+to|is\s+expected\s+to|are\s+required\s+to|is\s+required\s+to|undertake\s+to|agree\s+to)(?:\s+not)?(?:\s+always)?\s*[:;]\s*$|\bnot\s+appropriate\s+for\s+(?<who>members?|councillors?|officers?)\s+to\s*:?\s*$|\b(?:will|should|must|shall)(?:\s+not)?(?:\s+always)?\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DutyListHead();

    /// <summary>
    /// Words that make a sentence say what is owed, rather than describe: a modal, "are (not) to …", or a sentence with no
    /// modal that still asks ("It is vital that members …", "Good relations depend on officers giving …").
    /// </summary>
    [GeneratedRegex(@"\b(?:should|must|shall|will|expects?|expected|need\s+to|ought|(?:are|is)\s+(?:not\s+|never\s+)?to\s+(?:be|have|put|treat|keep|give|respect|avoid|ensure|make|act|raise|refer|use|seek|ask|deal|take)|mutual|essential|crucial|important|vital|heart\s+of|depends?\s+(?:up)?on|it\s+is\s+not\s+appropriate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatesExpectation();

    /// <summary>A declaration of an interest or a relationship ("should be declared", "must tell the Monitoring Officer"); telling members about their ward is information, not a declaration.</summary>
    [GeneratedRegex(@"\b(?:should|must|shall|will)\s+(?:be\s+)?(?:declared?|disclosed?|registered|notified|(?:tell|inform)\b(?!\s+(?:(?:the|all|any|every)\s+){0,2}(?:ward\s+|local\s+|relevant\s+|division\s+)?(?:members?|councillors?)\b))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b(?:should|must|will|shall)\s+not\b|,?\s+and\s+not\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Forbidding();

    /// <summary>
    /// An item's words before what it says could be suspected ("avoid familiarity which could give rise to a suspicion of
    /// undue influence"): the suspicion is what is feared, not what is asked. What an item says could be harmed ("avoid
    /// anything which could compromise impartiality") is what it protects, and stays.
    /// </summary>
    private static string BeforeSuspicion(string text) => Suspicion().Match(text) is { Success: true, Index: > 0 } m ? text[..m.Index] : text;

    [GeneratedRegex(@"\b(?:(?:call|calls|bring|brings)\s+into\s+question|give\s+rise\s+to\s+(?:a\s+|any\s+)?(?:suspicion|perception)|(?:cause|causes|lead|leads)\s+(?:others|people|anyone|the\s+public|\w+\s+members)\s+to\s+(?:question|doubt|suspect))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Suspicion();

    /// <summary>
    /// The words before what a sentence says is harmed or aimed at. A sentence that forbids doing anything which would harm
    /// something ("should not ask officers to do anything that would compromise their impartiality") protects it: the
    /// harmed words are what it asks for, and stay.
    /// </summary>
    private static string BeforeObject(string text)
    {
        if (HarmedOrAimedAt().Match(text) is not { Success: true, Index: > 0 } m) return text;
        if (HarmVerb().IsMatch(m.Value) && ForbidsAnything().IsMatch(text[..m.Index])) return text;
        return text[..m.Index];
    }

    [GeneratedRegex(@"\b(?:damage|harm|undermine|jeopardi[sz]e|compromise|erode)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HarmVerb();

    /// <summary>"must not do anything that …", "should never act in a way which …", "avoid any action which …".</summary>
    [GeneratedRegex(@"\b(?:(?:must|should|will|shall)\s+(?:not|never)|not\s+to|avoid)\b[^.;]{0,80}?\b(?:anything|any\s+action|any\s+conduct|any\s+behaviour|in\s+a\s+way|in\s+any\s+way|nothing)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForbidsAnything();

    [GeneratedRegex(@"\b(?:(?:can|could|may|might|will|would|is\s+likely\s+to)\s+(?:\w+\s+)?(?:damage|harm|undermine|jeopardi[sz]e|compromise|erode|give\s+rise\s+to)|\b(?:call|calls|bring|brings)\s+into\s+question|\bgive\s+rise\s+to\s+(?:a\s+|any\s+)?(?:suspicion|perception|concern)|\b(?:cause|causes|lead|leads)\s+(?:others|people|anyone|the\s+public|\w+\s+members)\s+to\s+(?:question|doubt|suspect)|in\s+order\s+to|so\s+as\s+to|so\s+that|(?:which|that)\s+(?:states|provides|says)\s+that)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HarmedOrAimedAt();

    /// <summary>"If an officer believes …", "An employee who is concerned about …", "Where a member has a concern …": what to do about a concern.</summary>
    [GeneratedRegex(@"^\s*(?:(?:but\s+|and\s+)?(?:if|where|when)\b[^,]{0,80}\b(?:believes?|feels?|considers?|is\s+(?:concerned|unhappy|dissatisfied)|has\s+behaved|behaves|has\s+treated|treats|has\s+(?:a\s+)?(?:concern|complaint|grievance)|wish(?:es)?\s+to\s+(?:complain|raise))|(?:an?|any)\s+\w+\s+who\s+(?:(?:is|has\s+been|feels|believes\s+they\s+have\s+been)\s+(?:bullied|harassed|intimidated|victimised|mistreated|treated\s+unfairly)\b|(?:believes?|feels?|considers?|thinks?)\s+(?:that\s+)?[^,]{0,80}\b(?:has|have|is|was)\b|is\s+(?:concerned|unhappy|dissatisfied)|has\s+(?:a\s+)?(?:concern|complaint|grievance)|wish(?:es)?\s+to\s+(?:complain|raise)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConcernProcedure();

    /// <summary>A negation followed by a public place: "and not in public", "should never be raised at a Council meeting", "not … in front of others".</summary>
    [GeneratedRegex(@"\b(?:not|never)\b[^.;]{0,120}?(?:" + PublicPlaces + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicAiring();

    /// <summary>
    /// "Officers are not able to answer back in public": a negation that says what one side cannot do states a fact about
    /// it, not where a concern must not be aired.
    /// </summary>
    [GeneratedRegex(@"^(?:not|never)\s+(?:able|in\s+a\s+position)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Inability();

    /// <summary>A public place, with no negation: an item of a list whose lead-in forbids ("Councillors must not: … raise concerns … in public").</summary>
    [GeneratedRegex(@"(?:" + PublicPlaces + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicPlace();

    private const string PublicPlaces = @"\bin\s+public\b|\bpublicly\b|\b(?:at|in)\s+(?:a\s+|any\s+)?(?:public|open)\s+(?:meetings?|forums?)\b|\bmeetings?\s+(?:held\s+in|open\s+to|attended\s+by)\s+(?:the\s+|members\s+of\s+the\s+)?public\b|\bin\s+front\s+of\s+(?:others|other\s+\w+|colleagues|(?:members\s+of\s+)?the\s+public)\b|\bin\s+the\s+(?:press|media)\b|\bon\s+social\s+media\b|\b(?:use|using)\s+social\s+media\b|\b(?:at|in)\s+(?:a\s+|any\s+)?(?:full\s+)?(?:council|committee)\s+meetings?\b|\bat\s+(?:a\s+|any\s+)?meetings?\s+of\s+the\s+(?:\w+\s+)?(?:council|committee)\b";

    /// <summary>A duty owed to everyone alike, in the passive: "Every person must be treated fairly", "Everyone should be shown courtesy".</summary>
    [GeneratedRegex(@"^\s*(?:every(?:one|body|\s+person|\s+individual)|all\s+(?:people|persons|individuals))\b[^.;]{0,60}?\s(?:must|should|will|shall|is\s+entitled\s+to|has\s+the\s+right\s+to)\s+(?:be\s+)?(?:treated|shown|treat)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    /// <summary>
    /// "Concerns … must never be raised by a Member …", "Officers are not to be criticised by Members", "… is to be kept
    /// confidential by Members": a passive duty whose agent is one side is that side's, whoever it is done to.
    /// </summary>
    internal static Direction? AgentOfPassive(string text) =>
        (AgentPassive().Match(text) is { Success: true } m ? m : NominalAgent().Match(text)) is { Success: true } found
        && Parties.Mentions(found.Groups["agent"].Value) is [var agent] && !Parties.IsReciprocal(text)
            ? Parties.Towards(agent.Party)
            : null;

    /// <summary>"Bullying of officers by Members will not be tolerated": what is done to one side by the other, named as a noun.</summary>
    [GeneratedRegex(@"\bof\s+(?:the\s+|an?\s+|any\s+|junior\s+|individual\s+)*(?:members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk)\s+by\s+(?:the\s+|an?\s+|any\s+|individual\s+|elected\s+)*(?<agent>members?|councillors?|officers?|employees?|staff)\b(?!\s+of\s+the\s+public)[^.;]{0,80}?\b(?:must|should|will|shall|is|are)\s+(?:not|never)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NominalAgent();

    /// <summary>A sentence about the document itself: "This Protocol sets out how …", "The protocol is intended to help …".</summary>
    [GeneratedRegex(@"^\s*(?:this|the)\s+(?:protocol|document|guidance|code)\b[^.;]{0,40}?\b(?:sets?\s+out|describes?|explains?|is\s+intended|aims?|seeks?|is\s+designed|provides?\s+guidance|outlines?|summari[sz]es?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProtocolPurpose();

    /// <summary>"… should be read with (alongside, in conjunction with) the Code of Conduct": a cross-reference.</summary>
    [GeneratedRegex(@"\b(?:is|are|be)\s+read\s+(?:with|alongside|together\s+with|in\s+conjunction\s+with)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadWith();

    [GeneratedRegex(@"\b(?:must|should|will|shall|is|are)\s+(?:not\s+|never\s+)?(?:to\s+)?be\s+(?:\w+\s+)?\w+(?:ed|en|t)\b[^.;]{0,60}?\b(?:by|at\s+the\s+(?:request|behest|instruction)\s+of)\s+(?:the\s+|a\s+|an\s+|any\s+|all\s+|that\s+|individual\s+|elected\s+|cabinet\s+|ward\s+|local\s+)*(?<agent>members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk)\b(?!\s+of\s+the\s+public)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgentPassive();

    /// <summary>
    /// "Information given to a Member in confidence must not be disclosed": with no actor named, what one side holds is
    /// that side's to keep.
    /// </summary>
    internal static Direction? HolderOf(string text) =>
        HeldPassive().Match(text) is { Success: true } m && Parties.Mentions(m.Groups["holder"].Value) is [var holder] ? Parties.Towards(holder.Party) : null;

    [GeneratedRegex(@"^\s*(?:any\s+|all\s+|the\s+)?(?:(?:confidential|exempt|personal|sensitive|and|or)\s+)*(?:information|papers?|documents?|material|reports?)\s+(?:\w+\s+){0,3}?(?:given|provided|supplied|passed|sent|disclosed|shared)\s+(?:in\s+confidence\s+)?to\s+(?:a\s+|an\s+|the\s+|any\s+)?(?<holder>members?|councillors?|officers?|employees?)\b[^.;]{0,80}?\b(?:must|should|will|shall|is|are)\s+(?:not\s+|never\s+)?(?:to\s+)?be\s+(?:kept|treated|disclosed|passed|shared|used|held|divulged)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeldPassive();

    private static Direction? NotToBeDone(string text) =>
        NotToBe().Match(text) is { Success: true } m && Parties.Mentions(m.Groups["who"].Value) is [var side]
            ? Parties.Towards(side.Party == Party.Members ? Party.Officers : Party.Members)
            : null;

    /// <summary>"Staff are not to be contacted at home", "Officers are never to be asked …": a prohibition with no actor named.</summary>
    [GeneratedRegex(@"^\s*(?<who>(?:the\s+|junior\s+|individual\s+|elected\s+)*(?:members?|councillors?|officers?|employees?|staff|(?:town\s+|parish\s+)?clerk))\s+(?:are|is)\s+(?:not|never)\s+to\s+be\s+(?:asked|contacted|approached|required|pressed|pressured|pressurised|put\s+under|instructed|directed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotToBe();

    /// <summary>A sentence whose subject is the concern of the one before: "It must never be raised …", "The matter should not …".</summary>
    [GeneratedRegex(@"^\s*(?:it|this|such\s+\w+|the\s+(?:matter|concern|complaint|issue))\s+(?:must|should|will|shall)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConcernPronoun();

    /// <summary>What is aired is a concern or criticism of someone, not information: "raise it", "a concern", "criticise".</summary>
    [GeneratedRegex(@"\b(?:concerns?|concerned|complaints?|complain|unhappy|dissatisfied|criticis\w*|criticiz\w*|undermin\w*|rais\w*\s+(?:it|them|this|the\s+matter|matters|a\s+concern|concerns|issues?)|be\s+raised|performance|competence|capability|work\s+(?:or\s+conduct\s+)?of\s+(?:an?\s+|the\s+)?(?:individual\s+)?(?:officers?|employees?|staff))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AiringContext();

    /// <summary>A sentence that says what follows from the one before: "This would be damaging …", "It would also undermine …".</summary>
    [GeneratedRegex(@"^\s*(?:this|it|that|such\s+(?:behaviour|conduct|action))\s+(?:would|could|might|may|will|can)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    /// <summary>A member in a private capacity: "as would be afforded to any other member of the public", "as a client or customer".</summary>
    [GeneratedRegex(@"\b(?:private\s+capacity|personal\s+capacity|as\s+a\s+(?:client|customer|service\s+user|resident)|any\s+other\s+(?:members?\s+of\s+the\s+public|client|customer|resident|service\s+user))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrivateCapacity();

    /// <summary>What harms the relationship is to be avoided: "Close personal familiarity … can damage this relationship".</summary>
    [GeneratedRegex(@"\b(?:can|could|may|will|would|is\s+likely\s+to)\s+(?:\w+\s+)?(?:damage|harm|undermine|jeopardi[sz]e|compromise|erode)\b|\b(?:is|are)\s+(?:damaging|harmful|detrimental)\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Harm();

    /// <summary>
    /// A half sentence whose object is what the half before named: "and Members should not ask them to (do so)", "and
    /// officers will decline any such request", "and officers should not raise such matters with Members", "Officers will
    /// show councillors the same courtesy in return".
    /// </summary>
    [GeneratedRegex(@"\b(?:ask|require|expect|press|pressure|pressurise|invite|encourage)\s+(?:them|it|him|her|the\s+officer|the\s+employee)\s+to(?:\s+do\s+so)?\s*[.;]?\s*$|\bany\s+such\s+(?:requests?|approach(?:es)?|matters?)\b|\bsuch\s+(?:matters|requests|approaches)\b|\b(?:the\s+same|similar)\s+(?:\w+\s+){0,2}in\s+return\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EchoBack();

    /// <summary>
    /// A decision delegated to an officer that stays the officer's, whatever a member says: "the decision remains the
    /// officer's", "the officer remains responsible for that decision", "may not instruct an employee to take a particular
    /// decision under delegated powers".
    /// </summary>
    [GeneratedRegex(@"\bdelegat\w*\b[^.]{0,200}?\b(?:(?:decision|it)\s+remains\s+(?:that\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:officer|employee)(?:'s|’s)?\b|(?:officer|employee)\s+remains\s+responsible\b)|\bmay\s+not\s+(?:instruct|direct)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:officer|employee)(?:'s|’s)?\b[^.]{0,80}?\bdelegat\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DelegatedDecision();

    /// <summary>A sentence whose subject is an office holder who runs the protocol for the council: "The Monitoring Officer will …".</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:council's\s+)?(?:monitoring\s+officer|chief\s+executive|head\s+of\s+paid\s+service|chief\s+finance\s+officer|section\s+151\s+officer|proper\s+officer)\s+(?:will|shall|must|should|is\s+to|may)\s+(?:also\s+|normally\s+)?(?:arrange|keep|maintain|record|report|provide|offer|organise|organize|review|publish|circulate|monitor)\b|^\s*(?:the\s+)?(?:\w+\s+){0,2}(?:director(?:\s+of(?:\s+[\w&]+){1,5}?)?|head\s+of(?:\s+[\w&]+){1,5}?)\s+(?:will|shall|must|should|is\s+to|may)\s+(?:also\s+|normally\s+)?(?:arrange|organise|organize|publish|circulate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeHolderSubject();

    /// <summary>A sentence whose subject is a publication: "Press releases …", "The Council's newsletter …", "Council publicity …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:the|all|any|its|council|the\s+council's|the\s+council’s)\s+)*(?:press\s+releases?|news\s+releases?|newsletters?|publicity|publications?|leaflets?)\s+(?:will|must|should|shall|may|can|is|are)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationSubject();

    /// <summary>An opening condition up to its comma: "Where a panel asks an officer for a view,", "If a councillor is unhappy with a reply,".</summary>
    [GeneratedRegex(@"^\s*(?:where|if|when|whenever|in\s+the\s+event\s+that)\b[^,;:]{3,200},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    /// <summary>
    /// The council's bodies as those something is done for: "to the Council, the Cabinet and committees", "to the
    /// Council and its committees". "The Council as a whole" alone, or members named, is not a list of its bodies.
    /// </summary>
    [GeneratedRegex(@"\bto\s+(?:the\s+)?(?:council|authority)\s*(?:,|and)\s+(?:to\s+)?(?:the\s+|its\s+)?(?:cabinet|executive|committees?|board)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CouncilBodies();

    /// <summary>
    /// A sentence naming the principles of public life ("the seven principles of public life", "the Nolan principles"):
    /// standards cited for everyone in public office. Values listed without naming them ("act with integrity and
    /// honesty") are read as any other words are.
    /// </summary>
    [GeneratedRegex(@"\b(?:principles\s+of\s+public\s+life|nolan\s+principles|seven\s+principles)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicLifePrinciples();

    /// <summary>A next sentence that draws the conclusion: "They should therefore be avoided."</summary>
    [GeneratedRegex(@"^\s*(?:they|this|these|it|such\s+relationships)\s+(?:should|must|shall)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();
}
