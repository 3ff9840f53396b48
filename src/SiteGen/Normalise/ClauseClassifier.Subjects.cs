using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Normalise;

/// <summary>
/// Readings of "addressed to" that rest on how a clause names its subject rather than on its modal: an introduction that
/// only describes the protocol, a guide written to "you", a subject qualified by a relative clause, and training the
/// authority provides.
/// </summary>
internal static partial class ClauseClassifier
{
    /// <summary>
    /// An introduction that describes the protocol ("Councillors and officers both serve the public. This Protocol sets
    /// out what each can expect of the other.") addresses nobody in particular: one of its sentences is about the
    /// protocol (or the page or guide) and no other sentence has a modal of its own. Null when any other sentence puts a
    /// duty or a permission on someone.
    /// </summary>
    private static ClauseContext? DescribesTheProtocol(string lower)
    {
        var aboutIt = false;
        for (var from = 0; from < lower.Length;)
        {
            var stop = lower.IndexOfAny(['.', ';', '?', '!'], from);
            var sentence = " " + lower[from..(stop < 0 ? lower.Length : stop)] + " ";
            from = stop < 0 ? lower.Length : stop + 1;
            if (sentence.Trim().Length == 0) continue;
            if (ProtocolDescribed().IsMatch(sentence) || Definition().IsMatch(sentence)) aboutIt = true;
            else if (FirstModal(sentence) is not null) return null;
        }
        return aboutIt ? new ClauseContext(Actor.General, Modality.None) : null;
    }

    /// <summary>
    /// A guide written to "you" says whom it addresses by what it calls "yours": "your line manager", "your Head of
    /// Service", "your trade union" belong to an officer; "your ward", "your constituents", "your group leader" to a
    /// councillor. Read only where the clause speaks to the reader (it opens on "you" or on an instruction) and names
    /// no side as the subject of its first sentence; null when it names both kinds or neither.
    /// </summary>
    private static Actor? SecondPerson(string lower)
    {
        var end = lower.IndexOfAny(['.', ';', '?', '!']);
        var first = end < 0 ? lower : lower[..end];
        if (!SpeaksToReader().IsMatch(first)) return null;
        var officer = YoursAsOfficer().IsMatch(lower);
        var member = YoursAsMember().IsMatch(lower);
        if (officer != member) return officer ? Actor.Officers : Actor.Members;
        if (officer || !Instruction().IsMatch(first)) return null;
        // "Do not criticise an officer by name in public", "Explain that you cannot help and suggest the councillor
        // contacts …": an instruction about the one side it names is given to the other.
        return ActorFromMentions(lower) switch { Actor.Members => Actor.Officers, Actor.Officers => Actor.Members, _ => null };
    }

    /// <summary>"A councillor who has concerns about the conduct of an employee should …": the head of the subject acts, whatever its relative clause names.</summary>
    private static Actor? RelativeHead(string subject)
    {
        var m = QualifiedSubject().Match(subject);
        return m.Success ? ActorOfSubject(" " + m.Groups["party"].Value + " ") : null;
    }

    /// <summary>The protocol (page, guide) described: "This Protocol sets out …", "this protocol covers:", "the purpose of this protocol is …".</summary>
    [GeneratedRegex(@"\b(?:this|the)\s+(?:protocol|page|guide|guidance|document)\s+(?:sets\s+out|describes|explains|covers|applies|is\s+intended|aims|gives|offers|deals\s+with)\b|\b(?:purpose|aim|object)\s+of\s+(?:this|the)\s+(?:protocol|page|guide|guidance|document)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolDescribed();

    /// <summary>A definition of the protocol's terms: "In this protocol “chief officers” means …", "“Convener” includes …".</summary>
    [GeneratedRegex(@"^\s*(?:in\s+this\s+(?:protocol|guide|document|policy),?\s+)?(?:the\s+(?:term|word|expression)s?\s+)?[""“'‘][^""”'’]{1,60}[""”'’]\s+(?:means|includes|refers\s+to|covers|is\s+used\s+to\s+mean)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    /// <summary>A sentence spoken to the reader: it opens on "you", on "please", or on an instruction ("Tell your line manager …", "Do not …").</summary>
    [GeneratedRegex(@"^\s*(?:step\s+[0-9a-z]{1,3}\s*[-–—:.]\s*)?(?:(?:if|when|where)\b[^,]{0,120},\s*)?(?:you\b|please\b|do\s+not\b|don['’]t\b|never\b|always\b|tell\b|speak\b|talk\b|contact\b|explain\b|ask\b|raise\b|report\b|keep\b|make\b|write\b|let\b|remember\b|avoid\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksToReader();

    /// <summary>A clause that opens on a prohibition to the reader: "Do not …", "Don't …", "Never …", "Please do not …".</summary>
    [GeneratedRegex(@"^\s*(?:please\s+)?(?:do\s+not|don['’]t|never)\s+[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Prohibition();

    /// <summary>An instruction to the reader: the sentence opens on a verb in the imperative, not on "you".</summary>
    [GeneratedRegex(@"^\s*(?:step\s+[0-9a-z]{1,3}\s*[-–—:.]\s*)?(?:please\s+)?(?:do\s+not|don['’]t|never|always|tell|speak|talk|contact|explain|ask|raise|report|keep|make|write|let|remember|avoid)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\byour\s+(?:own\s+)?(?:line\s+manager|manager|head\s+of\s+service|service\s+head|director|team\s+leader|supervisor|trade\s+union|union\s+rep\w*|employer|job|post|colleagues)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YoursAsOfficer();

    [GeneratedRegex(@"\byour\s+(?:own\s+)?(?:ward|division|constituents|residents|electorate|group\s+leader|group\s+whip|whip|political\s+group|party\s+group|casework)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YoursAsMember();

    /// <summary>"A councillor who …", "Any employee that …", "An officer who feels that …": one side qualified by a relative clause.</summary>
    [GeneratedRegex(@"^\s*(?:(?:a|an|any|the|each|every)\s+)(?:(?:elected|ward|individual|local|county|district|borough|parish|town|community)\s+)?(?<party>member|councillor|officer|employee|clerk)\s+(?:who|that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedSubject();

    /// <summary>Training or induction as the subject, provided with no one named: "Training on this protocol will be given to …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:the|any|all|further|regular|appropriate|suitable|such)\s+)*(?:training|induction)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrainingSubject();

    [GeneratedRegex(@"\G[a-z]+(?:\s+(?:normally|also|usually))?\s+be\s+(?:given|offered|provided|arranged|made\s+available|available)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProvidedPassive();
}
