using SiteGen.Model;

namespace SiteGen.Tests.Model;

public class DiagnosticTests
{
    [Fact]
    public void Formats_like_a_compiler_message_so_editors_can_link_it()
    {
        var d = new Diagnostic("content/protocols/hackney.md", 12, 3, Severity.Error, "SG0102", "Front matter is not valid YAML.");
        Assert.Equal("content/protocols/hackney.md:12:3: error SG0102: Front matter is not valid YAML.", d.ToString());
    }

    [Fact]
    public void Omits_line_when_the_finding_is_about_the_whole_file()
    {
        var d = Diagnostic.Warning("site.json", 0, "SG0001", "Empty.");
        Assert.Equal("site.json: warning SG0001: Empty.", d.ToString());
    }
}
