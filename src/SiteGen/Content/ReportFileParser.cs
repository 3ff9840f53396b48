using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Turns a committee report content file into a <see cref="Report"/>; pure.</summary>
internal static class ReportFileParser
{
    public static (Report? Report, ImmutableArray<Diagnostic> Errors) Parse(SourceFile file)
    {
        var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
        var (split, splitError) = FrontMatterSplitter.Split(file);
        if (split is null) return (null, [splitError!]);

        var (fm, readErrors) = FrontMatterReader.Read<ReportFrontMatter>(file.RelativePath, split);
        if (fm is null) return (null, readErrors);

        var v = new FieldValidator(file.RelativePath, split);
        if (!Slugs.IsValid(slug))
            v.Add(Diagnostic.Error(file.RelativePath, 0, "SG0130",
                $"The file name '{slug}' cannot be used as a page name. Use lower-case letters, digits and hyphens only, for example '{Slugs.Suggest(fm.Title ?? slug)}.md'."));

        var report = new Report(
            Slug: slug,
            Title: v.Required(fm.Title, "title", "Review of the Member/Officer Protocol"),
            Committee: v.Required(fm.Committee, "committee", "Standards Committee"),
            Date: v.IsoDate(fm.Date, "date", required: true) ?? "",
            Authority: v.Required(fm.Authority, "authority", "Surrey County Council"),
            Author: v.Optional(fm.Author),
            Source: v.Required(fm.Source, "source", "\"Agenda item 7, 12 April 2010\""),
            Body: split.Body,
            BodyStartLine: split.BodyFirstLine,
            ContentFile: file.RelativePath,
            Appendices: AppendixDeclarations.Read(file.RelativePath, split, fm.Appendices, v));
        return v.Errors.IsEmpty ? (report, []) : (null, v.Errors);
    }
}
