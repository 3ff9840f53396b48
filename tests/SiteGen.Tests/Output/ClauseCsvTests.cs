using System.Text;
using SiteGen.Output;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

[Trait("Kind", "Pure")]
public class ClauseCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    public void Fields_are_quoted_per_rfc4180_and_never_become_formulas(string value, string expected)
    {
        Assert.Equal(expected, ClauseCsv.Field(value));
    }

    [Fact]
    public void The_seed_csv_has_a_bom_crlf_rows_and_one_row_per_clause()
    {
        var protocols = new[] { "hackney", "merton" }.Select(s => Repo.Normalise(s).Protocol).ToList();
        var file = ClauseCsv.Build(protocols);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Content[..3]);
        var text = Encoding.UTF8.GetString(file.Content[3..]);
        var rows = ParseCsv(text);
        Assert.Equal(1 + 123 + 16, rows.Count);
        Assert.Equal(22, rows[0].Count);
        Assert.All(rows, r => Assert.Equal(22, r.Count));
        var g = rows.Single(r => r[0] == "hackney/7.2(g)");
        Assert.Equal("Hackney, para 7.2(g)", g[5]);
        Assert.Equal("hackney/7.2", g[6]);
        Assert.StartsWith("Not to be subject to bullying", g[12]);
    }

    /// <summary>A strict RFC 4180 reader, so the test checks the format rather than trusting the writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else if (ch is '\r' or '\n') throw new Xunit.Sdk.XunitException($"Bare line break outside quotes at {i}");
            else field.Append(ch);
        }
        Assert.False(quoted, "unterminated quote");
        Assert.Empty(row);
        return rows;
    }
}
