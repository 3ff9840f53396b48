namespace SiteGen.Tests.Checks;

/// <summary>Finds the repository from the test binaries, so fixtures and the pinned npm tools are used in place.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A fixture site under tests/SiteGen.Tests/Checks/Fixtures.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "SiteGen.Tests", "Checks", "Fixtures", name);

    /// <summary>tests/js/node_modules, installed by scripts/install-test-tools.sh.</summary>
    public static string TestNodeModules => Path.Combine(Root, "tests", "js", "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Could not find the repository root (SiteGen.slnx) above " + AppContext.BaseDirectory);
    }

    /// <summary>1-based line of the first occurrence of <paramref name="text"/> in <paramref name="file"/>, so tests do not hard-code fixture line numbers.</summary>
    public static int LineOf(string file, string text)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        if (index < 0) throw new InvalidOperationException($"\"{text}\" is not in {file}");
        return index + 1;
    }
}
