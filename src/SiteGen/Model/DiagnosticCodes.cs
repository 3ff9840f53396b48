using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>One diagnostic code: where it comes from, how serious it usually is (strict mode makes warnings errors), and what it says.</summary>
/// <param name="Stage">The pipeline stage or command that reports it: load, normalise, analyse, reports, render, write, build, cli, pdf, serve, check.</param>
/// <param name="Meaning">What the message says, as the README's table shows it; the message itself adds the specifics and what to do.</param>
public sealed record DiagnosticCode(string Code, string Stage, Severity Severity, string Meaning);

/// <summary>
/// Every SGnnnn code SiteGen reports, in one place. Adding a code is one line here; a test checks that each code is
/// unique, is used in the program and is in the README's table (which it can rewrite), and that the program uses no
/// code missing from here. Ranges: 01xx load, 02xx–03xx normalise, 04xx templates, 05xx write, 06xx analysis (0600–0629)
/// and report references (0630–0649), 065x printing, 07xx serve, 08xx check, 09xx unexpected failures, 15xx untrusted input.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly ImmutableArray<DiagnosticCode> All =
    [
        new("SG0100", "load", Severity.Error, "there is no `site.json` in the site folder"),
        new("SG0101", "load", Severity.Error, "`site.json` is not valid JSON, has an unknown setting, a setting given twice or a value of the wrong kind"),
        new("SG0102", "load", Severity.Error, "`site.json` is empty"),
        new("SG0103", "load", Severity.Error, "`site.json` has no `title`"),
        new("SG0104", "load", Severity.Error, "`baseUrl` is not a full http(s) address"),
        new("SG0105", "load", Severity.Error, "`contentDir`, `templatesDir` or `outputDir` is not a folder inside the site folder"),
        new("SG0110", "load", Severity.Error, "a content file has no front matter"),
        new("SG0111", "load", Severity.Error, "the front matter is never closed with `---`"),
        new("SG0112", "load", Severity.Error, "the front matter is empty"),
        new("SG0113", "load", Severity.Error, "the front matter is not valid YAML, or has an unknown field"),
        new("SG0114", "load", Severity.Error, "the front matter is a list or a single value, not `field: value` lines"),
        new("SG0115", "load", Severity.Error, "a front matter field has the wrong shape (a list where text belongs, or the reverse)"),
        new("SG0116", "load", Severity.Error, "a front matter field is given twice"),
        new("SG0120", "load", Severity.Error, "a required front matter field is missing or empty"),
        new("SG0121", "load", Severity.Error, "a front matter value is not one of the allowed choices"),
        new("SG0122", "load", Severity.Error, "a date is not yyyy-mm-dd, yyyy-mm or yyyy"),
        new("SG0123", "load", Severity.Error, "an extract has no `quoted_in`"),
        new("SG0124", "load", Severity.Error, "`source_url` is not an http(s) address"),
        new("SG0125", "load", Severity.Error, "`quoted_in` names a report that does not exist"),
        new("SG0126", "load", Severity.Error, "`quoted_in` is not a report's file name"),
        new("SG0130", "load", Severity.Error, "a file name cannot be used as a page name (not lower-case words and hyphens, or reserved)"),
        new("SG0131", "load", Severity.Error, "two protocols would be published under the same name"),
        new("SG0140", "load", Severity.Error, "a file is a link that leads outside its folder, or round in a loop"),
        new("SG0141", "load", Severity.Error, "a file is over 10 MB"),
        new("SG0142", "load", Severity.Error, "a file could not be read"),
        new("SG0143", "load", Severity.Error, "a file is empty"),
        new("SG0144", "load", Severity.Error, "a file is binary, not text"),
        new("SG0145", "load", Severity.Error, "a file is not valid UTF-8"),
        new("SG0146", "load", Severity.Warning, "a file that is not `.md` in a content folder is ignored"),
        new("SG0147", "load", Severity.Error, "a content folder could not be read"),
        new("SG0150", "load", Severity.Error, "there are no protocols"),
        new("SG0160", "load", Severity.Error, "an appendix is empty"),
        new("SG0161", "load", Severity.Error, "an appendix letter is not A–Z or 1–99"),
        new("SG0162", "load", Severity.Error, "two appendices have the same letter"),
        new("SG0163", "load", Severity.Error, "an appendix has no title"),
        new("SG0164", "load", Severity.Error, "an appendix includes nothing"),
        new("SG0170", "load", Severity.Error, "a report line is over 20,000 characters"),
        new("SG0171", "load", Severity.Error, "a report nests quotes, lists or brackets too deeply"),
        new("SG0172", "load", Severity.Error, "a report has more Markdown markup in one block than SiteGen will read (a count, not a time)"),
        new("SG0201", "normalise", Severity.Warning, "an unnumbered paragraph is kept as part of the clause before it"),
        new("SG0202", "normalise", Severity.Warning, "an unnumbered paragraph after a heading is published with a positional number"),
        new("SG0203", "normalise", Severity.Warning, "a list has no introducing paragraph"),
        new("SG0204", "normalise", Severity.Warning, "clause numbering goes backwards or repeats"),
        new("SG0205", "normalise", Severity.Warning, "an item label does not follow on from the one before"),
        new("SG0206", "normalise", Severity.Info, "an OCR-style item label was read as another letter"),
        new("SG0207", "normalise", Severity.Warning, "a tab-separated table was not recognised as a two-sided list"),
        new("SG0208", "normalise", Severity.Warning, "a clause number is used more than once"),
        new("SG0209", "normalise", Severity.Warning, "a clause number is too many levels deep"),
        new("SG0301", "normalise", Severity.Info, "a table of contents was skipped"),
        new("SG0302", "normalise", Severity.Info, "running headers or footers were removed"),
        new("SG0401", "render", Severity.Warning, "a template problem"),
        new("SG0402", "load", Severity.Error, "there is no `layout.html` template"),
        new("SG0403", "build", Severity.Error, "a template failed while rendering"),
        new("SG0404", "load", Severity.Error, "the templates folder could not be read"),
        new("SG0405", "load", Severity.Error, "a template file is a link that leads outside the templates folder"),
        new("SG0501", "write", Severity.Error, "the output folder was not made by SiteGen, or holds files SiteGen did not write"),
        new("SG0502", "write", Severity.Error, "the site could not be written"),
        new("SG0503", "write", Severity.Error, "another build is writing the output folder"),
        new("SG0600", "load", Severity.Info, "there is no `content/taxonomy.yml`, so no analysis pages"),
        new("SG0601", "load", Severity.Error, "`taxonomy.yml` or `overrides.yml` is not valid YAML, has an unknown or repeated field, an empty entry or the wrong shape"),
        new("SG0602", "load", Severity.Error, "a required taxonomy or overrides field is missing"),
        new("SG0603", "load", Severity.Error, "a taxonomy id is not lower-case words joined by hyphens"),
        new("SG0604", "load", Severity.Error, "a taxonomy id is used twice, or a clause has two overrides"),
        new("SG0605", "load", Severity.Error, "a phrase has only stop-words"),
        new("SG0606", "load", Severity.Error, "an unknown theme in an expectation or an override"),
        new("SG0607", "analyse", Severity.Error, "an override names a clause that does not exist"),
        new("SG0608", "analyse", Severity.Error, "`not_quoted` names an unknown authority"),
        new("SG0609", "analyse", Severity.Error, "`not_quoted` names an unknown report"),
        new("SG0610", "analyse", Severity.Error, "the `not_quoted` quote is not in the report"),
        new("SG0611", "load", Severity.Error, "`covers` is neither `escalation` nor a theme id"),
        new("SG0612", "load", Severity.Error, "a theme, expectation, role or override that could never match anything"),
        new("SG0613", "load", Severity.Error, "`overrides.yml` without `taxonomy.yml`"),
        new("SG0614", "load", Severity.Warning, "two phrases of one entry match the same stems"),
        new("SG0615", "load", Severity.Warning, "a phrase matches on a single word, because its other words are stop-words"),
        new("SG0620", "analyse", Severity.Warning, "no clause of any protocol is on a theme"),
        new("SG0630", "reports", Severity.Error, "`themes=` names a theme that is not in the taxonomy"),
        new("SG0631", "reports", Severity.Error, "`expectations=` names an expectation that is not in the taxonomy"),
        new("SG0633", "reports", Severity.Error, "an analysis embed in a site without a taxonomy"),
        new("SG0640", "reports", Severity.Error, "a `[[…]]` SiteGen cannot read"),
        new("SG0641", "reports", Severity.Error, "a reference names no protocol"),
        new("SG0642", "reports", Severity.Error, "the authority has no such clause or section"),
        new("SG0643", "reports", Severity.Error, "a block embed is written inside a sentence"),
        new("SG0644", "reports", Severity.Error, "an appendix `include` is not one block embed"),
        new("SG0645", "reports", Severity.Warning, "a clause of an extract is not found in the report that quotes it"),
        new("SG0650", "pdf", Severity.Error, "Chromium is missing"),
        new("SG0651", "pdf", Severity.Error, "a print failed"),
        new("SG0652", "pdf", Severity.Error, "printing was cancelled"),
        new("SG0701", "serve", Severity.Error, "a preview build failed without saying why"),
        new("SG0702", "serve", Severity.Error, "a preview build crashed"),
        new("SG0801", "check", Severity.Error, "a link or resource points at a file that is not in the site"),
        new("SG0802", "check", Severity.Error, "a link's `#anchor` is not on the target page"),
        new("SG0803", "check", Severity.Error, "a link starts with `/`: it breaks on a file share and under a sub-path"),
        new("SG0804", "check", Severity.Error, "a relative link climbs out of the site folder"),
        new("SG0805", "check", Severity.Error, "a link points at a folder"),
        new("SG0806", "check", Severity.Error, "a `//host` link"),
        new("SG0807", "check", Severity.Error, "a link with a backslash"),
        new("SG0808", "check", Severity.Error, "a link whose letter case does not match the file (breaks on GitHub Pages)"),
        new("SG0809", "check", Severity.Error, "a `file:` link"),
        new("SG0811", "check", Severity.Warning, "a page has a `<base>` element, so its links were not checked"),
        new("SG0820", "check", Severity.Error, "the Nu Html Checker's errors"),
        new("SG0821", "check", Severity.Warning, "the Nu Html Checker's warnings"),
        new("SG0822", "check", Severity.Error, "the Nu Html Checker could not read a file"),
        new("SG0830", "check", Severity.Error, "an axe-core WCAG 2.2 A/AA failure (`[reflow]`: the page does not fit 320 pixels wide)"),
        new("SG0831", "check", Severity.Error, "a page could not be opened in the browser"),
        new("SG0890", "check", Severity.Error, "a tool a check needs is missing or failed"),
        new("SG0900", "build", Severity.Error, "SiteGen failed unexpectedly in a stage (please report it with the file)"),
        new("SG1501", "load", Severity.Error, "a front matter value is longer than its field allows (`short_name` 100 characters, most others 500)"),
        new("SG1502", "load", Severity.Error, "a named pipe, socket or device where a content or template file should be"),
        new("SG1503", "cli", Severity.Error, "the build was cancelled by Ctrl+C or SIGTERM; nothing was published (exit code 130)"),
        new("SG1504", "load", Severity.Error, "`content/` or `templates/` is a link that leads outside the site folder"),
        new("SG1505", "write", Severity.Error, "two outputs would be written to the same file (the message names both sources)"),
        new("SG1507", "write", Severity.Error, "SiteGen may not write the output folder or the folder it is in (read-only)"),
        new("SG1508", "reports", Severity.Error, "a report link or image starts `//` or `\\`: it leads to another computer without saying so"),
        new("SG1509", "load", Severity.Error, "a folder setting in `site.json` holds a character no folder name can have"),
        new("SG1510", "load", Severity.Error, "YAML aliases expand `taxonomy.yml` or `overrides.yml` past 100,000 entries"),
        new("SG1512", "load", Severity.Error, "a file is UTF-16 without a byte order mark"),
        new("SG1513", "load", Severity.Error, "a taxonomy id is a Windows device name, `index`, or over 80 characters"),
    ];

    private static readonly ImmutableDictionary<string, DiagnosticCode> ByCode = All.GroupBy(c => c.Code, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The registered code, or null for one that is not registered.</summary>
    public static DiagnosticCode? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The README's table of codes, generated from <see cref="All"/>.</summary>
    public static string MarkdownTable() =>
        "| code | stage | severity | meaning |\n| --- | --- | --- | --- |\n" +
        string.Concat(All.Select(c => $"| {c.Code} | {c.Stage} | {c.Severity.ToString().ToLowerInvariant().Replace("info", "note", StringComparison.Ordinal)} | {c.Meaning} |\n"));
}
