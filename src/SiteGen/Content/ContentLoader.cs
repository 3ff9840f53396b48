using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Presentation;
using SiteGen.Rendering;

namespace SiteGen.Content;

/// <summary>Everything a build reads, parsed and validated but not yet normalised.</summary>
internal sealed record LoadedContent(
    SiteConfig Config,
    ImmutableArray<ProtocolDocument> Protocols,
    ImmutableArray<SourceFile> ProtocolSources,
    ImmutableArray<Report> Reports);

/// <summary>The load stage: reads site.json and the content folders. The only part of the pipeline that reads content from disk.</summary>
internal static class ContentLoader
{
    public const string ConfigFile = "site.json";

    public static (LoadedContent? Content, ImmutableArray<Diagnostic> Diagnostics) Load(string siteRoot)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!File.Exists(Path.Combine(siteRoot, ConfigFile)))
            return (null, [Diagnostic.Error(ConfigFile, 0, "SG0100",
                $"No site.json in {Path.GetFullPath(siteRoot)}. Run SiteGen from your site folder (the one with site.json and content/), or pass --site <folder>.")]);

        var (configFile, configReadError) = ContentReader.Read(siteRoot, ConfigFile);
        if (configFile is null) return (null, [configReadError!]);
        var (config, configErrors) = SiteConfigParser.Parse(configFile);
        if (config is null) return (null, configErrors);

        var protocols = ImmutableArray.CreateBuilder<ProtocolDocument>();
        var sources = ImmutableArray.CreateBuilder<SourceFile>();
        var (protocolPaths, protocolNotes) = ContentReader.List(siteRoot, config.ContentDir + "/protocols");
        diagnostics.AddRange(protocolNotes);
        if (protocolPaths.IsEmpty)
            diagnostics.Add(Diagnostic.Error(config.ContentDir + "/protocols", 0, "SG0150",
                "There are no protocols to publish. Add at least one .md file to this folder (see README: 'Add a protocol')."));

        var seenSlugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in protocolPaths)
        {
            var (file, readError) = ContentReader.Read(siteRoot, path, within: config.ContentDir);
            if (file is null) { diagnostics.Add(readError!); continue; }
            var (document, errors) = ProtocolFileParser.Parse(file);
            diagnostics.AddRange(errors);
            if (document is null) continue;
            if (seenSlugs.TryGetValue(document.Metadata.Slug, out var other))
            {
                diagnostics.Add(Diagnostic.Error(path, 0, "SG0131", $"Two protocols would both be published as '{document.Metadata.Slug}' (this file and {other}). Rename one of them."));
                continue;
            }
            seenSlugs[document.Metadata.Slug] = path;
            protocols.Add(document);
            sources.Add(file);
        }

        var reports = ImmutableArray.CreateBuilder<Report>();
        var (reportPaths, reportNotes) = ContentReader.List(siteRoot, config.ContentDir + "/reports");
        diagnostics.AddRange(reportNotes);
        var markdown = new MarkdownRenderer();
        foreach (var path in reportPaths)
        {
            var (file, readError) = ContentReader.Read(siteRoot, path, within: config.ContentDir);
            if (file is null) { diagnostics.Add(readError!); continue; }
            var (report, errors) = ReportFileParser.Parse(file);
            diagnostics.AddRange(errors);
            if (report is null) continue;
            diagnostics.AddRange(ReportMarkdownCheck.Check(report, body => markdown.Render(body)));
            reports.Add(report);
        }

        foreach (var p in protocols.Where(p => p.Metadata.QuotedIn is { } q && reports.All(r => r.Slug != q)))
            diagnostics.Add(Diagnostic.Error(p.Metadata.ContentFile, 0, "SG0125",
                $"quoted_in names the report '{p.Metadata.QuotedIn}', but there is no {config.ContentDir}/reports/{p.Metadata.QuotedIn}.md. Check the name."));

        return (new LoadedContent(config, protocols.ToImmutable(), sources.ToImmutable(), reports.ToImmutable()), diagnostics.ToImmutable());
    }
}
