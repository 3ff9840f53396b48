using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

public class SiteWriterTests
{
    [Fact]
    public void Replaces_its_own_previous_output_completely()
    {
        using var site = new TempSite();
        var output = site.File("_site");
        Assert.Null(SiteWriter.Write([OutputFile.Text("old.html", "old"), OutputFile.Text("keep/a.txt", "a")], output));
        Assert.Null(SiteWriter.Write([OutputFile.Text("new.html", "new")], output));
        Assert.True(File.Exists(Path.Combine(output, "new.html")));
        Assert.False(File.Exists(Path.Combine(output, "old.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path).Where(d => Path.GetFileName(d).StartsWith('.')));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_it_did_not_make()
    {
        using var site = new TempSite();
        var output = site.File("_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "precious.docx"), "user's work");
        var error = SiteWriter.Write([OutputFile.Text("index.html", "x")], output);
        Assert.Equal("SG0501", error!.Code);
        Assert.Equal("user's work", File.ReadAllText(Path.Combine(output, "precious.docx")));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_site_untouched()
    {
        using var site = new TempSite();
        var output = site.File("_site");
        Assert.Null(SiteWriter.Write([OutputFile.Text("index.html", "good build")], output));
        // A file and a folder of the same name cannot both be written: the second write fails after staging began.
        var error = SiteWriter.Write([OutputFile.Text("index.html", "bad"), OutputFile.Text("clash", "x"), OutputFile.Text("clash/inner.txt", "y")], output);
        Assert.NotNull(error);
        Assert.Equal("good build", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path).Where(d => Path.GetFileName(d).StartsWith('.')));
    }
}
