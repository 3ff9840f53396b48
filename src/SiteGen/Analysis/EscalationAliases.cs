using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SiteGen.Analysis;

/// <summary>
/// Titles a protocol itself says hold a role of the vocabulary: "the General Counsel, who is the Council's Monitoring
/// Officer", "The Director of Resources is the Council's Head of Paid Service". Wherever else the text names that title,
/// it is read as that role under the printed title. Only a capitalised title that holds no vocabulary role of its own,
/// equated in so many words ("who is", "is", "acts as") with a role named whole, counts; a title named two ways is left alone.
/// </summary>
internal static partial class EscalationAliases
{
    /// <summary>Title (lower case) → role id, from every sentence of the protocol.</summary>
    public static ImmutableDictionary<string, string> Of(IEnumerable<string> texts, Func<string, ImmutableArray<PhraseMatch<string>>> vocabulary)
    {
        var found = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
            foreach (Match m in Equated().Matches(text))
            {
                var title = m.Groups["title"];
                var role = m.Groups["role"];
                // The role's words must be one vocabulary role, whole; the title must hold none.
                // "the Receiving Officer, who is the Monitoring Officer or, where …, the Chief Executive": one of two, not an alias.
                if (AlternativeFollows().IsMatch(text.AsSpan(role.Index + role.Length))) continue;
                var roleMatches = vocabulary(role.Value);
                if (roleMatches is not [var r] || r.Start != 0 || r.End != role.Length) continue;
                // "the Director of Legal and Democratic Services is the Council's Monitoring Officer": a rank's post over a
                // named function holds the statutory office it is equated with; a bare rank ("the Director is …") does not.
                if (!vocabulary(title.Value).IsEmpty && !RankPostHoldingOffice(title.Value, r.Key, vocabulary)) continue;
                var name = TrimLeading(title.Value);
                // "Each Member is the …", "An Officer who is the …": a side, not a title. A post whose name ends in
                // "Officer" after capitalised words of its own ("The Chief Fire Officer is the Chief Executive") is a title.
                if (PartyWord().IsMatch(name) && !OfficerPost().IsMatch(name)) continue;
                if (name.Length < 4 || !name.Contains(' ', StringComparison.Ordinal) && name.Length < 6) continue;
                found[name] = found.TryGetValue(name, out var before) && before != r.Key ? null : r.Key;
            }
        foreach (var text in texts)
            foreach (Match m in Defined().Matches(text))
            {
                var name = m.Groups["title"].Value.Trim();
                // A quoted title defined as a post ("Corporate Lead Officer") is a title, though it ends in a side's word.
                if (name.Length < 4 || !vocabulary(name).IsEmpty || PartyWord().IsMatch(name) && !name.Contains(' ', StringComparison.Ordinal)) continue;
                string? role = null;
                if (m.Groups["role"].Success && vocabulary(m.Groups["role"].Value) is [var r] && r.Start == 0 && r.End == m.Groups["role"].Length) role = r.Key;
                else if (m.Groups["manages"].Success) role = HeadOfService;
                else if (m.Groups["reports"].Success) role = Director;
                if (role is null) continue;
                found[name] = found.TryGetValue(name, out var before) && before != role ? null : role;
            }
        // "the Business Managers who lead each business unit": a post the text says runs a service or business unit heads it
        // (FORMAT.md, titles in routes), said in passing rather than as a definition.
        foreach (var text in texts)
            foreach (Match m in LeadsAService().Matches(text))
            {
                var name = TrimLeading(m.Groups["title"].Value.Trim());
                if (name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)) name = name[..^1];
                if (name.Length < 6 || !name.Contains(' ', StringComparison.Ordinal) || PartyWord().IsMatch(name)) continue;
                // "services are managed by Divisional Directors": a rank the vocabulary reads only from the title's last words
                // is the post the text says it is; a title the vocabulary reads whole ("Assistant Director") keeps its role.
                if (vocabulary(name) is { IsEmpty: false } inside && !(inside is [var rank] && rank.Start > 0 && rank.End == name.Length && Ranks.Contains(rank.Key))) continue;
                found[name] = found.TryGetValue(name, out var before) && before != HeadOfService ? null : HeadOfService;
            }
        // "'chief officers' covers the Chief Executive, Directors and Heads of Service": a term the text defines as a band of
        // senior posts of more than one rank names no one rank; it is a senior manager (FORMAT.md, titles in routes).
        foreach (var text in texts)
            foreach (Match m in DefinedBand().Matches(text))
            {
                var tiers = BandRank().Matches(m.Groups["list"].Value).Select(r => r.Groups["ce"].Success ? 0 : r.Groups["dir"].Success ? 1 : 2).Distinct().Count();
                if (tiers < 2) continue;
                found["chief officer"] = found.TryGetValue("chief officer", out var before) && before != SeniorManager ? null : SeniorManager;
            }
        return found.Where(kv => kv.Value is not null).ToImmutableDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> Ranks = new(["director", "head-of-service", "senior-manager"], StringComparer.Ordinal);
    private static readonly HashSet<string> Offices = new(["monitoring-officer", "chief-executive"], StringComparer.Ordinal);

    /// <summary>A title whose only vocabulary words are a rank, with a function after "of"/"for", equated with a statutory office.</summary>
    private static bool RankPostHoldingOffice(string title, string office, Func<string, ImmutableArray<PhraseMatch<string>>> vocabulary) =>
        Offices.Contains(office) && vocabulary(title) is [var rank] && Ranks.Contains(rank.Key) && RankOfFunction().IsMatch(title[rank.Start..]);

    [GeneratedRegex(@"^[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:of|for)\s+(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex RankOfFunction();

    /// <summary>Where the titles of <paramref name="aliases"/> stand in <paramref name="text"/>, as vocabulary matches of their roles.</summary>
    public static ImmutableArray<PhraseMatch<string>> Occurrences(string text, ImmutableDictionary<string, string> aliases, ImmutableArray<PhraseMatch<string>> vocabulary)
    {
        if (aliases.IsEmpty) return vocabulary;
        var extra = new List<PhraseMatch<string>>();
        foreach (var (title, role) in aliases)
        {
            var at = 0;
            // A term the text defines in lower case ("chief officer") is found in either case; a capitalised title as printed.
            var comparison = char.IsLower(title[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            while ((at = text.IndexOf(title, at, comparison)) >= 0)
            {
                var end = at + title.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                    // "Executive Chief Officer": a defined lower-case term inside a longer capitalised title is not that term.
                    && !(comparison == StringComparison.OrdinalIgnoreCase && TitleWordBefore().IsMatch(text.AsSpan(0, at)));
                // A rank inside the title ("Director" in "Director of Legal Services") gives way to the office the title holds.
                // So does a rank read from a qualified title's last words ("Director" in "Divisional Director") to the rank the text gives it.
                if (whole && vocabulary.All(v => v.Start >= end || v.End <= at || v.Start >= at && v.End <= end && Ranks.Contains(v.Key) && (Offices.Contains(role) || Ranks.Contains(role) && (v.Start > at || role == SeniorManager))))
                    extra.Add(new PhraseMatch<string>(role, null!, at, end));
                at = end;
            }
        }
        if (extra.Count == 0) return vocabulary;
        return [.. vocabulary.Where(v => !extra.Any(e => v.Start >= e.Start && v.End <= e.End)).Concat(extra).OrderBy(v => v.Start)];
    }

    private const string HeadOfService = "head-of-service";
    private const string SeniorManager = "senior-manager";

    [GeneratedRegex(@"\b(?!(?:The|A|An|Each|Any|Every|Your|Their|Our|Its|His|Her|That|This|If|Where|When)\s)[A-Z][\w’'-]*\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWordBefore();

    /// <summary>"The reference to 'chief officers' below covers …", "In it, “chief officer” includes …": the list of posts the term covers.</summary>
    [GeneratedRegex(@"[""“'‘]chief\s+officers?[""”'’]\s+(?:below\s+|in\s+this\s+\w+\s+)?(?:covers|means|includes|refers\s+to|is\s+used\s+(?:for|to\s+mean))\s+(?<list>[^.;]{5,200})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DefinedBand();

    /// <summary>The rank of each post in a defined band: the head of paid service, a director, a head of service.</summary>
    [GeneratedRegex(@"\b(?:(?<dir>(?:deputy|depute)\s+chief\s+executives?|(?:executive\s+|corporate\s+|strategic\s+)?directors?\b)|(?<ce>chief\s+executive|head\s+of\s+paid\s+service|managing\s+director)|(?<hos>heads?\s+of\s+(?:service|department)s?|assistant\s+directors?|service\s+managers?))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BandRank();
    private const string Director = "director";

    [GeneratedRegex(@"\b(?:members?|councillors?|officers?|employees?|staff)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartyWord();

    /// <summary>
    /// A definition: "“Chief Officer” means a Director", "'Business Manager' means an officer who reports to a Director and
    /// manages one or more of the Council's services" (one who manages a service is its head), "'Corporate Lead Officer'
    /// means an officer who reports to the Chief Executive and …" (one who reports to the head of paid service is a director).
    /// </summary>
    [GeneratedRegex(@"[""“'‘](?<title>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,4})[""”'’]\s+(?:means|refers\s+to)\s+(?:(?:a|an|the|any)\s+)?(?:(?:[Oo]fficer|[Ee]mployee|[Mm]ember\s+of\s+staff)\s+who\b[^.;]{0,100}?\b(?<manages>manages|heads|leads|is\s+responsible\s+for)\s+(?:(?:one|two|or|more|of|the|[Cc]ouncil['’]s|a|an|each)\s+)*services?\b|(?:[Oo]fficer|[Ee]mployee|[Mm]ember\s+of\s+staff)\s+who\s+reports\s+(?:directly\s+)?to\s+the\s+(?<reports>Chief\s+Executive|Head\s+of\s+Paid\s+Service|Managing\s+Director)\b|(?<role>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Defined();

    /// <summary>"Chief Fire Officer", "Chief Legal Officer": capitalised words, none a side's or a quantifier, before a closing "Officer".</summary>
    [GeneratedRegex(@"^(?!(?:Each|Every|Any|All|No|One|Such|This|That|Another|Other|Senior|Junior|Relevant)\b)(?:(?!(?:Members?|Councillors?|Officers?|Employees?|Staff)\b)[A-Z][\w’'-]+\s+){1,3}Officer$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficerPost();

    [GeneratedRegex(@"^\s*,?\s*or\b", RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeFollows();

    /// <summary>"the Business Managers who lead each business unit", "its Area Managers, who manage the Council's services", "a directorate whose services are managed by Divisional Directors".</summary>
    [GeneratedRegex(@"(?<title>\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),?\s+who\s+(?:each\s+)?(?:lead|leads|manage|manages|head|heads|run|runs|(?:are|is)\s+responsible\s+for)\s+(?:(?:each|a|an|the|one|or|more|of|their|its|all|[Cc]ouncil['’]s|[Aa]uthority['’]s)\s+)*(?:business\s+units?|services?|service\s+areas?)\b|\b(?:business\s+units?|services?|service\s+areas?)\s+(?:are|is)\s+(?:each\s+|all\s+)?(?:managed|led|run|headed)\s+by\s+(?:the\s+|its\s+|their\s+)?(?<title>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadsAService();

    private static string TrimLeading(string title) => LeadingArticle().Replace(title, "");

    [GeneratedRegex(@"^(?:(?:The|A|An|If|Where|When|While|Whilst|As|In|At|For|Our|Their|Its|Council['’]s|Authority['’]s)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    /// <summary>"General Counsel, who is the Council's Monitoring Officer", "The Director of Resources is also the Head of Paid Service".</summary>
    [GeneratedRegex(@"(?<title>\b[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w’'-]+){0,4})\s*(?:,\s*who\s+is|\s+is|,?\s+(?:who\s+)?acts\s+as)\s+(?:also\s+)?(?:the\s+)?(?:(?:Council|Authority|Borough|County|City)['’]s\s+)?(?:designated\s+|statutory\s+)?(?<role>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Equated();
}
