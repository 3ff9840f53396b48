using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Analysis;
using SiteGen.Bench;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;
using SiteGen.Output;
using SiteGen.Rendering;

// Prints figures, asserts nothing: `bash scripts/benchmark.sh [seed|corpus|pathological|markdown|import|similarity|lunr|all] [size]`.
// CPU time is printed beside wall time because the machines this runs on are shared.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var command = args.Length > 0 ? args[0] : "all";
var size = args.Length > 1 && command is not "scale" and not "edits" and not "site" and not "exports" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
var only = args.Length > 2 ? args[2] : ""; // pathological and markdown: only the cases whose name contains this
var root = FindRoot();
var (templates, templateErrors) = TemplateFiles.Load(root, "templates");
if (templates is null) { Console.Error.WriteLine(string.Join('\n', templateErrors)); return 1; }

var (analysisContent, analysisErrors) = AnalysisContentLoader.Load(root, "content");
if (analysisContent is null) { Console.Error.WriteLine(string.Join('\n', analysisErrors)); return 1; }

switch (command)
{
    case "seed": Seed(size > 0 ? size : 5); break;
    case "corpus": Corpus(size > 0 ? size : 60_000); break;
    case "pathological": Pathological(size > 0 ? size : 2_500_000); break;
    case "markdown": Markdown(size > 0 ? size : 20_000); break;
    case "scale":
        ScaleBenchmark.Run(root, args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [10, 100, 400], Console.Out);
        break;
    case "edits":
        EditBenchmark.Run(root, args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [100, 400], Console.Out);
        break;
    case "import": Import(size > 0 ? size : 30); break;
    case "similarity": SimilarityBenchmark.Run(size > 0 ? size : 60_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 400, Console.Out); break;
    case "lunr": LunrIndexBenchmark.Run(root, Console.Out); break;
    case "site":
        // Writes the scale benchmark's synthetic site and stops, so that a profiler or `sitegen build --timings` can be
        // pointed at the same input: bench site N DIR.
        Console.WriteLine(ScaleBenchmark.WriteSite(root, args[2], SyntheticAuthorities.Generate(root, int.Parse(args[1], CultureInfo.InvariantCulture))));
        break;
    case "exports":
        // Times each Word and Excel export of a site folder's comparisons, one document at a time: bench exports DIR.
        ExportsBenchmark.Run(args[1], Console.Out);
        break;
    case "all":
        Seed(5);
        Corpus(60_000);
        Pathological(2_500_000);
        Markdown(20_000);
        Import(30);
        SimilarityBenchmark.Run(60_000, 400, Console.Out);
        LunrIndexBenchmark.Run(root, Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: benchmark.sh [seed|corpus|pathological|markdown|import|similarity|lunr|all] [size] | benchmark.sh scale [N,N,…]");
        return 2;
}
return 0;

// The default site exactly as `sitegen build` makes it (read, normalise, analyse, render, index, write), several times.
void Seed(int runs)
{
    var site = Directory.CreateTempSubdirectory("sitegen-bench-seed-");
    try
    {
        foreach (var entry in new[] { "site.json", "content", "templates" }) Copy(Path.Combine(root, entry), Path.Combine(site.FullName, entry));
        var walls = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var (written, wall, cpu) = Measure(() =>
            {
                var result = SiteBuild.Run(site.FullName);
                if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
                return (result.Files.Length, SiteWriter.Write(result.Files, Path.Combine(site.FullName, "_site")));
            });
            // The first run pays for loading and compiling the program's code; the figures that matter are the later ones.
            Console.WriteLine($"seed site build {(run == 0 ? "(first, cold)" : $"{run} of {runs}")}: {written.Length:N0} files in {wall:0.00} s ({cpu:0.00} s CPU){(written.Item2 is { } error ? " " + error : "")}");
            if (run > 0) walls.Add(wall);
        }
        walls.Sort();
        Console.WriteLine($"seed site build: median {walls[walls.Count / 2]:0.00} s, fastest {walls[0]:0.00} s over {runs} warm runs");
    }
    finally { site.Delete(recursive: true); }
}

// `sitegen import` on a folder of PDFs: the seed site's protocol pages printed by Chromium, copied under the names of
// other councils so each file becomes its own protocol, imported as a user would (progress, summary, pages per second).
void Import(int files)
{
    var work = Directory.CreateTempSubdirectory("sitegen-bench-import-");
    try
    {
        var site = Directory.CreateDirectory(Path.Combine(work.FullName, "site")).FullName;
        foreach (var entry in new[] { "site.json", "content", "templates" }) Copy(Path.Combine(root, entry), Path.Combine(site, entry));
        var built = SiteBuild.Run(site);
        if (!built.Succeeded) throw new InvalidOperationException(string.Join('\n', built.Diagnostics));
        SiteWriter.Write(built.Files, Path.Combine(site, "_site"));
        var pdfs = new List<string>();
        foreach (var page in Directory.GetFiles(Path.Combine(site, "_site", "protocols"), "*.html").Order(StringComparer.Ordinal))
        {
            var pdf = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(page) + ".pdf");
            var chromium = Process.Start(new ProcessStartInfo("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + Path.Combine(work.FullName, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
            chromium.WaitForExit();
            if (File.Exists(pdf)) pdfs.Add(pdf);
        }
        if (pdfs.Count == 0) { Console.Error.WriteLine("import: chromium printed no PDF"); return; }
        // Names the register knows, none of them a seed: each copy imports as a council of its own.
        var names = SiteGen.Register.CouncilRegister.Shipped.PrincipalCouncils.Where(c => c.TypeCode == "NMD").Select(c => c.NiceName).Take(files).ToList();
        var folder = Path.Combine(work.FullName, "pdfs");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < names.Count; i++) File.Copy(pdfs[i % pdfs.Count], Path.Combine(folder, SiteGen.Content.Slugs.Suggest(names[i]) + ".pdf"));
        var target = Path.Combine(work.FullName, "target");
        Directory.CreateDirectory(Path.Combine(target, "content", "protocols"));
        var (exit, wall, cpu) = Measure(() => SiteGen.Cli.Program.Main(["import", folder, "--site", target]));
        Console.WriteLine($"import: {names.Count} PDFs in {wall:0.00} s wall ({cpu:0.00} s CPU), exit code {exit}");
    }
    finally { work.Delete(recursive: true); }
}

static void Copy(string from, string to)
{
    if (File.Exists(from)) { File.Copy(from, to); return; }
    Directory.CreateDirectory(to);
    foreach (var entry in Directory.EnumerateFileSystemEntries(from)) Copy(entry, Path.Combine(to, Path.GetFileName(entry)));
}

void Corpus(int clauses)
{
    var files = SyntheticProtocols.Corpus(clauses, SyntheticProtocols.Vocabulary(root));
    var documents = files.Select(f => ProtocolFileParser.Parse(new SourceFile($"content/protocols/{f.Slug}.md", f.Text)).Document
        ?? throw new InvalidOperationException(f.Slug + " does not parse")).ToList();
    var bytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
    documents.Take(20).Select(ProtocolNormaliser.Normalise).ToList(); // let tiered JIT settle

    var (normalised, wall, cpu) = Measure(() => documents.Select(ProtocolNormaliser.Normalise).ToList());
    var count = normalised.Sum(r => r.Protocol.AllClauses().Count());
    Console.WriteLine($"normalise: {files.Count} files, {bytes / 1e6:0.0} MB, {count:N0} clauses in {wall:0.00} s ({cpu:0.00} s CPU): " +
        $"{bytes / 1e6 / wall:0.0} MB/s, {count / wall:N0} clauses/s");

    var config = new SiteConfig("Benchmark", "", null, "en-GB", "", "content", "templates", "_site");
    var content = new LoadedContent(config, [.. documents], [.. files.Select(f => new SourceFile($"content/protocols/{f.Slug}.md", f.Text))], []);
    var (result, buildWall, buildCpu) = Measure(() => SiteBuild.Build(content, templates, analysisContent with { Overrides = AnalysisOverrides.Empty }));
    if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5)));
    var outBytes = result.Files.Sum(f => (long)f.Content.Length);
    Console.WriteLine($"whole build in memory (normalise, analyse, render, search index, data): {result.Files.Length:N0} files, {outBytes / 1e6:0.0} MB in {buildWall:0.00} s ({buildCpu:0.00} s CPU)");

    var output = Directory.CreateTempSubdirectory("sitegen-bench-");
    try
    {
        var (error, writeWall, writeCpu) = Measure(() => SiteWriter.Write(result.Files, Path.Combine(output.FullName, "_site")));
        Console.WriteLine($"atomic write: {(error is null ? "ok" : error.ToString())} in {writeWall:0.00} s ({writeCpu:0.00} s CPU), {outBytes / 1e6 / writeWall:0} MB/s");
    }
    finally { output.Delete(recursive: true); }
}

void Pathological(int chars)
{
    Console.WriteLine($"pathological protocol bodies, normalise + analyse + render, at n = {chars / 1e6:0.0} MB and 2n (a ratio near 2 is linear, near 4 quadratic):");
    foreach (var (name, make) in PathologicalBodies.All.Where(c => c.Name.Contains(only, StringComparison.Ordinal)))
    {
        // n, 2n, n, 2n: the faster of each pair, so that warming up and a busy machine distort the ratio less.
        var seconds = new[] { double.MaxValue, double.MaxValue };
        for (var run = 0; run < 4; run++)
        {
            var k = run % 2;
            var body = make(chars << k);
            var document = ProtocolFileParser.Parse(new SourceFile("content/protocols/p.md", PathologicalBodies.FrontMatter + body)).Document!;
            GC.Collect();
            (_, var wall, _) = Measure(() =>
            {
                var result = ProtocolNormaliser.Normalise(document);
                var (analysis, _) = SiteAnalyser.Analyse([result.Protocol], [], analysisContent with { Overrides = AnalysisOverrides.Empty });
                var model = new SiteModel(new SiteConfig("B", "", null, "en-GB", "", "content", "templates", "_site"), [result.Protocol],
                    ImmutableDictionary<string, string>.Empty.Add("p", PathologicalBodies.FrontMatter + body), [], [])
                { Analysis = analysis };
                return SiteRenderer.Render(model, templates, "bench").Length;
            });
            seconds[k] = Math.Min(seconds[k], wall);
        }
        Console.WriteLine($"  {name,-32} {seconds[0],7:0.00} s  {seconds[1],7:0.00} s  ratio {seconds[1] / seconds[0],4:0.0}");
    }
}

void Markdown(int chars)
{
    Console.WriteLine($"report Markdown (Markdig), at n = {chars:N0} characters and 2n:");
    var renderer = new MarkdownRenderer();
    foreach (var (name, make) in PathologicalBodies.Markdown.Where(c => c.Name.Contains(only, StringComparison.Ordinal)))
    {
        var seconds = new double[2];
        var outcome = "";
        for (var k = 0; k < 2; k++)
        {
            var text = make(chars << k);
            (outcome, seconds[k], _) = Measure(() =>
            {
                try { renderer.Render(text); return ""; }
                catch (ArgumentException) { return " (Markdig: too deeply nested)"; }
            });
        }
        Console.WriteLine($"  {name,-32} {seconds[0],7:0.000} s  {seconds[1],7:0.000} s  ratio {seconds[1] / Math.Max(seconds[0], 1e-4),4:0.0}{outcome}");
    }
}

static (T Value, double Wall, double Cpu) Measure<T>(Func<T> run)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var value = run();
    return (value, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.slnx"))) return dir.FullName;
    throw new InvalidOperationException("Run the benchmark from inside the repository (no SiteGen.slnx found above " + AppContext.BaseDirectory + ").");
}
