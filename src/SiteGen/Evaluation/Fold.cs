using System.Text;

namespace SiteGen.Evaluation;

/// <summary>How annotations and SiteGen's readings are made comparable: clause numbers, titles and enum names.</summary>
internal static class Fold
{
    /// <summary>A clause number as SiteGen publishes it: no spaces, no trailing full stop, lower case ("7.2 (G)." → "7.2(g)").</summary>
    public static string Clause(string number)
    {
        var sb = new StringBuilder(number.Length);
        foreach (var ch in number.Trim())
            if (!char.IsWhiteSpace(ch)) sb.Append(char.ToLowerInvariant(ch));
        while (sb.Length > 1 && sb[^1] == '.') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Case and runs of white space folded, outer punctuation (":", ".") dropped; dashes and quotes made plain.</summary>
    public static string Text(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var ch = raw switch { '–' or '—' or '‐' or '‑' => '-', '‘' or '’' => '\'', '“' or '”' => '"', _ => raw };
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString().Trim(' ', ':', '.', ';', ',');
    }

    /// <summary>An enum member's name in the kebab case annotations use: MembersToOfficers → members-to-officers.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    /// <summary>Every member of an enum by its kebab name.</summary>
    public static IReadOnlyDictionary<string, T> KebabNames<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => Kebab(v), v => v, StringComparer.Ordinal);
}
