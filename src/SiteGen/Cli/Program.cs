using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>Composition root: builds the command line and hands over to the chosen command.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Before any pattern runs: a runaway pattern then fails within seconds, naming its file (SG0625), instead of hanging.
        PatternTimeout.Install();
        // Output must not depend on the machine's language settings (dates, numbers, casing).
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        var parse = CreateRootCommand().Parse(args);
        if (parse.Action is ParseErrorAction parseError)
        {
            // Say what was wrong and where to look, rather than burying the message under the whole help text; and use
            // its own exit code, since System.CommandLine's 1 would look like a failed build to a script.
            parseError.ShowHelp = false;
            parseError.Invoke(parse);
            var command = string.Join(' ', parse.CommandResult.Command.Name == parse.RootCommandResult.Command.Name
                ? ["sitegen"] : new[] { "sitegen", parse.CommandResult.Command.Name });
            Console.Error.WriteLine($"Run '{command} --help' to see what it accepts.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke();
    }

    /// <summary>The whole command line: build, serve and check, the shared --site option, --help and --version.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var site = new Option<DirectoryInfo>("--site", "-s")
        {
            // No default value object, so help does not print this machine's current folder; SiteFolder() supplies it.
            Description = "The site folder: the one with site.json, content/ and templates/. Defaults to the current folder.",
            HelpName = "folder",
            Recursive = true,
        };
        var root = new RootCommand("SiteGen turns a folder of UK councils' protocols on member/officer relations into an accessible, " +
                                   "searchable website you can open from a shared drive or publish on GitHub Pages.")
        {
            site,
            BuildCommand.Create(site),
            PdfCommand.Create(site),
            ServeCommand.Create(site),
            CheckCommand.Create(site),
            EvalCommand.Create(site),
            ImportCommand.Create(site),
        };
        root.HelpName = "sitegen";
        // "sitegen" alone: show what it can do rather than an error.
        root.SetAction(parse =>
        {
            var help = parse.RootCommandResult.Command.Options.OfType<HelpOption>().First().Action!;
            ((SynchronousCommandLineAction)help).Invoke(parse);
            return ExitCodes.UsageError;
        });
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action) help.Action = new HelpWithExamples(action);
        }
        return root;
    }

    /// <summary>The site folder from --site, or the current folder.</summary>
    internal static DirectoryInfo SiteFolder(ParseResult parse, Option<DirectoryInfo> site) =>
        parse.GetValue(site) ?? new DirectoryInfo(Directory.GetCurrentDirectory());

    /// <summary>The standard help, followed by examples and the exit codes: the part a newcomer reads first.</summary>
    private sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            WriteExamples(parseResult.CommandResult.Command.Name, parseResult.InvocationConfiguration.Output);
            return exit;
        }
    }

    private static void WriteExamples(string command, TextWriter output)
    {
        var examples = command switch
        {
            "build" => new[]
            {
                ("sitegen build", "build the site in the current folder into _site/"),
                ("sitegen build --site C:\\Sites\\protocols", "build a site kept somewhere else"),
            },
            "serve" => new[]
            {
                ("sitegen serve --open", "preview at http://127.0.0.1:8080/ and open the browser"),
                ("sitegen serve --base-path /protocols/", "preview as a GitHub Pages project site"),
            },
            "check" => new[]
            {
                ("sitegen check", "build, then check links, HTML and accessibility"),
                ("sitegen check --no-build", "check the _site/ folder as it is"),
                ("sitegen check --every-page", "audit every page for accessibility, not one of each kind"),
            },
            "eval" => new[]
            {
                ("sitegen eval", "score the analysis against the annotated texts in tests/corpus"),
                ("sitegen eval --verbose", "also list every false positive and false negative with its evidence"),
                ("sitegen eval --check-floors --json eval.json", "fail when a figure is below tests/corpus/floors.yml; write the figures"),
            },
            _ => new[]
            {
                ("sitegen build", "build the site into _site/, then open _site/index.html"),
                ("sitegen serve --open", "preview while you edit; pages reload when you save"),
                ("sitegen check", "find broken links, invalid HTML and accessibility failures before publishing"),
                ("sitegen <command> --help", "more about one command"),
            },
        };
        output.WriteLine("Examples:");
        var width = examples.Max(e => e.Item1.Length) + 4;
        foreach (var (line, what) in examples)
            output.WriteLine("  " + line.PadRight(width) + what);
        output.WriteLine();
        output.WriteLine("Exit codes: 0 success; 1 the build failed or check found problems; 2 the command line was wrong;");
        output.WriteLine("3 check could not run every check (a tool is missing); 4 serve could not start; 130 stopped by Ctrl+C or SIGTERM.");
        output.WriteLine("See the README.");
        output.WriteLine();
    }
}
