using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SiteGen.Tests.Export;

/// <summary>Every exported Word document and workbook is valid against the Office Open XML schema, so Word and Excel open it without "repairing" it.</summary>
[Trait("Kind", "Pure")]
public class OpenXmlValidityTests(BuiltDefaultSite built) : IClassFixture<BuiltDefaultSite>
{
    [Fact]
    public void Every_export_is_schema_valid_Office_Open_XML()
    {
        var files = Directory.EnumerateFiles(built.File("data"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 6, $"only {files.Count} exports");
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016);
        var problems = new List<string>();
        foreach (var file in files)
        {
            using var package = file.EndsWith(".docx", StringComparison.Ordinal)
                ? (OpenXmlPackage)WordprocessingDocument.Open(file, false)
                : SpreadsheetDocument.Open(file, false);
            problems.AddRange(validator.Validate(package).Take(5).Select(e => $"{Path.GetFileName(file)} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}
