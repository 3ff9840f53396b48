using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Reads a protocol's complaint procedures into ordered routes per situation. The situation always comes from words
/// that say whose concern about whom it is: in the sentence ("if an officer is concerned about the behaviour of a
/// councillor"), in an earlier sentence or the lead-in of the same clause, or in the section's heading ("Grievance by an
/// Employee against a Member", "Complaint about the Chief Executive"); never from where a clause stands alone. Steps
/// chain in the order the text gives them, across sentences and sub-items ("first … if not resolved … will refer it
/// to …"); roles joined by "or" are one step. Each role keeps its printed title. Where a route carries on into a clause
/// that neither names the situation again nor says it continues, or the words conflict, the route is
/// <see cref="RouteStatus.NeedsReview"/> with the reason, never stated.
/// </summary>
internal sealed partial class EscalationExtractor
{
    /// <summary>No protocol states more than a handful of steps; a hostile text cannot make a route longer than this.</summary>
    public const int MaxSteps = 12;

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

    /// <summary>Whose concern about whom the text is on at a point, and how firmly its words say so.</summary>
    /// <param name="FromHeading">Read from a heading that governs every clause under it.</param>
    /// <param name="Weak">Not said by the words in force here (carried into a new clause that does not continue it, or inferred), so whatever is read under it needs review.</param>
    /// <param name="Unsaid">Who raises the concern is said nowhere (sentence, clause, section or heading): read as a member only because the protocol is about members and officers.</param>
    private sealed record Context(Party? Complainant, ImmutableArray<Subject> Subjects, string Words, bool FromHeading, bool Weak, bool Implied = false, bool Unsaid = false);

    private sealed class RouteBuilder
    {
        public List<EscalationStep> Steps { get; } = [];
        public List<string> Doubts { get; } = [];
        /// <summary>The sentence (and the words in it) that last named this route's situation in so many words.</summary>
        public (string Sentence, string Words)? NamedBy { get; set; }
    }

    /// <param name="notAvailable">The document's own statement that its routes are in paragraphs not held, if any.</param>
    public EscalationRoutes Extract(Protocol protocol, NotAvailableNote? notAvailable)
    {
        var routes = Enum.GetValues<Scenario>().ToDictionary(s => s, _ => new RouteBuilder());
        var sideRoutes = ImmutableArray.CreateBuilder<SideRoute>();
        InformalResolution? informal = null;

        ImmutableArray<string>? heading = null;
        Context? headingContext = null;
        var sectionContexts = SectionContexts(protocol);
        var clerk = ClerkStanding.Of(protocol.AllClauses().Select(c => c.Text));
        var aliases = EscalationAliases.Of(protocol.AllClauses().Select(c => c.Text), _roles.Occurrences);
        ImmutableArray<Mention> Mentions(string text) => EscalationSentence.Mentions(text, EscalationAliases.Occurrences(text, aliases, _roles.Occurrences(EscalationSentence.WithoutQualifiers(text))));
        List<Scenario> ScenariosOf(Context c) => ScenariosFor(c, clerk.Subject);
        string? optionsOf = null;
        void Add(RouteBuilder route, TargetGroup group, Clause clause, string sentence, Context context)
        {
            var before = route.Steps.Count;
            var last = before > 0 ? route.Steps[^1] : null;
            AddStep(route, group, clause, sentence, context, clerk);
            // Only where the group became a step or a way in at one.
            if (route.Steps.Count == before && (last is null || route.Steps[^1] == last)) return;
            foreach (var doubt in EscalationEvidence.Doubts(group, sentence, _roles.Occurrences,
                optionsOf is not null && clause.Id.StartsWith(optionsOf + "(", StringComparison.Ordinal),
                wasAlternativeAfter: group.IsAlternative && before >= 2 && last is not null && last.Evidence != sentence,
                newStepInSameSentence: route.Steps.Count > before && last is not null && last.Evidence == sentence))
                route.Doubts.Add($"Step {route.Steps.Count} (para {clause.Number}): {doubt}");
        }
        var inEscalationSection = false;
        Context? current = null;
        string? currentRoot = null;
        // Outside a complaints section, whether the clause (with its sub-items) has named a situation that later sentences carry on.
        var rootSituated = false;

        // "Stage 2 – Monitoring Officer": a stage heading that is only a title names its stage's step, where the text under
        // it names none ("If it is not settled, it moves to Stage 2"); where the text names one, the text is the step.
        (TargetGroup Group, Clause Clause, string Heading, Context Context, Dictionary<Scenario, int> Counts)? stage = null;
        void CloseStage()
        {
            if (stage is not { } st) return;
            stage = null;
            foreach (var scenario in ScenariosOf(st.Context))
                if (routes[scenario].Steps.Count == st.Counts[scenario])
                    Add(routes[scenario], st.Group, st.Clause, st.Heading, st.Context);
        }

        foreach (var (clause, root, section) in ClausesWithRoots(protocol))
        {
            if (heading is null || !clause.HeadingPath.SequenceEqual(heading.Value))
            {
                CloseStage();
                heading = clause.HeadingPath;
                headingContext = sectionContexts[section];
                inEscalationSection = headingContext is not null || clause.HeadingPath.Any(h => _headings.Matches(h).Length > 0);
                current = headingContext;
                currentRoot = null;
                if (headingContext is not null && heading.Value.Length > 0 && StageTitle(heading.Value[^1], Mentions) is { } titled)
                    stage = (titled, clause, heading.Value[^1], headingContext, routes.ToDictionary(r => r.Key, r => r.Value.Steps.Count));
            }
            var newClause = currentRoot != root;
            // "The Monitoring Officer will decide whether: (i) …; (ii) …": the sub-items are outcomes to choose from.
            if (optionsOf is not null && !clause.Id.StartsWith(optionsOf + "(", StringComparison.Ordinal)) optionsOf = null;
            if (newClause && !inEscalationSection) { current = null; rootSituated = false; }
            currentRoot = root;
            var firstSentence = true;

            var table = EscalationTable.Read(clause.Text, Mentions);
            foreach (var row in table)
            {
                var context = new Context(row.Complainant, row.Subjects, row.Evidence, FromHeading: false, Weak: false);
                foreach (var scenario in ScenariosOf(context))
                    foreach (var step in row.Steps)
                        Add(routes[scenario], step, clause, row.Evidence, context);
            }

            // A routes table is read by its columns above; read as prose its cells would run into one long sentence.
            foreach (var sentence in Sentences(table.IsEmpty ? clause.Text : clause.Text[..clause.Text.IndexOf('|', StringComparison.Ordinal)]).SelectMany(RunInTitle))
            {
                if (informal is null && _informal.Matches(sentence).Length > 0) informal = new InformalResolution(clause.Id, sentence);
                // "Any person may complain to the Monitoring Officer …": the public's right to complain, not a member/officer route.
                // "Nothing in this procedure prevents an employee from complaining to the Ombudsman": a way out of the procedure, not a step of it.
                if (AnyoneMayComplain().IsMatch(sentence) || OutsideTheProcedure().IsMatch(sentence))
                {
                    SideRoutesIn(sentence, clause, null);
                    continue;
                }
                // "The Chief Executive will report each year to the Standards Committee on the number of concerns": monitoring, no step.
                if (EscalationEvidence.PeriodicReport(sentence))
                {
                    SideRoutesIn(sentence, clause, null);
                    continue;
                }
                var mentions = Mentions(sentence);
                var reading = EscalationSentence.Read(sentence, mentions);

                // An appendix's own title left in the text ("Appendix A – Procedure where an employee has a grievance against a
                // councillor") governs what follows it in the section, as its heading would.
                if (AppendixTitle().IsMatch(sentence) && HeadingContext([sentence]) is { } appendix)
                {
                    headingContext = current = appendix;
                    inEscalationSection = true;
                    SideRoutesIn(sentence, clause, null);
                    continue;
                }

                // Outside a complaints section a sentence counts only if it names the situation itself ("report to their
                // Service Heads any time that a Member … pressurises the officer"); nothing carries in or out of it.
                var namesSituation = reading.HasComplaintCue && reading.Situations.Any(s => s.Subjects.Length > 0 || s.Implied);
                if (!inEscalationSection && !namesSituation && !(rootSituated && reading.Situations.All(s => s.Subjects.IsEmpty)))
                {
                    SideRoutesIn(sentence, clause, null);
                    continue;
                }
                if (!inEscalationSection && namesSituation) rootSituated = true;

                // A clause that neither names the situation nor says it carries on from the last one is not read under it.
                // "Step 2: …" numbers itself as the next step of the procedure the text has named: it carries that on.
                if (newClause && firstSentence && current is { FromHeading: false } carried && reading.Situations.IsEmpty
                    && !reading.Continues && !reading.Groups.Any(g => g.IsPrior) && !NumberedStep().IsMatch(sentence))
                {
                    var lastSteps = ScenariosOf(carried).Where(s => routes[s].Steps.Count > 0).Select(s => routes[s].Steps[^1]).ToList();
                    var firstStepAt = reading.Groups.Where(g => !g.IsPrior).Select(g => g.At).DefaultIfEmpty(sentence.Length).Min();
                    // Titles outside the vocabulary are told apart by their words, not by the role "other" they share.
                    var actorContinues = reading.Actors.Any(a => a != EscalationSentence.OtherRole && lastSteps.Any(st => st.Roles.Contains(a)))
                        // "The Clerk will discuss the matter with …": the holder of the last step, under the title it was given
                        // there (a title outside the vocabulary too), takes the matter on.
                        || mentions.Any(m => m.Role is not null && m.Start < firstStepAt && HolderOpens().IsMatch(sentence[..m.Start])
                            && lastSteps.Any(st => PrintedOf(st).Any(p => Bare(p).Equals(Bare(m.Printed), StringComparison.OrdinalIgnoreCase))));
                    current = actorContinues ? carried : headingContext ?? carried with { Weak = true };
                }
                firstSentence = false;

                var located = inEscalationSection || rootSituated ? current : null;
                // "…, and, if the councillor is not satisfied with the response, to …": a situation that names one side only
                // carries on the case named before it in the same sentence, before the one in force.
                var situations = new List<Context>();
                foreach (var s in reading.Situations)
                    situations.Add(Resolve(s, situations.Count > 0 && situations[^1] is { Complainant: not null, Subjects.IsEmpty: false } earlier ? earlier : located));
                var sentenceScenarios = new HashSet<Scenario>();
                var previousAt = -1;
                // "Where the grievance is the Town Clerk's own, it should be raised with …": a case the text sets apart in words
                // that name no situation and do not carry the route on; its steps may belong to another route.
                var unread = UnreadCondition().Match(sentence) is { Success: true } condition
                    && !reading.Situations.Any(x => x.At < condition.Length) ? condition.Value.TrimEnd(',', ' ') : null;
                var ownCase = OwnCaseOpening().Match(sentence) is { Success: true } own ? own.Groups["title"].Value.Trim() : null;
                var (asideCases, alternatives) = CasesSetApartAtAStep(sentence, reading, situations, located, ScenariosOf);
                foreach (var g0 in reading.Groups.OrderBy(g => g.IsPrior ? 0 : 1).ThenBy(g => g.At))
                {
                    var group = alternatives.Contains(g0.At) ? g0 with { IsAlternative = true } : g0;
                    // Every situation named since the last step ("if an officer is concerned about a councillor, or a
                    // councillor about an officer, …"); failing that, the nearest before; failing that, the first after it
                    // in the sentence; failing that, the one in force.
                    var groupEnd = group.Roles[^1].End;
                    // "…, or with the Chief Executive where the Officer is a Chief Officer": a situation right after the step is its own.
                    var trailing = Enumerable.Range(0, situations.Count).Where(i => !asideCases.Contains(i) && reading.Situations[i].At >= groupEnd && reading.Situations[i].At - groupEnd <= 40
                        && TrailingCondition().IsMatch(sentence.AsSpan(groupEnd, Math.Min(sentence.Length, reading.Situations[i].At + 6) - groupEnd))).Take(1).ToList();
                    var since = trailing.Count > 0 ? trailing
                        : Enumerable.Range(0, situations.Count).Where(i => !asideCases.Contains(i) && reading.Situations[i].At > previousAt && reading.Situations[i].At <= group.At).ToList();
                    if (since.Count == 0)
                    {
                        var before = Enumerable.Range(0, situations.Count).LastOrDefault(i => !asideCases.Contains(i) && reading.Situations[i].At <= group.At, -1);
                        var firstAfter = Enumerable.Range(0, situations.Count).FirstOrDefault(i => !asideCases.Contains(i), -1);
                        if (before >= 0) since.Add(before);
                        else if (firstAfter >= 0) since.Add(firstAfter);
                    }
                    if (!group.IsPrior) previousAt = group.At;
                    var chosen = since.Count > 0 ? since.Select(i => (situations[i], Named: reading.Situations[i].Subjects.Length > 0 ? reading.Situations[i].Words : null)).ToList()
                        : located is null ? [] : [(located, Named: (string?)null)];
                    foreach (var (context, named) in chosen)
                        foreach (var scenario in ScenariosOf(context))
                        {
                            if (!sentenceScenarios.Add(scenario) && chosen.Count > 1) continue;
                            var route = routes[scenario];
                            // A second case named in its own words ("Complaints about a Director go to …") that neither carries
                            // on ("if still dissatisfied", "will refer it") nor is taken up by the last step's holder starts a
                            // route of its own: joined to the first as later steps, the order would be a guess.
                            var namedIn = clause.Id + "\n" + sentence;
                            if (named is not null && !group.IsPrior && route.Steps.Count > 0 && route.NamedBy is { } first && first.Sentence != namedIn
                                && !reading.Continues && !reading.Actors.Any(a => route.Steps[^1].Roles.Contains(a)))
                                route.Doubts.Add($"Step {route.Steps.Count + 1} (para {clause.Number}) answers another case (“{Shorten(named)}”) than the steps before it (“{Shorten(first.Words)}”); they may be two routes, not one.");
                            if (named is not null) route.NamedBy = (namedIn, named);
                            // "… with the Town Clerk. Where the grievance is the Town Clerk's own, it should be raised with the Town
                            // Mayor": the one the last step names cannot hear their own concern; the step is taken in their place.
                            var step = !group.IsPrior && route.Steps.Count > 0 && ownCase is not null
                                && PrintedOf(route.Steps[^1]).Any(p => Bare(p).Equals(Bare(ownCase), StringComparison.OrdinalIgnoreCase))
                                ? group with { IsAlternative = true } : group;
                            if (unread is not null && !step.IsAlternative && !step.IsPrior)
                                route.Doubts.Add($"Step {route.Steps.Count + 1} (para {clause.Number}) is for a case SiteGen cannot place (“{Shorten(unread)}”).");
                            Add(route, step, clause, sentence, context);
                        }
                }
                if (situations.Count > 0) current = situations[^1] with { FromHeading = false };
                SideRoutesIn(sentence, clause, sentenceScenarios.Count == 1 ? sentenceScenarios.Single() : current is { } c && ScenariosOf(c).Count == 1 ? ScenariosOf(c)[0] : null);
            }
            if (optionsOf is null && EscalationEvidence.OptionsLeadIn(clause.Text)) optionsOf = clause.Id;
        }

        CloseStage();

        var result = Enum.GetValues<Scenario>().Select(s =>
        {
            var r = routes[s];
            if (r.Steps.Count == 0)
                return new ScenarioRoute(s,
                    notAvailable is not null ? RouteStatus.NotAvailable
                    : protocol.Metadata.Coverage == Coverage.Extract ? RouteStatus.NotInExtract
                    : RouteStatus.NotStated, []);
            return r.Doubts.Count == 0
                ? new ScenarioRoute(s, RouteStatus.Stated, [.. r.Steps])
                : new ScenarioRoute(s, RouteStatus.NeedsReview, [.. r.Steps]) { Review = string.Join(" ", r.Doubts.Distinct(StringComparer.Ordinal)) };
        }).ToImmutableArray();
        return new EscalationRoutes(informal, result, sideRoutes.ToImmutable(), notAvailable);

        void SideRoutesIn(string sentence, Clause clause, Scenario? scenario)
        {
            foreach (var m in _sideRoutes.Matches(sentence))
                if (!sideRoutes.Any(r => r.Id == m.Key && r.Scenario == scenario))
                    sideRoutes.Add(new SideRoute(m.Key, scenario, clause.Id, sentence));
        }
    }

    /// <summary>
    /// Cases a sentence sets apart inside one step ("… to their Head of Service or, where the concern is about a Cabinet
    /// Member, to the Chief Executive") that stay in the situation in force: the situations named in the aside (by index),
    /// which answer no step of their own, and the steps (by position) that are alternatives at the step before them. A case
    /// that changes the situation ("or, if the officer is a Head of Service, with the Director") is none of these.
    /// </summary>
    private static (HashSet<int> Asides, HashSet<int> Alternatives) CasesSetApartAtAStep(string sentence, SentenceReading reading, List<Context> situations, Context? located,
        Func<Context, List<Scenario>> scenariosOf)
    {
        var asides = new HashSet<int>();
        var alternatives = new HashSet<int>();
        var steps = reading.Groups.Where(g => !g.IsPrior).OrderBy(g => g.At).ToList();
        for (var k = 1; k < steps.Count; k++)
        {
            var from = Math.Min(sentence.Length, steps[k - 1].Roles[^1].Start + steps[k - 1].Roles[^1].Printed.Length);
            var to = steps[k].Roles[0].Start;
            if (to <= from || !CaseAside().IsMatch(sentence.AsSpan(from, to - from))) continue;
            var inside = Enumerable.Range(0, situations.Count).Where(i => reading.Situations[i].At >= from && reading.Situations[i].At < to).ToList();
            if (inside.Count == 0) continue;
            var earlier = Enumerable.Range(0, situations.Count).Where(i => reading.Situations[i].At < from && !asides.Contains(i)).SelectMany(i => scenariosOf(situations[i])).ToHashSet();
            var inForce = earlier.Count > 0 ? earlier : located is null ? [] : scenariosOf(located).ToHashSet();
            if (inForce.Count == 0 || !inside.All(i => scenariosOf(situations[i]) is { Count: > 0 } named && named.All(inForce.Contains))) continue;
            asides.UnionWith(inside);
            alternatives.Add(steps[k].At);
        }
        return (asides, alternatives);
    }

    /// <summary>The start of a sentence up to its subject: "The ", "If it cannot be settled, the ".</summary>
    [GeneratedRegex(@"^\W*(?:(?:if|where|when|once|after)\b[^,;.]{0,80},\s*)?(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HolderOpens();

    /// <summary>", or, where the concern is about …, to the": a case set apart between two roles, the second sent to in its place.</summary>
    [GeneratedRegex(@"^\s*,?\s*or\s*,\s*(?:where|if|when|in\s+the\s+case\s+of)\b[^.;]{1,100},\s*(?:to|with)\s+(?:the\s+|their\s+|his\s+|her\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaseAside();

    private static void AddStep(RouteBuilder route, TargetGroup group, Clause clause, string sentence, Context context, ClerkStanding clerk)
    {
        // A clerk the text calls its head of paid service is that role, under the title it prints.
        if (clerk.IsHeadOfPaidService)
            group = group with { Roles = [.. group.Roles.Select(r => r.Role == EscalationSentence.OtherRole && ClerkStanding.IsClerk(r.Printed) && !ClerkStanding.IsUnderClerk(r.Printed) ? r with { Role = "chief-executive" } : r)] };
        // "the Standards and Conduct Committee", "the Standards Hearings Sub-Committee": a standards body under the name a council gives it.
        group = group with { Roles = [.. group.Roles.Select(r => r.Role == EscalationSentence.OtherRole && EscalationEvidence.StandardsBody(r.Printed) ? r with { Role = "standards-committee" } : r)] };
        // "the Leader of the constituent council which appointed the Member": a political office of another body is not this
        // council's; it is kept as that office, under its whole title.
        group = group with { Roles = [.. group.Roles.Select(r => OfAnotherBody(r, sentence))] };
        // "the Mayor, as chairperson of the Council": a mayor who chairs the council is its civic head, not an elected mayor.
        group = group with { Roles = [.. group.Roles.Select(r => IsCivicMayor(r, sentence) ? r with { Role = EscalationSentence.OtherRole } : r)] };
        var roles = group.Roles.Select(r => r.Role!).ToImmutableArray();
        var printed = group.Roles.Select(r => r.Printed).ToImmutableArray();
        if (group.IsPrior && route.Steps.Any(s => s.Roles.Intersect(roles).Any())) return;
        // A role already consulted at an earlier step ("the Managing Director will then discuss it with the Group Leader") is no new step.
        if (route.Steps.Count > 0 && group.Roles.All(r => route.Steps.Any(s => Consulted(s, r)))) return;
        // "… with the Head of Service or, if the councillor prefers, with the Director", "… may go directly to their Head of
        // Service": a choice or a bypass offered while the route has one step is another way in at that step. Later in a
        // route it may bypass any of the steps before it, so it stays a step held for review (below).
        var wayIn = !group.IsPrior && route.Steps.Count == 1 && OrderDoubt(group, sentence) is not null;
        if ((group.IsAlternative || wayIn) && route.Steps.Count > 0)
        {
            var last = route.Steps[^1];
            var extra = group.Roles.Where(r => r.Role == EscalationSentence.OtherRole ? !PrintedOf(last).Contains(r.Printed, StringComparer.OrdinalIgnoreCase) : !last.Roles.Contains(r.Role!)).ToArray();
            route.Steps[^1] = last with { Roles = [.. last.Roles, .. extra.Select(r => r.Role!)], Printed = [.. PrintedOf(last), .. extra.Select(r => r.Printed)] };
            if (wayIn) AddDoubts(route, group, clause, sentence, context, clerk);
            return;
        }
        if (route.Steps.Count >= MaxSteps) return;
        route.Steps.Add(new EscalationStep(route.Steps.Count + 1, roles, clause.Id, sentence) { Printed = printed });
        if (route.Steps.Count > 1 && !group.IsPrior && OrderDoubt(group, sentence) is { } order)
            route.Doubts.Add($"Step {route.Steps.Count} (para {clause.Number}) may be another way in beside step {route.Steps.Count - 1} rather than a step after it (“{Shorten(order)}”).");
        AddDoubts(route, group, clause, sentence, context, clerk);
    }

    /// <summary>What makes a step (or a way in added to one) uncertain: its titles, the Clerk's standing, the situation's words.</summary>
    private static void AddDoubts(RouteBuilder route, TargetGroup group, Clause clause, string sentence, Context context, ClerkStanding clerk)
    {
        foreach (var doubt in TitleDoubts(group, sentence))
            route.Doubts.Add($"Step {route.Steps.Count} (para {clause.Number}): {doubt}");
        if (context.Subjects.Contains(Subject.Clerk) && !clerk.IsStated)
            route.Doubts.Add("The concern is about the Clerk, and the protocol does not say whether the Clerk is its head of paid service, manages the other staff or is its only employee: check which situation this route belongs to.");
        if (context.Unsaid)
            route.Doubts.Add($"Step {route.Steps.Count} (para {clause.Number}) does not say who raises the concern (“{Shorten(context.Words)}”); it was read as a councillor's.");
        if (context.Weak)
            route.Doubts.Add($"Step {route.Steps.Count} (para {clause.Number}) does not say whose concern it deals with; it was read as carrying on from “{Shorten(context.Words)}”.");
    }

    /// <summary>
    /// Why a step's titles may not be the roles SiteGen read them as: a post title the role vocabulary does not know
    /// ("the Head of Estates", "the Business Manager"), a title that runs on past the words matched ("the Leader of the
    /// district council that nominated the member" read as the Leader). Empty when the titles were read whole.
    /// </summary>
    internal static IEnumerable<string> TitleDoubts(TargetGroup group, string sentence)
    {
        foreach (var m in group.Roles)
        {
            // The chair it is equated with is what makes it a civic mayor (read so above), not another role to check.
            if (IsCivicMayor(m, sentence)) continue;
            if (m.Role == EscalationSentence.OtherRole && UnknownPost().IsMatch(m.Printed) && !KnownOther().IsMatch(m.Printed)
                && !IsGovernanceHead(m, sentence))
            {
                yield return $"SiteGen does not know which role “{m.Printed}” is; it was kept under that title.";
                continue;
            }
            // Only where the mention stands where it was found (table cells are read apart from the row's text).
            var end = m.Start + m.Printed.Length;
            // A post read together with the office it was equated with ("…, who is the Monitoring Officer") runs on past its title.
            if (m.Role != EscalationSentence.OtherRole && m.End > end) continue;
            if (m.Start < 0 || end > sentence.Length
                || !sentence.AsSpan(m.Start, m.Printed.Length).Equals(m.Printed, StringComparison.OrdinalIgnoreCase))
                continue;
            var after = sentence[end..];
            // "HR Business Partner", "Director Support Officer": the vocabulary's words open a longer title whose last word
            // names another post; the role is what the title ends in, not what it starts with.
            // HR is a function, not a rank: "HR Business Partner", "Human Resources Adviser" are posts in it, and so that role.
            if (m.Role is not (EscalationSentence.OtherRole or "hr") && m.End < end && m.End > m.Start && OtherHead().Match(sentence[m.End..end]) is { Success: true } head)
            {
                yield return $"the title “{m.Printed}” ends in “{head.Groups["head"].Value}”, not in the role SiteGen read from its first words; check which role it is.";
                continue;
            }
            if (m.Role != EscalationSentence.OtherRole && RunOnTitle().IsMatch(after))
                yield return $"the title goes on past “{m.Printed}” (“{Shorten(m.Printed + RunOnTitle().Match(after).Value)}”); check that it is that role.";
            else if (EquatedTitle().Match(after) is { Success: true } eq && eq.Length < after.Length && (char.IsUpper(after[eq.Length]) || LowerCasePost().IsMatch(after[eq.Length..]))
                && !(m.Role is { } role && after[eq.Length..].Replace('-', ' ').StartsWith(role.Replace('-', ' '), StringComparison.OrdinalIgnoreCase)))
                yield return $"the text equates “{m.Printed}” with another title (“{Shorten(after[eq.Length..])}”); check which role this step is.";
        }
    }

    /// <summary>A bare "Mayor" the text equates with the chair of the council (", as chairperson of the Council", ", who chairs the Council").</summary>
    internal static bool IsCivicMayor(Mention m, string sentence)
    {
        if (m.Role is not ("elected-mayor" or EscalationSentence.OtherRole) || !Bare(m.Printed).Equals("Mayor", StringComparison.OrdinalIgnoreCase)) return false;
        var end = m.Start + m.Printed.Length;
        if (m.Start < 0 || end > sentence.Length || !sentence.AsSpan(m.Start, m.Printed.Length).Equals(m.Printed, StringComparison.OrdinalIgnoreCase)) return false;
        return ChairOfTheCouncil().IsMatch(sentence, end);
    }

    [GeneratedRegex(@"\G\s*[,(]?\s*(?:(?:(?:acting\s+)?as|who\s+is)\s+(?:the\s+)?[Cc]hair(?:man|woman|person)?\s+of|who\s+chairs)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[Cc]ouncil\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChairOfTheCouncil();

    private static readonly HashSet<string> PoliticalOffices = new(["leader", "elected-mayor", "cabinet-member", "group-whip"], StringComparer.Ordinal);

    /// <summary>A political office whose title runs on to another council or body ("Leader of the partner council that nominated the member"), as <c>other</c> under the whole title.</summary>
    internal static Mention OfAnotherBody(Mention m, string sentence)
    {
        if (m.Role is not { } role || !PoliticalOffices.Contains(role)) return m;
        var end = m.Start + m.Printed.Length;
        if (m.Start < 0 || end > sentence.Length || !sentence.AsSpan(m.Start, m.Printed.Length).Equals(m.Printed, StringComparison.OrdinalIgnoreCase)) return m;
        var run = AnotherBody().Match(sentence, end, sentence.Length - end);
        return run.Success ? m with { Role = EscalationSentence.OtherRole, Printed = m.Printed + run.Value, End = end + run.Length } : m;
    }

    /// <summary>" of the constituent council which appointed the Member": a council or body other than this one (not a political group), with the words that say which.</summary>
    [GeneratedRegex(@"\G\s+(?:of|for)\s+(?>(?:the\s+)?)(?!council\b|authority\b|county\b|city\b|borough\b|district\b)(?:[a-z][\w'’-]*\s+){0,3}(?:council|authority|body|organisation|board|trust)\b(?:\s+(?:which|that)\s+[a-z]+(?:\s+(?:the|that|this|its)\s+(?:[Mm]ember|[Cc]ouncillor)s?\b)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherBody();

    /// <summary>
    /// Words before a step that offer it as a choice or a bypass rather than a next step ("or, if the councillor prefers,
    /// with …", "may go directly to …", "may instead …"), when nothing in the sentence sequences it ("then", "if not
    /// resolved", "will refer"). Null when the step reads as coming after the last.
    /// </summary>
    internal static string? OrderDoubt(TargetGroup group, string sentence)
    {
        var at = Math.Clamp(group.Roles[0].Start, 0, sentence.Length);
        var before = sentence[..at];
        if (Sequenced().IsMatch(before)) return null;
        return ChoiceOrBypass().Match(before) is { Success: true } m ? sentence[Math.Max(0, m.Index - 30)..Math.Min(sentence.Length, at + group.Roles[0].Printed.Length)] : null;
    }

    [GeneratedRegex(@"\bor\s*,?\s*(?:if|where|should)\s+(?:[\w'’]+\s+){0,3}(?:prefers?|wishes|wants|chooses|would\s+rather)\b|\b(?:directly|instead|alternatively|as\s+an\s+alternative|bypass\w*)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChoiceOrBypass();

    [GeneratedRegex(@"\b(?:then|thereafter|subsequently|failing|next|unresolved|escalat\w*|(?:not|cannot\s+be|isn['’]t)\s+(?:been\s+)?(?:resolved|satisfied|settled|put\s+right)|still\s+(?:dissatisfied|unhappy|concerned)|(?:will|may|should|shall)\s+(?:then\s+)?(?:refer|pass|report|escalate|forward))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Sequenced();

    /// <summary>
    /// "the Head of Democratic Services", "the Head of Legal and Democratic Services": the head of a corporate governance
    /// function, in the route for that function, is that post under its own title (FORMAT.md, titles in routes), not an
    /// unknown rank. Named as someone's own ("their Head of Legal Services") they may be that officer's manager: still unknown.
    /// </summary>
    internal static bool IsGovernanceHead(Mention m, string sentence)
    {
        if (!GovernanceHead().IsMatch(Bare(m.Printed))) return false;
        if (m.Start < 0 || m.Start > sentence.Length) return true;
        return !OwnPost().IsMatch(sentence.AsSpan(Math.Max(0, m.Start - 40), m.Start - Math.Max(0, m.Start - 40)));
    }

    [GeneratedRegex(@"^Head\s+of\s+(?=(?:[\w'’-]+\s+){0,4}?(?:Legal|Democratic|Democracy|Governance|Law|Members?['’]?|Committee|Electoral)\b)(?:(?:Legal|Democratic|Democracy|Governance|Law|Members?['’]?|Committee|Electoral|Corporate|and|&|Services?|Support)(?:\s+|$)){1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernanceHead();

    [GeneratedRegex(@"\b(?:their|your|his|her|my|(?:officer|employee|staff\s+member|member\s+of\s+staff)['’]s?)\s+(?:own\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnPost();

    /// <summary>Words that make a printed title a post ("Head of …", "… Manager", "… Director", "… Officer").</summary>
    [GeneratedRegex(@"\b(?:head|director|manager|officer|lead|controller|secretary)\b|\b(?:partner|adviser|advisor|co-?ordinator)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnknownPost();

    /// <summary>Title words after a vocabulary role, before any "of"/"for", that end in another post: " Business Partner", " Support Officer".</summary>
    [GeneratedRegex(@"^(?:\s+(?!of\b|for\b|and\b|to\b|the\b)[A-Z][\w'’-]*)*?\s+(?<head>Partner|Adviser|Advisor|Officer|Assistant|Co-?ordinator|Lead|Manager|Administrator|Support|Business|Team)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherHead();

    /// <summary>Titles kept as themselves on purpose: the Clerk, chairs, committees and panels.</summary>
    [GeneratedRegex(@"\bclerk\b|\bchair|\bcommittee\b|\bpanel\b|\bboard\b|\bombudsman\b|\bmayor\b|\bprovost\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KnownOther();

    /// <summary>", as Monitoring Officer", ", who is the Council's Monitoring Officer", ", acting as …": a title equated with another.</summary>
    [GeneratedRegex(@"^(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w'’&-]*){0,4}\s*[,(]\s*(?:(?:acting\s+)?as|who\s+is(?:\s+also)?|in\s+(?:the|their|his|her)\s+(?:role|capacity)\s+as)\s+(?:the\s+|our\s+|its\s+)?(?:[Cc]ouncil['’]s\s+|[Aa]uthority['’]s\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex EquatedTitle();

    /// <summary>", as chairperson of the Council": an office equated in lower case is still another title.</summary>
    [GeneratedRegex(@"^(?:chair(?:man|woman|person)?|vice-chair\w*|head|leader|clerk|deputy|depute|proper\s+officer|returning\s+officer|convener|provost)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LowerCasePost();

    /// <summary>"… of the constituent council which appointed …": a title that continues with a body other than this council.</summary>
    [GeneratedRegex(@"^\s+(?:of|for|to)\s+(?>(?:the\s+)?)(?!council\b|authority\b|county\b|city\b|borough\b|district\b)(?:[a-z][\w'’-]*\s+){0,3}(?:council|authority|body|organisation|group|board|trust)\b(?:\s+(?:which|that|who)\s+\w+)?", RegexOptions.CultureInvariant)]
    private static partial Regex RunOnTitle();

    /// <summary>The same role under the same title: "the Chief Officer" then "the Strategic Director" are two steps, both directors.</summary>
    private static bool Consulted(EscalationStep step, Mention role)
    {
        for (var i = 0; i < step.Roles.Length; i++)
            if (step.Roles[i] == role.Role && (i >= step.Printed.Length || SameHolder(Bare(step.Printed[i]), Bare(role.Printed))))
                return true;
        return false;
    }

    /// <summary>
    /// "the Chair" after "the Chair of the Council", "the Monitoring Officer" after "the Monitoring Officer of Vale District
    /// Council": a title cut short before its "of" refers back to the whole title already in the route. Not the other way
    /// round: "the Monitoring Officer of the Member's own council" after "the Monitoring Officer" may be another holder.
    /// </summary>
    internal static bool SameHolder(string earlier, string later) =>
        earlier.Equals(later, StringComparison.OrdinalIgnoreCase)
        || later.Length > 0 && earlier.StartsWith(later + " of ", StringComparison.OrdinalIgnoreCase);

    private static string Bare(string printed) => printed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? printed[4..] : printed;

    private static ImmutableArray<string> PrintedOf(EscalationStep step) =>
        [.. step.Roles.Select((_, i) => i < step.Printed.Length ? step.Printed[i] : "")];

    private static string Shorten(string words) => words.Length <= 80 ? words : words[..80] + "…";

    /// <summary>A sentence's own situation, filled in from the one in force where it names only one side.</summary>
    private static Context Resolve(Situation s, Context? inForce)
    {
        var complainant = s.Complainant;
        var subjects = s.Subjects;
        var weak = false;
        if (complainant is null && !subjects.IsEmpty)
        {
            // "Where the matter concerns a Group Director": the complainant is the one already speaking.
            complainant = inForce?.Complainant;
            weak = inForce?.Weak ?? false;
        }
        else if (subjects.IsEmpty && inForce is { } f && (f.Complainant == complainant || f.Complainant is null && f.FromHeading) && !f.Subjects.IsEmpty)
        {
            // "If the Councillor is still not satisfied …" carries on the complaint already named, about whoever it was about.
            subjects = f.Subjects;
            weak = f.Weak;
        }
        return new Context(complainant, subjects, s.Words, FromHeading: false, weak, s.Implied, Unsaid: complainant is null && !subjects.IsEmpty);
    }

    /// <summary>The situations a context answers; a side complaining about its own side is none of them.</summary>
    /// <param name="clerkAs">Whom a concern about the Clerk is about, from what the protocol says of the Clerk.</param>
    private static List<Scenario> ScenariosFor(Context c, Subject clerkAs)
    {
        var found = new List<Scenario>();
        var subjects = c.Subjects.IsEmpty
            ? c.Complainant switch { Party.Members => [Subject.Officer], Party.Officers => [Subject.Member], _ => ImmutableArray<Subject>.Empty }
            : c.Subjects;
        foreach (var named in subjects)
        {
            var subject = named == Subject.Clerk ? clerkAs : named;
            Scenario? scenario = (c.Complainant, subject) switch
            {
                (Party.Officers, Subject.Member) => Scenario.OfficerAboutMember,
                (Party.Officers, _) => null,
                (Party.Members, Subject.Member) => null,
                // Only members complain about officers in a member/officer protocol; an unnamed complainant about an officer is a member.
                (_, Subject.Officer) => Scenario.MemberAboutOfficer,
                (_, Subject.SeniorOfficer) => Scenario.MemberAboutSeniorOfficer,
                (_, Subject.ChiefExecutive) => Scenario.MemberAboutChiefExecutive,
                (_, Subject.Service) => Scenario.MemberAboutService,
                // An unnamed complainant about a member may be the public (a code of conduct complaint): no situation of ours.
                _ => null,
            };
            if (scenario is { } sc && !found.Contains(sc)) found.Add(sc);
        }
        return found;
    }

    /// <summary>The situation a heading names, innermost heading first: "Procedure for Officers", "Grievance by an Employee against a Member".</summary>
    private Context? HeadingContext(ImmutableArray<string> headingPath)
    {
        for (var i = headingPath.Length - 1; i >= 0; i--)
        {
            var h = headingPath[i];
            var reading = EscalationSentence.Read(h, EscalationSentence.Mentions(h, _roles.Occurrences(h)));
            var situation = reading.Situations.FirstOrDefault(s => s.Subjects.Length > 0 && s.Complainant is not null)
                ?? reading.Situations.FirstOrDefault(s => s.Complainant is not null)
                ?? reading.Situations.FirstOrDefault(s => s.Subjects.Length > 0 && reading.HasComplaintCue);
            if (situation is null)
            {
                // "Members' procedure", "Officers' complaints": a possessive side before a procedure word.
                var possessive = PossessiveProcedure().Match(h);
                if (!possessive.Success) continue;
                var party = possessive.Groups["m"].Success ? Party.Members : Party.Officers;
                return new Context(party, [], h, FromHeading: true, Weak: false);
            }
            return new Context(situation.Complainant, situation.Subjects, h, FromHeading: true, Weak: false, situation.Implied);
        }
        return null;
    }

    /// <summary>Clauses in document order, each with the id of the top-level clause it belongs to (a sub-item belongs to its lead-in) and its section's index.</summary>
    private static IEnumerable<(Clause Clause, string Root, int Section)> ClausesWithRoots(Protocol protocol) =>
        protocol.Sections.SelectMany((s, i) => s.Clauses.Select(c => (c, i))).SelectMany(top => top.c.SelfAndDescendants().Select(c => (c, top.c.Id, top.i)));

    /// <summary>
    /// Each section's situation from its headings. A heading that names only a stage ("Informal stage", "Step 2 – Escalation
    /// to a director") carries on the situation of the heading before it in the document ("Appendix 2 – Grievance by an
    /// employee against a Member"), even when that heading has no clauses of its own; any other heading ends it.
    /// </summary>
    private Context?[] SectionContexts(Protocol protocol)
    {
        var contexts = new Context?[protocol.Sections.Length];
        // A document titled "Grievance by an Employee against a Member" is that procedure: its stages carry the title's situation.
        var title = HeadingContext([protocol.Metadata.Title]) is { Complainant: not null, Subjects.IsEmpty: false } t ? t : null;
        Context? procedure = null;
        for (var i = 0; i < protocol.Sections.Length; i++)
        {
            var path = protocol.Sections[i].HeadingPath;
            var own = HeadingContext(path);
            if (own is not null) procedure = own;
            else if (path.Length > 0 && StageHeading().IsMatch(path[^1])) own = procedure ?? title;
            else procedure = null;
            contexts[i] = own;
        }
        return contexts;
    }

    /// <summary>
    /// An appendix title run into the paragraph after it ("Appendix 1 - Procedure for a grievance by an officer against a
    /// member This procedure applies to …", a heading line joined to its text) is read as a title, then the sentence:
    /// only where the words up to the next sentence's opening name a situation, as a heading would.
    /// </summary>
    private IEnumerable<string> RunInTitle(string sentence)
    {
        if (AppendixTitle().IsMatch(sentence) || RunInAppendixTitle().Match(sentence) is not { Success: true } title
            || HeadingContext([title.Value]) is null)
            return [sentence];
        return [title.Value, sentence[title.Length..].TrimStart()];
    }

    [GeneratedRegex(@"^\s*[Aa]ppendix\s*[A-Z0-9]{0,3}\s*[–—:-]\s*[^.;]*?[a-z](?=\s+(?:This|These|The|It|Where|If|When|Any|Each|Every|All|An?|In|Under|Nothing)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex RunInAppendixTitle();

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n\n|\s+(?:…|\.\.\.)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*,?\s*(?:where|if|when)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCondition();

    /// <summary>A sentence opening on a condition that says what the case is ("Where the grievance is …"), with no word of failure, continuation or seriousness in it; "Where appropriate," is none, nor is the matter's own progress through the procedure ("Where the complaint is investigated,").</summary>
    [GeneratedRegex(@"^\W*(?:where|if|when|in\s+the\s+event\s+that)\b(?=[^,.;]{0,120}?\b(?:is|are|concerns|relates|involves|has|have)\b)(?:(?!\b(?:not|cannot|unable|unresolved|unsuccessful|dissatisfied|unhappy|still|continues?|persists?|repeated|serious|breach\w*|fails?|failed|further|again|resolved|investigated|referred|upheld|escalated|heard|pursued|progressed|proceeds)\b)[^,.;]){1,120},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnreadCondition();

    [GeneratedRegex(@"^\s*appendix\s*[A-Z0-9]{0,3}\s*[–—:-]\s*\S[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AppendixTitle();

    /// <summary>"Where the grievance is the Town Clerk's own,", "If the employee is the Clerk,": a case that names who raises the concern.</summary>
    [GeneratedRegex(@"^\W*(?:where|if|when|should)\s+(?:(?:the|a|an)\s+(?:concern|complaint|grievance|matter|issue)\s+(?:is|be)\s+(?:the\s+)?(?<title>[^,.;]{1,50}?)['’]s?\s+own|(?:the|a|an)\s+(?:employee|officer|member\s+of\s+staff|staff\s+member|complainant)\s+(?:raising\s+it\s+|concerned\s+)?(?:is|be)\s+(?:the\s+)?(?<title>[^,.;]{1,50}?))\s*,", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnCaseOpening();

    [GeneratedRegex(@"^\W*(?:an?\s+|any\s+)?(?:formal\s+)?complaints?\s+that\s+(?:a|an|any)\s+(?:elected\s+)?(?:member|councillor)\s+(?:has|may\s+have)\s+(?:breached|failed|not\s+complied)|\b(?:any\s+person|anyone|any\s+individual|any\s+member\s+of\s+the\s+public|members\s+of\s+the\s+public|the\s+public)(?:\s*,\s*(?:including|whether|such\s+as)\b[^,.;]{1,80},)?\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:complain|make\s+a\s+(?:formal\s+)?complaint|submit\s+a\s+complaint|lodge\s+a\s+complaint)|^\W*(?:where|if)\s+(?:a|an|any)\s+(?:elected\s+)?(?:member|councillor)\s+(?:is\s+(?:believed|alleged|thought|considered)\s+to\s+have|has|may\s+have)\s+breached\s+(?:the|their|its)\s+(?:[\w'’]+\s+){0,2}code\s+of\s+conduct\s*,\s*(?:a|any)\s+complaint\s+(?:may|can|should|could)\s+be\s+(?:made|lodged|submitted|sent)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnyoneMayComplain();

    [GeneratedRegex(@"^\W*(?:nothing\s+in\s+(?:this|these|the)\s+(?:[\w-]+\s+){1,3}(?:prevents?|stops?|affects?|precludes?|restricts?|limits?|removes?)\b|(?:this|these|the)\s+(?:[\w-]+\s+){1,3}(?:does|do)\s+not\s+(?:prevent|stop|affect|preclude|restrict|limit|remove|replace)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutsideTheProcedure();

    /// <summary>The one role a stage heading names, where the words after the stage number are that title and nothing more.</summary>
    internal static TargetGroup? StageTitle(string heading, Func<string, ImmutableArray<Mention>> mentionsOf)
    {
        if (StageTitleHeading().Match(heading) is not { Success: true } m) return null;
        var title = m.Groups["title"];
        var roles = mentionsOf(heading).Where(x => x.Role is not null).ToList();
        return roles is [var role] && role.Start >= title.Index && role.Start + role.Printed.Length == title.Index + title.Length
            && ArticleOnly().IsMatch(heading.AsSpan(title.Index, role.Start - title.Index))
            ? new TargetGroup(role.Start, [role], IsPrior: false, IsAlternative: false)
            : null;
    }

    /// <summary>"Step 1: Speak to your line manager", "Stage two – the Director will …": a clause that opens on its number as a step.</summary>
    [GeneratedRegex(@"^\W*(?:stage|step)\s+(?:\d{1,2}|one|two|three|four|five|six|[ivx]{1,4})\s*[–—:.-]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberedStep();

    [GeneratedRegex(@"^\s*(?:stage|step|level)\s+(?:\d+|one|two|three|four|five|[ivx]+|[a-d])\s*[–—:.-]\s*(?<title>[^.;,:]+?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StageTitleHeading();

    [GeneratedRegex(@"^(?:(?:the|your|their|a|an)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOnly();

    /// <summary>A heading that names only a stage of a procedure: "Informal stage", "Stage 2 – Senior officer discussion", "Step 1: …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:stage|step|level)\s+(?:\d+|one|two|three|four|five|[ivx]+|[a-d])\b|(?:the\s+)?(?:informal|formal|first|second|third|final)\s+(?:stage|step|resolution|procedure|process|complaint|grievance)s?\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StageHeading();

    [GeneratedRegex(@"\b(?:(?<m>members|councillors|member|councillor)|(?<o>officers|employees|staff|officer|employee))['’]s?\s+(?:procedures?|complaints?|concerns?|grievances?|process)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveProcedure();
}
