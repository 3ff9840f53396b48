using System.Diagnostics;
using SiteGen.Analysis;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Export;
using SiteGen.Tables;

namespace SiteGen.Bench;

/// <summary>`benchmark.sh exports DIR`: the comparison tables of a site folder, then each export written on its own, with its time and size.</summary>
internal static class ExportsBenchmark
{
    public static void Run(string site, TextWriter output)
    {
        var built = SiteBuild.Run(site);
        var (analysisContent, _) = AnalysisContentLoader.Load(site, built.Config!.ContentDir);
        var (analysis, _) = SiteAnalyser.Analyse(built.Protocols, [], analysisContent!);
        var clock = Stopwatch.StartNew();
        var tables = ComparisonTables.Build(built.Protocols, analysis);
        output.WriteLine($"tables: {clock.Elapsed.TotalSeconds:0.00} s");
        foreach (var document in TableExports.Documents(tables, built.Config))
        {
            clock.Restart();
            var docx = TableDocxWriter.Write(document);
            var docxTime = clock.Elapsed;
            clock.Restart();
            var xlsx = TableXlsxWriter.Write(document);
            output.WriteLine($"{document.Path}: docx {docxTime.TotalSeconds:0.00} s {docx.Length / 1024} KB, xlsx {clock.Elapsed.TotalSeconds:0.00} s {xlsx.Length / 1024} KB");
        }
    }
}
