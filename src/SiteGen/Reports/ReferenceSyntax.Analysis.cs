using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Presentation;

namespace SiteGen.Reports;

// The embeds of the comparative analysis: [[themes …]], [[expectations …]], [[escalation …]], [[escalation-diagram …]].
internal static partial class ReferenceSyntax
{
    private const string AuthoritiesKey = "authorities";
    private const string ThemesKey = "themes";
    private const string ExpectationsKey = "expectations";
    private const string DirectionKey = "direction";
    private const string ScenariosKey = "scenarios";

    /// <summary>The filters each matrix takes, in the order error messages list them.</summary>
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> FilterKeys = new Dictionary<string, ImmutableArray<string>>
    {
        ["themes"] = [AuthoritiesKey, ThemesKey],
        ["expectations"] = [AuthoritiesKey, ThemesKey, ExpectationsKey, DirectionKey],
        ["escalation"] = [AuthoritiesKey, ScenariosKey],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>How directions are written in filters: as the data files spell them (<c>members-to-officers</c>).</summary>
    public static ImmutableDictionary<string, Direction> DirectionNames { get; } =
        Enum.GetValues<Direction>().ToImmutableDictionary(d => Labels.FieldKebab(d.ToString()), StringComparer.Ordinal);

    /// <summary>How situations are written in filters (<c>member-about-officer</c>).</summary>
    public static ImmutableDictionary<string, Scenario> ScenarioNames { get; } =
        Enum.GetValues<Scenario>().ToImmutableDictionary(s => Labels.FieldKebab(s.ToString()), StringComparer.Ordinal);

    private static (ReportDirective?, ImmutableArray<SyntaxProblem>) ParseAnalysisMatrix(Token keyword, List<Token> rest)
    {
        var kind = keyword.Text;
        var allowed = FilterKeys[kind];
        var problems = ImmutableArray.CreateBuilder<SyntaxProblem>();
        var lists = new Dictionary<string, List<FilterName>>(StringComparer.Ordinal);
        string? caption = null;
        // A list whose last name ended with a comma: "authorities=hackney, haringey" goes on in the next word.
        List<FilterName>? continued = null;
        var continuedAt = 0;
        var example = $"[[{kind} {allowed[0]}=hackney,haringey]]";

        foreach (var token in rest)
        {
            var continuing = continued;
            continued = null;
            switch (token.Kind)
            {
                case TokenKind.Option when token.Key == "caption":
                    if (caption is not null) problems.Add(new SyntaxProblem(token.Offset, $"The {kind} embed already has a caption."));
                    caption = token.Text;
                    break;
                case TokenKind.Option when allowed.Contains(token.Key!):
                    problems.Add(new SyntaxProblem(token.Offset, $"Write {token.Key}= without quotes and without spaces, the names joined by commas: {token.Key}=a,b."));
                    break;
                case TokenKind.Option:
                    problems.Add(new SyntaxProblem(token.Offset, UnknownFilter(kind, token.Key!, allowed)));
                    break;
                case TokenKind.Word when continuing is not null && !token.Text.Contains('='):
                    (continued, continuedAt) = (ReadNames(token.Text, token.Offset, continuing, problems) ? continuing : null, token.Offset + token.Text.Length);
                    break;
                case TokenKind.Word when token.Text.IndexOf('=') is var eq and > 0:
                    var key = token.Text[..eq];
                    if (!allowed.Contains(key))
                    {
                        problems.Add(new SyntaxProblem(token.Offset, UnknownFilter(kind, key, allowed)));
                        break;
                    }
                    if (lists.ContainsKey(key))
                    {
                        problems.Add(new SyntaxProblem(token.Offset, $"{key}= is given twice. Give it once, with every name joined by commas."));
                        break;
                    }
                    var names = lists[key] = [];
                    if (eq == token.Text.Length - 1)
                        problems.Add(new SyntaxProblem(token.Offset, $"{key}= names nothing. Join the names with commas, without spaces: {key}=a,b; leave it out to show every one."));
                    else if (ReadNames(token.Text[(eq + 1)..], token.Offset + eq + 1, names, problems))
                        (continued, continuedAt) = (names, token.Offset + token.Text.Length);
                    break;
                case TokenKind.Word:
                    problems.Add(new SyntaxProblem(token.Offset,
                        $"'{token.Text}' is not a filter. Say what it names, as in {example}; the {kind} embed takes {Listed(allowed)} and caption=\"…\"."
                        + (kind == "escalation" && SlugPattern().IsMatch(token.Text) ? $" For one authority's flow diagram, write [[escalation-diagram {token.Text}]]." : "")));
                    break;
                case TokenKind.Quoted:
                    problems.Add(new SyntaxProblem(token.Offset, $"Quoted text in a {kind} embed must be its caption: caption=\"…\"."));
                    break;
                default:
                    problems.Add(new SyntaxProblem(token.Offset, $"';' separates rows of a comparison; the {kind} embed has no rows of its own to separate."));
                    break;
            }
        }
        if (continued is not null) problems.Add(new SyntaxProblem(continuedAt - 1, "This list ends with a comma. Remove it, or add the name that should follow."));

        ImmutableArray<FilterName> List(string key) => lists.TryGetValue(key, out var l) ? [.. l] : [];
        var directions = Typed(List(DirectionKey), DirectionNames, "direction", problems);
        var scenarios = Typed(List(ScenariosKey), ScenarioNames, "situation", problems);
        if (problems.Count > 0) return (null, problems.ToImmutable());

        var filter = new AnalysisFilter(List(AuthoritiesKey), List(ThemesKey), List(ExpectationsKey), directions, scenarios);
        return (kind switch
        {
            "themes" => new ReportDirective.ThemeMatrix(filter, caption),
            "expectations" => new ReportDirective.ExpectationMatrix(filter, caption),
            _ => new ReportDirective.EscalationMatrix(filter, caption),
        }, []);
    }

    private static (ReportDirective?, ImmutableArray<SyntaxProblem>) ParseEscalationDiagram(Token keyword, List<Token> rest)
    {
        const string usage = "Write a flow diagram as [[escalation-diagram slug]], for example [[escalation-diagram hackney]], where the slug is the protocol's file name without .md; caption=\"…\" titles it.";
        string? caption = null;
        Token? slug = null;
        foreach (var token in rest)
        {
            if (token.Kind == TokenKind.Option && token.Key == "caption" && caption is null) caption = token.Text;
            else if (token.Kind == TokenKind.Word && slug is null && SlugPattern().IsMatch(token.Text)) slug = token;
            else return (null, [new SyntaxProblem(token.Offset, usage + (token.Kind == TokenKind.Word && slug is not null ? " One diagram shows one authority: write one [[…]] for each." : ""))]);
        }
        return slug is null
            ? (null, [new SyntaxProblem(keyword.Offset, usage)])
            : (new ReportDirective.EscalationDiagram(slug.Text, slug.Offset, caption), []);
    }

    /// <summary>Adds the comma-separated names in <paramref name="text"/> to <paramref name="names"/>; true if it ends with a comma, so the list goes on.</summary>
    private static bool ReadNames(string text, int offset, List<FilterName> names, ImmutableArray<SyntaxProblem>.Builder problems)
    {
        var at = offset;
        var parts = text.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                if (i == parts.Length - 1 && i > 0) return true;
                problems.Add(new SyntaxProblem(at, "There is an empty name here: join names with single commas, e.g. authorities=hackney,haringey."));
            }
            else if (!SlugPattern().IsMatch(part))
            {
                problems.Add(new SyntaxProblem(at, $"'{part}' cannot be a name here: slugs and ids are lower-case words joined by hyphens, e.g. north-yorkshire or bullying-harassment-and-undue-pressure."));
            }
            else if (names.Any(n => n.Name == part))
            {
                problems.Add(new SyntaxProblem(at, $"'{part}' is named twice."));
            }
            else
            {
                names.Add(new FilterName(part, at));
            }
            at += part.Length + 1;
        }
        return false;
    }

    /// <summary>Names from SiteGen's fixed vocabulary (directions, situations) as values; an unknown one is a problem naming the nearest.</summary>
    private static ImmutableArray<T> Typed<T>(ImmutableArray<FilterName> names, ImmutableDictionary<string, T> known, string what, ImmutableArray<SyntaxProblem>.Builder problems)
    {
        var values = ImmutableArray.CreateBuilder<T>();
        foreach (var name in names)
        {
            if (known.TryGetValue(name.Name, out var value)) values.Add(value);
            else problems.Add(new SyntaxProblem(name.Offset,
                $"'{name.Name}' is not a {what} SiteGen knows. Did you mean: {string.Join(", ", Nearest.Of(name.Name, known.Keys.Order(StringComparer.Ordinal)))}? The {what}s are: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}."));
        }
        return values.ToImmutable();
    }

    private static string UnknownFilter(string kind, string key, ImmutableArray<string> allowed)
    {
        var nearest = Nearest.Of(key, allowed, 1);
        var hint = nearest.Length > 0 && Nearest.Distance(key, nearest[0]) <= 3 ? $" Did you mean '{nearest[0]}='?" : "";
        return $"The {kind} embed has no filter '{key}'.{hint} It takes {Listed(allowed)} and caption=\"…\".";
    }

    private static string Listed(IEnumerable<string> keys) => ReportText.JoinAnd(keys.Select(k => k + "=…"));
}
