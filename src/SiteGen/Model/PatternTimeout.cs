using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Model;

/// <summary>
/// The one limit on how long any regular expression may run on one input, and the error a pattern that passes it gives.
/// A pattern that runs away on wording nobody foresaw would otherwise hang a build or <c>sitegen eval</c> without a word
/// of where; with the limit it stops within seconds and the error names the file and, where it can be told, the clause.
/// </summary>
internal static class PatternTimeout
{
    /// <summary>The diagnostic code of a pattern that ran out of time.</summary>
    public const string Code = "SG0625";

    /// <summary>
    /// Generous on purpose: SiteGen's patterns take well under a millisecond on a clause, and a few milliseconds on a whole
    /// file, so only a runaway (or a machine under very heavy load) ever reaches it.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    // .NET reads this once, when the first pattern of an assembly is built (Regex's default, and each source-generated
    // pattern's), so it must be set before any regular expression runs.
    private const string DefaultTimeoutKey = "REGEX_DEFAULT_MATCH_TIMEOUT";

    // A shorter input than this is a word or two that many clauses share, so it does not tell the clause.
    private const int ShortestTelling = 12;

    /// <summary>Sets the process-wide default match timeout to <see cref="Limit"/>; the first thing the program does.</summary>
    public static void Install() => AppContext.SetData(DefaultTimeoutKey, Limit);

    /// <summary>The process-wide default match timeout, when one is set.</summary>
    public static TimeSpan? Installed => AppContext.GetData(DefaultTimeoutKey) as TimeSpan?;

    /// <summary>
    /// The error for a pattern that ran out of time while SiteGen read <paramref name="what"/> of <paramref name="file"/>:
    /// it names the clause (and its line) when the text the pattern was given lies inside exactly one clause of
    /// <paramref name="clauses"/>, and says what to do.
    /// </summary>
    public static Diagnostic Diagnose(string file, string what, RegexMatchTimeoutException timeout, IEnumerable<Clause>? clauses = null)
    {
        var clause = clauses is null ? null : ClauseOf(timeout.Input, clauses);
        var where = clause is null ? "" : $" in clause {clause.Number}";
        var seconds = (timeout.MatchTimeout > TimeSpan.Zero ? timeout.MatchTimeout : Limit).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return Diagnostic.Error(file, clause?.Lines.First ?? 0, Code,
            $"SiteGen stopped reading the {what}{where}: one of its patterns ran for more than {seconds} s on this text, which is a fault in SiteGen, " +
            "not in the text. Please report it with this file" + (clause is null ? "" : " and the clause number") +
            "; the text is kept as written.");
    }

    /// <summary>The clause whose text holds <paramref name="input"/> (the deepest, when a lead-in holds its items' words); null when none or the input is too short to tell.</summary>
    internal static Clause? ClauseOf(string? input, IEnumerable<Clause> clauses)
    {
        var wanted = input?.Trim();
        if (wanted is null || wanted.Length < ShortestTelling) return null;
        return clauses.Where(c => c.Text.Contains(wanted, StringComparison.Ordinal)).MinBy(c => c.Text.Length);
    }
}
