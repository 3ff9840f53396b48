using System.Reflection;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Cli;

/// <summary>The sitegen program as a user meets it: help, version, exit codes and wrong command lines, run as a real process.</summary>
[Trait("Kind", "Disk")]
public class CommandLineTests
{
    [Fact]
    public async Task Version_prints_the_package_version_alone()
    {
        var result = await SiteGenCli.RunAsync(["--version"]);
        var version = typeof(SiteGen.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(version, result.Out.Trim());
        Assert.DoesNotContain('+', version); // no commit hash: the same version always prints the same text
    }

    [Fact]
    public async Task Help_lists_the_commands_with_examples_and_exit_codes()
    {
        var result = await SiteGenCli.RunAsync(["--help"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var expected in new[] { "build", "serve", "check", "--site <folder>", "Examples:", "sitegen serve --open", "Exit codes: 0 success" })
            Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        // The current folder of whoever ran it is not part of the help.
        Assert.DoesNotContain("[default: /", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--base-path <path>", "sitegen serve --base-path /protocols/")]
    [InlineData("check", "--every-page", "sitegen check --no-build")]
    [InlineData("build", "--base-url <url>", "sitegen build --site")]
    public async Task Each_command_has_its_own_help_and_examples(string command, string option, string example)
    {
        var result = await SiteGenCli.RunAsync([command, "--help"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(option, result.Out, StringComparison.Ordinal);
        Assert.Contains(example, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitegen_alone_shows_the_help_and_exits_with_the_usage_code()
    {
        var result = await SiteGenCli.RunAsync([]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Commands:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "biuld" }, "sitegen --help")]
    [InlineData(new[] { "serve", "--port", "70000" }, "sitegen serve --help")]
    [InlineData(new[] { "serve", "--base-path", "../up" }, "sitegen serve --help")]
    [InlineData(new[] { "build", "--base-url", "council.github.io/protocols" }, "sitegen build --help")]
    [InlineData(new[] { "check", "--colour" }, "sitegen check --help")]
    [InlineData(new[] { "check", "--browser", "/no/such/chrome" }, "sitegen check --help")]
    public async Task A_wrong_command_line_exits_2_says_what_is_wrong_and_where_to_look(string[] arguments, string hint)
    {
        var result = await SiteGenCli.RunAsync(arguments);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"Run '{hint}' to see what it accepts.", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.Out + result.Err, StringComparison.Ordinal); // the message is not buried under the whole help
    }

    [Fact]
    public async Task A_failed_build_exits_1_with_located_errors_and_leaves_the_old_site()
    {
        using var site = Repo.CopyDefaultSite();
        Assert.Equal(0, (await SiteGenCli.RunAsync(["build", "--site", site.Path])).ExitCode);
        var before = File.ReadAllText(site.File("_site/index.html"));
        File.WriteAllText(site.File("content/protocols/hackney.md"), "---\nauthority: [unclosed\n---\n1.1 Text\n");

        var result = await SiteGenCli.RunAsync(["build", "--site", site.Path]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("content/protocols/hackney.md:", result.Err, StringComparison.Ordinal);
        Assert.Contains("Build failed", result.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(site.File("_site/index.html")));
    }

    [Fact]
    public async Task Base_url_sets_canonical_links_and_the_not_found_pages_links_but_nothing_else()
    {
        using var site = Repo.CopyDefaultSite();
        var result = await SiteGenCli.RunAsync(["build", "--site", site.Path, "--base-url", "https://council.github.io/protocols"]);
        Assert.True(result.ExitCode == 0, result.ToString());

        var hackney = File.ReadAllText(site.File("_site/protocols/hackney.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://council.github.io/protocols/protocols/hackney.html\">", hackney, StringComparison.Ordinal);
        Assert.Contains("href=\"../assets/site.css\"", hackney, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://council.github.io/protocols/assets", hackney, StringComparison.Ordinal);

        // GitHub Pages sends 404.html for a missing address at any depth, so its links must not be relative.
        var notFound = File.ReadAllText(site.File("_site/404.html"));
        Assert.Contains("href=\"https://council.github.io/protocols/assets/site.css\"", notFound, StringComparison.Ordinal);
        Assert.Contains("href=\"https://council.github.io/protocols/index.html\"", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_building_needs_a_built_site()
    {
        using var site = Repo.CopyDefaultSite();
        var result = await SiteGenCli.RunAsync(["check", "--no-build", "--site", site.Path, "--skip-html", "--skip-accessibility"]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("There is no built site in", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_links_only_passes_on_the_seed_site_and_fails_on_a_planted_broken_link()
    {
        using var site = Repo.CopyDefaultSite();
        var clean = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--skip-html", "--skip-accessibility"]);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        var pages = Directory.EnumerateFiles(site.File("_site"), "*.html", SearchOption.AllDirectories).Count();
        Assert.Contains($"links on {pages} pages: no problems", clean.Out, StringComparison.Ordinal);
        Assert.Contains("HTML: not checked (--skip-html).", clean.Out, StringComparison.Ordinal);
        Assert.Contains("All checks passed", clean.Out, StringComparison.Ordinal);

        File.AppendAllText(site.File("templates/data.html"), "\n<p><a href=\"protocols/nowhere.html\">Gone</a> <a href=\"index.html#no-such-anchor\">Lost</a></p>\n");
        var broken = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--skip-html", "--skip-accessibility"]);
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains("data.html:", broken.Err, StringComparison.Ordinal);
        Assert.Contains("error SG0801", broken.Err, StringComparison.Ordinal);
        Assert.Contains("error SG0802", broken.Err, StringComparison.Ordinal);
        Assert.Contains("Found 2 problems", broken.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_says_which_tool_is_missing_and_exits_3_when_nothing_else_is_wrong()
    {
        using var site = Repo.CopyDefaultSite();
        var empty = Directory.CreateDirectory(site.File("no-tools-here")).FullName;
        var result = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--tools", empty, "--no-install"]);
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("error SG0890", result.Err, StringComparison.Ordinal);
        Assert.Contains("vnu-jar", result.Err, StringComparison.Ordinal);
        Assert.Contains("not every check could run", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_to_a_pipe_is_plain_text_even_when_CI_is_not_set()
    {
        using var site = Repo.CopyDefaultSite();
        var result = await SiteGenCli.RunAsync(["check", "--site", site.Path, "--skip-html", "--skip-accessibility"],
            environment: new Dictionary<string, string?> { ["CI"] = null, ["TERM"] = "xterm-256color" });
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out + result.Err);
        Assert.Contains("Checking links and anchors…", result.Out, StringComparison.Ordinal); // progress, one plain line per step
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_read_the_way_ci_services_set_it(string? value, bool expected) =>
        Assert.Equal(expected, SiteGen.Cli.CommandOutput.IsContinuousIntegration(value));

    [Fact]
    public async Task Serve_outside_a_site_folder_says_so_and_exits_instead_of_serving_an_error_page()
    {
        using var notASite = new SiteGen.Tests.Serve.TempFolder();
        var result = await SiteGenCli.RunAsync(["serve", "--port", "0"], workingDirectory: notASite.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("There is no site.json in", result.Err, StringComparison.Ordinal);
    }
}
