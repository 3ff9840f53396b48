using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Disk")]
public class PreviewOutputFoldersTests
{
    [Fact]
    public void Each_build_gets_a_fresh_folder_and_only_the_last_good_one_survives_the_next_build()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "_site.preview");
        Directory.CreateDirectory(Path.Combine(root, "build-0042")); // left over from an earlier run
        var folders = new PreviewOutputFolders(root);
        Assert.False(Directory.Exists(Path.Combine(root, "build-0042")));

        var first = folders.Next();
        folders.MarkGood(first);
        var failed = folders.Next();
        Assert.NotEqual(first, failed);
        Assert.True(Directory.Exists(first) && Directory.Exists(failed));

        var third = folders.Next();
        Assert.True(Directory.Exists(first), "the last good build is still being served");
        Assert.False(Directory.Exists(failed));
        folders.MarkGood(third);

        var fourth = folders.Next();
        Assert.False(Directory.Exists(first));
        Assert.True(Directory.Exists(third) && Directory.Exists(fourth));
    }
}
