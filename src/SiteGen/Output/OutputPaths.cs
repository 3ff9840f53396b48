using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// The one place every output path of a build is checked before anything is published (a build writes into a staging
/// folder that a collision discards, so the live site never sees one). Pages are named after content
/// (report slugs, appendix letters, theme ids), so two pieces of content can claim one path: report <c>x</c>'s
/// Appendix A and a report called <c>x-appendix-a</c> are both <c>print/x-appendix-a.html</c>. Written one after the
/// other, the second would silently replace the first. Paths that differ only in letter case are the same file on
/// Windows and macOS, where sites are copied to shares, so they clash too.
/// </summary>
internal static class OutputPaths
{
    public static ImmutableArray<Diagnostic> Collisions(IEnumerable<OutputFile> files, string fallbackFile)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sources = group.Select(f => f.Source ?? "one of SiteGen's own pages").Distinct(StringComparer.Ordinal).ToList();
            var named = group.Select(f => f.Source).FirstOrDefault(s => s is not null);
            var file = named is null ? fallbackFile : named.Split(" (", 2)[0];
            var paths = string.Join(" and ", group.Select(f => f.Path).Distinct(StringComparer.Ordinal));
            errors.Add(Diagnostic.Error(file, 1, "SG1505",
                $"Two outputs would be written to the same file, {paths}: {string.Join(" and ", sources.Count > 1 ? sources : [.. sources, sources[0]])}. " +
                "The second would silently replace the first. Rename one of them (a report's file name, or a theme id)."));
        }
        return errors.ToImmutable();
    }
}
