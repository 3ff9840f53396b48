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
        Directory.CreateDirectory(Path.Combine(root, "build-0042")); // left over from an earlier run, which listed it
        File.WriteAllText(Path.Combine(root, PreviewOutputFolders.MarkerFile), "build-0042\n");
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

    [Fact]
    public void Files_and_folders_the_preview_did_not_make_are_never_deleted()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "_site.preview");
        Directory.CreateDirectory(Path.Combine(root, "build-0001"));
        File.WriteAllText(Path.Combine(root, "build-0001", "mine.txt"), "a user's file");
        File.WriteAllText(Path.Combine(root, "notes.txt"), "keep me");
        Directory.CreateDirectory(Path.Combine(root, "build-final"));

        var folders = new PreviewOutputFolders(root);
        var first = folders.Next();
        Assert.NotEqual(Path.Combine(root, "build-0001"), first); // an existing folder is never reused
        folders.MarkGood(first);
        folders.MarkGood(folders.Next());
        folders.Next();
        folders.RemoveAll();

        Assert.Equal("a user's file", File.ReadAllText(Path.Combine(root, "build-0001", "mine.txt")));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(root, "notes.txt")));
        Assert.True(Directory.Exists(Path.Combine(root, "build-final")));
        Assert.Equal(["build-0001", "build-final", "notes.txt"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_root_the_preview_created_is_removed_when_it_stops()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "_site.preview");
        var folders = new PreviewOutputFolders(root);
        folders.MarkGood(folders.Next());
        folders.RemoveAll();
        Assert.False(Directory.Exists(root));
    }
}
