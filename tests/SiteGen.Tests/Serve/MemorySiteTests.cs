using System.Text;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public sealed class MemorySiteTests
{
    private static readonly MemorySite Site = new([
        KeyValuePair.Create("index.html", Encoding.UTF8.GetBytes("home")),
        KeyValuePair.Create("reports/index.html", Encoding.UTF8.GetBytes("reports")),
        KeyValuePair.Create("protocols/hackney.html", Encoding.UTF8.GetBytes("hackney")),
        KeyValuePair.Create("search/terms/0.js", Encoding.UTF8.GetBytes("terms")),
    ]);

    private static string? Text(string path, bool slash = false) =>
        Site.Locate(new RequestTarget.SiteFile(path, slash)).File is { } f ? Encoding.UTF8.GetString(f.Content) : null;

    [Fact]
    public void Finds_files_and_the_index_of_folders_asked_for_with_a_slash()
    {
        Assert.Equal("home", Text("", slash: true));
        Assert.Equal("reports", Text("reports", slash: true));
        Assert.Equal("hackney", Text("protocols/hackney.html"));
        Assert.Equal("terms", Text("search/terms/0.js"));
    }

    [Fact]
    public void A_folder_without_its_slash_is_redirected_and_a_folder_without_an_index_is_missing()
    {
        Assert.True(Site.Locate(new RequestTarget.SiteFile("reports", false)).IsFolder);
        Assert.True(Site.Locate(new RequestTarget.SiteFile("search/terms", false)).IsFolder);
        Assert.Null(Text("search", slash: true));
        Assert.Null(Text("protocols/hackney.html", slash: true));
        Assert.Null(Text("protocols/missing.html"));
        Assert.False(Site.Locate(new RequestTarget.SiteFile("protocols/missing.html", false)).IsFolder);
    }
}
