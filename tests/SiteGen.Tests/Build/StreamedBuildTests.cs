using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Build;

/// <summary>
/// <c>sitegen build</c> writes each file into the staging folder as it is made instead of holding the site: the site it
/// publishes is byte for byte the one an in-memory build makes, and a build that fails publishes nothing.
/// </summary>
[Trait("Kind", "Disk")]
public sealed class StreamedBuildTests
{
    [Fact]
    public void A_streamed_build_publishes_exactly_the_files_an_in_memory_build_makes()
    {
        using var site = Repo.CopyDefaultSite();
        var inMemory = SiteBuild.Run(site.Path);
        Assert.True(inMemory.Succeeded);

        SiteWriter.StagedSite? staged = null;
        var output = site.File("streamed");
        var streamed = SiteBuild.Run(site.Path, stage: config => staged = SiteWriter.StagedSite.Open(output, out _));
        Assert.True(streamed.Succeeded);
        Assert.NotNull(staged);
        using (staged)
            Assert.Null(staged.Publish());

        // The result keeps what the rest of the build reads (paths, sources, the headings search reads), not the bytes.
        Assert.Equal(inMemory.Files.Select(f => (f.Path, f.Source)), streamed.Files.Select(f => (f.Path, f.Source)));
        Assert.All(inMemory.Files.Zip(streamed.Files).Where(pair => pair.First.Heading is not null), pair => Assert.Equal(pair.First.Heading, pair.Second.Heading));
        Assert.All(streamed.Files, f => Assert.Empty(f.Content));
        foreach (var file in inMemory.Files)
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file.Path))), $"{file.Path} differs from the in-memory build");
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != SiteWriter.Marker).Order(StringComparer.Ordinal);
        Assert.Equal(inMemory.Files.Select(f => f.Path).Order(StringComparer.Ordinal), written);
    }

    [Fact]
    public void A_streamed_build_that_fails_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = Repo.CopyDefaultSite();
        var output = site.File("streamed");
        Assert.Null(SiteWriter.Write([OutputFile.Text("index.html", "the previous site")], output));
        // A template that fails to render fails the build after other files have been written into the staging folder.
        File.AppendAllText(site.File("templates/theme.html"), "{{ no_such_function 1 2 3 }}");

        SiteWriter.StagedSite? staged = null;
        var failed = SiteBuild.Run(site.Path, stage: config => staged = SiteWriter.StagedSite.Open(output, out _));
        Assert.False(failed.Succeeded);
        Assert.NotNull(staged);
        Assert.NotEmpty(Directory.EnumerateFiles(staged.Folder, "*", SearchOption.AllDirectories));
        staged.Dispose();

        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Path), d => Path.GetFileName(d).StartsWith(".streamed", StringComparison.Ordinal));
    }
}
