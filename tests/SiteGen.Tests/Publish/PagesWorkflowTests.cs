using System.Text.Json;
using SiteGen.Tests.Checks;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The GitHub Pages workflow cannot run here, so this keeps it in step with the code it drives: the commands and
/// options it uses exist, it deploys the folder the build writes, and it has the permissions Pages needs.
/// </summary>
[Trait("Kind", "Pure")]
public class PagesWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml");

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(WorkflowPath));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode root, string job) =>
        ((YamlSequenceNode)Map(Map(root, "jobs"), job)["steps"]).Children.Cast<YamlMappingNode>();

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void Builds_checks_and_deploys_the_output_folder_with_the_pages_permissions()
    {
        var root = Load();
        var permissions = Map(root, "permissions");
        Assert.Equal("write", Value(permissions, "pages"));
        Assert.Equal("write", Value(permissions, "id-token"));

        var build = Steps(root, "build").ToList();
        var uses = build.Select(s => Value(s, "uses")).OfType<string>().ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
        Assert.Equal("10.0.x", Value(Map(build.Single(s => Value(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true), "with"), "dotnet-version"));

        var runs = build.Select(s => Value(s, "run")).OfType<string>().ToList();
        var buildRun = Assert.Single(runs, r => r.Contains("-- build", StringComparison.Ordinal));
        Assert.Contains("--project src/SiteGen", buildRun, StringComparison.Ordinal);
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", buildRun, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "SiteGen", "SiteGen.csproj")));
        var checkRun = Assert.Single(runs, r => r.Contains("-- check", StringComparison.Ordinal));
        Assert.Contains("--no-build", checkRun, StringComparison.Ordinal);
        Assert.True(runs.IndexOf(buildRun) < runs.IndexOf(checkRun));

        // It uploads the folder the build writes (site.json's outputDir).
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "site.json")));
        var outputDir = settings.RootElement.GetProperty("outputDir").GetString();
        var upload = build.Single(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal(outputDir, Value(Map(upload, "with"), "path"));
        Assert.StartsWith("actions/configure-pages@", Value(build.Single(s => Value(s, "id") == "pages"), "uses"), StringComparison.Ordinal);

        var deploy = Map(Map(root, "jobs"), "deploy");
        Assert.Equal("build", Value(deploy, "needs"));
        Assert.Equal("github-pages", Value(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps(root, "deploy"), s => Value(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_options_the_workflow_passes_are_ones_sitegen_accepts()
    {
        var root = SiteGen.Cli.Program.CreateRootCommand();
        Assert.Contains(root.Subcommands.Single(c => c.Name == "build").Options, o => o.Name == "--base-url");
        Assert.Contains(root.Subcommands.Single(c => c.Name == "check").Options, o => o.Name == "--no-build");
    }
}
