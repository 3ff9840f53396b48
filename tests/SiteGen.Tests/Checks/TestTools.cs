using SiteGen.Checks.Tools;

namespace SiteGen.Tests.Checks;

/// <summary>The real tools from tests/js/node_modules (scripts/install-test-tools.sh), located once per test run.</summary>
internal static class TestTools
{
    private static readonly Lazy<Task<CheckTools>> Located = new(() =>
        CheckToolsLocator.LocateAsync(new CheckToolsOptions { NodeModulesFolder = RepoPaths.TestNodeModules, InstallIfMissing = false }));

    /// <summary>The located tools; fails the test (rather than skipping it) when any is missing.</summary>
    public static async Task<CheckTools> RequireAsync()
    {
        var tools = await Located.Value;
        Assert.True(tools.Missing.Count == 0, "Missing test tools (run scripts/install-test-tools.sh): " + string.Join(" | ", tools.Missing.Select(m => m.ToDiagnostic().Message)));
        return tools;
    }
}
