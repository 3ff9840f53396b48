using SiteGen.Model;

namespace SiteGen.Tests.Model;

[Trait("Kind", "Pure")]
public class DiagnosticTests
{
    [Fact]
    public void Formats_like_a_compiler_message_so_editors_can_link_it()
    {
        var d = new Diagnostic("content/protocols/hackney.md", 12, 3, Severity.Error, "SG0102", "Front matter is not valid YAML.");
        Assert.Equal("content/protocols/hackney.md:12:3: error SG0102: Front matter is not valid YAML.", d.ToString());
    }

    [Fact]
    public void A_finding_about_a_whole_file_points_at_its_first_line_and_one_about_a_folder_has_no_line()
    {
        Assert.Equal("site.json:1: warning SG0001: Empty.", Diagnostic.Warning("site.json", 0, "SG0001", "Empty.").ToString());
        Assert.Equal("content/protocols: error SG0150: None.", Diagnostic.Error("content/protocols", 0, "SG0150", "None.").ToString());
        Assert.Equal("_site: error SG0501: Not ours.", Diagnostic.Error("_site", 0, "SG0501", "Not ours.").ToString());
    }

    [Theory]
    [InlineData("x\n::error file=site.json,line=1::Injected", "x\\n::error file=site.json,line=1::Injected")]
    [InlineData("\u001b]0;pwned\u0007\u001b[2J", "\\u001B]0;pwned\\u0007\\u001B[2J")]
    [InlineData("a\r\nb\u0085c\u2028d", "a\\r\\nb\\u0085c\\u2028d")]
    [InlineData("Members \u202Etsum\u202C be kind", "Members \\u202Etsum\\u202C be kind")]
    public void Content_quoted_in_a_message_cannot_start_a_line_or_drive_the_terminal(string quoted, string shown)
    {
        var text = new Diagnostic("content/protocols/x\ny.md", 3, 0, Severity.Error, "SG0113", $"Unknown field '{quoted}'.").ToString();

        Assert.Equal($"content/protocols/x\\ny.md:3: error SG0113: Unknown field '{shown}'.", text);
        Assert.DoesNotContain(text, ch => ch < ' ' || ch is >= '\u007f' and <= '\u009f' or '\u2028' or '\u202E');
    }

    [Fact]
    public void A_message_quoting_a_huge_value_is_cut()
    {
        var text = Diagnostic.Error("a.md", 2, "SG0113", "Unknown field '" + new string('x', 200_000) + "'.").ToString();
        Assert.True(text.Length < Diagnostic.MaxMessageLength + 100, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("x…", text, StringComparison.Ordinal);
    }
}
