using System.Security.Cryptography;
using System.Text;
using SiteGen.Cli;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>A small, valid site in a temporary folder (one protocol, one report, the default templates) that a test adds files to and builds.</summary>
public sealed class RobustSite : IDisposable
{
    public const string ValidProtocol = """
        ---
        authority: Base Borough Council
        short_name: Base
        council_type: district
        nation: england
        title: Member/Officer Protocol
        status: adopted
        source: robustness test
        coverage: full
        ---
        1. Introduction

        1.1 Members and officers must treat each other with respect.
        1.2 Officers can expect from members:
        (a) courtesy;
        (b) fairness.

        """;

    public const string ValidReport = """
        ---
        title: Review of the protocol
        committee: Standards Committee
        date: 2024-01-15
        authority: Base Borough Council
        source: robustness test
        ---
        The committee reviewed the **protocol** and [its guidance](https://example.org/guidance).

        """;

    private readonly TempSite _site = new();

    public RobustSite()
    {
        System.IO.File.WriteAllText(File("site.json"), "{ \"title\": \"Robustness\" }\n");
        Write("content/protocols/base.md", ValidProtocol);
        Write("content/reports/base-review.md", ValidReport);
        Repo.CopyDirectory(System.IO.Path.Combine(Repo.Root, "templates"), File("templates"));
    }

    public string Path => _site.Path;

    public string File(string relative) => _site.File(relative);

    public void Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    public void Write(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllBytes(File(relative), bytes);
    }

    /// <summary>Copies a fixture folder's files (all but <c>expected.txt</c>) over the site.</summary>
    public void Overlay(string fixture)
    {
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(fixture, file);
            if (relative == "expected.txt") continue;
            Write(relative, System.IO.File.ReadAllBytes(file));
        }
    }

    /// <summary>Builds through the build command, as a user would, and returns what they would see.</summary>
    public (int Exit, string Out, string Err) Build()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new DirectoryInfo(Path), verbose: false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The site's template assets, by the site-relative path they are published at.</summary>
    public ISet<string> AssetPaths() =>
        Directory.EnumerateFiles(File("templates/assets"), "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(File("templates"), f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

    public static string HashTree(string dir) => SiteBuilds.HashTree(dir);

    public void Dispose() => _site.Dispose();
}
