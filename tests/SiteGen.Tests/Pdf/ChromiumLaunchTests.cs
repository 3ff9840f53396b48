using SiteGen.Pdf;

namespace SiteGen.Tests.Pdf;

[Trait("Kind", "RealTool")]
public sealed class ChromiumLaunchTests
{
    [Fact]
    public void Reads_the_browser_endpoint_from_devtools_active_port()
    {
        var endpoint = ChromiumLaunch.ParseActivePort("41237\n/devtools/browser/6a1f0c3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b\n");

        Assert.Equal(new Uri("ws://127.0.0.1:41237/devtools/browser/6a1f0c3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"), endpoint);
    }

    [Theory]
    [InlineData("")]                                  // created, nothing written yet
    [InlineData("41237")]                             // first line only
    [InlineData("41237\n")]
    [InlineData("0\n/devtools/browser/x")]            // not a real port
    [InlineData("70000\n/devtools/browser/x")]
    [InlineData("-5\n/devtools/browser/x")]
    [InlineData("port\n/devtools/browser/x")]
    [InlineData("41237\n/devtools/page/x")]           // a page endpoint, not the browser's
    public void Returns_null_until_the_file_is_complete_and_sane(string contents)
    {
        Assert.Null(ChromiumLaunch.ParseActivePort(contents));
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        Assert.Equal(9222, ChromiumLaunch.ParseActivePort("9222\r\n/devtools/browser/abc\r\n")!.Port);
    }

    [Fact]
    public void Flags_keep_the_browser_headless_offline_and_in_its_own_profile()
    {
        var arguments = ChromiumLaunch.Arguments("/tmp/profile-123");

        string[] required =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--remote-debugging-port=0", "--user-data-dir=/tmp/profile-123",
        ];
        Assert.All(required, flag => Assert.Contains(flag, arguments));
        Assert.Equal(arguments.Count, arguments.Distinct(StringComparer.Ordinal).Count());
    }
}
