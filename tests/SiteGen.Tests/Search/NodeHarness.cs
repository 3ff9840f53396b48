using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Search;

/// <summary>Runs the lunr.js harness scripts in tests/js/lunr with Node and the pinned npm tools.</summary>
internal static class NodeHarness
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScriptsDirectory => Path.Combine(RepoRoot, "tests", "js", "lunr");

    /// <summary>The lunr.js the test tools installed: the reference implementation.</summary>
    public static string ReferenceLunrDirectory => Path.Combine(RepoRoot, "tests", "js", "node_modules", "lunr");

    /// <summary>Runs <c>node script args</c> in tests/js/lunr; fails the test if Node or the pinned lunr is missing.</summary>
    public static NodeRun Run(string script, params string[] arguments)
    {
        if (!File.Exists(Path.Combine(ReferenceLunrDirectory, "package.json")))
            Assert.Fail($"lunr.js is not installed in {ReferenceLunrDirectory}: run `bash scripts/install-test-tools.sh` first.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(ScriptsDirectory, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within 5 minutes.");
        }
        return new NodeRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh temporary directory for one test's files.</summary>
    public static DirectoryInfo TemporaryDirectory() => Directory.CreateTempSubdirectory("sitegen-search-");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No SiteGen.slnx above {AppContext.BaseDirectory}.");
    }
}

/// <summary>What a Node run printed and how it exited.</summary>
internal sealed record NodeRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Transcript => $"exit code {ExitCode}\n{StandardOutput}\n{StandardError}".TrimEnd();

    /// <summary>Fails the test with the transcript unless Node exited with 0.</summary>
    public NodeRun EnsureSuccess()
    {
        if (ExitCode != 0) Assert.Fail(Transcript);
        return this;
    }
}
