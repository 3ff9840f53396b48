using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Each folder under <c>Fixtures/Broken</c> adds broken input to a small valid site that has already been built once.
/// <c>expected.txt</c> holds the exit code and exactly what the user sees on standard error. The build must say what is
/// wrong and where (file:line), never crash or print a stack trace, and a failed build must leave the previous site
/// byte for byte as it was. Set SITEGEN_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
[Trait("Kind", "Disk")]
public partial class BrokenInputTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Robustness", "Fixtures", "Broken");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateDirectories(Folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_gets_its_expected_located_messages_and_the_previous_site_survives(string name)
    {
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        var before = RobustSite.HashTree(site.File("_site"));

        site.Overlay(Path.Combine(Folder, name));
        var (exit, _, errors) = site.Build();

        var actual = $"exit: {exit}\n{errors}";
        var expectedPath = Path.Combine(Folder, name, "expected.txt");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal), actual);

        AssertClear(errors);
        if (exit != 0) Assert.Equal(before, RobustSite.HashTree(site.File("_site")));
    }

    /// <summary>Every message names its file (and line, where there is one), and nothing escaped as an unexpected exception.</summary>
    internal static void AssertClear(string errors)
    {
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0900", errors, StringComparison.Ordinal);
        foreach (var line in errors.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)))
            Assert.Matches(Located(), line);
    }

    [GeneratedRegex(@"^[^\s:][^:]*(:\d+){0,2}: (error|warning) SG\d{4}: \S")]
    private static partial Regex Located();
}
