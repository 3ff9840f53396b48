using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SiteGen.Tests.Build;

/// <summary>
/// SiteGen's public surface: a type is public only if a test names it, or the public signature of such a type
/// exposes it (so the compiler needs it public). Everything else should be internal; the list below holds the
/// types that were public when this test was written and may only shrink.
/// </summary>
[Trait("Category", "Pure")]
[Trait("Kind", "Disk")]
public sealed class HygieneTests
{
    [Fact]
    public void No_new_public_type_is_left_unneeded()
    {
        var unneeded = UnneededPublicTypes();
        var added = unneeded.Except(KnownUnneeded, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0,
            "These SiteGen types are public but no test names them and no needed public type exposes them; make them internal: "
            + string.Join(", ", added));
    }

    [Fact]
    public void The_finder_sees_types_the_tests_name_as_needed()
    {
        // Guards the check itself: a type this very file names must count as needed, and so must the types its
        // public signature exposes.
        var needed = NeededTypes(PublicTypes());
        Assert.Contains(typeof(SiteGen.Model.Diagnostic).FullName!, needed);
        Assert.Contains(typeof(SiteGen.Model.Severity).FullName!, needed);
    }

    private static List<Type> PublicTypes() =>
        typeof(SiteGen.Model.Diagnostic).Assembly.GetTypes()
            .Where(t => t.IsVisible && !t.FullName!.Contains('<', StringComparison.Ordinal))
            .ToList();

    private static HashSet<string> UnneededPublicTypes()
    {
        var publicTypes = PublicTypes();
        var needed = NeededTypes(publicTypes);
        return publicTypes.Select(t => t.FullName!).Where(n => !needed.Contains(n)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Types the test assembly's metadata refers to in SiteGen, closed over public signatures.</summary>
    private static HashSet<string> NeededTypes(List<Type> publicTypes)
    {
        var byName = publicTypes.ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        var queue = new Queue<Type>(ReferencedByTests().Where(byName.ContainsKey).Select(n => byName[n]));
        var needed = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!needed.Add(type.FullName!)) continue;
            foreach (var exposed in Exposed(type))
                if (exposed.FullName is { } name && byName.TryGetValue(name, out var t) && !needed.Contains(name)) queue.Enqueue(t);
        }
        return needed;
    }

    private static IEnumerable<Type> Exposed(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var signature = new List<Type>();
        if (type.BaseType is { } baseType) signature.Add(baseType);
        signature.AddRange(type.GetInterfaces());
        if (type.DeclaringType is { } outer) signature.Add(outer);
        foreach (var member in type.GetMembers(flags))
        {
            switch (member)
            {
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly: signature.Add(f.FieldType); break;
                case PropertyInfo p when p.GetAccessors(nonPublic: false).Length > 0: signature.Add(p.PropertyType); break;
                case MethodBase m when m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly:
                    if (m is MethodInfo mi) signature.Add(mi.ReturnType);
                    signature.AddRange(m.GetParameters().Select(p => p.ParameterType));
                    break;
                case EventInfo e when e.AddMethod is { IsPublic: true } && e.EventHandlerType is { } handler: signature.Add(handler); break;
            }
        }
        return signature.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition());
        return type.IsGenericParameter ? [] : [type];
    }

    /// <summary>Full names (Outer+Inner for nested types) of the SiteGen types the test assembly refers to.</summary>
    private static HashSet<string> ReferencedByTests()
    {
        using var stream = File.OpenRead(typeof(HygieneTests).Assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
            if (SiteGenName(md, handle) is { } name) names.Add(name);
        return names;
    }

    private static string? SiteGenName(MetadataReader md, TypeReferenceHandle handle)
    {
        var reference = md.GetTypeReference(handle);
        var name = md.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
            return SiteGenName(md, (TypeReferenceHandle)scope) is { } outer ? outer + "+" + name : null;
        if (scope.Kind != HandleKind.AssemblyReference) return null;
        var assembly = md.GetAssemblyReference((AssemblyReferenceHandle)scope);
        if (md.GetString(assembly.Name) != "SiteGen") return null;
        var ns = md.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Public today, not needed public: may be made internal (then removed here); never added to.</summary>
    private static readonly string[] KnownUnneeded =
    [
        "SiteGen.Analysis.CompiledPhrase",
        "SiteGen.Analysis.ExpectationExtractor",
        "SiteGen.Analysis.Parties",
        "SiteGen.Analysis.Party",
        "SiteGen.Analysis.PhraseMatch`1",
        "SiteGen.Analysis.PhraseMatcher`1",
        "SiteGen.Analysis.ReadingCorrections",
        "SiteGen.Analysis.Segment",
        "SiteGen.Checks.CheckCodes",
        "SiteGen.Checks.Links.LinkKind+Backslash",
        "SiteGen.Checks.Links.LinkReference",
        "SiteGen.Checks.Links.PageScan",
        "SiteGen.Checks.Links.PageScanner",
        "SiteGen.Checks.Links.SiteInventory",
        "SiteGen.Checks.Tools.NpmToolCache",
        "SiteGen.Checks.Tools.ToolInstallException",
        "SiteGen.Checks.Tools.ToolProcess",
        "SiteGen.Checks.Tools.ToolProcessResult",
        "SiteGen.Content.AppendixFrontMatter",
        "SiteGen.Content.ClauseOverrideEntry",
        "SiteGen.Content.EscalationEntry",
        "SiteGen.Content.ExpectationEntry",
        "SiteGen.Content.ExpectationOverrideEntry",
        "SiteGen.Content.FrontMatterReader",
        "SiteGen.Content.FrontMatterSplit",
        "SiteGen.Content.FrontMatterSplitter",
        "SiteGen.Content.ILocated",
        "SiteGen.Content.LocatedYaml",
        "SiteGen.Content.NotQuotedEntry",
        "SiteGen.Content.OverridesFile",
        "SiteGen.Content.ProtocolFrontMatter",
        "SiteGen.Content.ReportFrontMatter",
        "SiteGen.Content.ReportMarkdownCheck",
        "SiteGen.Content.RoleEntry",
        "SiteGen.Content.RouteOverrideEntry",
        "SiteGen.Content.RouteStepEntry",
        "SiteGen.Content.SideRouteEntry",
        "SiteGen.Content.SiteConfigParser",
        "SiteGen.Content.Slugs",
        "SiteGen.Content.TaxonomyFile",
        "SiteGen.Content.ThemeEntry",
        "SiteGen.Content.ThemeOverrideEntry",
        "SiteGen.Content.YamlText",
        "SiteGen.Evaluation.EvalCodes",
        "SiteGen.Evaluation.Fold",
        "SiteGen.Export.DeterministicZip",
        "SiteGen.Export.ExportDocument",
        "SiteGen.Export.TableDocxWriter",
        "SiteGen.Export.TableExports",
        "SiteGen.Export.TableXlsxWriter",
        "SiteGen.Import.BulletBlock",
        "SiteGen.Import.DocumentFacts",
        "SiteGen.Import.DocxImporter",
        "SiteGen.Import.FootnoteBlock",
        "SiteGen.Import.ImportCodes",
        "SiteGen.Import.ImportFrontMatter",
        "SiteGen.Import.ImportMarkdownWriter",
        "SiteGen.Import.ListLabels",
        "SiteGen.Import.PdfImporter",
        "SiteGen.Import.RawTextBlock",
        "SiteGen.Import.TableBlock",
        "SiteGen.Normalise.ClauseClassifier",
        "SiteGen.Normalise.ClauseContext",
        "SiteGen.Normalise.FootnoteExtractor",
        "SiteGen.Normalise.FootnoteText",
        "SiteGen.Normalise.ItemLabel",
        "SiteGen.Normalise.ItemReading",
        "SiteGen.Normalise.LineClassifier",
        "SiteGen.Normalise.LineShape",
        "SiteGen.Normalise.ListStyle",
        "SiteGen.Normalise.PageFurnitureDetector",
        "SiteGen.Normalise.ShapeKind",
        "SiteGen.Normalise.SourceLine",
        "SiteGen.Normalise.TabTable",
        "SiteGen.Normalise.TableOfContentsDetector",
        "SiteGen.Output.ProtocolDataFile",
        "SiteGen.Output.ProtocolIndexEntry",
        "SiteGen.Pdf.PrintedPdfFacts",
        "SiteGen.Pdf.SiteRequestGuard",
        "SiteGen.Register.CouncilTypes",
        "SiteGen.Register.MapProjection",
        "SiteGen.Rendering.AnalysisHubView",
        "SiteGen.Rendering.AnalysisLabels",
        "SiteGen.Rendering.AnalysisPages",
        "SiteGen.Rendering.AnalysisViews",
        "SiteGen.Rendering.AppendixLinkView",
        "SiteGen.Rendering.AuthorityRef",
        "SiteGen.Rendering.AuthorityRow",
        "SiteGen.Rendering.CellLinkView",
        "SiteGen.Rendering.CitedClauseView",
        "SiteGen.Rendering.ClauseAnalysisView",
        "SiteGen.Rendering.ClauseView",
        "SiteGen.Rendering.CompareAuthority",
        "SiteGen.Rendering.CompareClause",
        "SiteGen.Rendering.CompareData",
        "SiteGen.Rendering.CompareIndex",
        "SiteGen.Rendering.CompareTheme",
        "SiteGen.Rendering.CompareView",
        "SiteGen.Rendering.CountCellView",
        "SiteGen.Rendering.CoverRow",
        "SiteGen.Rendering.CoverageHeldRow",
        "SiteGen.Rendering.CoveragePage",
        "SiteGen.Rendering.CoverageView",
        "SiteGen.Rendering.Crumb",
        "SiteGen.Rendering.EscalationAuthorityView",
        "SiteGen.Rendering.EscalationDiagram",
        "SiteGen.Rendering.EscalationMatrixView",
        "SiteGen.Rendering.ExpectationCellView",
        "SiteGen.Rendering.ExpectationMatrixView",
        "SiteGen.Rendering.ExpectationRowView",
        "SiteGen.Rendering.ExpectationTableView",
        "SiteGen.Rendering.GapPageView",
        "SiteGen.Rendering.GapSectionView",
        "SiteGen.Rendering.GapView",
        "SiteGen.Rendering.HomeView",
        "SiteGen.Rendering.Labels",
        "SiteGen.Rendering.MapPoint",
        "SiteGen.Rendering.MatrixIndexView",
        "SiteGen.Rendering.MatrixLayout",
        "SiteGen.Rendering.MatrixPageView",
        "SiteGen.Rendering.MatrixPart",
        "SiteGen.Rendering.MatrixPartLinkView",
        "SiteGen.Rendering.MissingGroup",
        "SiteGen.Rendering.NotAvailableView",
        "SiteGen.Rendering.NoteView",
        "SiteGen.Rendering.PageRenderer",
        "SiteGen.Rendering.PageView",
        "SiteGen.Rendering.PeerGroups",
        "SiteGen.Rendering.PeerLinkView",
        "SiteGen.Rendering.PrintPageView",
        "SiteGen.Rendering.ProtocolView",
        "SiteGen.Rendering.ProvenanceView",
        "SiteGen.Rendering.ReportPageView",
        "SiteGen.Rendering.ReportParagraphs",
        "SiteGen.Rendering.ReportRow",
        "SiteGen.Rendering.ReviewGroupView",
        "SiteGen.Rendering.ReviewItemView",
        "SiteGen.Rendering.ReviewPageView",
        "SiteGen.Rendering.RoleView",
        "SiteGen.Rendering.RouteView",
        "SiteGen.Rendering.SearchFacetOptionView",
        "SiteGen.Rendering.SearchFacetView",
        "SiteGen.Rendering.SearchPage",
        "SiteGen.Rendering.SearchPageView",
        "SiteGen.Rendering.SectionView",
        "SiteGen.Rendering.SideRouteView",
        "SiteGen.Rendering.SimilarLinkView",
        "SiteGen.Rendering.SiteView",
        "SiteGen.Rendering.SourceLineView",
        "SiteGen.Rendering.SourceView",
        "SiteGen.Rendering.StepView",
        "SiteGen.Rendering.TemplateRenderException",
        "SiteGen.Rendering.TextBlock",
        "SiteGen.Rendering.ThemeAuthorityGroupView",
        "SiteGen.Rendering.ThemeChipView",
        "SiteGen.Rendering.ThemeIndexView",
        "SiteGen.Rendering.ThemeMatrixRowView",
        "SiteGen.Rendering.ThemeMatrixView",
        "SiteGen.Rendering.ThemePageView",
        "SiteGen.Rendering.ThemeSummaryView",
        "SiteGen.Rendering.ViewModelBuilder",
        "SiteGen.Reports.AnalysisEmbedResolver",
        "SiteGen.Reports.AuthorityLinkInline",
        "SiteGen.Reports.AuthorityRoutes",
        "SiteGen.Reports.ComparedRow",
        "SiteGen.Reports.EmbedBlock",
        "SiteGen.Reports.EmbedWriter",
        "SiteGen.Reports.ExpectationMatrixCell",
        "SiteGen.Reports.ExpectationMatrixRow",
        "SiteGen.Reports.ExpectationState",
        "SiteGen.Reports.ExpectationTable",
        "SiteGen.Reports.LinkPolicy",
        "SiteGen.Reports.QuotedClauseInline",
        "SiteGen.Reports.QuotedExtractLinker",
        "SiteGen.Reports.ReferenceInline",
        "SiteGen.Reports.ReferenceInlineParser",
        "SiteGen.Reports.ReportMarkdown",
        "SiteGen.Reports.ReportPaths",
        "SiteGen.Reports.ReportText",
        "SiteGen.Reports.ResolvedEmbed",
        "SiteGen.Reports.ResolvedEmbed+Citation",
        "SiteGen.Reports.ResolvedEmbed+Comparison",
        "SiteGen.Reports.ResolvedEmbed+EscalationDiagram",
        "SiteGen.Reports.ResolvedEmbed+EscalationMatrix",
        "SiteGen.Reports.ResolvedEmbed+ExpectationMatrix",
        "SiteGen.Reports.ResolvedEmbed+Quotation",
        "SiteGen.Reports.ResolvedEmbed+ThemeMatrix",
        "SiteGen.Reports.ResolvedEmbed+WholeProtocol",
        "SiteGen.Reports.ThemeMatrixCell",
        "SiteGen.Reports.ThemeMatrixRow",
        "SiteGen.Serve.MimeTypes",
        "SiteGen.Serve.ServeCodes",
        "SiteGen.Serve.SiteFileLocation",
        "SiteGen.Serve.SiteFileLocation+Found",
        "SiteGen.Serve.SiteFileLocation+IsFolder",
        "SiteGen.Serve.SiteFileLocation+Missing",
        "SiteGen.Serve.SiteFileLocator",
    ];
}
