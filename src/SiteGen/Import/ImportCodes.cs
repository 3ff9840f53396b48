namespace SiteGen.Import;

/// <summary>Diagnostic codes of sitegen import (SG1600–SG1699), in one place so the README and tests agree.</summary>
internal static class ImportCodes
{
    public const string NotFound = "SG1600";
    public const string UnsupportedType = "SG1601";
    public const string EmptyFile = "SG1602";
    public const string Exists = "SG1603";
    public const string UnknownAuthority = "SG1604";
    public const string AmbiguousAuthority = "SG1605";
    public const string NoTextLayer = "SG1606";
    public const string OcrMissing = "SG1607";
    public const string OcrFailed = "SG1608";
    public const string Encrypted = "SG1609";
    public const string CorruptPdf = "SG1610";
    public const string CorruptDocx = "SG1611";
    public const string BadPages = "SG1612";
    public const string NoText = "SG1614";
    public const string WriteFailed = "SG1615";
    public const string NoAuthority = "SG1617";

    // Warnings
    public const string RegisterContradiction = "SG1650";
    public const string FurnitureDropped = "SG1651";
    public const string DateNotFound = "SG1653";
    public const string Normaliser = "SG1654";
    public const string OcrUsed = "SG1655";
    public const string LowConfidenceLayout = "SG1656";
    public const string CommentsDropped = "SG1657";
    public const string TitleFound = "SG1658";
}
