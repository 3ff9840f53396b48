using System.CommandLine;
using System.Text;
using SiteGen.Content;
using SiteGen.Evaluation;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen eval [folder]</c>: runs the normaliser and the analysis over a corpus of hand-annotated protocols
/// (tests/corpus/ by default) and prints how far SiteGen's readings agree with a person's, per document and per field.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The repository's development corpus, relative to the site folder.</summary>
    public const string DefaultCorpus = "tests/corpus";

    public static Command Create(Option<DirectoryInfo> siteOption)
    {
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = $"The corpus: NN-slug.md texts with NN-slug.truth.yml annotations (tests/corpus/FORMAT.md). Defaults to {DefaultCorpus} in the site folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var content = new Option<DirectoryInfo?>("--content")
        {
            Description = "The folder with taxonomy.yml and overrides.yml to analyse with. Defaults to the site's content folder, as the build uses.",
            HelpName = "folder",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list every false positive and false negative with its clause and evidence." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write every figure and disagreement to this JSON file.", HelpName = "file" };
        var checkFloors = new Option<bool>("--check-floors") { Description = "Exit with 1, naming each figure, when a figure is below its floor in the corpus's floors.yml." };
        var command = new Command("eval",
            "Measure the analysis against hand-checked annotations: runs the build's normaliser and analysis over a corpus and prints precision " +
            "and recall per document and per field (clauses, headings, furniture, route situations and roles, expectations, themes, addressed to, force).")
        {
            folder, content, verbose, json, checkFloors,
        };
        command.SetAction(parse => Run(Program.SiteFolder(parse, siteOption), parse.GetValue(folder), parse.GetValue(content),
            parse.GetValue(verbose), parse.GetValue(json), parse.GetValue(checkFloors), CommandOutput.ForConsole()));
        return command;
    }

    public static int Run(DirectoryInfo site, DirectoryInfo? folder, DirectoryInfo? content, bool verbose, FileInfo? json, bool checkFloors, CommandOutput output)
    {
        var corpus = folder?.FullName ?? Path.Combine(site.FullName, DefaultCorpus);
        var contentFolder = content?.FullName ?? Path.Combine(site.FullName, ContentDir(site.FullName));
        var (input, loadDiagnostics) = CorpusEvaluation.Load(corpus, contentFolder);
        foreach (var d in loadDiagnostics.Where(d => verbose || d.Severity != Severity.Info)) output.Report(d);
        if (input is null) return ExitCodes.BuildFailed;

        var (score, diagnostics) = output.WithStatus("Normalising and analysing the corpus…", () => CorpusEvaluation.Evaluate(input));
        // Normaliser warnings about a corpus text are part of what is measured, not problems of the run: shown with --verbose.
        // A reader that failed on a text (SG0901) is a problem of SiteGen, always shown.
        foreach (var d in diagnostics.Where(d => verbose || d.Severity == Severity.Error || d.Code == "SG0901")) output.Report(d);
        if (score is null) return ExitCodes.BuildFailed;

        var display = CorpusEvaluation.Display(corpus);
        output.Out.Write(EvalReport.Text(score, display, verbose));
        if (json is not null)
        {
            try
            {
                File.WriteAllText(json.FullName, EvalReport.Json(score, display), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.Report(Diagnostic.Error(CorpusEvaluation.Display(json.FullName), 0, EvalCodes.MissingText, $"The figures could not be written ({e.Message})."));
                return ExitCodes.BuildFailed;
            }
        }
        if (!checkFloors) return ExitCodes.Success;

        var floorsPath = Path.Combine(corpus, Floors.FileName);
        if (!File.Exists(floorsPath))
        {
            output.Report(Diagnostic.Error(CorpusEvaluation.Display(floorsPath), 0, EvalCodes.NoCorpus, "--check-floors needs a floors.yml beside the annotations ('escalation-roles.precision: 0.95', one figure a line)."));
            return ExitCodes.BuildFailed;
        }
        var (floorsFile, readError) = ContentReader.Decode(CorpusEvaluation.Display(floorsPath), File.ReadAllBytes(floorsPath));
        if (floorsFile is null) { output.Report(readError!); return ExitCodes.BuildFailed; }
        var figures = score.Figures();
        var (floors, floorErrors) = Floors.Parse(floorsFile, figures.Keys);
        foreach (var d in floorErrors) output.Report(d);
        if (!floorErrors.IsEmpty) return ExitCodes.BuildFailed;
        var below = Floors.Check(figures, floors, floorsFile.RelativePath);
        foreach (var d in below) output.Report(d);
        if (below.IsEmpty) output.Good($"Every figure is at or above its floor ({floors.Length} floors in {floorsFile.RelativePath}).");
        return below.IsEmpty ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The site's content folder as site.json names it ("content" when there is no site.json or it does not say).</summary>
    private static string ContentDir(string siteRoot)
    {
        if (!File.Exists(Path.Combine(siteRoot, ContentLoader.ConfigFile))) return "content";
        var (file, _) = ContentReader.Read(siteRoot, ContentLoader.ConfigFile);
        if (file is null) return "content";
        var (config, _) = SiteConfigParser.Parse(file);
        return config?.ContentDir ?? "content";
    }
}
