using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>
/// Partial evidence that keeps a step from being stated: the text offers it as one outcome a handler may choose ("will
/// decide whether …", "may advise the officer to complain to …", a sub-item under "whether:"), someone the holder only
/// discusses it with, a rank read from the last word of a longer title ("Divisional Director" as a director), or an
/// alternative offered after a route of two or more steps (it may skip any of them). Each is a reason for review.
/// </summary>
internal static partial class EscalationEvidence
{
    private static readonly HashSet<string> RankRoles = new(["director", "head-of-service", "senior-manager", "chief-executive", "monitoring-officer"], StringComparer.Ordinal);

    /// <summary>The reasons, worded for the review note, that this step rests on partial evidence; empty when it does not.</summary>
    public static IEnumerable<string> Doubts(TargetGroup group, string sentence, Func<string, ImmutableArray<PhraseMatch<string>>> vocabulary,
        bool underOptions, bool wasAlternativeAfter, bool newStepInSameSentence = false)
    {
        var at = Math.Clamp(group.Roles[0].Start, 0, sentence.Length);
        var before = sentence[..at];
        if (!group.IsPrior && UnfixedOutcome().Match(before) is { Success: true } m)
            yield return $"the text offers this as an outcome someone may choose (“{Shorten(sentence[m.Index..Math.Min(sentence.Length, at + group.Roles[0].Printed.Length)])}”), not a step the matter always takes.";
        else if (underOptions)
            yield return "the step is one of a list of options the text leaves to a handler's choice, not a step the matter always takes.";
        // "…, who will discuss it with the Monitoring Officer and will decide what to do": the holder keeps the decision.
        if (!group.IsPrior && DiscussedWith().IsMatch(before) && HolderDecides().IsMatch(sentence[Math.Min(sentence.Length, at + group.Roles[^1].Printed.Length)..]))
            yield return $"the text has the matter discussed with “{group.Roles[0].Printed}”, not passed to them; check that it is a step.";
        foreach (var r in group.Roles)
            if (r.Role is { } role && RankRoles.Contains(role) && LeftQualified(r.Printed, role, vocabulary) is { } word)
                yield return $"“{r.Printed}” was read as {role} from its last words; SiteGen does not know what “{word}” makes of the post.";
        // "… to their Director or, where the grievance concerns a Cabinet Member, to the Chief Executive": "or" offers a choice, not a next step.
        // "… or, where that does not settle it, with the Director" orders the two in so many words: no choice to review.
        if (newStepInSameSentence && !group.IsPrior && ConditionalOr().Match(before) is { Success: true } or && !EscalationSentence.OpensOnFailedAttempt(before[or.Index..]))
            yield return $"the text joins this to the step before it by “or” (“{Shorten(sentence[or.Index..Math.Min(sentence.Length, at + group.Roles[0].Printed.Length)])}”): it may be an alternative at that step, not a step after it.";
        // "Where the matter may be a breach of the Code, … will refer it to the Monitoring Officer instead": the text names
        // the case in which the last step is replaced; without one ("Alternatively, the officer may go directly to …") it may skip any.
        if (wasAlternativeAfter && !Condition().IsMatch(sentence))
            yield return "the text offers this as another way in after a route of two or more steps; it may skip any of the earlier steps, not only the last.";
    }

    /// <summary>
    /// A capitalised title whose vocabulary match starts after a qualifier the vocabulary does not know ("Divisional
    /// Director", "Depute Chief Executive"): the qualifier may change the rank. Null when the title is matched from its start.
    /// </summary>
    internal static string? LeftQualified(string printed, string role, Func<string, ImmutableArray<PhraseMatch<string>>> vocabulary)
    {
        var title = printed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? printed[4..] : printed;
        if (title.Length == 0 || !char.IsUpper(title[0])) return null;
        // The function a post is "of" or "for" ("Director of Children's Services") follows the match and does not change its rank.
        var head = title;
        var match = vocabulary(head).Where(x => x.Key == role).OrderBy(x => x.Start).FirstOrDefault();
        if (match.Key is null || match.Start == 0) return null;
        var qualifier = head[..match.Start].Trim();
        // "Director of Law (Monitoring Officer)": an office equated with another title is read apart (the title equated, not qualified).
        if (qualifier.Length == 0 || !QualifierWords().IsMatch(qualifier)) return null;
        // "Interim Chief Executive", "Acting Director": a holder's standing, not another post. "Executive Chief Officer",
        // "Corporate Chief Officer": the words councils use for their top tier (as in "Executive Director") keep a director a
        // director. Any other word ("Divisional", "Regional", "Deputy") may make it another rank.
        var neutral = role == "director" ? TopTierQualifier() : HoldingQualifier();
        return neutral.IsMatch(qualifier) ? null : qualifier;
    }

    [GeneratedRegex(@"^(?:(?:Interim|Acting|Temporary)\s+)*(?:Interim|Acting|Temporary)$", RegexOptions.CultureInvariant)]
    private static partial Regex HoldingQualifier();

    [GeneratedRegex(@"^(?:(?:Interim|Acting|Temporary)\s+)*(?:Interim|Acting|Temporary|Executive|Corporate|Strategic)$", RegexOptions.CultureInvariant)]
    private static partial Regex TopTierQualifier();

    [GeneratedRegex(@"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifierWords();

    /// <summary>A case named ("where the matter is serious", "if the Member is a Cabinet Member"), not a preference ("if they prefer").</summary>
    [GeneratedRegex(@"\b(?:where|if|when|unless)\b(?!\s+(?:[\w'’]+\s+){0,3}?(?:prefers?|wish|wishes|wants?|chooses?|would\s+rather)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    /// <summary>A committee, sub-committee or panel with "Standards" in its name ("Standards Hearing Panel") is the standards committee, whatever else the name says.</summary>
    public static bool StandardsBody(string printed) => StandardsCommittee().IsMatch(printed);

    [GeneratedRegex(@"\bstandards\b[^.;,]*\b(?:(?:sub-?\s?)?committee|panel)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StandardsCommittee();

    /// <summary>"… or, where the concern is about X, to the", "… or, if …, with the": a conditional alternative right before the role.</summary>
    [GeneratedRegex(@"\bor\s*,?\s*(?:where|if|when|in\s+the\s+case\s+of|for)\b[^.;]{0,100},\s*(?:to|with)\s+(?:the\s+|their\s+|his\s+|her\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConditionalOr();

    /// <summary>A sentence on a regular report of numbers ("will report each year to …"): monitoring the procedure, never a step in it.</summary>
    public static bool PeriodicReport(string sentence) => PeriodicReportWords().IsMatch(sentence);

    /// <summary>A clause that ends by offering a choice ("… will decide whether:", "… may either:"): its sub-items are options.</summary>
    public static bool OptionsLeadIn(string text) => OptionsColon().IsMatch(text);

    private static string Shorten(string words) => words.Length <= 80 ? words : words[..80] + "…";

    /// <summary>"will advise whether a complaint should be made to", "may advise the officer to complain to": advice about a complaint elsewhere, right before the role.</summary>
    [GeneratedRegex(@"\badvis\w*\s+(?:whether|(?:[\w'’]+\s+){0,6}?to)\s+[^.;]{0,60}?\b(?:complain\w*|complaint)\b[^.;]{0,40}?\b(?:to|with)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnfixedOutcome();

    /// <summary>"… who will discuss it with the", "…, in consultation with the": the role right after is consulted by the holder.</summary>
    [GeneratedRegex(@"\b(?:discuss(?:es|ed)?\s+(?:it|this|the\s+(?:matter|concern|complaint|issue))\s+with|in\s+consultation\s+with|consult(?:s|ing)?(?:\s+with)?)\s+(?:the\s+|their\s+|his\s+|her\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DiscussedWith();

    [GeneratedRegex(@"^[^.;]{0,40}?\band\s+(?:will|may|shall)\s+(?:then\s+)?(?:decide|determine|agree)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HolderDecides();

    [GeneratedRegex(@"\breport\w*\b.{0,80}\b(?:each|every)\s+(?:year|quarter|month|six\s+months)\b|\b(?:each|every)\s+(?:year|quarter|month|six\s+months)\b.{0,80}\breport|\b(?:annual(?:ly)?|quarterly|periodic(?:ally)?)\b.{0,40}\breport|\breport\w*\s+(?:\w+\s+){0,6}?(?:annually|quarterly|periodically)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodicReportWords();

    [GeneratedRegex(@"\b(?:whether|either|one\s+or\s+more\s+of\s+the\s+following|any\s+of\s+the\s+following)\b[^.;]*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OptionsColon();
}
