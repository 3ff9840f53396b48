using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>
/// Constructions that state where each side's role stops (FORMAT.md's settled cases "Directing officers' work" and "One
/// group's business kept from another"): a member who is to keep out of the day-to-day management of services and of
/// officers' work; and what one political group says, kept from another. Every pattern is run on one sentence at a
/// time, with bounded gaps.
/// </summary>
internal sealed partial class ExpectationExtractor
{
    /// <summary>Constructions read with the sentence's own direction (or the lead-in's, for a list item), as a phrase is.</summary>
    private static readonly ImmutableArray<(string Id, string Name, Func<Regex> Pattern)> RoleConstructions =
    [
        ("political-neutrality", "one group's business not passed to another group", NotPassedToAnotherGroup),
    ];

    /// <summary>
    /// The words of a sentence that say a member is to keep out of the day-to-day management of services or the work of
    /// officers ("Councillors should not involve themselves in the day to day management of services", "They should not
    /// seek to direct the work of individual officers", "It is not the role of members to become involved in operational
    /// matters", "Individual councillors have no power to direct staff"), whose subject is a member (or, with none named,
    /// the side named earlier). Null for officers keeping out of something, for a description with no duty ("Members
    /// are not responsible for day-to-day management"), and for management of something else (a campaign, a group).
    /// </summary>
    internal static Match? KeepsOutOfManagement(string sentence, Direction? earlier)
    {
        var m = OutOfManagement().Match(sentence);
        if (!m.Success) return null;
        var verb = m.Groups["verb"];
        var before = sentence[Math.Max(0, verb.Index - Reach)..verb.Index];
        return SubjectSide(before, earlier) == Direction.MembersToOfficers ? m : null;
    }

    /// <summary>Adds the day-to-day construction for one sentence of a clause; <paramref name="earlier"/> is what "they" stands for.</summary>
    private static void AddKeepsOut(Clause clause, string sentence, Direction? earlier, ImmutableArray<ExpectationStatement>.Builder found, HashSet<(string, string, Direction)> seen)
    {
        if (KeepsOutOfManagement(sentence, earlier) is { } kept)
            Add(clause, UnderstandingOfRoles, Direction.MembersToOfficers, "day-to-day management left to officers", kept.Value,
                "sentence saying members keep out of the day-to-day management of services or officers' work", sentence, found, seen);
    }

    // A negation, up to six words, then a verb of directing or getting involved, then what is the officers' to run: the
    // day-to-day or operational work, the management or running of services or staff, the work of officers, how an officer
    // works. "no power (authority, right) to direct staff" is the same limit with its object alone.
    [GeneratedRegex(@"\b(?:not|never|no)\b(?:[\s,]+[\w'’]+){0,6}?[\s,]+(?<verb>(?:seek|try|attempt)\s+to\s+(?:direct|manage|interfere)|direct|manage|interfere|(?:involve|involving)\s+(?:themselves|himself|herself)|(?:be|become|becoming|get|getting|being)\s+(?:directly\s+)?involved)\b[^.;:]{0,80}?\b(?:day[\s-]to[\s-]day|operational|(?:management|running)\s+of\s+(?:the\s+)?(?:council's\s+|council’s\s+|authority's\s+|authority’s\s+|its\s+)?(?:services?|staff|officers|employees|(?:the\s+)?(?:council|authority)\b)|work\s+of\s+(?:individual\s+|other\s+)?(?:officers?|employees?|staff|the\s+clerk)|how\s+(?:an?\s+|the\s+)?(?:officers?|employees?|staff|clerk)\b|(?:officers|employees|staff)\s+in\s+(?:[\w'’]+\s+){0,4}?(?:work|duties)\b)|\bno\s+(?:power|authority|right)\s+to\s+(?<verb>direct|manage)\s+(?:the\s+|any\s+|individual\s+)?(?:officers|employees|staff|(?:town\s+|parish\s+)?clerk)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutOfManagement();

    /// <summary>
    /// "Officers will keep what they hear at a group meeting confidential and will not pass it on to another group",
    /// "must not disclose to one group the content of a briefing given to another group", "should not ask an employee to
    /// disclose what has been said at another group's meeting": one political group's business kept from another is
    /// impartiality between the groups, as well as a confidence. A member's information kept from other members is not.
    /// </summary>
    [GeneratedRegex(@"\b(?:not|never)\s+(?:ask\s+(?:[\w'’]+\s+){1,3}?to\s+|\w+\s+)?(?:pass|tell|disclose|reveal|give|report|relay)\b[^.;]{0,100}?\b(?:any\s+other|another|one)\s+(?:political\s+|party\s+)?group(?:s|'s|’s)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotPassedToAnotherGroup();
}
