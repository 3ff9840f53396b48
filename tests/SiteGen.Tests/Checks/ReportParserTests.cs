using SiteGen.Checks;
using SiteGen.Checks.Accessibility;
using SiteGen.Checks.Html;
using SiteGen.Model;

namespace SiteGen.Tests.Checks;

/// <summary>The parsers on hand-written tool output, for the cases the real fixtures do not produce.</summary>
[Trait("Kind", "Pure")]
public class ReportParserTests
{
    [Fact]
    public void Nu_messages_map_to_severities_and_use_the_first_line_when_given()
    {
        if (OperatingSystem.IsWindows()) return; // POSIX sample paths
        const string json = """
            {"messages":[
              {"type":"error","url":"file:/srv/site/a.html","firstLine":3,"lastLine":5,"firstColumn":2,"lastColumn":9,"message":"Bad nesting.","extract":"<a>\n<b>"},
              {"type":"info","subType":"warning","url":"file:/srv/site/b.html","lastLine":7,"firstColumn":1,"message":"Consider a heading."},
              {"type":"info","url":"file:/srv/site/b.html","lastLine":8,"message":"Just so you know."},
              {"type":"non-document-error","url":"file:/srv/site/c.html","subType":"io","message":"Cannot read file."}
            ]}
            """;
        var findings = NuMessageParser.Parse(json, "/srv/site");
        Assert.Equal(
            [("a.html", 3, 2, Severity.Error, CheckCodes.HtmlError), ("b.html", 7, 1, Severity.Warning, CheckCodes.HtmlWarning),
             ("b.html", 8, 0, Severity.Info, CheckCodes.HtmlWarning), ("c.html", 0, 0, Severity.Error, CheckCodes.HtmlNotChecked)],
            findings.Select(f => (f.File, f.Line, f.Column, f.Severity, f.Code)));
        Assert.Equal("Bad nesting. [near: <a> <b>]", findings[0].Message);
    }

    [Fact]
    public void Each_failing_element_of_an_axe_rule_becomes_its_own_finding()
    {
        if (OperatingSystem.IsWindows()) return;
        const string json = """
            {"axeVersion":"4.14.1","results":[
              {"url":"file:///srv/site/p/x.html","violations":[{"id":"link-name","impact":"serious","help":"Links must have discernible text","helpUrl":"https://h/link-name",
                "nodes":[{"target":["#a"],"html":"<a id=\"a\">","failureSummary":"Fix all:\n  no text"},{"target":["iframe","#b"],"html":"<a id=\"b\">","failureSummary":""}]}]},
              {"url":"file:///srv/site/y.html","error":"net::ERR_FILE_NOT_FOUND"}
            ]}
            """;
        var (violations, pageErrors) = AxeResultParser.Parse(json, "/srv/site");
        Assert.Equal([("p/x.html", "#a"), ("p/x.html", "iframe >>> #b")], violations.Select(v => (v.Page, string.Join(" >>> ", v.Target))));
        Assert.Equal("[link-name] Links must have discernible text (serious) at #a: Fix all: no text See https://h/link-name", AxeResultParser.ToDiagnostic(violations[0]).Message);
        var pageError = Assert.Single(pageErrors);
        Assert.Equal(("y.html", CheckCodes.AccessibilityNotChecked), (pageError.File, pageError.Code));
    }
}
