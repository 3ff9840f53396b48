using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Reports;

/// <summary>
/// Parses the text between <c>[[</c> and <c>]]</c> into a <see cref="ReportDirective"/>. Pure: no knowledge of
/// which authorities or clauses exist (that is <see cref="ClauseIndex"/>'s job), only of how directives are written.
/// </summary>
internal static partial class ReferenceSyntax
{
    /// <summary>The embed names, in the order the README lists them; used for "did you mean" hints.</summary>
    public static ImmutableArray<string> Kinds { get; } = ["quote", "compare", "protocol", "themes", "expectations", "escalation", "escalation-diagram"];

    /// <summary>Parses one directive; either the directive or at least one problem is returned.</summary>
    public static (ReportDirective? Directive, ImmutableArray<SyntaxProblem> Problems) Parse(string text)
    {
        var (tokens, tokenProblem) = Tokenise(text);
        if (tokenProblem is not null) return (null, [tokenProblem]);
        if (tokens.Count == 0)
            return (null, [new SyntaxProblem(0, "This [[ ]] is empty. Write a clause id such as [[hackney/7.2(g)]], or an embed such as [[quote hackney/7.2(g)]].")]);

        var first = tokens[0];
        if (first.Kind == TokenKind.Word && first.Text.Contains('/'))
        {
            if (tokens.Count > 1)
                return (null, [new SyntaxProblem(tokens[1].Offset,
                    $"A citation names one clause: [[{first.Text}]]. To cite several, write one [[…]] for each.")]);
            return Ref(first) is (ClauseRef r, null) ? (new ReportDirective.Citation(r), []) : (null, [Ref(first).Problem!]);
        }

        if (first.Kind != TokenKind.Word)
            return (null, [new SyntaxProblem(first.Offset, "A [[…]] starts with a clause id (hackney/7.2(g)) or an embed name: " + string.Join(", ", Kinds) + ".")]);

        var rest = tokens.Skip(1).ToList();
        return first.Text switch
        {
            "quote" => ParseQuote(first, rest),
            "compare" => ParseCompare(first, rest),
            "protocol" => ParseProtocol(first, rest),
            "themes" or "expectations" or "escalation" => ParseAnalysisMatrix(first, rest),
            "escalation-diagram" => ParseEscalationDiagram(first, rest),
            _ => (null, [new SyntaxProblem(first.Offset, UnknownKind(first.Text))]),
        };
    }

    private static string UnknownKind(string word)
    {
        var nearest = Nearest.Of(word, Kinds, 1);
        var hint = nearest.Length > 0 && Nearest.Distance(word, nearest[0]) <= 2 ? $" Did you mean '{nearest[0]}'?" : "";
        return $"'{word}' is not a clause id or an embed SiteGen knows.{hint} Clause ids look like hackney/7.2(g); the embeds are: {string.Join(", ", Kinds)}."
            + " To write [[ as plain text, put a backslash before it: \\[[.";
    }

    private static (ReportDirective?, ImmutableArray<SyntaxProblem>) ParseQuote(Token keyword, List<Token> rest)
    {
        if (rest.Count != 1 || rest[0].Kind != TokenKind.Word)
            return (null, [new SyntaxProblem(rest.Count > 1 ? rest[1].Offset : keyword.Offset,
                "Write a quotation as [[quote authority/number]], for example [[quote hackney/7.2(g)]]: one clause or section.")]);
        var (r, problem) = Ref(rest[0]);
        return r is null ? (null, [problem!]) : (new ReportDirective.Quotation(r), []);
    }

    private static (ReportDirective?, ImmutableArray<SyntaxProblem>) ParseProtocol(Token keyword, List<Token> rest)
    {
        if (rest.Count != 1 || rest[0].Kind != TokenKind.Word || !SlugPattern().IsMatch(rest[0].Text))
            return (null, [new SyntaxProblem(rest.Count > 0 ? rest[0].Offset : keyword.Offset,
                "Write a whole protocol as [[protocol slug]], for example [[protocol merton]], where the slug is the protocol's file name without .md.")]);
        return (new ReportDirective.WholeProtocol(rest[0].Text, rest[0].Offset), []);
    }

    private static (ReportDirective?, ImmutableArray<SyntaxProblem>) ParseCompare(Token keyword, List<Token> rest)
    {
        var problems = ImmutableArray.CreateBuilder<SyntaxProblem>();
        string? caption = null;
        var rows = ImmutableArray.CreateBuilder<ComparisonRow>();
        string? label = null;
        var refs = ImmutableArray.CreateBuilder<ClauseRef>();
        var rowStart = keyword.Offset;

        void EndRow(int offset)
        {
            if (refs.Count == 0)
                problems.Add(new SyntaxProblem(offset, "This row of the comparison names no clauses. Put clause ids between the ';' separators, e.g. [[compare hackney/7.2 haringey/3.1 ; hackney/16.1 haringey/5.1]]."));
            else
                rows.Add(new ComparisonRow(label, refs.ToImmutable()));
            label = null;
            refs.Clear();
        }

        foreach (var token in rest)
        {
            switch (token.Kind)
            {
                case TokenKind.Option when token.Key == "caption":
                    if (caption is not null) problems.Add(new SyntaxProblem(token.Offset, "The comparison already has a caption."));
                    caption = token.Text;
                    break;
                case TokenKind.Option:
                    problems.Add(new SyntaxProblem(token.Offset, $"A comparison has no option '{token.Key}'. Its only option is caption=\"…\"."));
                    break;
                case TokenKind.Quoted when refs.Count == 0 && label is null:
                    label = token.Text;
                    break;
                case TokenKind.Quoted:
                    problems.Add(new SyntaxProblem(token.Offset, "A row label (text in quotes) goes at the start of its row, before the row's clause ids."));
                    break;
                case TokenKind.Separator:
                    EndRow(rowStart);
                    rowStart = token.Offset;
                    break;
                default:
                    var (r, problem) = Ref(token);
                    if (r is null) problems.Add(problem!);
                    else refs.Add(r);
                    break;
            }
        }
        EndRow(rowStart);
        return problems.Count > 0 ? (null, problems.ToImmutable()) : (new ReportDirective.Comparison(caption, rows.ToImmutable()), []);
    }

    private static (ClauseRef? Ref, SyntaxProblem? Problem) Ref(Token token)
    {
        var slash = token.Text.IndexOf('/');
        if (token.Kind == TokenKind.Word && slash > 0 && slash < token.Text.Length - 1 && SlugPattern().IsMatch(token.Text[..slash]))
            return (new ClauseRef(token.Text[..slash], token.Text[(slash + 1)..], token.Offset), null);
        return (null, new SyntaxProblem(token.Offset,
            $"'{token.Text}' is not a clause id. Write authority/number, for example hackney/7.2(g), merton/p1.2 or haringey/3 for a whole section."));
    }

    private enum TokenKind { Word, Quoted, Option, Separator }

    /// <param name="Key">For options (<c>caption="…"</c>), the name before '='.</param>
    private sealed record Token(TokenKind Kind, string Text, int Offset, string? Key = null);

    /// <summary>Splits on whitespace; keeps "quoted text" (straight or curly quotes) whole; ';' is a token of its own.</summary>
    private static (List<Token> Tokens, SyntaxProblem? Problem) Tokenise(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch == ';') { tokens.Add(new Token(TokenKind.Separator, ";", i)); i++; continue; }
            var start = i;
            if (IsOpenQuote(ch))
            {
                var (value, end, problem) = Quoted(text, i);
                if (problem is not null) return (tokens, problem);
                tokens.Add(new Token(TokenKind.Quoted, value, start));
                i = end;
                continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ';')
            {
                if (text[i] == '=' && word.Length > 0 && i + 1 < text.Length && IsOpenQuote(text[i + 1]) && OptionName().IsMatch(word.ToString()))
                {
                    var (value, end, problem) = Quoted(text, i + 1);
                    if (problem is not null) return (tokens, problem);
                    tokens.Add(new Token(TokenKind.Option, value, start, word.ToString()));
                    i = end;
                    word.Clear();
                    break;
                }
                word.Append(text[i]);
                i++;
            }
            if (word.Length > 0) tokens.Add(new Token(TokenKind.Word, word.ToString(), start));
        }
        return (tokens, null);
    }

    private static bool IsOpenQuote(char ch) => ch is '"' or '“';

    private static (string Value, int End, SyntaxProblem? Problem) Quoted(string text, int open)
    {
        var close = text[open] == '“' ? '”' : '"';
        var end = text.IndexOf(close, open + 1);
        if (end < 0 && close == '”') end = text.IndexOf('"', open + 1);
        if (end < 0) return ("", text.Length, new SyntaxProblem(open, "This quoted text has no closing quote mark."));
        var value = string.Join(' ', text[(open + 1)..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (value, end + 1, null);
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();
}
