using SiteGen.Model;

namespace SiteGen.Presentation;

/// <summary>Plain-English labels for the model's enumerations, as pages show them.</summary>
internal static class Labels
{
    public static string Of(CouncilType t) => t switch
    {
        CouncilType.LondonBorough => "London borough",
        CouncilType.MetropolitanBorough => "Metropolitan borough",
        CouncilType.County => "County council",
        CouncilType.District => "District council",
        CouncilType.Unitary => "Unitary authority",
        CouncilType.WelshCounty => "Welsh county or county borough",
        CouncilType.ScottishCouncil => "Scottish council",
        CouncilType.TownOrParish => "Town or parish council",
        _ => "Other",
    };

    public static string Of(Nation n) => n == Nation.NorthernIreland ? "Northern Ireland" : n.ToString();

    public static string Of(DocumentStatus s) => s == DocumentStatus.Draft ? "Draft" : "Adopted";

    public static string Of(Coverage c) => c == Coverage.Extract ? "Extract" : "Full text";

    public static string Of(Actor a) => a switch
    {
        Actor.Members => "members",
        Actor.Officers => "officers",
        Actor.Both => "members and officers",
        Actor.StatutoryOfficers => "statutory officers",
        Actor.PoliticalGroups => "political groups",
        Actor.Council => "the council",
        _ => "general",
    };

    public static string Of(Modality m) => m switch
    {
        Modality.Must => "must",
        Modality.MustNot => "must not",
        Modality.Should => "should",
        Modality.ShouldNot => "should not",
        Modality.Will => "will",
        Modality.WillNot => "will not",
        Modality.May => "may",
        Modality.MayNot => "may not",
        Modality.CanExpect => "can expect",
        Modality.ExpectedTo => "expected to",
        Modality.ResponsibleFor => "responsible for",
        Modality.EntitledTo => "entitled to",
        _ => "statement",
    };

    /// <summary>"MembersToOfficers" → "members-to-officers", as the data files spell enum values.</summary>
    public static string FieldKebab(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
