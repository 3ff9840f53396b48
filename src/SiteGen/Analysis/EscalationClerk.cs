using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>
/// What a town or parish council's protocol says its Clerk is, which decides whom a councillor's concern about the Clerk
/// is about: its head of paid service ("The Town Clerk is the Proper Officer of the Council and its Head of Paid
/// Service") → the chief executive's situation, and the Clerk is that role; the manager of the other staff ("The Clerk
/// manages the other employees") → a senior officer's; its only employee → an officer's. "Proper Officer" or
/// "Responsible Financial Officer" alone says none of these. When the text says nothing, a concern about the Clerk is read
/// as about an officer but needs review.
/// </summary>
/// <param name="Subject">Whom a concern about the Clerk is about.</param>
/// <param name="IsStated">The protocol says it in words; otherwise the reading needs review.</param>
/// <param name="IsHeadOfPaidService">The protocol says the Clerk is its head of paid service (or chief executive, managing director).</param>
internal sealed partial record ClerkStanding(Subject Subject, bool IsStated, bool IsHeadOfPaidService)
{
    /// <summary>Reads the protocol's own words about its Clerk, sentence by sentence.</summary>
    public static ClerkStanding Of(IEnumerable<string> texts)
    {
        var manages = false;
        var only = false;
        foreach (var text in texts)
            foreach (var sentence in SentenceBreak().Split(text))
            {
                if (!IsClerk(sentence)) continue;
                if (HeadOfPaidService().IsMatch(sentence)) return new ClerkStanding(SiteGen.Analysis.Subject.ChiefExecutive, true, true);
                manages |= ManagesStaff().IsMatch(sentence);
                only |= OnlyEmployee().IsMatch(sentence);
            }
        // A text that says both ("the only employee … manages volunteers") is unclear: review it.
        if (manages && !only) return new ClerkStanding(SiteGen.Analysis.Subject.SeniorOfficer, true, false);
        if (only && !manages) return new ClerkStanding(SiteGen.Analysis.Subject.Officer, true, false);
        return new ClerkStanding(SiteGen.Analysis.Subject.Officer, false, false);
    }

    public static bool IsClerk(string printed) => ClerkWord().IsMatch(printed);

    /// <summary>An assistant or deputy to the Clerk ("Assistant Clerk", "Deputy Town Clerk"): staff under the Clerk, never the Clerk.</summary>
    public static bool IsUnderClerk(string printed) => UnderClerkWords().IsMatch(printed);

    [GeneratedRegex(@"\b(?:assistant|deputy|depute)\s+(?:(?:town|parish|community|city)\s+)?clerk\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnderClerkWords();

    [GeneratedRegex(@"\bclerk\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClerkWord();

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>"The Clerk is … (the Council's / its) Head of Paid Service", "the Town Clerk, as Chief Executive, …".</summary>
    [GeneratedRegex(@"\bclerk\b[^.;]{0,80}?\b(?:is|as|acts\s+as|serves\s+as|also)\b(?![^.;]{0,20}\bnot\b)[^.;]{0,60}?\b(?:head\s+of\s+(?:the\s+)?paid\s+service|chief\s+executive|managing\s+director)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfPaidService();

    /// <summary>"The Clerk manages the other employees", "is responsible for managing the Council's staff", "line manages all other staff", "manages the Assistant Clerk and the grounds team".</summary>
    [GeneratedRegex(@"\bclerk\b[^.;]{0,120}?\b(?:(?:line[- ])?manages|is\s+(?:the\s+)?line\s+manager\s+(?:of|for)|(?:is\s+)?responsible\s+for\s+(?:the\s+)?(?:(?:line\s+)?management\s+of|managing|supervising|supervision\s+of))\b[^.;]{0,60}?\b(?:staff|employees?|officers?|team|teams|workforce|(?:assistant|deputy)\s+clerks?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ManagesStaff();

    /// <summary>"The Clerk is the Council's only employee", "employs a Clerk, who is its sole employee", "Its only employee is the Clerk".</summary>
    [GeneratedRegex(@"\bclerk\b[^.;]{0,80}?\b(?:only|sole|single)\s+(?:paid\s+)?(?:employee|member\s+of\s+staff|officer|staff\s+member)\b|\b(?:only|sole|single)\s+(?:paid\s+)?(?:employee|member\s+of\s+staff|officer|staff\s+member)\s+(?:is|will\s+be)\s+(?:the\s+|its\s+|a\s+)?(?:(?:town|parish|community)\s+)?clerk\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnlyEmployee();
}
