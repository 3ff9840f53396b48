namespace SiteGen.Evaluation;

/// <summary>Diagnostic codes of <c>sitegen eval</c> (SG1200–SG1299), listed in the README.</summary>
internal static class EvalCodes
{
    /// <summary>A truth file or floors file is not valid YAML, or has an unknown field.</summary>
    public const string BadYaml = "SG1201";
    /// <summary>The text a truth file annotates cannot be found or read.</summary>
    public const string MissingText = "SG1202";
    /// <summary>An unknown situation in <c>routes</c>.</summary>
    public const string UnknownSituation = "SG1203";
    /// <summary>An unknown role id in a route step.</summary>
    public const string UnknownRole = "SG1204";
    /// <summary>An unknown expectation id.</summary>
    public const string UnknownExpectation = "SG1205";
    /// <summary>An unknown theme id.</summary>
    public const string UnknownTheme = "SG1206";
    /// <summary>An unknown direction, actor or modality.</summary>
    public const string UnknownValue = "SG1207";
    /// <summary>An annotation names a clause that is not in its own <c>clauses</c> list.</summary>
    public const string UnknownClause = "SG1208";
    /// <summary>A required field is missing or inconsistent.</summary>
    public const string Missing = "SG1209";
    /// <summary>The same entry is annotated twice.</summary>
    public const string Duplicate = "SG1210";
    /// <summary>The corpus folder, the taxonomy or the floors file is missing.</summary>
    public const string NoCorpus = "SG1211";
    /// <summary>A floor names an unknown figure, or is not a number from 0 to 1.</summary>
    public const string BadFloor = "SG1212";
    /// <summary>A figure is below its floor.</summary>
    public const string BelowFloor = "SG1213";
    /// <summary>A text in the corpus folder has no annotation, so it is not scored (note).</summary>
    public const string NotAnnotated = "SG1214";
}
