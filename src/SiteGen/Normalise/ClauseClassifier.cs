using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>What a lead-in passes down to its list items: "Officers can expect from members:" makes each item an expectation of officers.</summary>
internal readonly record struct ClauseContext(Actor Actor, Modality Modality)
{
    public static readonly ClauseContext None = new(Actor.General, Modality.None);
}

/// <summary>
/// Finds a clause's actor (whose conduct or entitlement it addresses: the subject of its governing verb) and its
/// modality (must, should, can expect …). A list item completes its lead-in's sentence, so it takes the lead-in's
/// actor and modality unless it opens with a modal of its own ("Must remember…", "Not to be subject to…").
/// </summary>
internal static partial class ClauseClassifier
{
    private static readonly (string Phrase, Modality Modality)[] Modals =
    [
        ("can expect", Modality.CanExpect), ("could expect", Modality.CanExpect), ("expect", Modality.CanExpect),
        ("are expected to", Modality.ExpectedTo), ("is expected to", Modality.ExpectedTo), ("are expected", Modality.ExpectedTo), ("is expected", Modality.ExpectedTo),
        ("must not", Modality.MustNot), ("must never", Modality.MustNot), ("must", Modality.Must),
        ("shall not", Modality.MustNot), ("shall", Modality.Must),
        ("are required to", Modality.Must), ("is required to", Modality.Must), ("have a duty to", Modality.Must), ("has a duty to", Modality.Must),
        ("are under a duty to", Modality.Must), ("is under a duty to", Modality.Must), ("are under an obligation to", Modality.Must), ("need to", Modality.Must), ("needs to", Modality.Must),
        ("should not", Modality.ShouldNot), ("should never", Modality.ShouldNot), ("should", Modality.Should),
        ("is not appropriate for", Modality.ShouldNot),
        ("will not", Modality.WillNot), ("will never", Modality.WillNot), ("will", Modality.Will),
        ("may not", Modality.MayNot), ("may", Modality.May),
        ("are not to", Modality.MustNot), ("is not to", Modality.MustNot),
        ("are responsible for", Modality.ResponsibleFor), ("is responsible for", Modality.ResponsibleFor), ("are responsible to", Modality.ResponsibleFor), ("is responsible to", Modality.ResponsibleFor),
        ("have the right to", Modality.EntitledTo), ("has the right to", Modality.EntitledTo), ("are entitled to", Modality.EntitledTo), ("is entitled to", Modality.EntitledTo),
    ];

    private static readonly string[] StatutoryTerms =
        ["monitoring officer", "chief executive", "managing director", "head of paid service", "head of the paid service", "section 151", "s151", "chief finance officer", "chief financial officer", "statutory officer", "statutory officers", "statutory chief officers"];
    private static readonly string[] GroupTerms =
        ["group leader", "group leaders", "whip", "whips", "political group", "political groups", "party group", "party groups", "political assistant", "political assistants"];
    private static readonly string[] MemberTerms =
        ["member", "members", "councillor", "councillors", "elected mayor", "mayor", "chair", "chairs", "chairman", "chairperson", "vice-chair", "vice-chairman", "convener", "conveners", "provost", "cabinet", "leader", "portfolio holder", "portfolio holders", "co-optee", "co-optees"];
    private static readonly string[] OfficerTerms =
        ["officer", "officers", "employee", "employees", "staff", "clerk", "clerks", "director", "directors", "head of service", "heads of service", "chief officer", "chief officers"];
    private static readonly string[] MutualTerms = ["each other", "one another", "both", "mutual", "neither"];

    /// <summary>The clause's own actor and modality.</summary>
    public static ClauseContext Classify(string text, ClauseContext leadIn, bool isListItem)
    {
        var lower = Prepare(text);
        if (!isListItem)
        {
            if ((AboutTheProtocol(lower) ?? DescribesTheProtocol(lower)) is { } about) return about;
            var read = BothSides(lower, FromFirstModal(lower));
            // "Do not criticise an officer by name in public.": a prohibition spoken to the reader, with no modal of its own.
            if (read.Modality == Modality.None && Prohibition().IsMatch(lower)) read = read with { Modality = Modality.MustNot };
            return SecondPerson(lower) is { } you ? read with { Actor = you } : read;
        }

        // Items of an expectations list are entitlements whatever verb they use: "(c) That members will not …".
        if (leadIn.Modality == Modality.CanExpect)
            return leadIn;
        // A lead-in with no verb of its own ("When dealing with the various party groups:") sets a circumstance, not who
        // acts: an item that names its own subject ("Officers shall …") says who.
        if (leadIn.Modality == Modality.None && OwnSubject(lower) is { } itself)
            return itself;
        if (LeadingModal(lower) is { } own)
            return new ClauseContext(leadIn.Actor != Actor.General ? leadIn.Actor : FromFirstModal(lower).Actor, own);
        if (leadIn.Actor == Actor.General && leadIn.Modality == Modality.None)
            return FromFirstModal(lower);
        // "Step 2: if the matter is not resolved, the senior manager will refer it …": a lead-in with no verb of its own
        // leaves the item its own verb.
        if (leadIn.Modality == Modality.None && FirstModal(lower) is { } ownModal)
            return new ClauseContext(leadIn.Actor, ownModal.Modality);
        return new ClauseContext(leadIn.Actor, StartsNegated(lower) ? Negate(leadIn.Modality) : leadIn.Modality);
    }

    /// <summary>What the clause passes to its items: the context of its last sentence, the one that introduces the list.</summary>
    public static ClauseContext LeadInFor(string text, ClauseContext own)
    {
        var lower = Prepare(text);
        var body = lower.TrimEnd().TrimEnd(':', '-', ' ');
        var start = LastSentenceStart(body);
        var sentence = " " + body[start..] + " ";

        var commitments = sentence.IndexOf(" commitments to ", StringComparison.Ordinal);
        if (commitments > 0)
            return new ClauseContext(ActorOf(sentence[..commitments] + " ", sentence, own.Actor), Modality.Will);

        if (LastModal(sentence) is not { } modal)
            return new ClauseContext(ActorFromMentions(sentence) is var a && a != Actor.General ? a : own.Actor, Modality.None);
        if (modal.Modality == Modality.ShouldNot && sentence.AsSpan(modal.Position).StartsWith(" is not appropriate for"))
            return new ClauseContext(ActorFromMentions(sentence[modal.Position..]), Modality.ShouldNot);
        // "Officers can expect members to:", "Employees can expect that councillors will not:": the expected party owes the items.
        if (ExpectedParty(sentence, 0, atModal: false) is { } expected && (modal.Modality == Modality.CanExpect || IndexOfWord(SubjectBefore(sentence, modal.Position), "expect") >= 0))
            return new ClauseContext(expected, modal.Modality);
        return new ClauseContext(ActorOf(SubjectBefore(sentence, modal.Position), sentence, own.Actor), modal.Modality);
    }

    /// <summary>
    /// Who is to meet an expectation: the party named after "expect" ("can expect officers to", "can expect from Members",
    /// "expect that councillors will", "entitled to expect the Directors to"); with none named ("Officers can expect to be
    /// consulted"), the other side of the one who may expect it, as for a passive with no actor; null when neither is known.
    /// </summary>
    private static Actor? ExpectedParty(string lower, int from, bool atModal)
    {
        const int ModalWordsBefore = 16; // "could " or "are entitled to " before "expect"
        if (ExpectedObject().Match(lower, from) is not { Success: true } m || (atModal && m.Index > from + ModalWordsBefore)) return null;
        if (m.Groups["party"].Success)
        {
            var named = ActorOfSubject(" " + m.Groups["party"].Value + " ");
            return named == Actor.General ? null : named;
        }
        var holder = ActorOfSubject(MainSubject(SubjectBefore(lower, m.Index)));
        return holder switch { Actor.Members => Actor.Officers, Actor.Officers => Actor.Members, _ => null };
    }

    /// <summary>The governing verb is near the start (or, for a lead-in, the end); bounding the text keeps a pathological clause linear.</summary>
    private const int MaxExamined = 1500;

    private static string Prepare(string text)
    {
        if (text.Length > 2 * MaxExamined) text = text[..MaxExamined] + ". " + text[^MaxExamined..];
        // "A member of staff" is staff, not a member.
        var lower = " " + text.ToLowerInvariant().Replace("members of the public", "the public", StringComparison.Ordinal)
            .Replace("members of staff", "staff", StringComparison.Ordinal).Replace("member of staff", "staff", StringComparison.Ordinal).Replace('\n', ' ') + " ";
        // "Should the matter remain unresolved, …" is a condition, not a duty.
        lower = InvertedCondition().Replace(lower, "${lead}if ");
        // "the Members' Code of Conduct" names a document, not a party the clause addresses.
        return PartyDocument().Replace(lower, " code");
    }

    /// <summary>
    /// A clause with no governing verb addresses the party its first sentence opens with ("Officers give advice to
    /// members …"); one that opens with neither side ("This protocol guides relations between members and officers")
    /// addresses nobody in particular.
    /// </summary>
    private static Actor NoVerbActor(string lower)
    {
        var end = lower.IndexOfAny(['.', ';', ':', '?', '!']);
        var sentence = end < 0 ? lower : lower[..end];
        // "If conciliation … is not possible, officers can have recourse …": the main clause comes after the condition.
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && System.Text.RegularExpressions.Regex.IsMatch(sentence, @"^\s*(?:if|where|when|whilst|while|although|unless)\b")) sentence = sentence[(comma + 1)..];
        var head = " " + string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)) + " ";
        if (ThingSubject().IsMatch(head) || CouncilOpens().IsMatch(head)) return Actor.General;
        if (ActorOfSubject(head) is var subject and not Actor.General)
            // "Elected members are accountable to the electorate. Employees are accountable to the Council.": the sides in turn.
            return subject is Actor.Members or Actor.Officers && SentenceHeads(lower).Contains(subject == Actor.Members ? Actor.Officers : Actor.Members) ? Actor.Both : subject;
        var mentioned = ActorFromMentions(lower);
        return mentioned is Actor.Members or Actor.Officers or Actor.Both ? Actor.General : mentioned;
    }

    /// <summary>The side each sentence of the clause opens with (its first four words), where it opens with one side only.</summary>
    private static IEnumerable<Actor> SentenceHeads(string lower)
    {
        foreach (var sentence in lower.Split(['.', ';', '?', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            var head = " " + string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)) + " ";
            // "They serve all members …": a sentence that opens on a pronoun goes on about the side before it.
            if (PronounOpens().IsMatch(head)) continue;
            if (!ThingSubject().IsMatch(head) && ActorOfSubject(head) is var side and (Actor.Members or Actor.Officers)) yield return side;
        }
    }

    /// <summary>A sentence that opens on a pronoun, and so refers back to a subject already named.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:they|it|he|she|we|this|these|those|their|its|his|her)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PronounOpens();

    /// <summary>The item's own named subject and verb ("Officers shall …", "… must be treated … by the Officers"), or null when it names none.</summary>
    private static ClauseContext? OwnSubject(string lower)
    {
        if (FirstModal(lower) is not { } modal) return null;
        if (PassiveAgent().Match(lower, modal.Position) is { Success: true } agent && ActorOfSubject(" " + agent.Groups["agent"].Value + " ") is var byWhom and not Actor.General)
            return new ClauseContext(byWhom, modal.Modality);
        var named = ActorOfSubject(SubjectBefore(lower, modal.Position));
        // "Employees should not be asked to …" as an item: what is done to one side is the other side's to do.
        if (named is Actor.Members or Actor.Officers && PassiveNoAgent().Match(lower, modal.Position) is { Success: true } passive)
            return new ClauseContext(passive.Groups["council"].Success ? Actor.Council : named == Actor.Members ? Actor.Officers : Actor.Members, modal.Modality);
        return named is not Actor.General ? new ClauseContext(named, modal.Modality) : null;
    }

    /// <summary>"Councillors give political direction. Equally, they must respect …": "they" is the previous sentence's subject.</summary>
    private static Actor? PreviousSubject(string lower, int sentenceStart)
    {
        var previous = lower[..(sentenceStart - 1)];
        var from = LastSentenceStart(previous);
        var head = " " + string.Join(' ', previous[from..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)) + " ";
        return ActorOfSubject(head) is var actor and (Actor.Members or Actor.Officers) ? actor : null;
    }

    /// <summary>
    /// A clause about the protocol itself ("This Protocol applies to all councillors and officers", "The purpose of this
    /// protocol is …") addresses nobody in particular, unless a later sentence puts a duty on a side.
    /// </summary>
    private static ClauseContext? AboutTheProtocol(string lower)
    {
        var end = lower.IndexOfAny(['.', ';', '?', '!']);
        var first = end < 0 ? lower : lower[..end];
        if (!ProtocolItself().IsMatch(first)) return null;
        // Its own verb, straight after the protocol it names ("This protocol will be reviewed", "It should be read with …"),
        // is its force; a verb inside what it describes ("sets out how members are expected to …") is not. Later sentences
        // that go on about the protocol add nothing; a later sentence whose subject is a side ("Members must …") is a duty.
        const int MaxSubjectWords = 4;
        var modality = FirstModal(" " + first + " ") is { } own && first[..Math.Min(own.Position, first.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSubjectWords
            ? own.Modality : Modality.None;
        for (var from = end < 0 ? lower.Length : end + 1; from < lower.Length;)
        {
            var stop = lower.IndexOfAny(['.', ';', '?', '!'], from);
            var sentence = " " + lower[from..(stop < 0 ? lower.Length : stop)] + " ";
            from = stop < 0 ? lower.Length : stop + 1;
            if (ProtocolItself().IsMatch(sentence) || FirstModal(sentence) is not { } modal) continue;
            var later = FromFirstModal(sentence);
            if (later.Actor is not (Actor.General or Actor.Council) && ActorOfSubject(MainSubject(SubjectBefore(sentence, modal.Position))) is not (Actor.General or Actor.Council))
                return null;
            if (modality == Modality.None) modality = later.Modality;
        }
        return new ClauseContext(Actor.General, modality);
    }

    /// <summary>
    /// A clause whose sentences put duties on members and on officers in turn ("Officers should refer to … . The Elected
    /// Mayor and Councillors should similarly …") addresses both.
    /// </summary>
    private static ClauseContext BothSides(string lower, ClauseContext first)
    {
        // "Staff can expect members to: • treat them with dignity; • recognise that junior staff may …": the items complete
        // the one expectation, whatever sides their own words name.
        if (first.Actor is not (Actor.Members or Actor.Officers) || first.Modality == Modality.CanExpect) return first;
        var other = first.Actor == Actor.Members ? Actor.Officers : Actor.Members;
        var from = 0;
        while (from < lower.Length)
        {
            var end = lower.IndexOfAny(['.', ';', '?', '!'], from);
            var sentence = " " + lower[from..(end < 0 ? lower.Length : end)] + " ";
            // A passive sentence's actor is its agent (or the side that would ask), not its grammatical subject.
            // "… the Chair will refer it to the Staffing Committee": whoever handles the matter on the way is not addressed.
            if (FirstModal(sentence) is { } modal && !HandlesTheMatter().IsMatch(sentence, modal.Position)
                && ActorOfSubject(MainSubject(SubjectBefore(sentence, modal.Position))) == other && FromFirstModal(sentence).Actor == other)
                return first with { Actor = Actor.Both };
            // "Members must not …, and staff must not …": a second main clause with a side of its own as subject.
            if (SecondMainClause().Match(sentence) is { Success: true } second && ActorOfSubject(" " + second.Groups["party"].Value + " ") == other)
                return first with { Actor = Actor.Both };
            if (end < 0) break;
            from = end + 1;
        }
        return first;
    }

    private static ClauseContext FromFirstModal(string lower)
    {
        var commitments = lower.IndexOf(" commitments to ", StringComparison.Ordinal);
        if (commitments > 0) return new ClauseContext(ActorOf(lower[..commitments] + " ", lower, Actor.General), Modality.Will);
        if (FirstModal(lower) is not { } modal) return new ClauseContext(NoVerbActor(lower), Modality.None);

        var sentenceStart = LastSentenceStart(lower[..modal.Position]);
        var sentence = lower[sentenceStart..];
        if (modal.Modality == Modality.ShouldNot && lower.AsSpan(modal.Position).StartsWith(" is not appropriate for"))
            return new ClauseContext(ActorFromMentions(lower[modal.Position..]), Modality.ShouldNot);
        // "Members can expect officers to …": the party expected to act owes the behaviour and is addressed, not the side
        // that may expect it.
        if (modal.Modality is Modality.CanExpect or Modality.EntitledTo && ExpectedParty(lower, modal.Position, atModal: true) is { } expected) return new ClauseContext(expected, modal.Modality);
        var main = MainSubject(SubjectBefore(lower, modal.Position));
        // "Neither the Mayor nor any Member may …", "No officer will …": a negative subject negates the verb.
        // "No councillor, including the Chairman, may …": a negative subject set off by a parenthesis negates the verb too.
        if (NegativeSubject().IsMatch(main) || (NegativeSubject().IsMatch(SubjectBefore(lower, modal.Position)) && !main.Contains(" not ", StringComparison.Ordinal)))
            modal = (modal.Position, Negate(modal.Modality));
        // "… must be treated with strict confidence by the Officers concerned": the agent of a passive duty acts.
        if (PassiveAgent().Match(lower, modal.Position) is { Success: true } agent && ActorOfSubject(" " + agent.Groups["agent"].Value + " ") is var byWhom and not Actor.General)
            return new ClauseContext(byWhom, modal.Modality);
        // "A councillor who has concerns about the conduct of an employee should raise them …": the head of the subject.
        if (RelativeHead(SubjectBefore(lower, modal.Position)) is { } head && !PassiveNoAgent().IsMatch(lower, modal.Position))
            return new ClauseContext(head, modal.Modality);
        // "Training on this protocol will be given to all new members": what the authority provides is the council's.
        if (TrainingSubject().IsMatch(main) && ProvidedPassive().IsMatch(lower, modal.Position))
            return new ClauseContext(Actor.Council, modal.Modality);
        // "Complaints that a councillor has breached the Code should be sent to …": a thing or a procedure is the subject,
        // whoever its words name.
        // "Enquiries from ward councillors will be answered within ten days": what one side sends, handled with no actor
        // named, is the other side's to handle.
        if (SideRequest().Match(main) is { Success: true } request && HandledPassive().IsMatch(lower, modal.Position)
            && ActorOfSubject(" " + request.Groups["party"].Value + " ") is Actor.Members or Actor.Officers)
            return new ClauseContext(ActorOfSubject(" " + request.Groups["party"].Value + " ") == Actor.Members ? Actor.Officers : Actor.Members, modal.Modality);
        if (ThingSubject().IsMatch(main)) return new ClauseContext(ActorOfThing(SubjectBefore(lower, modal.Position)), modal.Modality);
        // "There must be mutual trust between councillors and staff": the parties the sentence names.
        if (ExistentialSubject().IsMatch(main))
        {
            var stop = lower.IndexOfAny(['.', ';', '?', '!'], modal.Position);
            return new ClauseContext(ActorFromMentions(lower[modal.Position..(stop < 0 ? lower.Length : stop)]), modal.Modality);
        }
        var subjectActor = PronounSubject().IsMatch(SubjectBefore(lower, modal.Position)) && sentenceStart > 1 && PreviousSubject(lower, sentenceStart) is { } before
            ? before
            : ActorOf(SubjectBefore(lower, modal.Position), sentence, ActorFromMentions(lower));
        // "Officers must not be asked to …", "Members should be kept informed": with no actor named, what is done to one
        // side is the other side's to do; "Members will be offered training" is the council's, as employer.
        // "Members and officers will be offered training": both sides provided for by the authority.
        if (PassiveNoAgent().Match(lower, modal.Position) is { Success: true } provided && provided.Groups["council"].Success && ActorOfSubject(SubjectBefore(lower, modal.Position)) == Actor.Both)
            return new ClauseContext(Actor.Council, modal.Modality);
        if (PassiveNoAgent().Match(lower, modal.Position) is { Success: true } passive && ActorOfSubject(SubjectBefore(lower, modal.Position)) is Actor.Members or Actor.Officers)
            return new ClauseContext(passive.Groups["council"].Success ? Actor.Council : subjectActor == Actor.Members ? Actor.Officers : Actor.Members, modal.Modality);
        return new ClauseContext(subjectActor, modal.Modality);
    }

    /// <summary>
    /// The actor named by a subject. A conditional ("If an officer …, they should") names it before the comma, and a
    /// pronoun points back to the first party the sentence names; failing both, <paramref name="fallback"/>.
    /// </summary>
    private static Actor ActorOf(string subject, string sentence, Actor fallback)
    {
        // "Close familiarity between members and officers can damage trust, and should be avoided": a second predicate
        // of the same subject, not a clause of its own.
        subject = SecondPredicate().Replace(subject, " ");
        var cut = new[] { ", ", " then ", " but " }.Max(sep => subject.LastIndexOf(sep, StringComparison.Ordinal));
        if (cut > 0)
        {
            // "Where a member and an officer are related, they should tell …": "they" are the two the condition joins.
            if (PronounSubject().IsMatch(subject[(cut + 2)..]) && Conjoined().IsMatch(subject[..cut])) return Actor.Both;
            var main = ActorOfSubject(" " + subject[(cut + 2)..]);
            if (main != Actor.General) return main;
            if (FirstPartyIn(subject) is var named && named != Actor.General) return named;
        }
        var whole = ActorOfSubject(subject);
        if (whole != Actor.General) return whole;
        return FirstPartyIn(sentence) is var first && first != Actor.General ? first : fallback;
    }

    /// <summary>
    /// Whose a thing is when a clause's subject is one: the complainant it names ("A complaint by a member …") or the one an
    /// opening condition says has the concern ("If a member is dissatisfied with …, the matter should be raised …");
    /// otherwise nobody in particular ("Complaints that a councillor has breached the Code are sent to …").
    /// </summary>
    private static Actor ActorOfThing(string subject)
    {
        var m = Complainant().Match(subject);
        if (!m.Success) m = ConcernedParty().Match(subject);
        return m.Success ? ActorOfSubject(" " + m.Groups["party"].Value + " ") : Actor.General;
    }

    /// <summary>The subject of the main clause: after an opening condition ("If an officer …, the matter should …").</summary>
    private static string MainSubject(string subject)
    {
        var cut = new[] { ", ", " then " }.Select(sep => (At: subject.LastIndexOf(sep, StringComparison.Ordinal), sep.Length)).MaxBy(x => x.At);
        return cut.At > 0 ? " " + subject[(cut.At + cut.Length)..] : subject;
    }

    private static Actor ActorOfSubject(string subject)
    {
        if (ContainsAny(subject, StatutoryTerms) && !ContainsAny(Remove(subject, StatutoryTerms), OfficerTerms.Concat(MemberTerms)))
            return Actor.StatutoryOfficers;
        if (ContainsAny(subject, GroupTerms) && !ContainsAny(Remove(subject, GroupTerms), OfficerTerms)) return Actor.PoliticalGroups;
        var mentioned = ActorFromMentions(subject);
        // "An elected member who is dissatisfied with the conduct of an employee": the first party named is the head of
        // the subject, the other is inside what qualifies it; only "members and officers" joined make both.
        if (mentioned == Actor.Both && !Conjoined().IsMatch(subject) && !IsMutual(subject))
            return FirstPartyIn(subject);
        return mentioned == Actor.Council && !subject.TrimStart().StartsWith("the council", StringComparison.Ordinal) && !subject.TrimStart().StartsWith("the authority", StringComparison.Ordinal) && !subject.TrimStart().StartsWith("councils", StringComparison.Ordinal)
            ? Actor.General : mentioned;
    }

    private static Actor ActorFromMentions(string text)
    {
        // "advice … is provided by the Monitoring Officer": who provides something is not whom the clause addresses.
        text = ProvidedBy().Replace(text, " ");
        var withoutStatutory = Remove(text, StatutoryTerms);
        var members = ContainsAny(withoutStatutory, MemberTerms);
        var officers = ContainsAny(withoutStatutory, OfficerTerms);
        if ((members && officers) || IsMutual(text)) return Actor.Both;
        if (members) return Actor.Members;
        if (officers) return Actor.Officers;
        if (ContainsAny(text, StatutoryTerms)) return Actor.StatutoryOfficers;
        if (ContainsAny(text, GroupTerms)) return Actor.PoliticalGroups;
        if (ContainsAny(text, ["council", "councils", "authority"])) return Actor.Council;
        return Actor.General;
    }

    /// <summary>"Each other", "both", "neither should …"; but "neither the Mayor nor any Member" names its parties.</summary>
    private static bool IsMutual(string text) =>
        MutualTerms.Any(w => w != "neither" && IndexOfWord(text, w) >= 0) || (IndexOfWord(text, "neither") >= 0 && IndexOfWord(text, "nor") < 0);

    /// <summary>The party named first in a sentence, for resolving "they".</summary>
    private static Actor FirstPartyIn(string sentence)
    {
        var withoutStatutory = Remove(sentence, StatutoryTerms);
        var member = FirstIndexOfAny(withoutStatutory, MemberTerms);
        var officer = FirstIndexOfAny(withoutStatutory, OfficerTerms);
        if (member < 0 && officer < 0) return Actor.General;
        if (officer < 0 || (member >= 0 && member < officer)) return Actor.Members;
        return Actor.Officers;
    }

    /// <summary>A modal an item opens with ("Must remember…", "We will not…", "They should…"): the item's own verb, not one buried in a relative clause.</summary>
    private static Modality? LeadingModal(string lower)
    {
        const int MaxSubjectWords = 2;
        if (FirstModal(lower) is not { } modal) return null;
        var before = lower[..modal.Position].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length <= MaxSubjectWords && !lower[..modal.Position].Contains(',', StringComparison.Ordinal) ? modal.Modality : null;
    }

    private static (int Position, Modality Modality)? FirstModal(string lower) => FindModal(lower, last: false);

    private static (int Position, Modality Modality)? LastModal(string lower) => FindModal(lower, last: true);

    private static (int Position, Modality Modality)? FindModal(string lower, bool last)
    {
        (int Position, int Length, Modality Modality)? best = null;
        foreach (var (phrase, modality) in Modals)
        {
            var at = last ? LastIndexOfWord(lower, phrase) : IndexOfWord(lower, phrase);
            if (at < 0) continue;
            var better = best is null
                || (last ? at + phrase.Length > best.Value.Position + best.Value.Length : at < best.Value.Position)
                || (at == best.Value.Position && phrase.Length > best.Value.Length);
            if (better) best = (at, phrase.Length, modality);
        }
        return best is { } b ? (b.Position, b.Modality) : null;
    }

    private static int LastSentenceStart(string text)
    {
        for (var i = text.Length - 2; i > 0; i--)
            if (text[i] is '.' or ';' or '?' or '!' && text[i + 1] == ' ') return i + 1;
        return 0;
    }

    /// <summary>The words of the modal's sentence that come before it: its grammatical subject, roughly.</summary>
    private static string SubjectBefore(string lower, int modalAt)
    {
        var start = LastSentenceStart(lower[..modalAt]);
        return " " + lower[start..modalAt] + " ";
    }

    private static bool StartsNegated(string lower)
    {
        var t = lower.TrimStart();
        return t.StartsWith("not ", StringComparison.Ordinal) || t.StartsWith("never ", StringComparison.Ordinal) || t.StartsWith("no ", StringComparison.Ordinal);
    }

    private static Modality Negate(Modality m) => m switch
    {
        Modality.Must => Modality.MustNot,
        Modality.Should => Modality.ShouldNot,
        Modality.Will => Modality.WillNot,
        Modality.May => Modality.MayNot,
        _ => m,
    };

    private static bool ContainsAny(string text, IEnumerable<string> words) => words.Any(w => IndexOfWord(text, w) >= 0);

    private static int FirstIndexOfAny(string text, IEnumerable<string> words) =>
        words.Select(w => IndexOfWord(text, w)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();

    /// <summary>Blanks out whole-word occurrences (followed by punctuation too), longest phrases first so "monitoring officer" goes before "officer".</summary>
    private static string Remove(string text, IEnumerable<string> words)
    {
        var chars = text.ToCharArray();
        var current = text;
        foreach (var w in words.OrderByDescending(w => w.Length))
        {
            var changed = false;
            for (var at = IndexOfWord(current, w, 0); at >= 0; at = IndexOfWord(current, w, at + w.Length))
            {
                Array.Fill(chars, ' ', at, w.Length);
                changed = true;
            }
            if (changed) current = new string(chars);
        }
        return current;
    }

    /// <summary>Ordinal search for a phrase standing as whole words.</summary>
    private static int IndexOfWord(string text, string phrase, int start = 0)
    {
        for (var from = start; ;)
        {
            var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            if (IsWordAt(text, at, phrase.Length)) return at;
            from = at + 1;
        }
    }

    private static int LastIndexOfWord(string text, string phrase)
    {
        for (var from = text.Length - 1; from >= 0;)
        {
            var at = text.LastIndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            if (IsWordAt(text, at, phrase.Length)) return at;
            from = at - 1;
        }
        return -1;
    }

    private static bool IsWordAt(string text, int at, int length)
    {
        var before = at == 0 ? ' ' : text[at - 1];
        var end = at + length;
        var after = end >= text.Length ? ' ' : text[end];
        return !char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after) && after != '-' && before != '-';
    }

    /// <summary>
    /// How a clause's "addressed to" was read, for its provenance: from the subject of its governing verb (sure), from its
    /// list's lead-in (sure when the lead-in names a subject), or only from the parties it mentions (unsure).
    /// </summary>
    public static (string Method, string Evidence, string? Concern) ExplainAddressedTo(string text, Actor actor, string? leadIn)
    {
        var lower = Prepare(text);
        var evidence = Flat(text);
        if (ExplainExpectation(lower, actor) is { } expectation) return (expectation.Method, evidence, expectation.Concern);
        if (FirstModal(lower) is { } modal)
        {
            var subject = SubjectBefore(lower, modal.Position);
            if (actor == Actor.Both && ActorOfSubject(subject) is Actor.Members or Actor.Officers)
                return ("subjects of its duties: sentences on members and on officers", evidence, null);
            if (ActorOfSubject(subject) == actor || PassiveAgent().IsMatch(lower, modal.Position))
                return ("subject of its governing verb", evidence, null);
        }
        if (leadIn is not null)
        {
            var lead = Prepare(leadIn);
            if (ExplainExpectation(lead, actor) is { } expected) return ("its list's lead-in: " + expected.Method, Flat(leadIn), expected.Concern);
            return LastModal(lead) is { } m && ActorOfSubject(SubjectBefore(lead, m.Position)) == actor
                ? ("subject of its list's lead-in", Flat(leadIn), null)
                : ("its list's lead-in", Flat(leadIn), "the lead-in names no subject; read from the parties it mentions");
        }
        return actor == Actor.General
            ? ("no party named", evidence, null)
            : ("parties the clause mentions", evidence, "no verb says who must act; read from the parties the clause mentions");
    }

    /// <summary>How an expectation's actor was read: the party it names to act (sure), or only the other side of who may expect it (unsure).</summary>
    private static (string Method, string? Concern)? ExplainExpectation(string lower, Actor actor)
    {
        var end = lower.IndexOfAny(['.', ';', '?', '!']);
        if (ExpectedObject().Match(end < 0 ? lower : lower[..end]) is not { Success: true } m) return null;
        if (m.Groups["party"].Success)
            return ActorOfSubject(" " + m.Groups["party"].Value + " ") == actor ? ("the party the expectation names to act", null) : null;
        return actor is Actor.Members or Actor.Officers
            ? ("the other side of the one who may expect it", "the text does not say who is to meet the expectation; read as the other side")
            : null;
    }

    private static string Flat(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:members?|councillors?|elected\s+mayor)\s+(?:and|or|nor|&|and/or)\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?:officers?|employees?|staff|(?:town\s+|parish\s+|community\s+)?clerks?)\b|\b(?:officers?|employees?|staff|(?:the\s+)?(?:town\s+|parish\s+|community\s+)?clerks?)\s+(?:and|or|nor|&|and/or)\s+(?:the\s+|an?\s+)?(?:elected\s+)?(?:members?|councillors?|leader|mayor|chair(?:man)?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Conjoined();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:the\s+)?(?:members?|councillors?|employees?|officers?)['’]?\s+code\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PartyDocument();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:provided|given|issued|offered|available)\s+(?:by|from)\s+(?:the\s+)?(?:monitoring officer|chief executive|head of (?:the )?paid service|section 151 officer|s151 officer|chief financ(?:e|ial) officer)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProvidedBy();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:equally|similarly|however|also|likewise|in\s+turn),?\s+)?they\s*(?:,\s*(?:however|too|also),?\s*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PronounSubject();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<lead>^\s*|[.;:]\s+)should\s+(?=(?:the|a|an|this|that|it|they|there|he|she|any|such|no|your|their)\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InvertedCondition();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:this|the|our)\s+(?:protocol|guide|guidance|document|procedure|code\s+of\s+practice)\b|the\s+(?:purpose|aim|object|objective)\s+of\s+(?:this|the)\s+(?:protocol|guide|guidance|document|procedure)\b|its\s+(?:purpose|aim|object|objective)\b|it\s+(?:applies|forms|supplements|sets\s+out|describes|explains|offers|gives\s+guidance|does\s+not|should\s+be\s+read|is\s+(?:part|intended|adopted|based))\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProtocolItself();

    /// <summary>A passive duty with no actor named: "must not be asked to", "should be kept informed", "will be offered", "are entitled to be treated".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[a-z]+(?:\s+not|\s+never)?(?:\s+entitled)?(?:\s+always)?(?:\s+to)?\s+be\s+(?:(?<council>offered|provided\s+with|trained|given\s+training|treated\s+(?:any\s+)?less\s+favourably|protected\s+from\s+(?:victimi[sz]ation|detriment|reprisals?))|asked|required|pressed|pressured|pressurised|put\s+under|instructed|directed|approached|contacted|telephoned|phoned|rung|e-?mailed|lobbied|canvassed|given|sent|shown|protected|kept\s+informed|informed|consulted|briefed|copied|told|treated|subjected|criticised|criticized|bullied|harassed|victimised|victimized|undermined|drawn\s+into|involved\s+in)\b(?![^.;]{0,80}?\bby\s+(?:the\s+|an?\s+|any\s+|all\s+)?[a-z]+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PassiveNoAgent();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[a-z]+(?:\s+not|\s+never)?(?:\s+entitled)?(?:\s+always)?(?:\s+to)?\s+be\s+[a-z]+(?:ed|en|t)\b[^.;]{0,80}?\bby\s+(?<agent>(?:the\s+|all\s+|any\s+|an?\s+)?(?:relevant\s+|individual\s+|elected\s+)?(?:officers?|employees?|staff|members?|councillors?))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PassiveAgent();

    /// <summary>A subject that is what one side sends: "enquiries from ward members", "requests from councillors for information", "members' letters".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:a|an|the|any|all)\s+)?(?:(?:enquir(?:y|ies)|requests?|letters?|e-?mails?|questions?|queries|query|correspondence|casework)\s+(?:from|by)\s+(?:(?:the|an?|any|all|individual|ward|local|elected|division)\s+)*(?<party>members?|councillors?|officers?|employees?|staff)\b|(?:(?:ward|local|elected|division)\s+)?(?<party>members?|councillors?)['’]?s?\s+(?:enquir(?:y|ies)|requests?|letters?|e-?mails?|questions?|queries|correspondence|casework)\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SideRequest();

    /// <summary>A passive that handles what was sent, with no one named: "will be answered", "should be dealt with promptly".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[a-z]+(?:\s+not)?(?:\s+(?:normally|always|usually|promptly))?\s+be\s+(?:promptly\s+)?(?:answered|dealt\s+with|replied\s+to|responded\s+to|acknowledged|handled|actioned)\b(?![^.;]{0,80}?\bby\s+(?:the\s+|an?\s+|any\s+|all\s+)?[a-z]+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HandledPassive();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?:and|but)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SecondPredicate();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*there\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ExistentialSubject();

    /// <summary>A subject that is a thing or a procedure, not a party: "Complaints about …", "The matter", "Any grievance".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:a|an|the|any|all|such|these|this|formal|informal|further)\s+)*(?:[a-z]+\s+)?(?:complaints?|concerns?|grievances?|disputes?|problems?|difficulties|appeals?|records?|matters?|releases?|publications?|letters?|correspondence|reasons|minutes)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ThingSubject();

    /// <summary>The party after "expect": "expect officers to", "expect from Members", "expect the following from Officers", "expect of the Clerk", "expect that councillors will", "expect from the Elected Mayor"; or a passive "expect to be".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bexpect\s+(?:(?:(?:the\s+following|these|this)(?:\s+[a-z]+){0,3}\s+)?(?:from|of)\s+|that\s+)?(?:(?:the|all|their|its|any|an?|individual|elected|relevant|ward|senior|chief|corporate|strategic|executive|council|county|borough|district|town|parish|cabinet|other)\s+)*(?:(?<party>members?|councillors?|officers?|employees?|staff|clerks?|directors?|heads?\s+of\s+service|managers?|monitoring\s+officer|chief\s+executive|mayors?|leaders?|portfolio\s+holders?)\b|(?<passive>to\s+be\b))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ExpectedObject();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:neither|no|none)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NegativeSubject();

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]\s+(?:and|but|while|whilst)\s+(?:the\s+|all\s+|individual\s+|elected\s+)?(?<party>members?|councillors?|officers?|employees?|staff)\s+(?:must|should|shall|will|may|are\s+expected|are\s+required|have\s+a\s+duty)\b(?!\s+(?:not\s+|never\s+|always\s+)?be\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SecondMainClause();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:by|from)\s+(?:an?\s+|the\s+|any\s+|another\s+)?(?:elected\s+)?(?<party>members?|councillors?|officers?|employees?|staff|clerk)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Complainant();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:if|where|when|in\s+the\s+event\s+that)\s+(?:an?|the|any)\s+(?:elected\s+)?(?<party>members?|councillors?|officers?|employees?|staff|clerk)\b[^,]{0,40}?\b(?:concern|dissatisf|unhappy|complain|aggrieved|believes|considers|feels)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ConcernedParty();

    /// <summary>A modal whose verb handles the matter on its way: "will refer it", "should report the matter", "will try to resolve it".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*[a-z]+(?:\s+not)?\s+(?:then\s+|first\s+|normally\s+|usually\s+)?(?:refer|report|pass|discuss|resolve|deal\s+with|consider|investigate|look\s+into|try\s+to\s+resolve|seek\s+to\s+resolve|arrange|decide|hear)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HandlesTheMatter();

    /// <summary>A sentence that opens with the council as its subject ("The Parish Council employs a Clerk …").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:the\s+)?(?:[a-z]+\s+){0,2}council\s+(?!of\b)[a-z]+s\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CouncilOpens();
}
