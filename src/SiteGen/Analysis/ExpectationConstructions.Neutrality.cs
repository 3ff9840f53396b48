using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Constructions of political even-handedness and of pressure on an officer whose words a taxonomy phrase cannot hold:
/// what one group says kept from the others, an officer not to be said to back a group, sides not to be taken, and an
/// officer's own decision not to be leaned on. Each is read with the sentence's own direction, as a phrase is.
/// </summary>
internal sealed partial class ExpectationExtractor
{
    /// <summary>Sentence constructions of even-handedness and pressure: (expectation id, what it says, pattern).</summary>
    private static readonly ImmutableArray<(string Id, string Name, Func<Regex> Pattern)> EvenHandedConstructions =
    [
        ("political-neutrality", "what one group says kept from the others", GroupToGroup),
        ("political-neutrality", "an officer not to be said to back a group", SaidToBackAGroup),
        ("political-neutrality", "no side taken", SidesTaken),
        ("political-neutrality", "every group treated alike", GroupsAlike),
        ("freedom-from-bullying-and-undue-pressure", "an officer's own decision not leaned on", OfficerInfluenced),
        ("freedom-from-bullying-and-undue-pressure", "an officer pressed to act", OfficerPressed),
    ];

    /// <summary>
    /// The fixed-direction constructions found in an item of a list ("Officers will: … give the same advice and
    /// information to every councillor"): the lead-in, not the construction, says who owes them.
    /// </summary>
    private IEnumerable<(string Id, string Phrase, string Matched)> ListedFixedMatches(string text)
    {
        foreach (var (id, name, pattern, _) in FixedConstructions)
            if (_ids.Contains(id) && pattern().Match(text) is { Success: true } m)
                yield return (id, name, m.Value);
    }

    /// <summary>
    /// "Questions about the merits of a political decision should be put to the Cabinet Member and not to the officer",
    /// "The committee should direct questions about policy to the portfolio holder": politics is answered by politicians,
    /// so members are not to press officers on it, whoever the sentence's subject is.
    /// </summary>
    private void AddPoliticalQuestions(Clause clause, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        const string Id = "political-neutrality";
        if (!_ids.Contains(Id)) return;
        foreach (var segment in Parties.Segments(clause.Text))
            if (PoliticalQuestionsToPoliticians().Match(segment.Text) is { Success: true } m && seen.Add((clause.Id, Id, Direction.MembersToOfficers)))
                found.Add(new ExpectationStatement(clause.Id, Id, Direction.MembersToOfficers, StatementForm.General, null, "questions of political choice put to politicians", m.Value,
                    Provenance.Read("sentence saying questions of political choice go to the politicians, not to officers", Words.Excerpt(segment.Text))));
    }

    private const string PoliticianTitle = @"(?:(?:relevant|appropriate|responsible)\s+)?(?:cabinet\s+(?:member|portfolio\s+holder)|executive\s+(?:member|councillor)|portfolio\s+holder|(?:elected\s+)?mayor|leader|lead\s+member)";

    /// <summary>
    /// Questions of policy or of a political choice sent to a politician ("should be put to the Executive Member",
    /// "direct questions about political choices to the Cabinet Member"), or officers "not to be questioned on matters of
    /// political policy". Questions to officers about facts ("about the Council's policies and services") name no politician.
    /// </summary>
    [GeneratedRegex(@"\bquestions?\b[^.;]{0,80}?\b(?:politic\w*|polic(?:y|ies)|merits)\b[^.;]{0,80}?\b(?:put|directed|addressed|referred)\s+to\s+(?:the\s+|a\s+)?" + PoliticianTitle + @"\b|\b(?:direct|put|address|refer)\s+(?:any\s+|their\s+|all\s+)?questions?\b[^.;]{0,60}?\b(?:politic\w*|polic(?:y|ies)|merits)\b[^.;]{0,40}?\bto\s+(?:the\s+|a\s+)?" + PoliticianTitle + @"\b|\bnot\s+(?:to\s+)?be\s+questioned\s+(?:on|about)\s+(?:\w+\s+){0,3}?politic\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PoliticalQuestionsToPoliticians();

    /// <summary>
    /// "will not pass it on to any other group", "should not pass to one political group information that a councillor
    /// from another group has given them", "must not ask officers to report on the discussions of another group": what one
    /// group says is not carried to another. Between single members ("about another Member's casework") it is a confidence,
    /// not even-handedness between groups.
    /// </summary>
    [GeneratedRegex(@"\b(?:not|never)\s+(?:\w+\s+)?(?:pass|tell|disclose|reveal|give|report)\b[^.;]{0,80}?\b(?:any\s+other|another|other)\s+(?:political\s+|party\s+)?(?:groups?|parties)\b|\breport\s+on\s+(?:the\s+)?(?:discussions?|business|meetings?)\s+of\s+(?:another|any\s+other|other)\s+(?:political\s+|party\s+)?groups?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupToGroup();

    /// <summary>
    /// "must not suggest that an officer supports a group's policy", "must not use it to suggest that the officer supports
    /// the group's position", "nor … should describe an officer as supporting any political group". A description that an
    /// attendance "does not imply that the officer supports …" forbids nothing.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:must|should|will|shall)\s+(?:not|never)|neither|nor)\b[^.;]{0,40}?\b(?:suggest|imply|claim|say|state|describe|present|portray)\w*\b[^.;]{0,30}?\b(?:officers?|employees?|staff|(?:town\s+|parish\s+)?clerk)\b[^.;]{0,20}?\b(?:supports?|supporting|endorses?|endorsing|backs?|backing)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SaidToBackAGroup();

    /// <summary>"cannot be asked to take a political side", "in a way which could be seen as taking sides between board members".</summary>
    [GeneratedRegex(@"\b(?:take|takes|taking|took)\s+(?:a\s+)?(?:political\s+|party\s+)?sides?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SidesTaken();

    /// <summary>"will treat all groups in the same way", "treat every political group fairly", "treat each party alike".</summary>
    [GeneratedRegex(@"\btreat\s+(?:all|each|every)\s+(?:the\s+)?(?:political\s+|party\s+)?(?:groups?|parties)\s+(?:in\s+the\s+same\s+way|the\s+same|equally|alike|fairly|even-?handedly)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupsAlike();

    /// <summary>
    /// "should not try to influence an officer's decision", "must not seek to influence a planning officer's
    /// recommendation", "must not seek to influence an officer not to raise a concern": an officer's own decision leaned on.
    /// Influence on the advice itself ("seek to influence the professional advice of an employee", "seek to influence an
    /// officer to change their advice") is respect for advice, and influence on an appointment is a matter of appointments.
    /// </summary>
    [GeneratedRegex(@"\b(?:seek|seeks|seeking|try|tries|trying|attempt|attempts|attempting)\s+to\s+influence\s+(?:an?\s+|the\s+|any\s+)(?:\w+\s+)?(?:officer|employee|member\s+of\s+staff|clerk)(?:(?:'s|’s)\s+(?:\w+\s+)?(?:decision|recommendation|judgement|judgment)\b|\s+not\s+to\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficerInfluenced();

    /// <summary>
    /// "should not press an Officer to treat a constituent more favourably", "not pressure officers to change their
    /// advice", "should not press the officer to change it". "The press officer", "a press officer" are the news office.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:the|a)\s)\b(?:press|pressure|pressurise|pressurize)\s+(?:an?\s+|the\s+|any\s+|individual\s+|junior\s+)*(?:officers?|employees?|staff|(?:town\s+|parish\s+)?clerk)\s+(?:[^.;]{0,40}?\s)?(?:not\s+)?to\s+\w+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficerPressed();
}
