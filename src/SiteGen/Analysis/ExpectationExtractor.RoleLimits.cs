using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Two statements of where each side's role stops, read by their construction rather than by phrases (FORMAT.md's
/// settled cases "Instructing officers" and "Serving the authority as a whole"): a member who may not instruct officers
/// ("No individual councillor may give instructions to the Clerk", "Cabinet Members have no power to instruct officers"),
/// and officers answerable to the authority as a whole ("Officers are employed by the Council as a whole"), which the
/// general reader passes over because neither has a modal verb of duty or the words the taxonomy's phrases use.
/// Every pattern here is run on one sentence at a time, with bounded gaps and no nested quantifiers, and NonBacktracking
/// where a gap is long, so its cost stays linear in the clause.
/// </summary>
internal sealed partial class ExpectationExtractor
{
    /// <summary>The canonical expectation a member's limit on instructing officers states; absent when a taxonomy has no such id.</summary>
    public const string UnderstandingOfRoles = "understanding-of-roles-and-pressures";

    /// <summary>The canonical expectation officers answerable to the authority as a whole state; absent when a taxonomy has no such id.</summary>
    public const string WholeAuthority = "commitment-to-the-authority-as-a-whole";

    /// <summary>
    /// Adds what the clause states by these two constructions. <paramref name="list"/> is the direction of the list the
    /// clause is an item of (null for a free-standing clause), and <paramref name="leadIn"/> that list's lead-in, whose
    /// prohibition ("Councillors must not:") governs an item that has none of its own.
    /// </summary>
    private void AddRoleLimits(Clause clause, Direction? list, string? leadIn, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        var roles = _roleIds.Contains(UnderstandingOfRoles);
        var whole = _roleIds.Contains(WholeAuthority);
        if (!roles && !whole) return;
        var leadInForbids = leadIn is not null && Forbidding().IsMatch(LastSegment(leadIn));
        // The subject of the sentence before: what "they" (or a half sentence or an item with no subject) stands for ("A
        // Convener will work closely with the chief officer, but may not instruct employees").
        var earlier = list;
        foreach (var segment in Parties.Segments(clause.Text))
        {
            var sentence = segment.Text;
            var previous = earlier;
            earlier = SubjectSide(sentence[..Math.Min(sentence.Length, Reach)], previous);
            if (roles && ForbidsInstructing(sentence, previous, leadInForbids) is { } instruction)
                Add(clause, UnderstandingOfRoles, Direction.MembersToOfficers, "may not instruct officers", instruction.Value,
                    "sentence saying members may not instruct officers", sentence, found, seen);
            if (roles) AddKeepsOut(clause, sentence, previous, found, seen);
            if (whole && AnswerableToWhole(sentence, previous) is { } answerable)
                Add(clause, WholeAuthority, Direction.OfficersToMembers, "answerable to the authority as a whole", answerable.Value,
                    "sentence saying officers are employed by or answerable to the authority as a whole", sentence, found, seen);
        }
    }

    private static void Add(Clause clause, string id, Direction direction, string phrase, string matched, string method, string sentence,
        ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        if (seen.Add((clause.Id, id, direction)))
            found.Add(new ExpectationStatement(clause.Id, id, direction, StatementForm.General, null, phrase, matched,
                Provenance.Read(method, Words.Excerpt(sentence))));
    }

    private static ImmutableHashSet<string> RoleIds(Taxonomy taxonomy) =>
        taxonomy.Expectations.Select(x => x.Id).Where(id => id is UnderstandingOfRoles or WholeAuthority).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The words of a sentence that say a member may not instruct officers: an instruction ("instruct", "give … instructions",
    /// "issue an instruction", or "direct" officers on a delegated matter) to officers, staff, an employee or the Clerk,
    /// governed by a negation ("must not", "may not", "has no authority to", "is not entitled to", "No councillor may …",
    /// or a lead-in "Members must not:"), whose subject is a member (a councillor, the Mayor, a chair, a Convener, "they"
    /// after a member). Null otherwise: where instructions come from ("The Clerk takes instructions only from the Council"),
    /// someone else who may not instruct ("the Mayor's political staff may not give instructions"), a permission ("The
    /// Leader may instruct the Chief Executive"), or instructions given to someone who is not an officer.
    /// </summary>
    internal static Match? ForbidsInstructing(string sentence, Direction? earlier, bool leadInForbids = false)
    {
        foreach (Match verb in InstructionVerb().Matches(sentence))
        {
            if (verb.Groups["direct"].Success && !DirectedOnDelegated().IsMatch(Window(sentence, verb.Index, Reach))) continue;
            var before = Before(sentence, verb.Index);
            if (Negated(before, leadInForbids) is not { } subjectText) continue;
            if (!verb.Groups["whom"].Success && !OfficerObject(Window(sentence, verb.Index + verb.Length, Reach))) continue;
            if (SubjectSide(subjectText, earlier) == Direction.MembersToOfficers) return verb;
        }
        return null;
    }

    /// <summary>
    /// The words of a sentence that say officers (the Clerk, employees) are employed by, or responsible, accountable or
    /// answerable to, the authority as a whole. Null for members answerable to the electorate, for a member's duty to
    /// recognise it ("Members should recognise that officers are employed by the Council as a whole": the member's), and
    /// for anything not the authority ("the public as a whole").
    /// </summary>
    internal static Match? AnswerableToWhole(string sentence, Direction? earlier)
    {
        foreach (Match m in ToTheWhole().Matches(sentence))
        {
            if (!AuthorityBody().IsMatch(m.Groups["body"].Value) || NotTheAuthority().IsMatch(m.Groups["body"].Value)) continue;
            var who = m.Groups["who"].Value;
            var side = who.Equals("they", StringComparison.OrdinalIgnoreCase) ? earlier : Direction.OfficersToMembers;
            if (side != Direction.OfficersToMembers) continue;
            // "… recognise that officers are employed by …": whose duty it is, is the main clause's.
            var before = Before(sentence, m.Index);
            if (ThatClause().IsMatch(before) && SubjectSide(before, earlier) != Direction.OfficersToMembers) continue;
            return m;
        }
        return null;
    }

    // How far before a verb its subject and negation, and after it its object, are looked for: each verb then costs a
    // bounded amount, so a hostile run-on "sentence" of many verbs stays linear.
    private const int Reach = 240;

    private static string Before(string sentence, int index) => sentence[Math.Max(0, index - Reach)..index];

    private static string Window(string sentence, int index, int length) => sentence.Substring(index, Math.Min(length, sentence.Length - index));

    /// <summary>Whether the verb after <paramref name="before"/> is governed by a negation: the last modal or negation before it is a negation, or the subject is "no one" ("No councillor may …").</summary>
    /// <returns>The words in which to look for the verb's subject (all of <paramref name="before"/>, or the "no one" part
    /// of a sentence that turns on it: "…, and no individual councillor may …"); null when the verb is not negated.</returns>
    private static string? Negated(string before, bool leadInForbids)
    {
        Match? last = null;
        foreach (Match m in Governor().Matches(before)) last = m;
        if (last is null) return leadInForbids && Parties.Mentions(before).IsEmpty ? before : null;
        if (last.Groups["neg"].Success) return before;
        var subject = before[..last.Index];
        if (NoOneSubject().IsMatch(subject)) return before;
        return NoOneAfterBreak().Match(subject) is { Success: true } noOne ? subject[noOne.Index..] : null;
    }

    /// <summary>An officer named straight after the instruction: "to officers", "an employee", "the Town Clerk or other staff", "to any member of staff".</summary>
    private static bool OfficerObject(string after) =>
        Parties.Mentions(after) is [var first, ..] && first.Party == Party.Officers && ObjectLead().IsMatch(after[..first.Index]);

    /// <summary>
    /// The side of a sentence's subject, read before its verb: the first side named after any opening condition, a member's
    /// office (chair, Convener, Leader), or, where it names none ("They …", "No one …", an item of a list), the side named
    /// earlier.
    /// </summary>
    private static Direction? SubjectSide(string before, Direction? earlier)
    {
        if (TheyFirst().IsMatch(before)) return earlier;
        var main = OpeningClause().Match(before) is { Success: true } condition ? condition.Length : 0;
        var mentions = Parties.Mentions(before);
        var subject = mentions.Where(m => m.Index >= main).Cast<(Party Party, int Index, int End)?>().FirstOrDefault()
            ?? (mentions.IsEmpty ? null : mentions[0]);
        // "Members of the Mayor's political staff …": the staff, not members of the council.
        if (subject is { Party: Party.Members } head && mentions.FirstOrDefault(m => m.Index > head.Index && m.Party == Party.Officers) is { Party: Party.Officers } next
            && MembersOfStaff().IsMatch(before[head.End..next.Index]))
            subject = next;
        var office = MemberOffice().Match(before);
        if (office.Success && (subject is null || office.Index < subject.Value.Index)) return Direction.MembersToOfficers;
        if (subject is { } s) return Parties.Towards(s.Party);
        return earlier;
    }

    // "give the Clerk instructions", "give direct instructions to", "issue an instruction to", "instruct staff"; "direct
    // officers" only on a delegated matter (ForbidsInstructing), since directing officers' day-to-day work is read both ways.
    [GeneratedRegex(@"\b(?:instruct(?:s|ing)?|(?:give|giving|issue|issuing)\s+(?:(?:an?|any|direct|such|(?<whom>(?:the\s+)?(?:town\s+|parish\s+)?clerk|officers?|employees?|staff))\s+){0,2}instructions?|(?<direct>direct)(?=\s+(?:how\s+)?(?:(?:an?|any|the|individual)\s+){0,2}(?:officers?|employees?|staff)\b))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InstructionVerb();

    [GeneratedRegex(@"\b(?:(?<neg>not|never|no|neither|cannot|can't)|must|should|shall|will|would|may|might|can|could|need|ought)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Governor();

    [GeneratedRegex(@"^\s*(?:(?:and|but|so|therefore|thus|it\s+follows\s+that|in\s+particular)\s*,?\s+)*(?:neither|" + NoMember + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoOneSubject();

    // "no individual councillor", "No single Parish Councillor", "none of them", "no one": no member, not "no decision".
    private const string NoMember = @"(?:no|none)\s+(?:[\w'’]+\s+){0,3}?(?:councillors?|members?|chair\w*|conven[eo]rs?|mayor|leaders?|one|them)";

    /// <summary>"…, and no individual councillor may …": a "no one" subject opening the last part of the sentence before its modal.</summary>
    [GeneratedRegex(@"(?:[,;:(]|\b(?:and|but|so|that)\b)\s*(?:neither|" + NoMember + @")\b[^,;:]{0,80}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NoOneAfterBreak();

    [GeneratedRegex(@"^\s*(?:to\s+)?(?:(?:the|an?|any|individual|other|junior|named|particular|its|their)\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectLead();

    [GeneratedRegex(@"\b(?:chair(?:man|men|person|persons|woman|s)?|vice[\s-]chair(?:man|person|s)?|conven[eo]rs?|the\s+leader|group\s+leaders?|leaders?\s+of\s+the\s+(?:council|authority)|portfolio\s+holders?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemberOffice();

    /// <summary>An opening subordinate clause up to its comma: "Where a Member asks, ", "Although the Mayor may agree routine matters with the Clerk, ".</summary>
    [GeneratedRegex(@"^\s*(?:where|if|when|whenever|although|though|while|whilst|unless)\b[^,;]{3,200},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex OpeningClause();

    /// <summary>"direct officers on matters delegated to them", "direct officers in the exercise of powers that have been delegated": the matter directed is a delegated one, in the same phrase.</summary>
    [GeneratedRegex(@"^direct\b[^,.;:]{0,80}?\bdelegat", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DirectedOnDelegated();

    [GeneratedRegex(@"\b(?<who>officers?|employees?|staff|(?:town\s+|parish\s+)?clerk|they)\s+(?:are|is)\s+(?:also\s+|therefore\s+)?(?:employed\s+by|responsible\s+to|accountable\s+to|answerable\s+to)\s+(?<body>(?:[\w'’-]+\s+){1,6}?)as\s+a\s+whole\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToTheWhole();

    [GeneratedRegex(@"\b(?:council|authority|board|borough|corporation|organisation|organization|parish|town|city|county|district|service)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorityBody();

    [GeneratedRegex(@"\b(?:electorate|public|community|residents|people|population)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotTheAuthority();

    [GeneratedRegex(@"^\s+of\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’]+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembersOfStaff();

    [GeneratedRegex(@"^\s*(?:(?:and|but|so)\s+)?they\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TheyFirst();

    [GeneratedRegex(@"\bthat\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThatClause();
}
