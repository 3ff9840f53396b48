using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>
/// Finds running headers and footers that a PDF-to-text conversion leaves in the middle of the text
/// ("Eastshire County Council – Constitution    Part 6", "Version 3.0 – May 2024    Page 2 of 4", a page number
/// alone on a line), so they never become clause text or headings. A line is furniture when it has the shape of a page
/// or version footer; when every piece of it (pieces are split by wide gaps, as PDF columns are) is furniture; when it
/// recurs and either carries furniture words (Constitution, Part 6, the authority's or the document's own name) or
/// interrupts a sentence; or when it recurs together with a neighbouring line. A numbered clause never is.
/// </summary>
internal static partial class PageFurnitureDetector
{
    /// <summary>Indexes (into <paramref name="lines"/>) of furniture lines.</summary>
    /// <param name="declared">Lines the user listed under <c>page_furniture</c> in front matter, matched after normalisation.</param>
    /// <param name="ownNames">The document's own title and its authority's names: repeated as a running head, they are furniture.</param>
    public static IReadOnlySet<int> Find(IReadOnlyList<SourceLine> lines, IReadOnlyCollection<string> declared, IReadOnlyCollection<string>? ownNames = null)
    {
        // Each line is cleaned once, not again for every neighbour that asks about it.
        var keys = lines.Select(l => Key(l.Text)).ToArray();
        var masked = keys.Select(k => Digits().Replace(k, "#")).ToArray();
        var candidates = lines.Select(l => IsCandidate(l.Text)).ToArray();
        var declaredKeys = declared.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var names = (ownNames ?? []).Select(Key).Where(k => k.Length >= 4).Distinct(StringComparer.Ordinal).ToArray();
        var found = new HashSet<int>();

        // A repeated header block is two or more lines that recur together; a single repeated line may be a
        // legitimate sub-heading used in two sections, so alone it needs more evidence (below).
        var content = Enumerable.Range(0, lines.Count).Where(i => keys[i].Length > 0).ToArray();
        var pairCounts = new Dictionary<(string, string), int>();
        var lineCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var interrupts = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < content.Length; k++)
        {
            var i = content[k];
            if (!candidates[i]) continue;
            lineCounts[masked[i]] = lineCounts.GetValueOrDefault(masked[i]) + 1;
            if (k + 1 < content.Length && candidates[content[k + 1]] && masked[i] != masked[content[k + 1]])
            {
                var pair = (masked[i], masked[content[k + 1]]);
                pairCounts[pair] = pairCounts.GetValueOrDefault(pair) + 1;
            }
            if (Interrupts(lines, content, candidates, k)) interrupts.Add(masked[i]);
        }

        var firstContent = content.Length > 0 ? content[0] : -1;
        for (var k = 0; k < content.Length; k++)
        {
            var i = content[k];
            // The footer patterns ignore case, so the lower-cased key answers them as the line would.
            if (declaredKeys.Contains(keys[i]) || IsFooterText(keys[i]) || AllPiecesFurniture(lines[i].Text, names) || IsMenuOrContactRow(lines, i)
                || IsLinkChrome(lines[i].Text) || ControlField(Plain(lines[i].Text)))
            {
                found.Add(i);
                continue;
            }
            if (!candidates[i]) continue;
            var repeats = lineCounts.GetValueOrDefault(masked[i]) >= 2;
            if (repeats && (HasFurnitureWords(keys[i]) || names.Any(n => keys[i].Contains(n, StringComparison.Ordinal)) || interrupts.Contains(masked[i])))
            {
                // The document's own title at the very top is its title; repeated further down it is a running head.
                if (i == firstContent && names.Contains(keys[i])) continue;
                found.Add(i);
                continue;
            }
            // A running head seen once (a two-page PDF) still names a page or part, and stands inside a sentence.
            if (RunningHeadShape(keys[i]) && interrupts.Contains(masked[i]))
            {
                found.Add(i);
                continue;
            }
            var repeatsWithNext = k + 1 < content.Length && pairCounts.GetValueOrDefault((masked[i], masked[content[k + 1]])) >= 2;
            var repeatsWithPrevious = k > 0 && pairCounts.GetValueOrDefault((masked[content[k - 1]], masked[i])) >= 2;
            if (repeatsWithNext || repeatsWithPrevious) found.Add(i);
        }
        foreach (var i in AgendaLabels(lines, content, found)) found.Add(i);
        foreach (var i in TitleUnderRunningHead(lines, content, found, names).ToList()) found.Add(i);
        foreach (var i in DocumentHistory(lines, content, found)) found.Add(i);
        foreach (var i in LeadingMenu(lines, content, found)) found.Add(i);
        if (ClosingLine(lines, content, found, names) is { } closing) found.Add(closing);
        foreach (var i in RelatedLinks(lines, content, found)) found.Add(i);
        foreach (var i in TrailingFooter(lines, content, found, names)) found.Add(i);
        return found;
    }

    /// <summary>
    /// The document's last line, seen once, that names where the text sits and when it was issued ("Eastshire Constitution
    /// Part 5 – Member/Officer Protocol – approved by Council 12 March 2025", "… | Copyright 2025"): the footer of the last
    /// page. Only a line set off by a blank line, that is no numbered clause, ends without a full stop and carries both
    /// a date or year and furniture words (constitution, part, version, copyright), or whose pieces between dashes are all
    /// furniture ("Holmebridge MDC – Constitution Part 5 – Protocol 3 – Issue 2").
    /// </summary>
    private static int? ClosingLine(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found, string[] names)
    {
        var k = LastText(content, found);
        if (k <= 0) return null;
        var i = content[k];
        if (lines[i - 1].Text.Trim().Length != 0) return null;
        var text = Plain(lines[i].Text);
        if (text.Length is 0 or > 200 || NumberedStart().IsMatch(text) || text.EndsWith('.')) return null;
        var key = text.ToLowerInvariant();
        return (HasDate().IsMatch(key) || Year().IsMatch(key)) && (HasFurnitureWords(key) || Copyright().IsMatch(key)) || DashedFooter(key, names) ? i : null;
    }

    /// <summary>The position in <paramref name="content"/> of the last line not yet found to be furniture (-1 when none is).</summary>
    private static int LastText(int[] content, HashSet<int> found)
    {
        var k = content.Length - 1;
        while (k >= 0 && found.Contains(content[k])) k--;
        return k;
    }

    /// <summary>
    /// A web page's list of links after its text: a "Related pages" (links, content, documents, "More in this section")
    /// line, then only short lines that are no sentence, no clause and no lead-in, up to the page's footer. Only at the
    /// end of the document, and only when every line after the heading is such a link or already furniture.
    /// </summary>
    private static IEnumerable<int> RelatedLinks(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found)
    {
        const int MaxLinks = 12;
        var end = LastText(content, found);
        for (var k = end; k >= 0 && k >= end - MaxLinks; k--)
        {
            var text = Plain(lines[content[k]].Text);
            if (RelatedHeading().IsMatch(text))
            {
                if (k == end) return [];
                return content[k..(end + 1)];
            }
            if (!LinkLike(text)) return [];
        }
        return [];
    }

    /// <summary>A link's text: short, no full stop or colon at its end, no printed number, no list mark, no table row.</summary>
    private static bool LinkLike(string text) =>
        text.Length is > 0 and <= 80 && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(';') && !text.EndsWith(',')
        && !NumberedStart().IsMatch(text) && !text.StartsWith('-') && !text.StartsWith('•') && !text.StartsWith('*') && !text.Contains('|', StringComparison.Ordinal)
        && char.IsUpper(text[0]);

    [GeneratedRegex(@"^(?:related\s+(?:pages|links|content|information|documents|guidance)|useful\s+links|you\s+(may|might)\s+also\s+(be\s+interested\s+in|like)|more\s+in\s+this\s+section|other\s+pages\s+in\s+this\s+section)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"\b(19|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"©|\bcopyright\b|\bhawlfraint\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    /// <summary>
    /// The line stands between the two halves of a sentence: the text before it does not end a sentence and the text
    /// after it (other furniture-shaped lines skipped) starts in lower case.
    /// </summary>
    private static bool Interrupts(IReadOnlyList<SourceLine> lines, int[] content, bool[] candidates, int k)
    {
        if (k == 0) return false;
        var before = InlineText.Clean(lines[content[k - 1]].Text.Trim());
        if (before.Length == 0 || ".:;!?".Contains(before[^1])) return false;
        // Skip at most a few furniture-shaped lines (a header block, a page number) to the next text.
        for (var n = k + 1; n < content.Length && n <= k + 4; n++)
        {
            var text = InlineText.Clean(lines[content[n]].Text.Trim());
            if (text.Length == 0) continue;
            if (char.IsLower(text[0])) return true;
            if (!candidates[content[n]] || !IsFooterText(Key(lines[content[n]].Text)) && n > k + 1) return false;
        }
        return false;
    }

    /// <summary>Compares lines ignoring Markdown heading marks, emphasis, case and spacing.</summary>
    public static string Key(string line)
    {
        var text = line.Trim().TrimStart('#').Trim();
        return InlineText.Clean(text).ToLowerInvariant();
    }

    /// <summary>Headers are short and never numbered clauses or list items.</summary>
    /// <summary>
    /// A line short enough to be a running head or footer (120 characters, 16 words). A line that ends in its page's
    /// number ("… Annex 2 Page 3 of 7") may be longer, up to 250 characters, since a bilingual running line names the
    /// body and the document twice; it is still furniture only where it repeats with furniture words, as any candidate.
    /// </summary>
    private static bool IsCandidate(string line)
    {
        var text = InlineText.Clean(line.Trim().TrimStart('#').Trim().TrimStart('-', '*').Trim());
        if (text.Length is 0 or > 250) return false;
        if (NumberedStart().IsMatch(text)) return false;
        if (text.Length <= 120 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 16) return true;
        return !text.EndsWith('.') && EndsWithPageNumber().IsMatch(text);
    }

    [GeneratedRegex(@"\b(page|tudalen|t\.)\s*[0-9]{1,4}(\s*(of|o)\s*[0-9]{1,4})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EndsWithPageNumber();

    public static bool IsFooterPattern(string line) => IsFooterText(Plain(line));

    /// <summary>A line's words as a reader sees them: trimmed, without a Markdown heading's hashes or inline markup.</summary>
    private static string Plain(string line) => InlineText.Clean(line.Trim().TrimStart('#').Trim());

    private static bool IsFooterText(string clean) => PageNumber().IsMatch(clean) || VersionAndDate(clean) || WebChrome().IsMatch(clean) || AdoptionLine(clean)
        || Breadcrumb().IsMatch(clean) || CopyrightLine().IsMatch(clean) || DocumentControl().Count(clean) >= 2 || IsSiteChrome(clean) || DateStamp(clean)
        || FileReference(clean) || AgendaItem().IsMatch(clean);

    /// <summary>
    /// A web page's menu or contact row copied with its text: "Home | Councillors | Meetings | Minutes", "Town Hall,
    /// Fenbury | Tel 01234 567890 | clerk@fenbury.gov.uk". Pieces split by " | ", none ending a sentence, and either three
    /// or more short capitalised labels, or two or more pieces one of which is an e-mail address or telephone number. A row
    /// of a table is not one: the line has no pipe at either end, no line of its block is a rule row, and no line next to
    /// it has pipes.
    /// </summary>
    private static bool IsMenuOrContactRow(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = Plain(lines[i].Text);
        if (text.Length is 0 or > 240 || text.StartsWith('|') || text.EndsWith('|') || NumberedStart().IsMatch(text)) return false;
        var pieces = text.Split(" | ", StringSplitOptions.TrimEntries);
        if (pieces.Length < 2 || pieces.Any(p => p.Length == 0 || ".;:!".Contains(p[^1]))) return false;
        var contact = pieces.Any(p => ContactDetail().IsMatch(p));
        var menu = pieces.Length >= 3 && pieces.All(p => p.Length <= 40 && (char.IsUpper(p[0]) || char.IsDigit(p[0]))
            && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !p.EndsWith('?'));
        if (!contact && !menu) return false;
        // Rows of a table pasted without its rule row come several together; a menu or contact row stands alone.
        if ((i > 0 && lines[i - 1].Text.Contains(" | ", StringComparison.Ordinal)) || (i + 1 < lines.Count && lines[i + 1].Text.Contains(" | ", StringComparison.Ordinal)))
            return false;
        // A block of lines with pipes that holds a rule row (|---|---|) is a table, whatever its rows look like.
        bool InTable(int step)
        {
            for (var n = i + step; n >= 0 && n < lines.Count && lines[n].Text.Contains('|'); n += step)
                if (TableRule().IsMatch(lines[n].Text.Trim())) return true;
            return false;
        }
        return !InTable(-1) && !InTable(1);
    }

    /// <summary>"Fenbury Borough Council, Town Hall, Fenbury FB1 2AB": a short line of names and places ending in a UK postcode.</summary>
    private static bool PostalAddress(string line)
    {
        var text = Plain(line);
        if (text.Length is 0 or > 120 || text.Contains(':') || NumberedStart().IsMatch(text) || !Postcode().IsMatch(text)) return false;
        // Only names and places: every piece short and capitalised, so a last paragraph that ends with an address to
        // write to ("Send complaints to the Monitoring Officer, Town Hall, …") stays text.
        return text.Split(',', StringSplitOptions.TrimEntries).All(p => p.Length > 0 && (char.IsUpper(p[0]) || char.IsDigit(p[0]))
            && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5);
    }

    [GeneratedRegex(@",\s*[^,.]{2,60}\s[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[a-z]{2,}|\b(tel|telephone|phone|t)\b\.?:?\s*\+?[0-9][0-9 ]{7,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactDetail();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TableRule();

    /// <summary>"Eden Council > Council and democracy > Constitution > Part 6C": three or more short crumbs a web page puts above its text.</summary>
    [GeneratedRegex(@"^[^.!?;>›»]{1,60}(\s(>|›|»)\s[^.!?;>›»]{1,60}){2,}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Breadcrumb();

    /// <summary>"© Brettham Parish Council", "Copyright 2025 Loxley Council": a copyright notice on a line of its own.</summary>
    [GeneratedRegex(@"^(©|copyright\s*(©|[0-9]{4}))[^.]{0,100}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CopyrightLine();

    /// <summary>"Author: Monitoring Officer  Approved by: Council  Date approved: 8 May 2024": the document-control fields of a policy template.</summary>
    [GeneratedRegex(@"(^|\s)(author|document\s+owner|policy\s+owner|owner|approved\s+by|date\s+approved|approval\s+date|date\s+of\s+approval|adopted\s+by|date\s+adopted|effective\s+date|review\s+date|next\s+review(\s+date)?|review|version|classification)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentControl();

    /// <summary>Links a web page lists in a row under or over its text ("Contact us | Accessibility statement | Cookies"), one piece of such a row.</summary>
    [GeneratedRegex(@"^(contact\s+us|accessibility(\s+statement)?|privacy(\s+(notice|policy|statement))?|cookies?(\s+(policy|settings))?|terms\s+(and|&)\s+conditions|terms\s+of\s+use|site\s*map|feedback|disclaimer|back\s+to\s+[a-z ]{1,30}|print(\s+this\s+page)?|share(\s+this\s+page)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NavigationLink();

    /// <summary>"Adopted by the Finance &amp; Personnel Committee 19th January 2015": a short line saying when the document was adopted.</summary>
    private static bool AdoptionLine(string clean) =>
        clean.Length <= 120 && AdoptionStart().IsMatch(clean) && EndsWithDate().IsMatch(clean);

    [GeneratedRegex(@"^((page\s+)?(last\s+)?(updated|reviewed|revised)|adopted|approved|agreed|printed\s+(from|on|by))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdoptionStart();

    [GeneratedRegex(@"([0-9]{1,2}(st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+[0-9]{4}\.?(\s*\([^()]{1,30}\))?$|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}\.?(\s*\([^()]{1,30}\))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithDate();

    /// <summary>What a web page wraps its text in, copied with it: skip links, breadcrumbs ("Home > Council > …"), loading notices, "In this section".</summary>
    [GeneratedRegex(@"^(skip\s+(to\s+)?(main\s+)?(content|navigation)|skip\s+navigation|loading(\s+images)?(\.{3}|…)?|in\s+this\s+section:?|on\s+this\s+page:?|back\s+to\s+top|print\s+this\s+page|share\s+this\s+page|was\s+this\s+page\s+(helpful|useful)\??(\s*(yes|no)(\s*[/|]?\s*(yes|no))?)?|this\s+is\s+(an\s+)?archived\s+(material|content|page|document)\b.*|this\s+(page|content|material|document)\s+(is|has\s+been)\s+archived\b.*|this\s+page\s+(is|was|has\s+been)\s+(currently\s+)?(being\s+)?updated\b.*|home\s*(>|›|»|/)\s*.+(>|›|»).*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebChrome();

    /// <summary>"Version 3.0 – May 2024        Page 2 of 4": pieces a PDF laid out in columns, each of them furniture.</summary>
    private static bool AllPiecesFurniture(string line, string[] names)
    {
        var pieces = WideGap().Split(line.Trim()).SelectMany(p => BilingualHalves().Split(p)).Select(p => Key(p)).Where(p => p.Length > 0).ToArray();
        if (pieces.Length < 2 || line.Length > 200) return false;
        return pieces.All(p => IsFooterText(p) || AddressOnly().IsMatch(p) || ConstitutionPiece().IsMatch(p) || PartOrSection().IsMatch(p) || NavigationLink().IsMatch(p) || p.Length <= 120 && names.Any(n => p.Contains(n, StringComparison.Ordinal)));
    }

    private static bool HasFurnitureWords(string key) => FurnitureWords().IsMatch(key);

    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\t|\s{3,}|\s+\|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)*\.?\s|\(?[a-zA-Z]{1,4}\)\s)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumberedStart();

    // "Page 3", "Page 3 of 12", "Tudalen 3 o 12", "3 / 12", "- 3 -", "3 | Page", "Page | 3", "5C-1" (part 5C, page 1), a lone number.
    [GeneratedRegex(@"^(page\s*\|?\s*[0-9]{1,4}(\s*of\s*[0-9]{1,4})?|tudalen\s*[0-9]{1,4}(\s*o\s*[0-9]{1,4})?|[0-9]{1,4}\s*/\s*[0-9]{1,4}|-\s*[0-9]{1,4}\s*-|[0-9]{1,4}\s*\|\s*p\s?a\s?g\s?e|[0-9]{1,4}|p\.\s*[0-9]{1,4}|[0-9]{1,3}[a-z]{1,2}\s?[-–]\s?[0-9]{1,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PageNumber();

    // "1.0 - 4 September 2023", "Version 2.1 – 12 March 2019", "Version 3.0 – May 2024", "Issue 2", "Updated: May 2024",
    // "v3 (May 2024)", "12 March 2019", "May 2024": a document version or date on a line of its own.
    [GeneratedRegex(@"^((version|issue|revision|rev\.?|v)\s*[0-9]{1,3}(\.[0-9]{1,3}){0,2}|[0-9]{1,2}(\.[0-9]{1,3}){1,2})?\s*[-–—,|:(]?\s*((last\s+)?(updated|reviewed|revised|approved|adopted|amended|published|effective)(\s+(on|from))?\s*:?\s*)?(([0-9]{1,2}(st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+[0-9]{4}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4})?\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VersionAndDateShape();

    private static bool VersionAndDate(string clean)
    {
        if (!VersionAndDateShape().IsMatch(clean)) return false;
        // The shape's parts are all optional: it needs a version or a date to be furniture, and never matches a bare number.
        return HasVersion().IsMatch(clean) || HasDate().IsMatch(clean);
    }

    [GeneratedRegex(@"^(version|issue|revision|rev\.?|v)\s*[0-9]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HasVersion();

    [GeneratedRegex(@"(january|february|march|april|may|june|july|august|september|october|november|december)\s+[0-9]{4}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HasDate();

    // "Part 6", "Section C", "Part 5 Section 3", "Appendix 2" on their own.
    [GeneratedRegex(@"^(part|section|chapter|appendix|annex)\s+[0-9a-z]{1,4}(\s*[-–—:]?\s*(part|section|chapter)\s+[0-9a-z]{1,4})*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PartOrSection();

    // Words of a running head: the constitution it sits in, its part or section, a page, a version.
    [GeneratedRegex(@"\b(constitution|page|version|issue\s+[0-9]|revision|updated|uncontrolled|when\s+printed|official|part\s+[0-9a-z]{1,4}|section\s+[0-9a-z]{1,4}|chapter\s+[0-9]{1,3})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex FurnitureWords();
}
