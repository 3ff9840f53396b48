using SiteGen.Import;
using SiteGen.Model;
using SiteGen.Register;
using Xunit.Abstractions;

namespace SiteGen.Tests.Import;

/// <summary>A protocol inside a long constitution PDF: found by its title, or cut out with --pages.</summary>
[Trait("Category", "RealTools")]
[Trait("Kind", "RealTool")]
public class LongConstitutionTests(ITestOutputHelper log)
{
    private static readonly Lazy<(byte[] Pdf, int First, int Last)> constitution = new(Build);

    /// <summary>
    /// Other parts of a constitution (filler made of the other seeds' text) before and after Hounslow's protocol, each
    /// part starting on a new page under a part heading larger than any heading inside the protocol.
    /// </summary>
    private static (byte[] Pdf, int First, int Last) Build()
    {
        var filler = SeedBlocks.Read("haringey").OfType<SeedParagraph>().Where(p => p.Text.Length > 200).Select(p => p.Text).ToList();
        List<SeedBlock> Part(string title, int paragraphs) =>
            [new SeedParagraph(null, "@@PART@@" + title, false), .. Enumerable.Range(0, paragraphs).Select(i => (SeedBlock)new SeedParagraph(null, filler[i % filler.Count], false))];
        var protocol = SeedBlocks.Read("hounslow").Select(b => b is SeedHeading h ? h with { Level = Math.Max(1, h.Level) } : b).ToList();
        var before = Part("Part 4 - Rules of Procedure", 240);
        var after = Part("Part 6 - Members' Allowances Scheme", 60);
        var blocks = before.Concat([new SeedParagraph(null, "@@PART@@Part 5 - Protocol on Member/Officer Relations", false)]).Concat(protocol).Concat(after).ToList();
        var html = TestHtml.PrintPage(blocks).Replace("</style>", ".part { font-size: 22pt; font-weight: bold; break-before: page; display: block; margin: 0 0 12pt 0; }</style>");
        html = System.Text.RegularExpressions.Regex.Replace(html, "<p>@@PART@@(.*?)</p>", "<div class=\"part\" role=\"heading\" aria-level=\"1\">$1</div>");
        var pdf = TestPdf.Print(html);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => (p.Number, Text: string.Concat(p.GetWords().Select(w => w.Text)))).ToList();
        var first = pages.First(p => p.Text.Contains("Part5-ProtocolonMember/OfficerRelations", StringComparison.Ordinal)).Number;
        var ending = string.Concat(protocol.OfType<SeedParagraph>().Last().Text.Split(' ').Take(6));
        var last = pages.Last(p => p.Text.Contains(ending, StringComparison.Ordinal)).Number;
        return (pdf, first, last);
    }

    [Fact]
    public void Long_constitution_is_searched_for_the_protocol_by_its_title()
    {
        var (pdf, first, last) = constitution.Value;
        var result = ProtocolImporter.Import("hounslow.pdf", pdf, new ImportOptions("Hounslow"), CouncilRegister.Shipped, Taxonomy.Empty, null);
        log.WriteLine($"protocol on pages {first}-{last}; {result.Summary.Pages} pages imported");
        Assert.True(first > 2 && UglyToad.PdfPig.PdfDocument.Open(pdf).NumberOfPages > PdfImporter.LongDocumentPages, "the document is not long enough to test the search");
        Assert.Contains(result.Warnings, w => w.Code == ImportCodes.TitleFound && w.Message.Contains($"pages {first}-{last}", StringComparison.Ordinal));
        var score = RoundTrip.Score("hounslow", result);
        Assert.True(score.Share >= 0.98, score.ToString());
        Assert.DoesNotContain("Rules of Procedure", result.Markdown);
        Assert.DoesNotContain("Allowances", result.Markdown);
    }

    [Fact]
    public void Pages_option_imports_only_those_pages()
    {
        var (pdf, first, last) = constitution.Value;
        var result = ProtocolImporter.Import("hounslow.pdf", pdf, new ImportOptions("Hounslow", new PageRange(first, last)), CouncilRegister.Shipped, Taxonomy.Empty, null);
        Assert.Equal(last - first + 1, result.Summary.Pages);
        var score = RoundTrip.Score("hounslow", result);
        Assert.True(score.Share >= 0.98, score.ToString());
        Assert.Contains($"pages {first}-{last}", result.Markdown);

        var beyond = Assert.Throws<ImportException>(() =>
            ProtocolImporter.Import("hounslow.pdf", pdf, new ImportOptions("Hounslow", new PageRange(first, 5000)), CouncilRegister.Shipped, Taxonomy.Empty, null));
        Assert.Equal(ImportCodes.BadPages, beyond.Code);
    }
}
