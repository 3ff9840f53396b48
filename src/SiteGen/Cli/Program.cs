using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Composition root: builds the command line and hands over to the chosen command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("SiteGen: turns a folder of UK councils' member/officer protocols into a searchable, cross-referenced static site.");
        return root.Parse(args).Invoke();
    }
}
