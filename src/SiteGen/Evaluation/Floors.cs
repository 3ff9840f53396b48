using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Evaluation;

/// <summary>A minimum for one figure, from <c>floors.yml</c>, with its line.</summary>
internal sealed record Floor(string Figure, double Minimum, int Line);

/// <summary>
/// <c>tests/corpus/floors.yml</c>: one line per figure, <c>escalation-roles.precision: 0.95</c>. CI fails when a figure
/// drops below its floor; raise a floor when the analysis improves. Pure: text in, floors or located errors out.
/// </summary>
internal static class Floors
{
    public const string FileName = "floors.yml";

    public static (ImmutableArray<Floor> Floors, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceFile file, IEnumerable<string> knownFigures)
    {
        var known = knownFigures.ToArray();
        var floors = ImmutableArray.CreateBuilder<Floor>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException e)
        {
            return ([], [Diagnostic.Error(file.RelativePath, (int)Math.Max(1, e.Start.Line), EvalCodes.BadYaml, $"This is not valid YAML: {(e.InnerException ?? e).Message}")]);
        }
        if (stream.Documents.Count == 0) return ([], []);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            return ([], [Diagnostic.Error(file.RelativePath, 1, EvalCodes.BadFloor, "floors.yml is one 'figure: minimum' per line, e.g. 'escalation-roles.precision: 0.95'.")]);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(file.RelativePath, line, EvalCodes.BadFloor, $"'{key}' is not a figure of sitegen eval. {TaxonomyFileParser.Suggest(key, known)}"));
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum) || minimum is < 0 or > 1)
            {
                diagnostics.Add(Diagnostic.Error(file.RelativePath, line, EvalCodes.BadFloor, $"The floor of '{key}' must be a number from 0 to 1, such as 0.85."));
                continue;
            }
            floors.Add(new Floor(key, minimum, line));
        }
        return (floors.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>One error per figure below its floor, located at the floor's line. Figures are compared as printed (two decimals).</summary>
    public static ImmutableArray<Diagnostic> Check(IReadOnlyDictionary<string, double> figures, IEnumerable<Floor> floors, string file) =>
        [.. floors
            .Where(f => figures.TryGetValue(f.Figure, out var value) && EvalReport.Cut(value) < f.Minimum - 1e-9)
            .Select(f => Diagnostic.Error(file, f.Line, EvalCodes.BelowFloor, string.Create(CultureInfo.InvariantCulture,
                $"{f.Figure} is {EvalReport.Figure(figures[f.Figure])}, below its floor {f.Minimum:0.00}. Find what got worse with 'sitegen eval --verbose'.")))];
}
