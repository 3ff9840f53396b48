using System.Globalization;
using System.Text;
using CsvHelper;
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

    /// <summary>
    /// The rows as CsvHelper, an independent RFC 4180 reader, reads them, with malformed quoting or a row of another
    /// length (a line break left unquoted splits a row) an error: the test checks the format rather than trusting the writer.
    /// </summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<List<string>>();
        var starts = new List<long>();
        while (reader.Read())
        {
            starts.Add(reader.ByteOffset);
            rows.Add([.. reader.Current.ToArray()]);
        }
        // Each row ends with CRLF (RFC 4180), which lenient readers do not check: the two bytes before every row's start.
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.All(starts.Skip(1).Append(bytes.Length), start => Assert.Equal("\r\n", Encoding.ASCII.GetString(bytes, (int)start - 2, 2)));
        return rows;
    }
}
