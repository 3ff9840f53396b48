using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Checks.Links;

/// <summary>
/// Checks every link and embedded resource in a built site without a server or network: targets exist inside the
/// site, #fragments exist, and nothing depends on being served from a host root. Each page is parsed once.
/// </summary>
internal static class LinkChecker
{
    /// <summary>Checks the site in <paramref name="siteFolder"/>.</summary>
    public static LinkCheckResult Check(string siteFolder, LinkCheckOptions? options = null)
    {
        options ??= new LinkCheckOptions();
        var started = Stopwatch.GetTimestamp();
        var site = new SiteInventory(siteFolder);
        var pages = ScanPages(site);

        var findings = new List<Diagnostic>();
        var external = new List<ExternalLink>();
        var linkCount = 0;
        foreach (var page in pages.Values.OrderBy(p => p.RelativePath, StringComparer.Ordinal))
        {
            if (page.BaseElementLine > 0)
            {
                findings.Add(new Diagnostic(page.RelativePath, page.BaseElementLine, 0, Severity.Warning, CheckCodes.BaseElement,
                    "This page has a <base> element, which changes where every relative link points; its links were not checked."));
                continue;
            }
            foreach (var link in page.Links)
            {
                linkCount++;
                var problem = Evaluate(page, link, site, pages, options, external);
                if (problem is not null) findings.Add(problem);
            }
        }

        findings.Sort(CompareLocation);
        return new LinkCheckResult(findings, external, pages.Count, linkCount, Stopwatch.GetElapsedTime(started));
    }

    private static Dictionary<string, PageScan> ScanPages(SiteInventory site)
    {
        var scans = new ConcurrentBag<PageScan>();
        // Parsing dominates; pages are independent, so spread them over the cores with one parser per worker.
        Parallel.ForEach(site.Files.Where(SiteInventory.IsPage), PageScanner.CreateParser, (page, _, parser) =>
        {
            var html = File.ReadAllText(Path.Combine(site.Root, page));
            scans.Add(PageScanner.Scan(page, html, parser));
            return parser;
        }, _ => { });
        return scans.ToDictionary(s => s.RelativePath, StringComparer.Ordinal);
    }

    private static Diagnostic? Evaluate(PageScan page, LinkReference link, SiteInventory site, Dictionary<string, PageScan> pages,
        LinkCheckOptions options, List<ExternalLink> external)
    {
        Diagnostic Error(string code, string message) =>
            new(page.RelativePath, link.Line, link.Column, Severity.Error, code, $"{Describe(link)} {message}");

        var folder = SitePaths.FolderOf(page.RelativePath);
        switch (LinkClassifier.Classify(link.Url))
        {
            case LinkKind.Ignored:
                return null;
            case LinkKind.External:
                external.Add(new ExternalLink(link.Url, page.RelativePath, link.Line, link.Column));
                return null;
            case LinkKind.LocalFile:
                return Error(CheckCodes.LocalFileUrl, "points at a file on one particular computer, which nobody else can open. Copy the file into the site and link to it relatively.");
            case LinkKind.ProtocolRelative:
                return Error(CheckCodes.ProtocolRelativeLink, "starts with \"//\"; opened from a file share it becomes file://… and fails. Write the full https:// address.");
            case LinkKind.Backslash:
                return Error(CheckCodes.BackslashInLink, "contains a backslash; only Windows reads that as a folder separator. Use '/'.");
            case LinkKind.RootAbsolute root:
                var target = SitePaths.Combine("", root.Path) ?? "";
                var suggestion = SitePaths.Relative(folder, target.Length == 0 ? "index.html" : target) + (root.Fragment is null ? "" : "#" + root.Fragment);
                return Error(CheckCodes.RootAbsoluteLink, $"starts with '/', so it breaks when the site is opened from a file share or published under a sub-path (GitHub Pages project sites). Use the relative link \"{suggestion}\".");
            case LinkKind.Relative relative:
                return EvaluateRelative(page, folder, relative, site, pages, options, Error);
            default:
                return null;
        }
    }

    private static Diagnostic? EvaluateRelative(PageScan page, string folder, LinkKind.Relative link, SiteInventory site,
        Dictionary<string, PageScan> pages, LinkCheckOptions options, Func<string, string, Diagnostic> error)
    {
        if (link.Path.Length == 0) return CheckFragment(page, link.Fragment, error); // "#x", "?q" or "": this page

        var resolved = SitePaths.Combine(folder, link.Path);
        if (resolved is null) return error(CheckCodes.EscapesSite, "goes above the site folder, so it breaks wherever the site is copied or published.");

        var pointsAtFolder = link.Path.EndsWith('/') || site.HasFolder(resolved);
        if (pointsAtFolder)
        {
            var index = resolved.Length == 0 ? "index.html" : resolved + "/index.html";
            if (!site.HasFolder(resolved)) return error(CheckCodes.MissingTarget, $"points to a folder that is not in the site ({resolved}/).");
            if (!options.AllowFolderLinks)
                return error(CheckCodes.FolderLink, $"points to a folder; opened from a file share that shows a folder listing, not the page. Link to \"{SitePaths.Relative(folder, index)}\".");
            if (!site.HasFile(index)) return error(CheckCodes.MissingTarget, $"points to a folder with no index.html ({index}).");
            resolved = index;
        }
        else if (!site.HasFile(resolved))
        {
            return site.CaseInsensitiveMatch(resolved) is { } actual
                ? error(CheckCodes.CaseMismatch, $"matches the file {actual} only if letter case is ignored: it works on Windows but breaks on GitHub Pages.")
                : error(CheckCodes.MissingTarget, $"points to {resolved}, which is not in the site.");
        }

        return pages.TryGetValue(resolved, out var targetPage) ? CheckFragment(targetPage, link.Fragment, error) : null;
    }

    private static Diagnostic? CheckFragment(PageScan target, string? fragment, Func<string, string, Diagnostic> error)
    {
        // No fragment, "#", "#top" (scrolls to the top by the HTML standard) and text fragments ("#:~:text=") always work.
        if (fragment is null || fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith(":~:", StringComparison.Ordinal))
            return null;
        if (target.Anchors.Contains(fragment) || target.Anchors.Contains(Uri.UnescapeDataString(fragment))) return null;
        return error(CheckCodes.MissingAnchor, $"points to #{fragment}, but {target.RelativePath} has no element with id=\"{Uri.UnescapeDataString(fragment)}\".");
    }

    private static string Describe(LinkReference link) => $"Link \"{link.Url}\" ({link.Attribute})";

    private static int CompareLocation(Diagnostic a, Diagnostic b)
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0) return byFile;
        var byLine = a.Line.CompareTo(b.Line);
        return byLine != 0 ? byLine : a.Column.CompareTo(b.Column);
    }
}
