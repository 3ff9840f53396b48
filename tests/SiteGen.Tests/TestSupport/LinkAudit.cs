using AngleSharp.Html.Parser;

namespace SiteGen.Tests.TestSupport;

/// <summary>Parses every page of a built site once and reports links whose file or #fragment does not exist.</summary>
public static class LinkAudit
{
    public static IReadOnlyList<string> BrokenLinks(string siteDir)
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(siteDir, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFullPath(p), p => parser.ParseDocument(File.ReadAllText(p)), StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => p.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var (path, doc) in pages)
        {
            var links = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(doc.QuerySelectorAll("script[src], img[src]").Select(s => s.GetAttribute("src")!));
            foreach (var href in links)
            {
                if (href.StartsWith("http:", StringComparison.Ordinal) || href.StartsWith("https:", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var where = $"{Path.GetRelativePath(siteDir, path)} → {href}";
                if (href.StartsWith('/')) { broken.Add(where + " (root-absolute links break file:// and subpaths)"); continue; }
                var hash = href.IndexOf('#');
                var file = hash >= 0 ? href[..hash] : href;
                // compare.html?of=hackney&peers=type is the file compare.html: the query is for its script.
                if (file.IndexOf('?', StringComparison.Ordinal) is var query and >= 0) file = file[..query];
                var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
                var target = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
                if (!target.StartsWith(Path.GetFullPath(siteDir), StringComparison.Ordinal)) { broken.Add(where + " (leaves the site)"); continue; }
                if (!File.Exists(target)) { broken.Add(where + " (no such file)"); continue; }
                if (fragment is { Length: > 0 } && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
                    broken.Add(where + " (no such anchor)");
            }
        }
        return broken;
    }
}
