using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Tests.Checks;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Publish;

/// <summary>
/// One built seed site, opened in a real Chromium from file:// (a shared drive), at a web server's root and under
/// /repo/ (a GitHub Pages project site): home → an authority → a clause anchor, with the stylesheet applied and every
/// link resolving in all three. The site is built with a baseUrl naming the /repo/ server, so the file:// and root
/// runs also prove that navigation never depends on it (anything fetched from elsewhere fails the run).
/// </summary>
[Trait("Category", "RealTools")]
[Collection(RealToolsCollection.Name)]
[Trait("Kind", "RealTool")]
public sealed class BasePathBrowserTests(ITestOutputHelper output)
{
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try { return ((IPEndPoint)probe.LocalEndpoint).Port; }
        finally { probe.Stop(); }
    }

    [Fact]
    public async Task The_built_site_works_from_file_urls_at_a_server_root_and_under_a_github_pages_subpath()
    {
        var tools = await TestTools.RequireAsync();
        using var site = Repo.CopyDefaultSite();
        var (rootPort, subPort) = (FreePort(), FreePort());
        var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{subPort}/repo/");
        var errors = new StringWriter();
        Assert.True(BuildCommand.Run(new DirectoryInfo(site.Path), false, CommandOutput.Plain(new StringWriter(), errors), baseUrl) == 0, errors.ToString());

        var start = new ProcessStartInfo(tools.Node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SITEGEN_BROWSER"] = tools.Browser;
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "js", "checks", "base-paths.js"));
        foreach (var argument in new[] { site.File("_site"), rootPort.ToString(CultureInfo.InvariantCulture), subPort.ToString(CultureInfo.InvariantCulture), "/repo/" })
            start.ArgumentList.Add(argument);
        using var browser = Process.Start(start)!;
        var stdout = browser.StandardOutput.ReadToEndAsync();
        var stderr = browser.StandardError.ReadToEndAsync();
        var exited = browser.WaitForExit(120_000);
        if (!exited) browser.Kill(entireProcessTree: true);
        output.WriteLine(await stdout);
        Assert.True(exited && browser.ExitCode == 0, $"exit {(exited ? browser.ExitCode : "timeout")}:\n{await stderr}\n{await stdout}");

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("ok file://", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"ok http://127.0.0.1:{rootPort}/ ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"ok http://127.0.0.1:{subPort}/repo/ ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"ok http://127.0.0.1:{subPort}/repo/protocols/no-such-authority/clause.html: 404", lines[3], StringComparison.Ordinal);
    }
}
