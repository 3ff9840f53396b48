using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

[Trait("Kind", "Pure")]
public class SiteFilePathsTests
{
    [Theory]
    [InlineData("file:/srv/site/protocols/a%20b.html", "protocols/a b.html")] // as Java (vnu) writes it
    [InlineData("file:///srv/site/index.html", "index.html")]                 // as a browser writes it
    [InlineData("file:///srv/other/index.html", "/srv/other/index.html")]     // outside the site: keep it whole
    [InlineData("https://example.org/x.html", "https://example.org/x.html")]
    public void File_urls_become_site_relative_paths(string url, string expected)
    {
        if (OperatingSystem.IsWindows()) return; // the sample paths are POSIX paths
        Assert.Equal(expected, SiteFilePaths.RelativeFromFileUrl("/srv/site", url));
    }
}
