using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Analysis;

/// <summary>A taxonomy phrase reduced to the stems it must find; a null part is a "..." gap.</summary>
internal sealed record CompiledPhrase(Phrase Source, ImmutableArray<string?> Parts)
{
    /// <summary>How many other words a "..." in a phrase may skip.</summary>
    public const int MaxGap = 3;
    public const string GapMarker = "...";
}

/// <summary>Where a phrase matched: the span of the text from its first to its last matched word.</summary>
internal readonly record struct PhraseMatch<TKey>(TKey Key, CompiledPhrase Phrase, int Start, int End)
{
    public string MatchedText(string text) => text[Start..End];
}

/// <summary>
/// Finds taxonomy phrases in text by their word stems, in order and adjacent once stop-words are ignored. A phrase made
/// only of stop-words compiles to nothing, so it can never match: matching is on topic words alone.
/// </summary>
internal sealed class PhraseMatcher<TKey> where TKey : notnull
{
    private readonly Dictionary<string, List<(TKey Key, CompiledPhrase Phrase)>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly bool _withStopWords;

    /// <param name="withStopWords">
    /// Match stop-words too, word for word. Only for exclusions ("in respect of"), which never put anything on a theme:
    /// they stop a topic word in an idiom from counting.
    /// </param>
    public PhraseMatcher(IEnumerable<(TKey Key, Phrase Phrase)> phrases, bool withStopWords = false)
    {
        _withStopWords = withStopWords;
        foreach (var (key, phrase) in phrases)
        {
            if (Compile(phrase, withStopWords) is not { } compiled) continue;
            var first = compiled.Parts[0]!;
            if (!_byFirstStem.TryGetValue(first, out var list)) _byFirstStem[first] = list = [];
            list.Add((key, compiled));
        }
    }

    /// <summary>The phrase's stems, or null when it has no word that is not a stop-word (the taxonomy loader reports that).</summary>
    public static CompiledPhrase? Compile(Phrase phrase, bool withStopWords = false)
    {
        var parts = ImmutableArray.CreateBuilder<string?>();
        var topicWords = 0;
        foreach (var piece in phrase.Text.Split(CompiledPhrase.GapMarker))
        {
            if (parts.Count > 0 && parts[^1] is not null) parts.Add(null);
            foreach (var w in Words.Split(piece).Where(w => withStopWords || !w.IsStop))
            {
                parts.Add(w.Stem);
                if (!w.IsStop) topicWords++;
            }
        }
        while (parts.Count > 0 && parts[^1] is null) parts.RemoveAt(parts.Count - 1);
        return topicWords == 0 || parts[0] is null ? null : new CompiledPhrase(phrase, parts.ToImmutable());
    }

    /// <summary>The spans of every occurrence of every phrase, by key: what an exclusion matcher masks for that key.</summary>
    public ILookup<TKey, (int Start, int End)> Spans(string text, ImmutableArray<Word> words)
    {
        var sequence = _withStopWords ? words.ToArray() : words.Where(w => !w.IsStop).ToArray();
        var spans = new List<(TKey Key, (int, int) Span)>();
        for (var i = 0; i < sequence.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(sequence[i].Stem, out var candidates)) continue;
            foreach (var (key, phrase) in candidates)
            {
                var end = Within(sequence, i, MatchAt(phrase.Parts, 0, sequence, i, null));
                if (end >= 0) spans.Add((key, (sequence[i].Start, sequence[end].Start + sequence[end].Length)));
            }
        }
        return spans.ToLookup(s => s.Key, s => s.Span);
    }

    /// <summary>Every phrase that occurs in the text, each reported once at its first occurrence, in the order they occur.</summary>
    public ImmutableArray<PhraseMatch<TKey>> Matches(string text) => Matches(text, Words.Split(text));

    /// <param name="masked">Spans per key (from an exclusion matcher) whose words may not take part in a match for that key.</param>
    public ImmutableArray<PhraseMatch<TKey>> Matches(string text, ImmutableArray<Word> words, ILookup<TKey, (int Start, int End)>? masked = null)
    {
        var content = words.Where(w => !w.IsStop).ToArray();
        var blockedByKey = new Dictionary<TKey, bool[]?>();
        bool[]? Blocked(TKey key)
        {
            if (masked is null || !masked.Contains(key)) return null;
            if (!blockedByKey.TryGetValue(key, out var blocked))
                blockedByKey[key] = blocked = [.. content.Select(w => masked[key].Any(m => w.Start < m.End && w.Start + w.Length > m.Start))];
            return blocked;
        }
        var found = ImmutableArray.CreateBuilder<PhraseMatch<TKey>>();
        var seen = new HashSet<CompiledPhrase>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < content.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(content[i].Stem, out var candidates)) continue;
            foreach (var (key, phrase) in candidates)
            {
                if (seen.Contains(phrase)) continue;
                var end = Within(content, i, MatchAt(phrase.Parts, 0, content, i, Blocked(key), text, OrInPhrase(phrase)));
                if (end < 0 || IsConnective(phrase, content[i], words, text)) continue;
                seen.Add(phrase);
                var last = content[end];
                found.Add(new PhraseMatch<TKey>(key, phrase, content[i].Start, last.Start + last.Length));
            }
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// Every occurrence of every phrase, where occurrences overlap keeping the one that starts first and, of those, the
    /// longest: "political group leader" wins over "leader", "Group Director" over "Director".
    /// </summary>
    public ImmutableArray<PhraseMatch<TKey>> Occurrences(string text)
    {
        var content = Words.Split(text).Where(w => !w.IsStop).ToArray();
        var all = new List<(PhraseMatch<TKey> Match, int FirstWord, int LastWord)>();
        for (var i = 0; i < content.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(content[i].Stem, out var candidates)) continue;
            foreach (var (key, phrase) in candidates)
            {
                var end = Within(content, i, MatchAt(phrase.Parts, 0, content, i, null));
                if (end >= 0) all.Add((new PhraseMatch<TKey>(key, phrase, content[i].Start, content[end].Start + content[end].Length), i, end));
            }
        }
        var kept = ImmutableArray.CreateBuilder<PhraseMatch<TKey>>();
        var nextFree = 0;
        foreach (var (match, first, last) in all.OrderBy(a => a.FirstWord).ThenByDescending(a => a.LastWord))
        {
            if (first < nextFree) continue;
            kept.Add(match);
            nextFree = last + 1;
        }
        return kept.ToImmutable();
    }

    /// <summary>A match must lie in one sentence: "… in their role. These Officers …" is not "role of officers".</summary>
    private static int Within(Word[] words, int first, int last) => last >= 0 && words[last].Sentence == words[first].Sentence ? last : -1;

    /// <summary>
    /// Index of the last content word matched, or -1. Gaps try the shortest skip first. Without a gap, two words of a
    /// phrase may not be split by a comma in the text: "Chair, Vice-Chair" in a list of titles is not "chairs and vice chairs".
    /// </summary>
    private static int MatchAt(ImmutableArray<string?> parts, int part, Word[] content, int at, bool[]? blocked, string? text = null, bool orInPhrase = false)
    {
        if (part == parts.Length) return at - 1;
        if (parts[part] is null)
        {
            for (var skip = 0; skip <= CompiledPhrase.MaxGap; skip++)
            {
                var end = MatchAt(parts, part + 1, content, at + skip, blocked);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= content.Length || blocked?[at] == true || !string.Equals(content[at].Stem, parts[part], StringComparison.Ordinal)) return -1;
        if (text is not null && part > 0 && parts[part - 1] is not null && at > 0
            && Splits(text.AsSpan(content[at - 1].Start + content[at - 1].Length, Math.Max(0, content[at].Start - content[at - 1].Start - content[at - 1].Length)), orInPhrase)) return -1;
        return MatchAt(parts, part + 1, content, at + 1, blocked, text, orInPhrase);
    }

    private static bool OrInPhrase(CompiledPhrase phrase) =>
        phrase.Source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("or", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What lies between two adjacent words of a phrase and keeps them apart: a comma, or "or" offering alternatives ("any
    /// party or group" is not a "party group"; "officers or members" are not "officers' members").
    /// </summary>
    private static bool Splits(ReadOnlySpan<char> between, bool orInPhrase)
    {
        if (between.Contains(',')) return true;
        if (orInPhrase) return false;
        foreach (var range in between.Split(' '))
            if (between[range].Equals("or", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A one-word phrase used as a sentence connective ("Equally, any information …") says nothing of the topic.</summary>
    private static bool IsConnective(CompiledPhrase phrase, Word word, ImmutableArray<Word> words, string text)
    {
        if (phrase.Parts.Length != 1) return false;
        var first = words.FirstOrDefault(w => w.Sentence == word.Sentence);
        var end = word.Start + word.Length;
        // An adverb ("Equally,", "Similarly,") opening a sentence links it to the one before; a noun ("Integrity, …") does not.
        return first.Start == word.Start && end < text.Length && text[end] == ',' && text.AsSpan(word.Start, word.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }
}
