using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

[Trait("Kind", "Disk")]
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
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Path), d => Path.GetFileName(d).StartsWith('.'));
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
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Path), d => Path.GetFileName(d).StartsWith('.'));
    }
}

[Trait("Kind", "Disk")]
public class AtomicExchangeTests
{
    [Fact]
    public void On_Linux_two_folders_trade_places_in_one_step()
    {
        using var site = new TempSite();
        var first = site.File("first");
        var second = site.File("second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(first, "a.txt"), "from first");
        File.WriteAllText(Path.Combine(second, "b.txt"), "from second");
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(AtomicExchange.TryExchange(first, second)); // elsewhere the writer falls back to two renames
            return;
        }

        Assert.True(AtomicExchange.TryExchange(first, second));
        Assert.Equal("from second", File.ReadAllText(Path.Combine(first, "b.txt")));
        Assert.Equal("from first", File.ReadAllText(Path.Combine(second, "a.txt")));
        Assert.False(AtomicExchange.TryExchange(first, site.File("missing")));
        Assert.True(File.Exists(Path.Combine(first, "b.txt")));
    }
}
