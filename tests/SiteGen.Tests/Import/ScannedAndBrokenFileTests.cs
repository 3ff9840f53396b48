using SiteGen.Cli;
using SiteGen.Import;
using SiteGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace SiteGen.Tests.Import;

/// <summary>Scans read by OCR, and the files import refuses: each gives its documented error, exit code 1, and writes nothing.</summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class ScannedAndBrokenFileTests(ITestOutputHelper log)
{
    private static readonly Lazy<byte[]> hounslowPdf = new(() => TestPdf.Print(TestHtml.PrintPage(SeedBlocks.Read("hounslow"))));
    private static readonly Lazy<byte[]> hounslowScan = new(() => TestPdf.Scan(hounslowPdf.Value));

    [Fact]
    public void Scanned_pdf_imported_with_ocr_gives_back_at_least_90_percent_of_clause_ids_with_their_texts()
    {
        Assert.NotNull(OcrMyPdf.Locate());
        var result = RoundTrip.Import("hounslow", ".pdf", hounslowScan.Value, ocr: true);
        var score = RoundTrip.Score("hounslow", result);
        log.WriteLine($"ocr hounslow: {score.Matched}/{score.SeedClauses} ({result.Summary.Pages} pages)");
        Assert.True(score.Matched >= 0.9 * score.SeedClauses, score.ToString());
        Assert.Contains(result.Warnings, w => w.Code == ImportCodes.OcrUsed);
    }

    [Fact]
    public void Scanned_pdf_without_ocr_says_so_and_writes_nothing()
    {
        var (exit, error, written) = Run("hounslow.pdf", hounslowScan.Value);
        Assert.Equal(1, exit);
        Assert.Contains("hounslow.pdf: error SG1606:", error);
        Assert.Contains("--ocr", error);
        Assert.Empty(written);
    }

    [Fact]
    public void Encrypted_pdf_says_so_and_writes_nothing()
    {
        var (exit, error, written) = Run("hounslow.pdf", TestPdf.Encrypt(hounslowPdf.Value));
        Assert.Equal(1, exit);
        Assert.Contains("hounslow.pdf: error SG1609:", error);
        Assert.Empty(written);
    }

    [Fact]
    public void Corrupt_pdf_says_so_and_writes_nothing()
    {
        var (exit, error, written) = Run("hounslow.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2000]]);
        Assert.Equal(1, exit);
        Assert.Matches(@"hounslow\.pdf: error SG16(10|06):", error);
        Assert.Empty(written);
    }

    [Fact]
    public void Corrupt_word_document_says_so_and_writes_nothing()
    {
        var docx = TestDocx.Build(SeedBlocks.Read("hounslow"));
        var damaged = docx[..(docx.Length / 2)];
        var (exit, error, written) = Run("hounslow.docx", damaged);
        Assert.Equal(1, exit);
        Assert.Contains("hounslow.docx: error SG1611:", error);
        Assert.Empty(written);
    }

    [Theory]
    [InlineData("hounslow.pdf")]
    [InlineData("hounslow.docx")]
    [InlineData("hounslow.html")]
    [InlineData("hounslow.txt")]
    public void Empty_file_says_so_and_writes_nothing(string name)
    {
        var (exit, error, written) = Run(name, []);
        Assert.Equal(1, exit);
        Assert.Contains($"{name}: error SG1602:", error);
        Assert.Empty(written);
    }

    [Fact]
    public void Existing_protocol_is_not_replaced_without_force_and_is_replaced_with_it()
    {
        using var site = new TempSite();
        var protocols = Path.Combine(site.Path, "content", "protocols");
        Directory.CreateDirectory(protocols);
        File.WriteAllText(Path.Combine(protocols, "hounslow.md"), "keep me");
        var input = Path.Combine(site.Path, "hounslow.html");
        File.WriteAllText(input, TestHtml.WebPage("London Borough of Hounslow", SeedBlocks.Read("hounslow")));

        var error = new StringWriter();
        Assert.Equal(1, ImportCommand.Run(site.Path, input, new ImportOptions(), null, force: false, new StringWriter(), error));
        Assert.Contains("error SG1603:", error.ToString());
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(protocols, "hounslow.md")));

        var output = new StringWriter();
        Assert.Equal(0, ImportCommand.Run(site.Path, input, new ImportOptions(), null, force: true, output, new StringWriter()));
        Assert.StartsWith("---\nauthority: \"London Borough of Hounslow\"", File.ReadAllText(Path.Combine(protocols, "hounslow.md")));
        Assert.Contains("clause(s)", output.ToString());
        Assert.Single(Directory.GetFiles(protocols));
    }

    private static (int Exit, string Error, string[] Written) Run(string name, byte[] bytes)
    {
        using var site = new TempSite();
        var protocols = Path.Combine(site.Path, "content", "protocols");
        Directory.CreateDirectory(protocols);
        var input = Path.Combine(site.Path, name);
        File.WriteAllBytes(input, bytes);
        var error = new StringWriter();
        var exit = ImportCommand.Run(site.Path, input, new ImportOptions("Hounslow"), null, force: false, new StringWriter(), error);
        Assert.DoesNotContain("   at ", error.ToString());
        return (exit, error.ToString(), Directory.GetFiles(protocols));
    }
}
