using System.CommandLine;
using System.Globalization;

namespace SiteGen.Cli;

/// <summary>Composition root: builds the command line and hands over to the chosen command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Output must not depend on the machine's language settings (dates, numbers, casing).
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var site = new Option<DirectoryInfo>("--site", "-s")
        {
            Description = "The site folder (with site.json, content/ and templates/). Defaults to the current folder.",
            DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
            Recursive = true,
        };
        var root = new RootCommand("SiteGen turns a folder of UK councils' member/officer protocols into a searchable, cross-referenced static website.")
        {
            site,
            BuildCommand.Create(site),
            PdfCommand.Create(site),
        };
        return root.Parse(args).Invoke();
    }
}
