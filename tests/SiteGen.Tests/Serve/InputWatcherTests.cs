using System.Collections.Concurrent;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public class InputWatcherTests
{
    [Fact]
    public async Task Reports_changes_in_watched_folders_and_files_but_not_their_neighbours()
    {
        using var temp = new TempFolder();
        temp.Write("content/protocols/hackney.md", "v1");
        temp.Write("site.json", "{}");
        temp.Write("README.md", "not an input");
        var seen = new ConcurrentQueue<string>();
        using var watcher = new InputWatcher([Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site.json")], seen.Enqueue);

        temp.Write("README.md", "still not an input");
        temp.Write("content/protocols/hackney.md", "v2");
        temp.Write("site.json", "{\"title\":\"x\"}");
        temp.Write("content/protocols/.hackney.md.swp", "vim");

        var expected = new[] { Path.Combine(temp.Path, "content", "protocols", "hackney.md"), Path.Combine(temp.Path, "site.json") };
        for (var i = 0; i < 100 && !expected.All(seen.Contains); i++) await Task.Delay(50);

        Assert.Contains(expected[0], seen);
        Assert.Contains(expected[1], seen);
        Assert.DoesNotContain(Path.Combine(temp.Path, "README.md"), seen);
        Assert.DoesNotContain(seen, p => p.EndsWith(".swp", StringComparison.Ordinal));
        Assert.Empty(watcher.Unwatched);
    }

    [Fact]
    public void Paths_in_missing_folders_are_listed_as_unwatched()
    {
        using var temp = new TempFolder();
        using var watcher = new InputWatcher([Path.Combine(temp.Path, "no-such-folder", "site.json")], _ => { });
        Assert.Equal([Path.Combine(temp.Path, "no-such-folder", "site.json")], watcher.Unwatched);
    }

    [Theory]
    [InlineData("content/a.md", false)]
    [InlineData("content/a.md~", true)]
    [InlineData("content/.a.md.swp", true)]
    [InlineData("content/4913", true)]
    [InlineData("content/.#a.md", true)]
    [InlineData("content/#a.md#", true)]
    [InlineData("content/~$report.docx", true)]
    [InlineData("templates/page.html", false)]
    public void Recognises_editor_scratch_files(string path, bool scratch) =>
        Assert.Equal(scratch, InputWatcher.IsEditorScratchFile(path));
}
