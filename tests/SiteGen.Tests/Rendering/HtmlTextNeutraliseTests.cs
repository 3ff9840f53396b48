using System.Text;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

[Trait("Kind", "Pure")]
public class HtmlTextNeutraliseTests
{
    private static IEnumerable<char> AllChars() => Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c));

    [Fact]
    public void The_byte_check_finds_every_character_that_is_neutralised_wherever_it_stands()
    {
        foreach (var ch in AllChars().Where(HtmlText.IsNeutralised))
            foreach (var text in new[] { $"{ch}", $"<p>é “x” {ch}", $"{ch}</p>", $"ab\u00e9{ch}\u2019" })
                Assert.True(HtmlText.MayNeedNeutralising(Encoding.UTF8.GetBytes(text)), $"U+{(int)ch:X4} in \"{text}\"");
    }

    [Fact]
    public void The_byte_check_passes_over_text_with_none_of_them()
    {
        var others = new string([.. AllChars().Where(c => !HtmlText.IsNeutralised(c))]);
        Assert.False(HtmlText.MayNeedNeutralising(Encoding.UTF8.GetBytes(others)));
        Assert.False(HtmlText.MayNeedNeutralising(Encoding.UTF8.GetBytes("“quoted” – dashes — and ¹ ¼ é\u2028\u2060\u206A")));
    }

    [Fact]
    public void Pages_are_neutralised_and_other_files_left_as_they_were()
    {
        var files = HtmlText.NeutralisePages([OutputFile.Text("a.html", "<p>a\u202Eb\u0085c</p>"), OutputFile.Text("b.html", "<p>plain “x”</p>"), OutputFile.Text("c.js", "x\u202E")]).ToList();
        Assert.Equal($"<p>a{HtmlText.Replacement}b{HtmlText.Replacement}c</p>", files[0].AsText());
        Assert.Equal("<p>plain “x”</p>", files[1].AsText());
        Assert.Equal("x\u202E", files[2].AsText());
    }
}
