using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Reads the complaint procedures of a protocol ("If things go wrong", "Complaints", "Grievance" sections) into ordered
/// routes per scenario. Each sentence is read for who complains (a member or an officer), about whom (an officer, a
/// director, the Chief Executive, a service, a member) and to whom it goes: roles after "raise it with", "escalate it
/// to", "recourse to", "for consideration by". Roles joined by "or"/"and/or" are alternatives of one step; a later
/// sentence in the same scenario ("if not satisfied …", "the Monitoring Officer will determine whether …") or a
/// "then …" is the next step. Nothing is ever inferred beyond what a sentence names.
/// </summary>
public sealed partial class EscalationExtractor
{
    private readonly PhraseMatcher<string> _roles;
    private readonly PhraseMatcher<string> _headings;
    private readonly PhraseMatcher<string> _informal;
    private readonly PhraseMatcher<string> _sideRoutes;

    public EscalationExtractor(Taxonomy taxonomy)
    {
        _roles = new(taxonomy.Roles.SelectMany(r => r.Synonyms.Select(s => (r.Id, s))));
        _headings = new(taxonomy.Escalation.Headings.Select(h => ("escalation", h)));
        _informal = new(taxonomy.Escalation.Informal.Select(p => ("informal", p)));
        _sideRoutes = new(taxonomy.Escalation.SideRoutes.SelectMany(s => s.Phrases.Select(p => (s.Id, p))));
    }

    /// <summary>Who the complaint is about.</summary>
    private enum Subject { Officer, SeniorOfficer, ChiefExecutive, Service, Member }

    private sealed record Target(string Role, int Start, int End);

    /// <param name="notAvailable">The document's own statement that its routes are in paragraphs not held, if any.</param>
    public EscalationRoutes Extract(Protocol protocol, NotAvailableNote? notAvailable)
    {
        var steps = Enum.GetValues<Scenario>().ToDictionary(s => s, _ => ImmutableArray.CreateBuilder<EscalationStep>());
        var sideRoutes = ImmutableArray.CreateBuilder<SideRoute>();
        InformalResolution? informal = null;

        var clauses = CandidateClauses(protocol);
        ImmutableArray<string> heading = [];
        Party? complainant = null;
        Scenario? current = null;
        foreach (var clause in clauses)
        {
            if (!clause.HeadingPath.SequenceEqual(heading))
            {
                // A new sub-heading ("Procedure for Officers") starts afresh, with the complainant it names.
                heading = clause.HeadingPath;
                complainant = heading.Length > 0 && ProcedureHeading().IsMatch(heading[^1]) ? Parties.Mentions(heading[^1]).Select(m => (Party?)m.Party).FirstOrDefault() : null;
                current = null;
            }
            foreach (var sentence in Sentences(clause.Text))
            {
                if (informal is null && _informal.Matches(sentence).Length > 0) informal = new InformalResolution(clause.Id, sentence);

                var (foundComplainant, subject, explicitStart) = Read(sentence);
                if (foundComplainant is { } who) complainant = who;
                if (explicitStart || subject is not null)
                {
                    current = complainant is { } c ? ScenarioOf(c, subject ?? (c == Party.Members ? Subject.Officer : Subject.Member)) : null;
                    if (current is null && complainant is not null && subject is not null) { SideRoutesIn(sentence, clause, null); continue; }
                }
                else if (current is null && complainant is { } c2)
                {
                    current = ScenarioOf(c2, c2 == Party.Members ? Subject.Officer : Subject.Member);
                }

                SideRoutesIn(sentence, clause, current);
                if (current is not { } scenario) continue;
                foreach (var group in TargetGroups(sentence))
                {
                    var route = steps[scenario];
                    route.Add(new EscalationStep(route.Count + 1, group, clause.Id, sentence));
                }
            }
        }

        var routes = Enum.GetValues<Scenario>().Select(s => new ScenarioRoute(s,
            steps[s].Count > 0 ? RouteStatus.Stated
            : notAvailable is not null ? RouteStatus.NotAvailable
            : protocol.Metadata.Coverage == Coverage.Extract ? RouteStatus.NotInExtract
            : RouteStatus.NotStated,
            steps[s].ToImmutable())).ToImmutableArray();
        return new EscalationRoutes(informal, routes, sideRoutes.ToImmutable(), notAvailable);

        void SideRoutesIn(string sentence, Clause clause, Scenario? scenario)
        {
            foreach (var m in _sideRoutes.Matches(sentence))
                if (!sideRoutes.Any(r => r.Id == m.Key && r.Scenario == scenario))
                    sideRoutes.Add(new SideRoute(m.Key, scenario, clause.Id, sentence));
        }
    }

    /// <summary>Clauses under a complaints heading; if the protocol has no such heading, clauses that speak of a complaint or grievance.</summary>
    private ImmutableArray<Clause> CandidateClauses(Protocol protocol)
    {
        var all = protocol.AllClauses().ToImmutableArray();
        var underHeading = all.Where(c => c.HeadingPath.Any(h => _headings.Matches(h).Length > 0)).ToImmutableArray();
        return underHeading.IsEmpty ? [.. all.Where(c => ComplaintCue().IsMatch(c.Text))] : underHeading;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>Who complains (the party just before the complaint words), and about whom (the first person or service after "about", "of", "concerns", "relates to").</summary>
    private (Party? Complainant, Subject? Subject, bool ExplicitStart) Read(string sentence)
    {
        var roles = _roles.Occurrences(sentence);
        var cue = ComplaintCue().Match(sentence);
        Party? complainant = null;
        var searchFrom = -1;
        if (cue.Success)
        {
            complainant = PartyMentions(sentence, roles).Where(m => m.Index < cue.Index).Select(m => (Party?)m.Party).LastOrDefault();
            searchFrom = cue.Index + cue.Length;
        }
        Subject? subject = null;
        foreach (Match about in SubjectCue().Matches(sentence))
        {
            var isConcerning = about.Groups["concerning"].Success;
            if (!isConcerning && (searchFrom < 0 || about.Index < searchFrom)) continue;
            subject = SubjectAt(sentence, about.Index + about.Length, roles);
            if (subject is not null) break;
        }
        return (complainant, subject, cue.Success && !cue.Groups["continuation"].Success);
    }

    private static IEnumerable<(Party Party, int Index)> PartyMentions(string sentence, ImmutableArray<PhraseMatch<string>> roles) =>
        Parties.Mentions(sentence)
            .Where(m => !roles.Any(r => m.Index >= r.Start && m.Index < r.End && r.Key is not "elected-mayor"))
            .Select(m => (m.Party, m.Index));

    /// <summary>The first role, person or service named in the few words after a cue.</summary>
    private static Subject? SubjectAt(string sentence, int from, ImmutableArray<PhraseMatch<string>> roles)
    {
        var window = sentence[from..Math.Min(sentence.Length, from + 60)];
        var candidates = new List<(int At, Subject Subject)>();
        foreach (var r in roles.Where(r => r.Start >= from && r.Start < from + window.Length))
        {
            Subject? s = r.Key switch
            {
                "chief-executive" => Subject.ChiefExecutive,
                "director" or "head-of-service" or "monitoring-officer" => Subject.SeniorOfficer,
                "line-manager" => Subject.Officer,
                "elected-mayor" or "leader" or "group-leader" or "group-whip" => Subject.Member,
                _ => null,
            };
            if (s is { } subject) candidates.Add((r.Start - from, subject));
        }
        foreach (var (party, index, _) in Parties.Mentions(window))
            if (!roles.Any(r => from + index >= r.Start && from + index < r.End))
                candidates.Add((index, party == Party.Members ? Subject.Member : Subject.Officer));
        if (ServiceWord().Match(window) is { Success: true } service) candidates.Add((service.Index, Subject.Service));
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.At).Subject;
    }

    private static Scenario? ScenarioOf(Party complainant, Subject subject) => (complainant, subject) switch
    {
        (Party.Members, Subject.Officer) => Scenario.MemberAboutOfficer,
        (Party.Members, Subject.SeniorOfficer) => Scenario.MemberAboutSeniorOfficer,
        (Party.Members, Subject.ChiefExecutive) => Scenario.MemberAboutChiefExecutive,
        (Party.Members, Subject.Service) => Scenario.MemberAboutService,
        (Party.Officers, Subject.Member) => Scenario.OfficerAboutMember,
        _ => null,
    };

    /// <summary>
    /// The roles a sentence sends the matter to, as steps: a role counts when the word before it (fillers like "the",
    /// "appropriate" skipped) is "with", "to", "by" or "ask". Roles joined by "or", "and/or" or commas are one step;
    /// a further group after "or …" joins it, after "then …" is the next step, and after anything else (a purpose:
    /// "ask the Leader to discuss the matter with …") ends the reading.
    /// </summary>
    private IEnumerable<ImmutableArray<string>> TargetGroups(string sentence)
    {
        var roles = _roles.Occurrences(sentence);
        var groups = new List<List<PhraseMatch<string>>>();
        PhraseMatch<string>? previous = null;
        foreach (var role in roles)
        {
            var isTarget = TargetCue().IsMatch(sentence[..role.Start]);
            if (previous is { } p && groups.Count > 0 && groups[^1].Contains(p) && Coordination().IsMatch(sentence[p.End..role.Start]))
            {
                groups[^1].Add(role);
            }
            else if (isTarget)
            {
                if (groups.Count > 0)
                {
                    var gap = sentence[groups[^1][^1].End..role.Start];
                    if (AlternativeGap().IsMatch(gap)) { groups[^1].Add(role); previous = role; continue; }
                    if (!ThenGap().IsMatch(gap)) break;
                }
                groups.Add([role]);
            }
            else
            {
                previous = null;
                continue;
            }
            previous = role;
        }
        return groups.Select(g => g.Select(r => r.Key).Distinct(StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>"Procedure for Officers", "Members' procedure": headings that say who is complaining.</summary>
    // NonBacktracking here and below: ".*" after each "procedure", and whitespace two ways in Coordination, are quadratic on hostile text otherwise.
    [GeneratedRegex(@"\bprocedure\s+for\b|\bprocedure\b.*\b(?:members|officers|councillors)\b|\b(?:members|officers|councillors)['’]?\s+procedure\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ProcedureHeading();

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>Words that open a complaint; "not satisfied with the response" continues one.</summary>
    [GeneratedRegex(@"\b(?:(?<continuation>(?:not\s+satisfied|dissatisfied)\s+with\s+the\s+response)|dissatisfied|not\s+satisfied|complain|complaint|grievance|raise\s+(?:a\s+)?concerns?|wishes\s+to\s+raise|is\s+concerned|are\s+concerned|recourse|unsure\s+how\s+to\s+proceed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComplaintCue();

    /// <summary>Words before the person complained about; "concerning" ones ("Where the matter concerns …") need no complaint word before them.</summary>
    [GeneratedRegex(@"\b(?:(?<concerning>matter\s+concerns|complaint\s+relates\s+to|concerned\s+is|relates\s+to)|about|of|against|concerning)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectCue();

    [GeneratedRegex(@"\bservices?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ServiceWord();

    /// <summary>The text before a role ends with a target word, then only fillers.</summary>
    [GeneratedRegex(@"\b(?:with|(?<!\b(?:relates|relating|related|referring|refers)\s)to|by|ask|asked|approach)\s+(?:(?:the|a|an|their|his|her|appropriate|relevant|council's|council’s|either|senior)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TargetCue();

    [GeneratedRegex(@"^\s*(?:,|/|\band/or\b|\band\b|\bor\b|\beither\b|\bto\b|\bwith\b|\bthe\b|\ba\b|\ban\b|\btheir\b|\brelevant\b|\bappropriate\b|\bcouncil['’]s\b|\s)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Coordination();

    [GeneratedRegex(@"^\s*,?\s*or\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeGap();

    [GeneratedRegex(@"\bthen\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThenGap();
}
