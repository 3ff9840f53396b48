using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Rendering;

/// <summary>One page of a wide matrix: the authorities of one council type in one nation, or a slice of them.</summary>
/// <param name="Key">Appended to the page's file name: <c>england-district</c>, <c>england-district-2</c>.</param>
internal sealed record MatrixPart(string Key, string Title, ImmutableArray<Protocol> Authorities);

/// <summary>
/// How the matrices (themes, expectations, escalation routes) are laid out: on one page while the site has at most
/// <see cref="MaxColumns"/> authorities; beyond that a page per council type and nation, each sliced to at most
/// <see cref="MaxColumns"/> authorities, under an index page. Every page then stays a readable width, and the output
/// grows with the number of authorities, never faster.
/// </summary>
internal sealed class MatrixLayout
{
    public const int DefaultMaxColumns = 40;

    private readonly Dictionary<string, MatrixPart> _partOf;

    private MatrixLayout(int maxColumns, ImmutableArray<MatrixPart> parts, bool isSplit)
    {
        MaxColumns = maxColumns;
        Parts = parts;
        IsSplit = isSplit;
        _partOf = parts.SelectMany(p => p.Authorities.Select(a => (a.Metadata.Slug, p))).ToDictionary(x => x.Slug, x => x.p, StringComparer.Ordinal);
    }

    public int MaxColumns { get; }

    /// <summary>The pages in order; one part holding every authority when the matrix is not split.</summary>
    public ImmutableArray<MatrixPart> Parts { get; }

    public bool IsSplit { get; }

    /// <param name="protocols">Every authority, in the order the pages list them.</param>
    public static MatrixLayout Of(ImmutableArray<Protocol> protocols, int maxColumns = DefaultMaxColumns)
    {
        if (maxColumns < 1) throw new ArgumentOutOfRangeException(nameof(maxColumns));
        if (protocols.Length <= maxColumns) return new(maxColumns, [new MatrixPart("", "All authorities", protocols)], false);
        var parts = ImmutableArray.CreateBuilder<MatrixPart>();
        foreach (var group in protocols.GroupBy(p => (p.Metadata.Nation, p.Metadata.CouncilType)).OrderBy(g => g.Key.Nation).ThenBy(g => g.Key.CouncilType))
        {
            var members = group.ToImmutableArray();
            var key = Labels.FieldKebab(group.Key.Nation.ToString()) + "-" + Labels.FieldKebab(group.Key.CouncilType.ToString());
            var title = $"{Labels.Of(group.Key.CouncilType)}: {Labels.Of(group.Key.Nation)}";
            var slices = (members.Length + maxColumns - 1) / maxColumns;
            for (var i = 0; i < slices; i++)
            {
                var slice = members.Skip(i * maxColumns).Take(maxColumns).ToImmutableArray();
                parts.Add(slices == 1
                    ? new MatrixPart(key, title, slice)
                    : new MatrixPart(i == 0 ? key : key + "-" + (i + 1).ToString(CultureInfo.InvariantCulture),
                        $"{title}, {slice[0].Metadata.ShortName} to {slice[^1].Metadata.ShortName}", slice));
            }
        }
        return new(maxColumns, parts.ToImmutable(), true);
    }

    /// <summary>The page of a matrix (its path without <c>.html</c>, e.g. <c>analysis/theme-matrix</c>) that shows a part.</summary>
    public SitePage PageOf(string stem, MatrixPart part) => IsSplit ? SitePage.MatrixPart(stem, part.Key) : SitePage.Matrix(stem);

    /// <summary>The page of a matrix that shows an authority.</summary>
    public SitePage PageOf(string stem, string slug) => PageOf(stem, _partOf[slug]);

    /// <summary>The index page of a matrix, which is the whole matrix when it is not split.</summary>
    public static SitePage IndexOf(string stem) => SitePage.Matrix(stem);
}
