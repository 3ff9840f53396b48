using System.Text.RegularExpressions;

namespace SiteGen.Normalise;

/// <summary>
/// Furniture of whole pages: what a council's web page, document library, committee report or printed copy puts around
/// the protocol (cookie banners, menus, site tools, feedback boxes, document-control fields, print and download stamps,
/// agenda labels, version-history tables, a parish site's menu and footer). Single lines are furniture only in shapes no
/// protocol sentence, clause or heading takes; blocks of short lines only at the very top or bottom of the text, and only
/// when they hold nothing a protocol says.
/// </summary>
internal static partial class PageFurnitureDetector
{
    /// <summary>
    /// Lines a web site wraps around every page: cookie banners, menus, search, site tools, feedback and sharing boxes. Only
    /// short lines are tried, which also bounds the work the pattern's repeated crumbs can do on a hostile line.
    /// </summary>
    private static bool IsSiteChrome(string clean) =>
        clean.Length <= 160 && (SiteChrome().IsMatch(clean) || BannerLabel().Match(clean) is { Success: true } m && WebChrome().IsMatch(clean[m.Length..]));

    /// <summary>"Warning: This is archived material …": the label a site's banner puts before its notice.</summary>
    [GeneratedRegex(@"^(warning|notice|please\s+note|important|alert)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BannerLabel();

    /// <summary>
    /// "Protocol Aelodau a Swyddogion / Member Officer Protocol" straight under a running head found on a later page: the
    /// document's own title (alone, or as one half of a bilingual line) completes the head. Only past the first clause, so
    /// the title at the top stays the title, and only when the line is the title, not a heading that mentions it.
    /// </summary>
    private static IEnumerable<int> TitleUnderRunningHead(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found, string[] names)
    {
        var firstClause = Array.FindIndex(content, i => NumberedStart().IsMatch(Plain(lines[i].Text)));
        if (firstClause < 0) yield break;
        for (var k = firstClause + 1; k < content.Length; k++)
        {
            var i = content[k];
            if (found.Contains(i) || !found.Contains(content[k - 1]) || content[k - 1] != i - 1) continue;
            var key = Key(lines[i].Text);
            if (key.EndsWith('.') || key.Length > 120) continue;
            if (BilingualHalves().Split(key).Append(key).Any(h => names.Contains(h.Trim()))) yield return i;
        }
    }

    [GeneratedRegex(@"^(cookies\s+on\s+(the\s+)?[^.]{1,60}(website|site)|(we|this\s+(web)?site)\s+uses?\s+(some\s+)?(essential\s+|necessary\s+)?cookies\b.*|(accept|reject|allow|decline|refuse)\s+(all\s+|additional\s+|analytics\s+|optional\s+|non-essential\s+|recommended\s+)?cookies|(view|manage|change|set)\s+(your\s+)?cookies?(\s+(settings|preferences))?|cookies?\s+(settings|preferences|policy)|hide\s+(this\s+)?(cookie\s+)?message|(open\s+|close\s+|main\s+|site\s+)?menu|(main|site)\s+navigation|search(\s+(this|our|the)\s+(site|website))?|search\s+(site|website)|jump\s+to:?\s*navigation.*|javascript\s+is\s+(not\s+enabled|disabled|turned\s+off)\b.*|(please\s+)?(enable|turn\s+on)\s+javascript\b.*|you\s+are\s+here\s*:.*|you\s+are\s+here|translate(\s+this\s+(page|site|website))?|text\s+size:?(\s*a){0,3}|(a\s+){2}a|listen(\s+to\s+this\s+page)?|(rate|print|email|e-mail|share|bookmark|download|save)\s+this\s+(page|article)|report\s+a\s+(problem|broken\s+link|fault|mistake)(\s+(with|on)\s+this\s+page)?|tell\s+us\s+what\s+you\s+think(\s+(of|about)\s+this\s+(page|website|site))?|help\s+us\s+improve(\s+this\s+(page|website|site))?(\s+by\s+giving\s+(us\s+)?(your\s+)?feedback)?|(is\s+there\s+)?anything\s+wrong\s+with\s+this\s+page\??|did\s+you\s+find\s+what\s+you\s+were\s+looking\s+for\??|newsletter\s+sign\s*-?\s*up|sign\s+up\s+(to|for)\s+(our\s+)?(newsletter|e-?mail\s+(updates|alerts))|subscribe\s+to\s+(our\s+)?(mailing\s+list|newsletter|e-?mail\s+(updates|alerts))|\*\s*indicates\s+(a\s+)?required(\s+field)?|follow\s+us(\s+on\s+[a-z ()]{1,30})?|share\s+(on|via|by|to)\s+(facebook|x|twitter|linkedin|whatsapp|e-?mail)|facebook|twitter|x\s*\(twitter\)|linkedin|instagram|youtube|tiktok|bluesky|whatsapp|flickr|(website|site)\s+(by|design(ed)?\s+by|built\s+by|powered\s+by)\b.{0,60}|powered\s+by\s+[^.]{1,40}|library\s+view\s+options.*|(library|intranet|site)\s+home(\s+[-/>›»]\s+[^.]{1,60}){1,}|back\s+to\s+(the\s+)?(top|home(\s*page)?|previous\s+page)|(return\s+to|go\s+to)\s+(the\s+)?top(\s+of\s+(the\s+)?page)?|top\s+of\s+page|supporting\s+documents:?|additional\s+documents:?|(this\s+)?(document|page)\s+(was\s+)?(downloaded|printed)\s+(from|on)\b.*|uncontrolled\s+(copy\s+)?(when|if)\s+printed\.?|official(\s*[-–—:]?\s*sensitive)?|not\s+protectively\s+marked|home(\s+/\s+[^/.]{1,60}){2,})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SiteChrome();

    /// <summary>
    /// "Published: 12 May 2023 | Updated: 2 June 2024", "Printed on 14/03/2025 at 10:32", "Last updated 4 January 2022,
    /// version 3": a line of nothing but stamp words, dates, times and version numbers, with at least one date.
    /// </summary>
    private static bool DateStamp(string clean)
    {
        if (clean.Length > 120 || !HasDate().IsMatch(clean)) return false;
        var rest = StampDate().Replace(clean, " ");
        rest = StampTime().Replace(rest, " ");
        rest = StampVersion().Replace(rest, " ");
        rest = StampWord().Replace(rest, " ");
        return !rest.Any(char.IsLetterOrDigit);
    }

    // Welsh councils print the month in both languages: "4 Mawrth / March 2022".
    [GeneratedRegex(@"([0-9]{1,2}(st|nd|rd|th)?\s+)?((ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)\s*/\s*)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+[0-9]{4}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampDate();

    [GeneratedRegex(@"\b[0-9]{1,2}[:.][0-9]{2}(\s*(am|pm))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampTime();

    [GeneratedRegex(@"\b(version|issue|revision|rev\.?|v)\s*[0-9]{1,3}(\.[0-9]{1,3}){0,2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampVersion();

    // The Welsh words are those of a bilingual stamp: "Mabwysiadwyd gan y Cyngor / Adopted by Council: 14 March 2024".
    [GeneratedRegex(@"\b(page|last|next|updated|reviewed|revised|modified|published|printed|created|issued|review|due|date|on|at|(adopted|approved|agreed)(\s+by\s+(the\s+)?(full\s+)?council)?|tudalen|diweddarwyd|adolygwyd|cyhoeddwyd|(mabwysiadwyd|cymeradwywyd)(\s+gan\s+y\s+cyngor(\s+llawn)?)?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampWord();

    /// <summary>
    /// "Author: Monitoring Officer", "Review date: May 2027", "Version: 2.1": one document-control field of a policy template
    /// with a short value that is no sentence. "Owner: the Monitoring Officer keeps this protocol under review." stays.
    /// Read on the line as printed (not lower-cased): the value's first letter tells a field from a definition.
    /// </summary>
    private static bool ControlField(string clean)
    {
        var m = ControlFieldShape().Match(clean);
        if (!m.Success || clean.Length > 90) return false;
        var value = m.Groups["value"].Value.Trim();
        // A control field's value is a name, a date or a number ("Monitoring Officer", "May 2027", "2.1"); a definition's
        // starts in lower case ("Owner: the person who …").
        return value.Length > 0 && (char.IsUpper(value[0]) || char.IsDigit(value[0])) && !".;!?".Contains(value[^1])
            && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    [GeneratedRegex(@"^(author|document\s+(owner|title|name|ref(erence)?|number|status|type)|policy\s+(owner|title)|owner|lead\s+officer|responsible\s+officer|status|version(\s+(number|no\.?))?|approved\s+by|date\s+approved|approval\s+date|date\s+of\s+approval|adopted\s+by|date\s+adopted|date\s+of\s+adoption|effective\s+(date|from)|issue\s+date|date\s+of\s+issue|review\s+date|next\s+review(\s+date)?|last\s+(reviewed|updated)|classification|security\s+classification)\s*:\s*(?<value>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ControlFieldShape();

    /// <summary>
    /// "S:\Legal\Constitution\Protocol v3.docx", "https://www.example.gov.uk/protocol", "Protocol appendix A pdf icon PDF 212 KB",
    /// "Equality impact assessment [PDF, 0.3MB]": a file's path, a bare address or a download link with its size. A list
    /// entry keeps its line: it may name a document the protocol refers to.
    /// </summary>
    private static bool FileReference(string clean) =>
        clean.Length <= 200 && !clean.StartsWith('-') && !clean.StartsWith('•') && !clean.EndsWith('.') && FileReferenceShape().IsMatch(clean);

    [GeneratedRegex(@"^([a-z]:\\|\\\\|file:///)\S.*$|\b(pdf|docx?|xlsx?|odt|rtf)\b[\s,]*[0-9]+(\.[0-9]+)?\s*(kb|mb)\b\]?\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileReferenceShape();

    /// <summary>"Agenda Item 7", "Agenda item 7 – Appendix A": the label a committee report puts over its appendix.</summary>
    [GeneratedRegex(@"^agenda\s+item\s*(no\.?\s*)?[0-9]{1,3}[a-z]?(\s*[-–—:,(]?\s*(appendix|annex)\s+[0-9a-z]{1,3}\)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItem();

    /// <summary>
    /// "Anker Vale Borough Council – Member–Officer Protocol – adopted by Council 26 February 2025": pieces between spaced
    /// dashes that are each the document's or authority's name, the constitution or a part of it, a numbered protocol,
    /// a version or a date stamp, at least one of them more than a name (a title line of names alone is a title).
    /// </summary>
    private static bool DashedFooter(string key, string[] names)
    {
        var pieces = SpacedDash().Split(key).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (pieces.Length < 2) return false;
        bool IsName(string p) => p.Length <= 120 && names.Any(n => p.Contains(n, StringComparison.Ordinal));
        bool IsStamp(string p) => IsFooterText(p) || PartOrSection().IsMatch(p) || ConstitutionPiece().IsMatch(p) || NumberedDocument().IsMatch(p);
        return pieces.All(p => IsName(p) || IsStamp(p)) && pieces.Any(p => !IsName(p) && IsStamp(p));
    }

    [GeneratedRegex(@"\s+[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^(protocol|code|schedule|annex|appendix|part|section)\s+[0-9]{1,2}[a-z]?$|^constitution\s+(part|section)\s+[0-9]{1,2}[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedDocument();

    /// <summary>"Cyfansoddiad / Constitution – Rhan 5 / Part 5": the constitution (and its part) named as a running head, in either language.</summary>
    [GeneratedRegex(@"^(constitution|cyfansoddiad)(\s*[-–—:,]?\s*(part|rhan)\s+[0-9]{1,2}[a-z]?)?$|^rhan\s+[0-9]{1,2}[a-z]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConstitutionPiece();

    /// <summary>"Tudalen 3 o 12 / Page 3 of 12": the two halves of a bilingual line, each of which may be furniture.</summary>
    [GeneratedRegex(@"\s+/\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BilingualHalves();

    /// <summary>
    /// A whole line that is only links to places on the page ("- [Purpose](#purpose)"): an "On this page" list, which
    /// repeats the headings below it.
    /// </summary>
    private static bool IsLinkChrome(string line) => AnchorLinksOnly().IsMatch(line.Trim());

    [GeneratedRegex(@"^([-*•]\s+)?(\[[^\]]{1,80}\]\(#[^)\s]{1,80}\)[\s|,]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorLinksOnly();

    /// <summary>A running head seen once: a short line naming the constitution or a part, and a page, by number.</summary>
    private static bool RunningHeadShape(string key) =>
        key.Length <= 100 && !key.EndsWith('.') && RunningHeadPage().IsMatch(key) && (key.Contains("constitution", StringComparison.Ordinal) || PartNumber().IsMatch(key));

    [GeneratedRegex(@"\b(page|tudalen)\s*[0-9]{1,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeadPage();

    [GeneratedRegex(@"\b(part|section|chapter)\s+[0-9]{1,2}[a-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartNumber();

    /// <summary>"Appendix A" next to an "Agenda Item 7" line: the report's label for the protocol, not a heading of it.</summary>
    private static IEnumerable<int> AgendaLabels(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found)
    {
        for (var k = 0; k < content.Length; k++)
        {
            if (!AgendaItem().IsMatch(Key(lines[content[k]].Text))) continue;
            foreach (var n in new[] { k - 1, k + 1 })
                if (n >= 0 && n < content.Length && !found.Contains(content[n]) && AppendixLabel().IsMatch(Key(lines[content[n]].Text)))
                    yield return content[n];
        }
    }

    [GeneratedRegex(@"^(appendix|annex)\s+[0-9a-z]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppendixLabel();

    /// <summary>
    /// A version-history table (a header row of document-control words only, one of them a version) and the "Document
    /// history" heading over it when nothing else sits under that heading. "Version control of advice" is no such heading.
    /// </summary>
    private static IEnumerable<int> DocumentHistory(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found)
    {
        var result = new List<int>();
        for (var k = 0; k + 1 < content.Length; k++)
        {
            var header = lines[content[k]].Text.Trim();
            if (!header.Contains('|', StringComparison.Ordinal) || !TableRule().IsMatch(lines[content[k + 1]].Text.Trim())) continue;
            var cells = header.Trim('|').Split('|').Select(c => InlineText.Clean(c).Trim().ToLowerInvariant()).ToArray();
            if (cells.Length < 2 || !cells.All(c => HistoryColumn().IsMatch(c)) || !cells.Any(c => c is "version" or "revision" or "issue" or "version no" or "version number")) continue;
            var end = k + 2;
            while (end < content.Length && lines[content[end]].Text.Contains('|', StringComparison.Ordinal)) end++;
            for (var n = k; n < end; n++) result.Add(content[n]);
            // The heading right above it, when it only names the history ("Document history", "Version control").
            if (k > 0 && HistoryHeading().IsMatch(Key(lines[content[k - 1]].Text).TrimEnd(':'))) result.Add(content[k - 1]);
            k = end - 1;
        }
        return result.Where(i => !found.Contains(i));
    }

    [GeneratedRegex(@"^(version(\s+(no\.?|number))?|revision|issue|date|date\s+(of\s+)?(change|issue|approval)|author|owner|amended\s+by|changed\s+by|approved(\s+by)?|status|(summary\s+of\s+|description\s+of\s+)?(changes?|amendments?)|description|reason(\s+for\s+change)?|comments?|details|section(s)?\s+changed)$", RegexOptions.CultureInvariant)]
    private static partial Regex HistoryColumn();

    [GeneratedRegex(@"^((document|version|revision|change|amendment)\s+(history|control|log|record)|record\s+of\s+(changes|amendments))$", RegexOptions.CultureInvariant)]
    private static partial Regex HistoryHeading();

    /// <summary>
    /// A web site's menu copied above the text, one entry a line: three or more short capitalised labels (or lines that are
    /// only links) before the first heading, clause or sentence, most of them the labels site menus use ("Home", "About
    /// us", "Meetings", "Contact us"). A list under a lead-in is never above the first sentence, so it is never read so.
    /// </summary>
    private static IEnumerable<int> LeadingMenu(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found)
    {
        var run = new List<(int Line, bool Menu)>();
        var result = new List<int>();
        void Close()
        {
            var menuWords = run.Count(r => r.Menu);
            // The site's name above its menu is no menu entry: only the stretch from the first entry to the last goes.
            if (run.Count >= 3 && menuWords * 2 >= run.Count && menuWords >= 3)
            {
                var first = run.FindIndex(r => r.Menu);
                var last = run.FindLastIndex(r => r.Menu);
                result.AddRange(run[first..(last + 1)].Select(r => r.Line));
            }
            run.Clear();
        }
        foreach (var i in content)
        {
            if (found.Contains(i)) { Close(); continue; }
            var raw = lines[i].Text.Trim();
            if (raw.StartsWith('#')) break;
            var link = MarkdownLinkOnly().IsMatch(raw);
            var text = InlineText.Clean(raw.TrimStart('-', '*', '•').Trim());
            var label = text.Length is > 0 and <= 30 && char.IsUpper(text[0]) && !".:;,!?".Contains(text[^1])
                && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && !NumberedStart().IsMatch(text);
            if (!label && !link) break;
            run.Add((i, MenuLabel().IsMatch(text) || link));
        }
        Close();
        return result;
    }

    [GeneratedRegex(@"^([-*•]\s+)?\[[^\]]{1,60}\]\([^)\s]{1,200}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLinkOnly();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressOnly();

    [GeneratedRegex(@"^(home(\s*page)?|about(\s+(us|the\s+council))?|contact(\s+us)?|news(\s+and\s+events)?|events|what's\s+on|(the\s+|your\s+)?council(lors)?|meetings|agendas(\s+and\s+minutes)?|minutes|documents|policies(\s+and\s+procedures)?|services|planning|finance|publications|information|links|gallery|search|log\s*in|sign\s+in|my\s+account|residents|business|jobs|vacancies|community|site\s*map|menu|faqs?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MenuLabel();

    /// <summary>
    /// What a web page puts after its text: the council's name, address, telephone, e-mail and clerk, its footer links and
    /// social accounts, a "Was this page helpful?" box's answers. Read back from the end while every line is such a line;
    /// the block counts only after a sentence, a heading or other furniture, so contact details a clause introduces
    /// ("Raise a concern with:" over an address) stay text.
    /// </summary>
    private static IEnumerable<int> TrailingFooter(IReadOnlyList<SourceLine> lines, int[] content, HashSet<int> found, string[] names)
    {
        var k = content.Length - 1;
        var fresh = new List<int>();
        // Contact lines alone may be the protocol's own last words ("… contact the Monitoring Officer." over a telephone
        // number): the block needs a line only a site's footer has (a footer link, the council's name, other furniture).
        var chrome = false;
        for (; k > 0; k--)
        {
            var i = content[k];
            if (found.Contains(i)) { chrome = true; continue; }
            var text = Plain(lines[i].Text);
            var key = text.ToLowerInvariant();
            if (FooterLink(key) || names.Contains(key)) { chrome = true; fresh.Add(i); }
            else if (PostalAddress(lines[i].Text) || ContactLine(text)) fresh.Add(i);
            else break;
        }
        if (fresh.Count == 0) return [];
        var before = k >= 0 ? InlineText.Clean(lines[content[k]].Text.Trim()) : "";
        var afterSentence = k < 0 || found.Contains(content[k]) || lines[content[k]].Text.TrimStart().StartsWith('#') || before.Length == 0 || ".!?".Contains(before[^1]);
        if (afterSentence && chrome) return fresh;
        // Otherwise only the older rule holds: the council's address lines at the very end are furniture whatever precedes them.
        var addresses = new List<int>();
        for (var n = content.Length - 1; n > 0 && (found.Contains(content[n]) || PostalAddress(lines[content[n]].Text)); n--)
            if (!found.Contains(content[n])) addresses.Add(content[n]);
        return addresses;
    }

    /// <summary>"Tel: 01632 960123", "Email: clerk@example.gov.uk", "Clerk: Mrs A Hughes": one contact detail on a line of its own.</summary>
    private static bool ContactLine(string text) => text.Length <= 100 && ContactLineShape().IsMatch(text);

    [GeneratedRegex(@"^((tel|telephone|phone|mobile|t|e|email|e-mail|fax|web|website)\s*[.:]?\s*)?([+0-9][0-9 ()]{8,}|[^\s@]+@[^\s@]+\.[a-z.]{2,}|(https?://|www\.)\S+)$|^[a-z ]{2,30}:\s*(mr|mrs|ms|miss|dr|cllr)\.?\s+[a-z][a-z .'-]{1,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactLineShape();

    /// <summary>A footer's link or a feedback box's answer on a line of its own.</summary>
    private static bool FooterLink(string key) => NavigationLink().IsMatch(key) || key is "yes" or "no" or "email" or "e-mail" || IsSiteChrome(key);
}
