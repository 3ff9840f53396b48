using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Presentation;

/// <summary>Plain-English labels for the analysis enumerations, as pages and CSV files show them.</summary>
internal static class AnalysisLabels
{
    public static string Of(Direction d) => d switch
    {
        Direction.MembersToOfficers => "members → officers",
        Direction.OfficersToMembers => "officers → members",
        _ => "mutual",
    };

    /// <summary>The direction as a sentence, for headings and captions.</summary>
    public static string Long(Direction d) => d switch
    {
        Direction.MembersToOfficers => "What officers can expect from members",
        Direction.OfficersToMembers => "What members can expect from officers",
        _ => "What members and officers can expect of each other",
    };

    public static string Of(Scenario s) => s switch
    {
        Scenario.MemberAboutOfficer => "member about an officer",
        Scenario.MemberAboutSeniorOfficer => "member about a director or senior officer",
        Scenario.MemberAboutChiefExecutive => "member about the Chief Executive",
        Scenario.MemberAboutService => "member about a service",
        _ => "officer about a member",
    };

    public static string Of(RouteStatus s) => s switch
    {
        RouteStatus.Stated => "stated",
        RouteStatus.NotStated => "not stated",
        RouteStatus.NotInExtract => "not in extract",
        RouteStatus.NeedsReview => "needs review",
        _ => "not available",
    };

    public static string Of(ReasonKind k) => k switch
    {
        ReasonKind.Phrase => "phrase",
        ReasonKind.Heading => "heading",
        _ => "override",
    };

    public static string Of(StatementForm f) => f == StatementForm.Listed ? "listed" : "general";

    /// <summary>Display titles of escalation role and side-route ids ("monitoring-officer" → "Monitoring Officer").</summary>
    public static ImmutableDictionary<string, string> RouteTitles(Taxonomy taxonomy) =>
        taxonomy.Roles.Select(r => (r.Id, r.Title)).Concat(taxonomy.Escalation.SideRoutes.Select(s => (s.Id, s.Title)))
            .DistinctBy(x => x.Id, StringComparer.Ordinal).ToImmutableDictionary(x => x.Id, x => x.Title, StringComparer.Ordinal);

    /// <summary>How a reading's state is shown beside it: "Needs review", "Confirmed by …", "Corrected by …"; empty for a sure reading.</summary>
    public static string Of(Provenance p) => p.State switch
    {
        ReadingState.NeedsReview => "Needs review",
        ReadingState.Confirmed => p.Owner is null ? "Confirmed" : $"Confirmed by {p.Owner}",
        ReadingState.Corrected => p.Owner is null ? "Corrected" : $"Corrected by {p.Owner}",
        _ => "",
    };

    /// <summary>The state as data files spell it: read, needs-review, confirmed, corrected.</summary>
    public static string State(Provenance p) => p.State switch
    {
        ReadingState.NeedsReview => "needs-review",
        ReadingState.Confirmed => "confirmed",
        ReadingState.Corrected => "corrected",
        _ => "read",
    };

    /// <summary>A clause number with its state in brackets when a person or a doubt touched it: "4.4 (corrected by J. Smith)".</summary>
    public static string Marked(string number, Provenance p) => p.State == ReadingState.Read ? number : $"{number} ({char.ToLowerInvariant(Of(p)[0])}{Of(p)[1..]})";

    /// <summary>How a silent cell reads: a full text's silence is the protocol's; an extract's is only the extract's.</summary>
    public static string Silence(Coverage c) => c == Coverage.Extract ? "not in extract" : "not stated";

    /// <summary>
    /// Each role of a step as the protocol prints it, with the vocabulary's title beside it where they differ: "Group
    /// Director (Director)", "Head of Paid Service (Chief Executive)", "Town Clerk". One place, so the matrix, the diagram,
    /// its description and the report embeds say the same.
    /// </summary>
    public static IEnumerable<string> RoleNames(EscalationStep step, Func<string, string> title) =>
        step.Roles.Select((role, i) =>
        {
            var printed = i < step.Printed.Length ? step.Printed[i].Trim() : "";
            var own = title(role);
            if (printed.Length == 0) return own;
            if (role == "other" || string.Equals(printed, own, StringComparison.OrdinalIgnoreCase)) return printed;
            return $"{printed} ({own})";
        });

    /// <summary>" (Needs review)", " (Corrected by …)", " (Confirmed by …)" after a lane's label; nothing for a route read surely.</summary>
    public static string RouteCheck(ScenarioRoute route) =>
        route.NeedsReview ? " (needs review)" : route.Provenance is { State: not ReadingState.Read } p ? $" ({Of(p)})" : "";

    /// <summary>Why a clause is on a theme, in words: "says “bullying”".</summary>
    public static string Reason(IEnumerable<ThemeReason> reasons) => string.Join("; ", reasons.Select(r => r.Kind switch
    {
        ReasonKind.Phrase => string.Equals(r.Matched, r.Phrase, StringComparison.OrdinalIgnoreCase) ? $"says “{r.Matched}”" : $"says “{r.Matched}” (phrase “{r.Phrase}”)",
        ReasonKind.Heading => $"is under the heading “{r.Matched}”",
        _ => $"set by hand: {r.Phrase}",
    }));
}
