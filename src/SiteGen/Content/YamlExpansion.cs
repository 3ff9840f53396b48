using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// Counts the entries a YAML document holds once its aliases (<c>*name</c>) are expanded, in one pass over its events,
/// without expanding anything. A few hundred bytes of nested aliases can stand for billions of entries, and each
/// expanded entry is work for every later stage (a phrase list aliased by a hundred themes is matched a hundred times),
/// so a file whose aliases expand past <see cref="MaxExpandedNodes"/> is refused before it is deserialised.
/// </summary>
internal static class YamlExpansion
{
    /// <summary>About fifty times the default taxonomy (about 2,000 entries); only aliases can reach it from a file under the size limit.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>The alias at which the expanded size passes the limit, with that size; null when the document stays within it. May throw <see cref="YamlException"/> on bad syntax.</summary>
    public static (Mark At, long Nodes)? FirstExcess(string yaml, long limit = MaxExpandedNodes)
    {
        var parser = new Parser(new StringReader(yaml));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Start)>();
        long total = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    // The parser has already refused an alias to an anchor it has not seen.
                    total += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    if (total > limit) return (alias.Start, total);
                    break;
                case Scalar scalar:
                    total++;
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    break;
                case NodeEvent start and (SequenceStart or MappingStart):
                    total++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, total - 1));
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, begun) = open.Pop();
                    if (anchor is not null) sizes[anchor] = total - begun;
                    break;
            }
        }
        return null;
    }
}
