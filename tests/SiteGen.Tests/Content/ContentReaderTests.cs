using System.Text;
using SiteGen.Content;

namespace SiteGen.Tests.Content;

[Trait("Kind", "Disk")]
public class ContentReaderTests
{
    [Fact]
    public void Invalid_utf8_is_reported_on_the_line_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ok\n---\nline four \u201Cfine\u201D\nline five ").Concat(new byte[] { 0x93, 0x94 }).ToArray();
        var (file, error) = ContentReader.Decode("content/protocols/x.md", bytes);
        Assert.Null(file);
        Assert.Equal(5, error!.Line);
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("Save as", error.Message);
    }

    [Fact]
    public void A_binary_file_is_recognised()
    {
        var (_, error) = ContentReader.Decode("x.md", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        Assert.Contains("binary", error!.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        Assert.Contains("empty", ContentReader.Decode("x.md", Encoding.UTF8.GetBytes(" \n\n")).Error!.Message);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_endings_are_accepted()
    {
        var (file, error) = ContentReader.Decode("x.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("a\r\nb")]);
        Assert.Null(error);
        Assert.Equal("a\nb", file!.Text);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_site_folder_is_refused()
    {
        using var outside = new TestSupport.TempSite();
        using var site = new TestSupport.TempSite();
        File.WriteAllText(outside.File("secret.md"), "---\ntitle: x\n---\n");
        Directory.CreateDirectory(site.File("content"));
        File.CreateSymbolicLink(site.File("content/linked.md"), outside.File("secret.md"));
        var (file, error) = ContentReader.Read(site.Path, "content/linked.md");
        Assert.Null(file);
        Assert.Equal("SG0140", error!.Code);
    }
}
